"""Members benchmark at commune and province scale: the members page, search, memory, check, backup, restore.

Run: ``python -m bench.bench_members [--members N ...] [--queries Q] [--seed S] [--audit-each]``
(default 50,000; ``--members 50000 500000`` prints both sizes side by side), or ``--vault DIR ...`` to measure
copies of vaults built before (password ``mat-khau-do-hieu-nang``, user truongban; the originals are not
written to). Each vault is made by the
bench generator (bench/province.py) with ``kdf.TEST_ONLY``: key derivation is not what this measures (see
bench_vault). The app's work (open, search, scroll, one report) runs in a fresh process per vault, so its peak
memory is told apart from building the data; the same work on a plain SQLite copy is the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlcipher3.dbapi2

from bench.province import build_province_vault
from bench.table import median_time, ms, peak_rss_mb
from handbook.members.model import Status
from handbook.members.repo import MemberRow, Position, Scope, count_members, find_members, list_members
from handbook.text.fold import search_tokens
from handbook.vault.paths import VaultPaths
from handbook.vault.vault import Vault

PASSWORD = "mat-khau-do-hieu-nang"
PAGE = 50  # the members table's page (ui/members/table_model.py)
ACTIVE = (Status.PROBATIONARY, Status.OFFICIAL)  # what the members page lists first
SCROLL_STOPS = 10  # pages timed at 1/10, 2/10 … of the list
# What people type first: a family name, a common given name, a middle name, the usual "ng v an".
TYPED = ("dang", "hoa", "ng v an", "nguyen", "thi", "van", "tran thi h", "le", "huong", "040", "0401")


def plain_copy(vault: Vault, target: Path) -> Vault:
    """The same rows in an unencrypted database (same schema, indexes, FTS), opened as a vault object."""
    target.mkdir()
    export_plain(vault, target / "plain.db")
    return open_plain(target / "plain.db", vault)


def export_plain(vault: Vault, db: Path) -> None:
    vault.conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(db),))
    try:
        vault.conn.execute("SELECT sqlcipher_export('plaintext')").fetchall()
    finally:
        vault.conn.execute("DETACH DATABASE plaintext")


def open_plain(db: Path, vault: Vault) -> Vault:
    conn = sqlcipher3.dbapi2.connect(str(db), check_same_thread=False)  # no key: a plain SQLite file
    conn.isolation_level = None
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    return Vault(VaultPaths(db.parent), conn, vault.key_file, b"", vault.actor)


def make_queries(rows: list[MemberRow], count: int, seed: int) -> list[str]:
    """Realistic search text: name prefixes without diacritics in any order, CCCD and card prefixes."""
    rng = random.Random(seed)
    out = list(TYPED)
    while len(out) < count:
        r = rng.choice(rows)
        ho, dem, ten = (search_tokens(part) for part in (r.ho, r.dem, r.ten))
        words = ho + dem + ten
        form = len(out) % 9
        if form == 0:  # "ng v an"
            q = " ".join([w[:2] for w in ho] + [w[:1] for w in dem] + ten)
        elif form == 1:  # the given name alone
            q = " ".join(ten)
        elif form == 2:  # the family name alone
            q = " ".join(ho)
        elif form == 3:  # given name first: "an nguyen"
            q = " ".join(ten + ho)
        elif form == 4:  # a CCCD prefix while typing
            q = r.cccd[: rng.randint(3, 7)]
        elif form == 5:  # a whole CCCD
            q = r.cccd
        elif form == 6:  # a card number, or its start
            q = r.card_no[: rng.choice((5, 8))] if r.card_no else r.cccd[:6]
        elif form == 7:  # the first letters of the given name
            q = ten[0][: rng.randint(2, 3)] if ten else "ng"
        else:  # the whole name, no diacritics
            q = " ".join(words)
        out.append(q)
    return out


def time_each(fn: Callable[[str], object], queries: list[str]) -> list[float]:
    for q in queries:  # warm the page cache as a session that has been used would have
        fn(q)
    times = []
    for q in queries:
        start = time.perf_counter()
        fn(q)
        times.append(time.perf_counter() - start)
    return times


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


# --- the app's work, in its own process ---------------------------------------------------------------


def session(root: Path, plain_db: Path | None, queries: int, seed: int) -> dict[str, object]:
    """Open, search as the members page does, scroll, list everything, one report; times and peak memory."""
    from handbook.reports.cells import cells_report

    start = time.perf_counter()
    vault = Vault.open(root, username="truongban", password=PASSWORD)
    opened = time.perf_counter() - start
    if plain_db is not None:
        real, vault = vault, open_plain(plain_db, vault)
        real.close()

    def find(q: str) -> object:  # what one keystroke in the search box costs: count (capped) + first page
        return find_members(vault, search=q or None, statuses=ACTIVE, scope=Scope.COMMUNE, limit=PAGE)

    sample = list_members(vault, limit=20_000)  # people to invent search text from (a spread of names)
    qs = make_queries(sample, queries, seed)
    del sample
    start = time.perf_counter()
    find(qs[0])  # the first search after opening builds the search index in memory
    first_search = time.perf_counter() - start
    times = time_each(find, qs)
    edited = _edit_and_search(vault, find) if plain_db is None else None
    first = median_time(lambda: find(""))
    # Where the table stands after scrolling: the page after the row at each tenth of the list.
    positions = _positions(vault)
    scroll = []
    for offset, after in positions:
        scroll.append(
            median_time(
                lambda o=offset, a=after: list_members(  # type: ignore[misc]
                    vault, statuses=ACTIVE, scope=Scope.COMMUNE, limit=PAGE, offset=o, after=a
                ),
                3,
            )
        )
    report = median_time(lambda: cells_report(vault, date.today()), 1)
    in_use = peak_rss_now()  # what the app holds in use; a whole list in memory (exports) is measured apart
    full = median_time(lambda: list_members(vault), 1)
    exact = count_members(vault, statuses=ACTIVE, scope=Scope.COMMUNE)
    vault.close()
    return {
        "open": opened,
        "first_search": first_search,
        "edited": edited,
        "search": times,
        "queries": qs,
        "first_page": first,
        "scroll": scroll,
        "full": full,
        "report": report,
        "listed": exact,
        "rss": in_use,
        "rss_whole_list": peak_rss_now(),
    }


def _edit_and_search(vault: Vault, find: Callable[[str], object]) -> list[float]:
    """Rename a member, then search again (the index takes the change in), five times: the searches' seconds."""
    from handbook.members.repo import get_member, update_member

    times = []
    for n in range(5):
        row = list_members(vault, search="nguyen", limit=1, offset=n * 10)[0]
        data = get_member(vault, row.id).data
        update_member(vault, row.id, data.with_changes(ten=f"{data.ten} Bảo"), accept=True)
        start = time.perf_counter()
        find("nguyen bao")
        times.append(time.perf_counter() - start)
    return times


