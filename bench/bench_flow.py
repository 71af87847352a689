"""Flow benchmark: opening a year with 5,000 registrations, and confirming 1,000 cases in one go.

Run: ``python -m bench.bench_flow``. The vault uses the cheap test key cost (this measures the flow, not unlock).
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from bench.table import Row, ms, peak_rss_mb, print_table
from handbook.flow import cases as fc
from handbook.flow.cases import CommentEntry
from handbook.flow.model import CaseState
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgType
from handbook.permissions import Op
from handbook.vault import kdf
from handbook.vault.audit import now_iso
from handbook.vault.vault import Vault

REGISTRATIONS = 5_000
CONFIRM = 1_000
YEAR = 2025


def populate(vault: Vault, n: int) -> None:
    root = orgs.add_org(vault, "Đảng ủy xã Đo", OrgType.DANG_UY_XA)
    cells = [
        orgs.add_org(vault, f"Chi bộ thôn {i}", OrgType.CHI_BO, root, residential=True, valid_from=date(2015, 1, 1))
        for i in range(30)
    ]
    work = [orgs.add_external_org(vault, f"Đảng ủy Cơ quan {i}") for i in range(40)]
    with vault.change(Op.REGISTRATIONS_EDIT):
        conn = vault.conn
        for i in range(n):
            cur = conn.execute(
                "INSERT INTO members (ho, dem, ten, status, name_key, sort_key, search_text, created_at, updated_at)"
                " VALUES ('Nguyễn', 'Văn', ?, 'chinh_thuc', ?, ?, ?, ?, ?)",
                (f"An{i}", f"nguyen van an{i}", f"an{i:06d}", f"nguyen van an{i}", now_iso(), now_iso()),
            )
            reg = conn.execute(
                "INSERT INTO registrations (member_id, workplace_org_id, received_date, residence_kind, category,"
                " created_at) VALUES (?, ?, '2024-03-01', 'thuong_tru', 'normal', ?)",
                (cur.lastrowid, work[i % len(work)], now_iso()),
            )
            conn.execute(
                "INSERT INTO registration_cells (registration_id, cell_id, valid_from) VALUES (?, ?, ?)",
                (reg.lastrowid, cells[i % len(cells)], "2024-03-01"),
            )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        created = Vault.create(
            Path(tmp) / "kho",
            committee_name="Đảng ủy xã Đo",
            username="truongban",
            full_name="Người Đo",
            password="mat-khau-do",
            kdf_params=kdf.TEST_ONLY,
        )
        vault = created.vault
        populate(vault, REGISTRATIONS)
        start = time.perf_counter()
        result = fc.open_year(vault, YEAR)
        t_open = time.perf_counter() - start
        ids = [c.id for c in fc.list_cases(vault, YEAR)][:CONFIRM]
        entries = [CommentEntry(i, (0, 1, 0, 1, 0, 1), "", date(2025, 11, 20), 0, "Bí Thư") for i in ids]
        start = time.perf_counter()
        fc.record_comments(vault, entries)
        t_comment = time.perf_counter() - start
        start = time.perf_counter()
        confirmed = fc.confirm(vault, ids, on=date(2025, 11, 25))
        t_confirm = time.perf_counter() - start
        assert result.created == REGISTRATIONS and len(confirmed.confirmed) == CONFIRM
        assert fc.year_status(vault, YEAR).by_state[CaseState.CONFIRMED.value] == CONFIRM
        vault.close()
    print_table(
        "Flow benchmark (kdf: test cost; measures the flow only)",
        [
            Row(f"open year, {REGISTRATIONS:,} registrations", ms(t_open), "-", "-", "< 2 s", t_open < 2),
            Row(f"enter {CONFIRM:,} comment sheets (one batch)", ms(t_comment), "-", "-", "< 2 s", t_comment < 2),
            Row(f"confirm {CONFIRM:,} cases at once", ms(t_confirm), "-", "-", "< 2 s", t_confirm < 2),
            Row("peak RSS", f"{peak_rss_mb():.0f} MB", "-", "-", "< 300 MB", peak_rss_mb() < 300),
        ],
    )


if __name__ == "__main__":
    main()
