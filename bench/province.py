"""Bench-only generator: a province-size vault (hundreds of thousands of invented members) built in minutes.

The demo commune (accounts, profile, cells, Regulation 213 cases) is built first by the real demo generator;
the rest of the members are then written in bulk in one audited transaction: each new member gets its own
signed ``members.add`` audit entry, as the app's importer would write, while its cell and its lifecycle events
are written as rows (the app audits those too, one entry each; see docs/scale.md for what that leaves out).
New members are spread over new residential cells of about ``CELL_SIZE`` members, as a province's are.
"""

from __future__ import annotations

import random
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

from handbook.demo import names as nm
from handbook.demo.create import create_demo_vault
from handbook.members.model import BADGE_YEARS, EventKind, Status
from handbook.orgs.model import OrgId, OrgType
from handbook.orgs.repo import insert_org
from handbook.permissions import Op
from handbook.text.fold import search_key
from handbook.text.sortkey import FIELD_SEPARATOR, vietnamese_sort_key
from handbook.vault import kdf
from handbook.vault.audit import now_iso
from handbook.vault.vault import Change, Vault

DEMO_MEMBERS = 2_000  # members of the demo commune itself (with the demo's full history and audit)
CELL_SIZE = 400
BATCH = 5_000
TODAY = date(2026, 12, 1)

MEMBER_COLUMNS = (
    "ho", "dem", "ten", "gender", "birth_date", "hometown", "ethnicity", "religion", "cccd", "cmnd", "phone",
    "card_no", "admitted", "official", "education", "theory", "occupation", "workplace", "address", "note",
    "status", "name_key", "sort_key", "search_text", "created_at", "updated_at",
)  # fmt: skip
INSERT_MEMBER = f"INSERT INTO members ({', '.join(MEMBER_COLUMNS)}) VALUES ({', '.join('?' * len(MEMBER_COLUMNS))})"
INSERT_EVENT = "INSERT INTO member_events (member_id, kind, date, decision_no, detail) VALUES (?, ?, ?, ?, ?)"
INSERT_ASSIGNMENT = (
    "INSERT INTO assignments (member_id, org_id, valid_from, valid_to, reason, decision_no) VALUES (?, ?, ?, ?, ?, ?)"
)
PROVINCE_CODES = ("040", "040", "040", "040", "040", "040", "042", "038", "001", "031", "079")
EDUCATION = ("12/12", "12/12", "12/12", "Đại học", "Cao đẳng", "Trung cấp", "9/12", "10/10")
THEORY = ("Sơ cấp", "Sơ cấp", "", "Trung cấp", "Cao cấp")
OCCUPATION = ("Nông dân", "Nông dân", "Hưu trí", "Công nhân", "Kinh doanh", "Giáo viên", "Công chức")


@dataclass(frozen=True)
class ProvinceSummary:
    """What was built: members in all, the bulk part of them, their events, the cells they were put in."""

    members: int
    bulk_members: int
    events: int
    cells: int
    registrations: int


class _Weighted:
    def __init__(self, items: Sequence[tuple[str, float]]) -> None:
        self.values = [v for v, _ in items]
        self.cum = list(accumulate(w for _, w in items))

    def pick(self, rng: random.Random) -> str:
        return self.values[bisect_left(self.cum, rng.random() * self.cum[-1])]


class _Keys:
    """Folded and sort keys of name parts, computed once per distinct part (a few hundred of them)."""

    def __init__(self) -> None:
        self.folded: dict[str, str] = {}
        self.sort: dict[str, str] = {}

    def fold(self, part: str) -> str:
        value = self.folded.get(part)
        if value is None:
            value = self.folded[part] = search_key(part)
        return value

    def order(self, part: str) -> str:
        value = self.sort.get(part)
        if value is None:
            value = self.sort[part] = vietnamese_sort_key(part)
        return value


def _iso(d: date) -> str:
    return d.isoformat()


# A member to write: its row, its cell, the day it joined the cell, its events (kind, date, decision, detail).
_Planned = tuple[tuple[object, ...], int, str, list[tuple[str, str, str, str]]]


