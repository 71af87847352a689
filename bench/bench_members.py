"""Members benchmark: folded search p95 and sorted listing over the demo commune, encrypted vs plain.

Run: ``python -m bench.bench_members [--members N] [--queries Q] [--seed S]`` (default 50,000 members).
The vault is built with ``kdf.TEST_ONLY``: key derivation is not what this measures (see bench_vault).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2

from bench.table import Row, median_time, ms, peak_rss_mb, print_table
from handbook.demo.create import create_demo_vault
from handbook.members.repo import MemberRow, count_members, list_members
from handbook.text.fold import search_tokens
from handbook.vault import kdf
from handbook.vault.paths import VaultPaths
from handbook.vault.vault import Vault

PASSWORD = "mat-khau-do-hieu-nang"
SEARCH_LIMIT = 200
PAGE = 100
SEARCH_P95_TARGET = 0.020
LIST_TARGET = 0.300
# What people type first: a family name, a common given name, a middle name, the usual "ng v an".
TYPED = ("dang", "hoa", "ng v an", "nguyen", "thi", "van", "tran thi h", "le", "huong", "040", "0401")


def plain_copy(vault: Vault, target: Path) -> Vault:
    """The same rows in an unencrypted database (same schema, indexes, FTS), opened as a vault object."""
    target.mkdir()
    db = target / "plain.db"
    vault.conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(db),))
    try:
        vault.conn.execute("SELECT sqlcipher_export('plaintext')").fetchall()
    finally:
        vault.conn.execute("DETACH DATABASE plaintext")
    conn = sqlcipher3.dbapi2.connect(str(db), check_same_thread=False)  # no key: a plain SQLite file
    conn.isolation_level = None
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    return Vault(VaultPaths(target), conn, vault.key_file, b"", vault.actor)


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        demo = create_demo_vault(work / "kho", PASSWORD, kdf_params=kdf.TEST_ONLY, members=args.members, seed=args.seed)
        build = time.perf_counter() - start
        vault = Vault.open(work / "kho", username="truongban", password=PASSWORD)
        plain = plain_copy(vault, work / "plain")
        rows = list_members(vault)
        queries = make_queries(rows, args.queries, args.seed)

        enc_times = time_each(lambda q: list_members(vault, search=q, limit=SEARCH_LIMIT), queries)
        plain_times = time_each(lambda q: list_members(plain, search=q, limit=SEARCH_LIMIT), queries)
        slowest = sorted(zip(enc_times, queries, strict=True), reverse=True)[:5]

        def page(v: Vault) -> Callable[[], object]:
            return lambda: (count_members(v), list_members(v, limit=PAGE))

        first_page, first_page_plain = median_time(page(vault)), median_time(page(plain))
        full, full_plain = median_time(lambda: list_members(vault), 3), median_time(lambda: list_members(plain), 3)
        n = f"{args.members:,}"
        enc_p95, plain_p95 = p95(enc_times), p95(plain_times)
        print_table(
            f"Members benchmark: demo commune of {n} members (built in {build:.1f} s, "
            f"{demo.summary.cells} cells; kdf.TEST_ONLY), {len(queries)} searches, limit {SEARCH_LIMIT}",
            [
                Row(
                    "search p95",
                    ms(enc_p95),
                    f"plain {ms(plain_p95)}",
                    f"{enc_p95 / plain_p95:.2f}×",
                    "< 20 ms",
                    enc_p95 < SEARCH_P95_TARGET,
                ),
                Row(
                    "search median",
                    ms(statistics.median(enc_times)),
                    f"plain {ms(statistics.median(plain_times))}",
                    f"{statistics.median(enc_times) / statistics.median(plain_times):.2f}×",
                    "-",
                    True,
                ),
                Row(
                    f"first page ({PAGE} rows + count), sorted",
                    ms(first_page),
                    f"plain {ms(first_page_plain)}",
                    f"{first_page / first_page_plain:.2f}×",
                    "< 300 ms",
                    first_page < LIST_TARGET,
                ),
                Row(
                    f"whole list ({len(rows):,} rows), sorted",
                    ms(full),
                    f"plain {ms(full_plain)}",
                    f"{full / full_plain:.2f}×",
                    # Screens and exports page or stream; a whole 50,000-row list is a batch job. Its bar is
                    # the encryption overhead against the same query on a plain copy.
                    "≤ 1.5× plain",
                    full / full_plain <= 1.5,
                ),
                Row("peak RSS", f"{peak_rss_mb():.0f} MB", "-", "-", "< 300 MB", peak_rss_mb() < 300),
            ],
        )
        print("slowest searches: " + ", ".join(f"{q!r} {ms(t)}" for t, q in slowest))
        plain.conn.close()
        vault.close()


if __name__ == "__main__":
    main()