def peak_rss_now() -> float:
    """This process's peak resident memory in MB: its own, not the parent's it was started from (Linux keeps the
    parent's peak in ``ru_maxrss`` across fork and exec; ``VmHWM`` belongs to the new program)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def _positions(vault: Vault) -> list[tuple[int, Position]]:
    """(offset, position of the row before it) at each tenth of the name order (what scrolling there leaves)."""
    total = int(vault.conn.execute("SELECT count(*) FROM members").fetchone()[0])
    out = []
    for i in range(1, SCROLL_STOPS + 1):
        offset = total * i // SCROLL_STOPS - PAGE
        row = vault.conn.execute(
            "SELECT sort_key, id FROM members INDEXED BY members_search ORDER BY sort_key, id LIMIT 1 OFFSET ?",
            (offset - 1,),
        ).fetchone()
        out.append((offset, (str(row[0]), int(row[1]))))
    return out


def run_session(root: Path, plain_db: Path | None, queries: int, seed: int) -> dict[str, object]:
    args = [sys.executable, "-m", "bench.bench_members", "--session", str(root), "--queries", str(queries)]
    args += ["--seed", str(seed)] + (["--plain", str(plain_db)] if plain_db else [])
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"the session failed:\n{done.stderr}")
    out = done.stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


# --- one vault size ------------------------------------------------------------------------------------


@dataclass
class Measured:
    members: int
    build_s: float
    build_cpu_s: float
    build_rss: float
    cells: int
    events: int
    audit: int
    db_mib: float
    enc: dict[str, object]
    plain: dict[str, object]
    check_s: float
    check_ok: bool
    backup_s: float
    copy_s: float
    restore_s: float


def measure(members: int | Path, queries: int, seed: int, audit_each: bool) -> Measured:
    """Build a vault of ``members`` (or copy the vault folder given) and measure it."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        root = work / "kho"
        start, cpu = time.perf_counter(), time.process_time()
        if isinstance(members, Path):
            shutil.copytree(members, root)
            build_s = build_cpu = build_rss = float("nan")
        else:
            build_province_vault(root, PASSWORD, members=members, seed=seed, audit_each=audit_each)
            build_s, build_cpu = time.perf_counter() - start, time.process_time() - cpu
            build_rss = peak_rss_mb()
        with Vault.open(root, username="truongban", password=PASSWORD) as vault:
            counts = [
                int(vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("members", "orgs WHERE type LIKE 'chi_bo%'", "member_events")
            ]
            export_plain(vault, work / "plain.db")
            vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            audit = int(vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0])
        enc = run_session(root, None, queries, seed)
        plain = run_session(root, work / "plain.db", queries, seed)
        check_s, check_ok, backup_s, restore_s = _operations(root, work)
        copy_s = _copy(root / "vault.db", work / "copy.db")
        return Measured(
            counts[0],
            build_s,
            build_cpu,
            build_rss,
            counts[1],
            counts[2],
            audit,
            (root / "vault.db").stat().st_size / 2**20,
            enc,
            plain,
            check_s,
            check_ok,
            backup_s,
            copy_s,
            restore_s,
        )