def _members(
    rng: random.Random, count: int, cells: list[tuple[int, str]], now: str, cccd_seen: set[str], cards_seen: set[str]
) -> Iterator[_Planned]:
    """(member row, cell id, the day they joined it, events as (kind, date, decision, detail)) per member."""
    family = _Weighted(nm.FAMILY_NAMES)
    middle = {
        ("nam", False): _Weighted(nm.MALE_MIDDLE_OLD),
        ("nam", True): _Weighted(nm.MALE_MIDDLE_YOUNG),
        ("nu", False): _Weighted(nm.FEMALE_MIDDLE_OLD),
        ("nu", True): _Weighted(nm.FEMALE_MIDDLE_YOUNG),
    }
    keys = _Keys()
    decision = 0
    r = rng.random  # int(r() * n) rather than randrange: the generator's time is mostly this loop
    for i in range(count):
        cell_id, place = cells[i * len(cells) // count]
        gender = "nam" if r() < 0.58 else "nu"
        year = 1936 + int(r() * 69)
        birth = date(year, 1 + int(r() * 12), 1 + int(r() * 28))
        ho, dem = family.pick(rng), middle[(gender, year >= 1975)].pick(rng)
        ten = rng.choice(nm.MALE_GIVEN if gender == "nam" else nm.FEMALE_GIVEN)
        while True:
            digit = (0 if gender == "nam" else 1) + (2 if year >= 2000 else 0)
            cccd = f"{rng.choice(PROVINCE_CODES)}{digit}{year % 100:02d}{int(r() * 1_000_000):06d}"
            if cccd not in cccd_seen:
                cccd_seen.add(cccd)
                break
        admitted = min(birth + timedelta(days=int(365 * (18 + r() * 28))), TODAY)
        official = admitted + timedelta(days=365 + int(r() * 46))
        card = ""
        if official <= TODAY and r() < 0.8:
            while True:
                card = f"{10_000_000 + int(r() * 90_000_000)}"
                if card not in cards_seen:
                    cards_seen.add(card)
                    break
        events: list[tuple[str, str, str, str]] = []
        status = Status.OFFICIAL if official <= TODAY else Status.PROBATIONARY
        ended: date | None = None
        for years in BADGE_YEARS:
            award = date(admitted.year + years, 9, 2)
            if award > TODAY:
                break
            decision = decision % 900 + 1
            events.append((EventKind.BADGE.value, _iso(award), f"{decision}-QĐ/TU", f"Huy hiệu {years} năm tuổi Đảng"))
        end = r()
        if end < 0.04 and year < 1960:
            ended = TODAY - timedelta(days=1 + int(r() * 2000))
            events.append((EventKind.DIED.value, _iso(ended), "", "Từ trần"))
            status = Status.DIED
        elif end < 0.07 and official <= TODAY - timedelta(days=30):
            ended = TODAY - timedelta(days=1 + int(r() * (TODAY - official).days))
            decision = decision % 900 + 1
            events.append((EventKind.TRANSFER_OUT.value, _iso(ended), f"{decision}-GT/ĐU", "Đến Đảng bộ tỉnh khác"))
            status = Status.TRANSFERRED_OUT
        events.sort(key=lambda e: e[1])
        name_key = " ".join(k for k in (keys.fold(ho), keys.fold(dem), keys.fold(ten)) if k)
        row = (
            ho,
            dem,
            ten,
            gender,
            _iso(birth),
            place,
            "Kinh",
            "Không",
            cccd,
            "",
            f"09{int(r() * 100_000_000):08d}",
            card,
            _iso(admitted),
            _iso(official) if official <= TODAY else None,
            rng.choice(EDUCATION),
            rng.choice(THEORY),
            rng.choice(OCCUPATION),
            "",
            place,
            "",
            status.value,
            name_key,
            FIELD_SEPARATOR.join((keys.order(ten), keys.order(dem), keys.order(ho))),
            " ".join(v for v in (name_key, cccd, card) if v),
            now,
            now,
        )
        yield row, cell_id, _iso(admitted), events


def _audit_view(row: tuple[object, ...], cell_id: int) -> dict[str, object]:
    view = dict(zip(MEMBER_COLUMNS[:20], row[:20], strict=True))
    view["photo_bytes"] = 0
    view["cell"] = cell_id
    return view


def add_bulk_members(vault: Vault, count: int, *, seed: int = 0, audit_each: bool = False) -> tuple[int, int, int]:
    """``count`` more members in new residential cells under the committee: (members, events, cells).

    The audit gets one signed entry per member with ``audit_each`` (as the importer writes), else one per
    batch of ``BATCH`` members (an import of that many rows).
    """
    rng = random.Random(seed + 18)
    conn = vault.conn
    root = int(conn.execute("SELECT id FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1").fetchone()[0])
    events_written = 0
    # A larger page cache while building only (then back to the vault's own 32 MB, see handbook/vault/sqlcipher.py).
    conn.execute("PRAGMA cache_size = -400000").fetchall()
    with vault.change(Op.MEMBERS_EDIT) as ch:
        cells = _add_cells(ch, conn, root, max(1, count // CELL_SIZE))
        batch: list[_Planned] = []
        cccds = {str(r[0]) for r in conn.execute("SELECT cccd FROM members WHERE cccd IS NOT NULL")}
        cards = {str(r[0]) for r in conn.execute("SELECT card_no FROM members WHERE card_no != ''")}
        for item in _members(rng, count, cells, now_iso(), cccds, cards):
            batch.append(item)
            if len(batch) == BATCH:
                events_written += _write(conn, ch, batch, audit_each)
                batch = []
        if batch:
            events_written += _write(conn, ch, batch, audit_each)
    conn.execute("PRAGMA cache_size = -32768").fetchall()
    return count, events_written, len(cells)


def _add_cells(ch: Change, conn: Any, root: int, count: int) -> list[tuple[int, str]]:
    out = []
    for i in range(count):
        village = nm.VILLAGE_NAMES[i % len(nm.VILLAGE_NAMES)]
        name = f"Chi bộ thôn {village} {i // len(nm.VILLAGE_NAMES) + 1}"
        org = insert_org(conn, ch, name, OrgType.CHI_BO_CO_SO, OrgId(root), residential=True, valid_from=None)
        out.append((int(org), f"Thôn {village}, tỉnh Nghệ An"))
    return out


def _write(conn: Any, ch: Change, batch: list[_Planned], audit_each: bool) -> int:
    first = int(conn.execute("SELECT coalesce(max(id), 0) FROM members").fetchone()[0]) + 1
    conn.executemany(INSERT_MEMBER, [item[0] for item in batch])
    assignments = []
    events: list[tuple[object, ...]] = []
    for offset, (row, cell_id, joined, member_events) in enumerate(batch):
        member_id = first + offset
        ended = next((e[1] for e in member_events if e[0] in ("died", "transfer_out")), None)
        assignments.append((member_id, cell_id, joined, ended, "Kết nạp Đảng", ""))
        events.extend((member_id, *e) for e in member_events)
        if audit_each:
            ch.record("members.add", "member", member_id, None, _audit_view(row, cell_id))
    if not audit_each:
        after = {"created": len(batch), "first_id": first, "last_id": first + len(batch) - 1, "events": len(events)}
        ch.record("members.import", "file", "bench-province", None, after)
    conn.executemany(INSERT_ASSIGNMENT, assignments)
    conn.executemany(INSERT_EVENT, events)
    return len(events)


def build_province_vault(
    path: Path, password: str, *, members: int, seed: int = 0, audit_each: bool = False
) -> ProvinceSummary:
    """A vault at ``path`` with the demo commune and, past ``DEMO_MEMBERS``, bulk-made members in cells."""
    demo = create_demo_vault(path, password, kdf_params=kdf.TEST_ONLY, members=min(members, DEMO_MEMBERS), seed=seed)
    bulk, cells = 0, 0
    with Vault.open(path, username="truongban", password=password) as vault:
        if members > DEMO_MEMBERS:
            bulk, _, cells = add_bulk_members(vault, members - DEMO_MEMBERS, seed=seed, audit_each=audit_each)
        conn = vault.conn
        total = int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
        all_events = int(conn.execute("SELECT count(*) FROM member_events").fetchone()[0])
        registrations = int(conn.execute("SELECT count(*) FROM registrations").fetchone()[0])
    return ProvinceSummary(total, bulk, all_events, demo.summary.cells + cells, registrations)
