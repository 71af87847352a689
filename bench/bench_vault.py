"""Vault benchmark: unlock vs bare Argon2id, encrypted vs plain inserts, and ``check`` at 50,000 rows.

Run: ``python -m bench.bench_vault [--rows N]``. Uses the real calibrated key-derivation cost.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.table import Row, median_time, ms, peak_rss_mb, print_table
from handbook.vault import kdf
from handbook.vault.check import check_vault
from handbook.vault.vault import Vault

PASSWORD = "mat-khau-do-hieu-nang"
COLUMNS = (
    "ho",
    "dem",
    "ten",
    "gender",
    "birth_date",
    "hometown",
    "ethnicity",
    "religion",
    "cccd",
    "cmnd",
    "phone",
    "card_no",
    "admitted",
    "official",
    "education",
    "theory",
    "occupation",
    "workplace",
    "address",
    "search_key",
    "sort_key",
)
SCHEMA = "CREATE TABLE bench_members (id INTEGER PRIMARY KEY, " + ", ".join(f"{c} TEXT" for c in COLUMNS) + ")"
HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
DEM = ["Văn", "Thị", "Hữu", "Đức", "Thị Ngọc", "Quang", "Minh", "Thanh"]
TEN = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hoà", "Hương", "Lan", "Minh", "Nam", "Phúc", "Thuỷ"]


def member_rows(n: int, seed: int = 1) -> list[tuple[str, ...]]:
    rng = random.Random(seed)
    rows: list[tuple[str, ...]] = []
    for i in range(n):
        ho, dem, ten = rng.choice(HO), rng.choice(DEM), rng.choice(TEN)
        rows.append(
            (
                ho,
                dem,
                ten,
                rng.choice(["Nam", "Nữ"]),
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/19{rng.randint(40, 99)}",
                "Xã Tân An, tỉnh Đồng Tháp",
                "Kinh",
                "Không",
                f"0870{rng.randint(0, 10**8 - 1):08d}",
                f"{rng.randint(0, 10**9 - 1):09d}",
                f"09{rng.randint(0, 10**8 - 1):08d}",
                f"{i:08d}",
                "12/05/1995",
                "12/05/1996",
                "12/12",
                "Trung cấp",
                "Giáo viên",
                "Trường THCS Tân An",
                f"Tổ dân phố {rng.randint(1, 30)}, xã Tân An",
                f"{ten} {dem} {ho}".lower(),
                f"{ten}|{dem}|{ho}",
            )
        )
    return rows


INSERT = f"INSERT INTO bench_members ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


def insert_plain(path: Path, rows: list[tuple[str, ...]]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(SCHEMA)
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(INSERT, rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def insert_vault(vault: Vault, rows: list[tuple[str, ...]]) -> float:
    vault.conn.execute(SCHEMA)
    start = time.perf_counter()
    vault.conn.execute("BEGIN IMMEDIATE")
    vault.conn.executemany(INSERT, rows)
    vault.conn.execute("COMMIT")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        params = kdf.calibrate()
        created = Vault.create(
            work / "kho",
            committee_name="Đảng ủy xã Đo Hiệu Năng",
            username="truongban",
            full_name="Người Đo",
            password=PASSWORD,
            kdf_params=params,
        )
        created.vault.close()
        root = created.vault.paths.root
        salt = kdf.new_salt()
        argon = median_time(lambda: kdf.derive(PASSWORD.encode(), salt, params))
        unlock = median_time(lambda: Vault.open(root, username="truongban", password=PASSWORD).close())
        rows = member_rows(args.rows)
        plain = min(insert_plain(work / f"plain{i}.db", rows) for i in range(3))
        encrypted = []
        for i in range(3):
            c = Vault.create(
                work / f"ins{i}",
                committee_name="X",
                username="truongban",
                full_name="Y",
                password=PASSWORD,
                kdf_params=kdf.TEST_ONLY,
            )
            encrypted.append(insert_vault(c.vault, rows))
            if i < 2:
                c.vault.close()
        big = c.vault
        check_time = median_time(lambda: check_vault(big), repeat=3)
        report = check_vault(big)
        big.close()
        n = f"{args.rows:,}"
        print_table(
            f"Vault benchmark (Argon2id {params.memory_kib // 1024} MiB, t={params.iterations}, p={params.lanes})",
            [
                Row(
                    "unlock (open with password)",
                    ms(unlock),
                    f"Argon2id {ms(argon)}",
                    f"+{ms(unlock - argon)}",
                    "≤ Argon2id + 100 ms",
                    unlock - argon <= 0.100,
                ),
                Row(
                    f"insert {n} member rows",
                    ms(min(encrypted)),
                    f"plain sqlite3 {ms(plain)}",
                    f"{min(encrypted) / plain:.2f}×",
                    "≤ 1.5×",
                    min(encrypted) / plain <= 1.5,
                ),
                Row(f"check on {n} rows", ms(check_time), "-", "-", "report ok", report.ok),
                Row("peak RSS", f"{peak_rss_mb():.0f} MB", "-", "-", "< 300 MB", peak_rss_mb() < 300),
            ],
        )


if __name__ == "__main__":
    main()