def _operations(root: Path, work: Path) -> tuple[float, bool, float, float]:
    """``handbook check``, an automatic backup (snapshot, write, verify), restore and verify: seconds each."""
    from handbook.backups import automatic
    from handbook.vault import backup
    from handbook.vault.check import check_vault

    with Vault.open(root, username="truongban", password=PASSWORD) as vault:
        start = time.perf_counter()
        report = check_vault(vault)
        check_s = time.perf_counter() - start
        start = time.perf_counter()
        written = automatic.back_up(vault, force=True).written
        backup_s = time.perf_counter() - start
    if written is None:
        raise RuntimeError("the automatic backup wrote nothing")
    start = time.perf_counter()
    backup.restore(written, work / "restored", username="truongban", secret=PASSWORD)
    restore_s = time.perf_counter() - start
    shutil.rmtree(work / "restored")
    return check_s, report.ok, backup_s, restore_s


def _copy(src: Path, dest: Path) -> float:
    start = time.perf_counter()
    shutil.copyfile(src, dest)
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())
    elapsed = time.perf_counter() - start
    dest.unlink()
    return elapsed


# --- the table -----------------------------------------------------------------------------------------


def _f(value: object) -> float:
    assert isinstance(value, int | float)
    return float(value)


def rows_for(m: Measured) -> list[tuple[str, str, bool]]:
    """(measure, value with its baseline, within target) for one size, in the order of ``TARGETS``."""
    enc, plain = m.enc, m.plain
    es, ps = [float(t) for t in enc["search"]], [float(t) for t in plain["search"]]  # type: ignore[attr-defined]
    scroll_e = max(float(t) for t in enc["scroll"])  # type: ignore[attr-defined]
    scroll_p = max(float(t) for t in plain["scroll"])  # type: ignore[attr-defined]
    full_e, full_p = _f(enc["full"]), _f(plain["full"])
    edited = [float(t) for t in enc["edited"]]  # type: ignore[attr-defined]
    built = m.build_s == m.build_s  # NaN: a vault built before (--vault)
    return [
        (f"build ({m.cells:,} cells, {m.events:,} events)",
         f"{m.build_s:.0f} s (CPU {m.build_cpu_s:.0f} s)" if built else "(built before)", not built or m.build_s < 180),
        ("first search after opening (builds the index)",
         f"{ms(_f(enc['first_search']))} (plain {ms(_f(plain['first_search']))})", True),
        ("search after renaming a member (median of 5)", ms(statistics.median(edited)),
         statistics.median(edited) < 0.020),
        ("search p95 (count capped + first page)", f"{ms(p95(es))} (plain {ms(p95(ps))})", p95(es) < 0.020),
        ("search median", f"{ms(statistics.median(es))} (plain {ms(statistics.median(ps))})",
         statistics.median(es) < 0.005),
        ("members page: first rows", f"{ms(_f(enc['first_page']))} (plain {ms(_f(plain['first_page']))})",
         _f(enc["first_page"]) < 0.100),
        ("scroll: slowest page at 10 %…100 %", f"{ms(scroll_e)} (plain {ms(scroll_p)})", scroll_e < 0.300),
        ("whole list, sorted", f"{full_e:.1f} s (plain {full_p:.1f} s, {full_e / full_p:.2f}×)",
         full_e / full_p <= 1.5),
        ("one report (chi bộ)", f"{ms(_f(enc['report']))} (plain {ms(_f(plain['report']))})", True),
        ("peak RSS in use (open, search, scroll, report)", f"{_f(enc['rss']):.0f} MB (plain {_f(plain['rss']):.0f} MB)",
         _f(enc["rss"]) < 300),
        ("peak RSS with the whole list in memory", f"{_f(enc['rss_whole_list']):.0f} MB", True),
        ("peak RSS building the data", f"{m.build_rss:.0f} MB" if built else "-", True),
        (f"handbook check ({m.audit:,} audit entries)", f"{m.check_s:.1f} s" + ("" if m.check_ok else " PROBLEMS"),
         m.check_s < 30 and m.check_ok),
        (f"backup ({m.db_mib:.0f} MiB)", f"{m.backup_s:.1f} s (plain copy {m.copy_s:.1f} s)", m.backup_s < 30),
        ("restore and verify", f"{m.restore_s:.1f} s", m.restore_s < 30),
    ]  # fmt: skip


