"""Backup benchmark: a 50,000-member vault with 20,000 cases — automatic backup, closing with a backup, and
restore-and-verify, against a plain copy of the same database bytes measured in the same run.

Run: ``python -m bench.bench_backups``. The vault uses the cheap test key cost (this measures backups, not unlock).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.table import Row, ms, peak_rss_mb, print_table
from handbook.backups import automatic
from handbook.flow import cases as fc
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgType
from handbook.permissions import Op
from handbook.vault import backup, kdf
from handbook.vault.audit import now_iso
from handbook.vault.vault import Vault

MEMBERS = 50_000
CASES = 20_000
PASSWORD = "mat-khau-do"


def populate(vault: Vault) -> None:
    root = orgs.add_org(vault, "Đảng ủy xã Đo", OrgType.DANG_UY_XA)
    cells = [
        orgs.add_org(vault, f"Chi bộ thôn {i}", OrgType.CHI_BO, root, residential=True, valid_from=date(2015, 1, 1))
        for i in range(40)
    ]
    work = [orgs.add_external_org(vault, f"Đảng ủy Cơ quan {i}") for i in range(60)]
    with vault.change(Op.REGISTRATIONS_EDIT):
        conn = vault.conn
        for i in range(MEMBERS):
            cur = conn.execute(
                "INSERT INTO members (ho, dem, ten, status, name_key, sort_key, search_text, phone, created_at,"
                " updated_at) VALUES ('Nguyễn', 'Văn', ?, 'chinh_thuc', ?, ?, ?, ?, ?, ?)",
                (
                    f"An{i}",
                    f"nguyen van an{i}",
                    f"an{i:06d}",
                    f"nguyen van an{i} thon {i % 40} xa do",
                    f"09{i:08d}",
                    now_iso(),
                    now_iso(),
                ),
            )
            if i < CASES:
                reg = conn.execute(
                    "INSERT INTO registrations (member_id, workplace_org_id, received_date, residence_kind, category,"
                    " created_at) VALUES (?, ?, '2024-03-01', 'thuong_tru', 'normal', ?)",
                    (cur.lastrowid, work[i % len(work)], now_iso()),
                )
                conn.execute(
                    "INSERT INTO registration_cells (registration_id, cell_id, valid_from) VALUES (?, ?, ?)",
                    (reg.lastrowid, cells[i % len(cells)], "2024-03-01"),
                )
    assert fc.open_year(vault, 2025).created == CASES


def plain_copy(src: Path, dest: Path) -> float:
    start = time.perf_counter()
    shutil.copyfile(src, dest)
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "kho"
        created = Vault.create(
            root,
            committee_name="Đảng ủy xã Đo",
            username="truongban",
            full_name="Người Đo",
            password=PASSWORD,
            kdf_params=kdf.TEST_ONLY,
        )
        vault = created.vault
        populate(vault)
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db_bytes = vault.paths.db.stat().st_size
        t_copy = min(plain_copy(vault.paths.db, Path(tmp) / f"copy-{i}.db") for i in range(3))

        t_backup = []
        out = Path()
        for _ in range(3):
            start = time.perf_counter()
            written = automatic.back_up(vault, force=True).written
            t_backup.append(time.perf_counter() - start)
            assert written is not None
        best_backup = min(t_backup)
        vault.close()

        closes_plain, closes_backup = [], []
        for i in range(3):
            v = Vault.open(root, username="truongban", password=PASSWORD)
            start = time.perf_counter()
            v.close()
            closes_plain.append(time.perf_counter() - start)
            v = Vault.open(root, username="truongban", password=PASSWORD)
            with v.change(Op.SETTINGS_EDIT) as ch:
                ch.record("bench.touch", "vault", i)
            start = time.perf_counter()
            outcome = automatic.back_up(v)  # what the app does on closing after a change
            v.close()
            closes_backup.append(time.perf_counter() - start)
            assert outcome.written is not None
            out = outcome.written  # the newest (rotation keeps the newest of the day)

        t_restore = []
        for i in range(2):
            start = time.perf_counter()
            backup.restore(out, Path(tmp) / f"r{i}", username="truongban", secret=PASSWORD)
            t_restore.append(time.perf_counter() - start)
        best_restore = min(t_restore)
        size = out.stat().st_size

    close_b, close_p = min(closes_backup), min(closes_plain)
    print_table(
        f"Backup benchmark: {MEMBERS:,} members, {CASES:,} cases, database {db_bytes / 2**20:.0f} MiB, "
        f"backup file {size / 2**20:.0f} MiB (kdf: test cost)",
        [
            Row("plain copy of the database file + fsync", ms(t_copy), "-", "1.00×", "baseline", True),
            Row("automatic backup (snapshot, write, verify)", ms(best_backup), ms(t_copy),
                f"{best_backup / t_copy:.2f}×", "< 1.5 s", best_backup < 1.5),
            Row("close with backup (after a change)", ms(close_b), ms(close_p), f"+{(close_b - close_p) * 1000:.0f} ms",
                "< 2 s", close_b < 2),
            Row("restore and verify (MAC, page HMACs, structure, audit)", ms(best_restore), "-", "-", "< 3 s",
                best_restore < 3),
            Row("peak RSS", f"{peak_rss_mb():.0f} MB", "-", "-", "< 300 MB", peak_rss_mb() < 300),
        ],
    )  # fmt: skip


if __name__ == "__main__":
    main()
