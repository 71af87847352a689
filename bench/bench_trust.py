"""Trust benchmark: unlock with signature checks, signing cost per audited write, ``check`` of a long
signed audit chain, and re-keying a 50,000-member vault when an account is disabled.

Run: ``python -m bench.bench_trust [--entries N] [--members N]``. Unlock uses the real calibrated cost.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.bench_vault import INSERT, SCHEMA, member_rows
from bench.table import Row, median_time, ms, peak_rss_mb, print_table
from handbook.permissions import Op, Role
from handbook.vault import audit, kdf, users
from handbook.vault.check import check_vault
from handbook.vault.vault import Vault

PASSWORD = "mat-khau-do-hieu-nang"
WRITES = 2_000


def make(root: Path, params: kdf.KdfParams) -> Vault:
    created = Vault.create(
        root, committee_name="Đảng ủy xã Đo", username="truongban", full_name="Người Đo", password=PASSWORD,
        kdf_params=params,
    )  # fmt: skip
    return created.vault


def fill_audit(vault: Vault, count: int) -> None:
    """``count`` signed entries, as that many audited writes by the head would leave them."""
    vault.conn.execute("BEGIN IMMEDIATE")
    for i in range(count):
        audit.append(vault.conn, "truongban", "settings.set", "setting", f"k{i}", None, i, vault.signer)
    vault.conn.execute("COMMIT")
    vault.record_witness()


def append_cost(vault: Vault, signed: bool) -> float:
    """Seconds per entry for ``WRITES`` entries appended in one transaction (signed or not), rolled back."""
    vault.conn.execute("BEGIN IMMEDIATE")
    start = time.perf_counter()
    for i in range(WRITES):
        audit.append(vault.conn, "truongban", "x", "x", i, None, None, vault.signer if signed else None)
    elapsed = time.perf_counter() - start
    vault.conn.execute("ROLLBACK")
    return elapsed / WRITES


def audited_write(vault: Vault) -> None:
    with vault.change(Op.SETTINGS_EDIT) as ch:
        ch.record("settings.set", "setting", "bench", None, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=500_000)
    parser.add_argument("--members", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        params = kdf.calibrate()
        vault = make(work / "kho", params)
        fill_audit(vault, 1_100)
        root = vault.paths.root
        vault.close()
        salt = kdf.new_salt()
        argon = median_time(lambda: kdf.derive(PASSWORD.encode(), salt, params))
        worst = median_time(lambda: Vault.open(root, username="truongban", password=PASSWORD).close(), repeat=3)
        with Vault.open(root, username="truongban", password=PASSWORD) as head:
            check_vault(head)  # the head's check signs a checkpoint
        unlock = median_time(lambda: Vault.open(root, username="truongban", password=PASSWORD).close())

        cheap = make(work / "ghi", kdf.TEST_ONLY)
        unsigned = min(append_cost(cheap, False) for _ in range(3))
        signed = min(append_cost(cheap, True) for _ in range(3))
        write = median_time(lambda: audited_write(cheap), repeat=50)

        fill_audit(cheap, args.entries)
        start = time.perf_counter()
        first = check_vault(cheap)
        first_check = time.perf_counter() - start
        start = time.perf_counter()
        again = check_vault(cheap)
        second_check = time.perf_counter() - start
        cheap.close()

        big = make(work / "lon", kdf.TEST_ONLY)
        big.conn.execute(SCHEMA)
        big.conn.execute("BEGIN IMMEDIATE")
        big.conn.executemany(INSERT, member_rows(args.members))
        big.conn.execute("COMMIT")
        users.add_user(big, username="ra", full_name="Người Rời", role=Role.STAFF, password=PASSWORD,
                       kdf_params=kdf.TEST_ONLY)  # fmt: skip
        start = time.perf_counter()
        users.update_user(big, "ra", active=False)  # disables, re-keys and re-seals
        rekey_time = time.perf_counter() - start
        rekeyed = check_vault(big).ok
        big.close()

        n = f"{args.entries:,}"
        print_table(
            f"Trust benchmark (Argon2id {params.memory_kib // 1024} MiB, t={params.iterations}, p={params.lanes})",
            [
                Row("unlock, roster + 1,000 entries since the last checkpoint", ms(worst), f"Argon2id {ms(argon)}",
                    f"+{ms(worst - argon)}", "≤ Argon2id + 100 ms", worst - argon <= 0.100),
                Row("unlock, roster + checkpoint verified", ms(unlock), f"Argon2id {ms(argon)}",
                    f"+{ms(unlock - argon)}", "≤ Argon2id + 100 ms", unlock - argon <= 0.100),
                Row("signing overhead per audit entry", f"{(signed - unsigned) * 1000:.3f} ms",
                    f"unsigned {unsigned * 1000:.3f} ms", f"{signed / unsigned:.2f}×", "< 0.5 ms",
                    signed - unsigned < 0.0005),
                Row("one audited write (commit + witness)", ms(write), "-", "-", "-", True),
                Row(f"check, {n} signed entries (first)", ms(first_check), "-", "-", "< 10 s",
                    first_check < 10 and first.ok),
                Row("check again (from the head's checkpoint)", ms(second_check), "-", "-", "< 10 s",
                    second_check < 10 and again.ok),
                Row(f"disable + re-key, {args.members:,} members", ms(rekey_time), "-", "-", "< 10 s",
                    rekey_time < 10 and rekeyed),
                Row("peak RSS", f"{peak_rss_mb():.0f} MB", "-", "-", "< 300 MB", peak_rss_mb() < 300),
            ],
        )  # fmt: skip


if __name__ == "__main__":
    main()