TARGETS = ("< 3 min", "-", "< 20 ms", "< 20 ms", "< 5 ms", "< 100 ms", "< 300 ms", "≤ 1.5× plain", "-", "< 300 MB",
           "-", "-", "< 30 s", "< 30 s", "< 30 s")  # fmt: skip


def print_side_by_side(results: list[Measured], queries: int) -> None:
    columns = [rows_for(m) for m in results]
    headers = ["measure", "target"] + [f"{m.members:,} members" for m in results]
    cells = [headers]
    for i, target in enumerate(TARGETS):
        values = [f"{col[i][1]}{'' if col[i][2] else '  NO'}" for col in columns]
        cells.append([columns[0][i][0] if len(results) == 1 else _label(columns, i), target, *values])
    widths = [max(len(c[j]) for c in cells) for j in range(len(headers))]
    print(f"\nMembers benchmark: {queries} searches as typed, pages of {PAGE}, kdf.TEST_ONLY; NO = misses target")
    for n, c in enumerate(cells):
        print("  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    for m in results:
        es = [float(t) for t in m.enc["search"]]  # type: ignore[attr-defined]
        slowest = sorted(zip(es, m.enc["queries"], strict=True), reverse=True)[:5]  # type: ignore[call-overload]
        print(f"slowest searches at {m.members:,}: " + ", ".join(f"{q!r} {ms(t)}" for t, q in slowest))


def _label(columns: list[list[tuple[str, str, bool]]], i: int) -> str:
    # Labels carry the sizes of the largest vault (cells, events, audit entries, MiB).
    return columns[-1][i][0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, nargs="+", default=[50_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--audit-each", action="store_true", help="one signed audit entry per generated member")
    parser.add_argument("--vault", type=Path, nargs="+", help="measure copies of these vault folders instead")
    parser.add_argument("--session", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--plain", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.session:
        print(json.dumps(session(args.session, args.plain, args.queries, args.seed)))
        return
    sizes: list[int | Path] = list(args.vault or args.members)
    results = [measure(n, args.queries, args.seed, args.audit_each) for n in sizes]
    print_side_by_side(results, args.queries)


if __name__ == "__main__":
    main()
