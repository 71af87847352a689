"""Crash torture: 200+ SIGKILLs at random moments across mixed writes; then open, check, compare with the log
of acknowledged commits: nothing corrupted, nothing acknowledged lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from handbook.demo.create import create_demo_vault
from handbook.vault import backup, kdf
from handbook.vault.check import check_vault
from tests.backups.torture import PASSWORDS, open_any

ROOT = Path(__file__).resolve().parents[2]
KILLS = 210


@pytest.mark.slow
def test_two_hundred_kills_lose_and_corrupt_nothing(tmp_path: Path) -> None:
    root = tmp_path / "kho"
    # kdf.TEST_ONLY: deliberately cheap so each of the 210 workers opens the vault quickly; never a default.
    create_demo_vault(root, PASSWORDS[0], kdf_params=kdf.TEST_ONLY, members=120, seed=3)
    log = tmp_path / "ack.log"
    run = subprocess.run(
        [sys.executable, "-m", "tests.backups.torture", str(root), str(log), str(KILLS), "11"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert f"KILLED {KILLS}" in run.stdout
    acks = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    db_acks = [a for a in acks if a[1] == "db"]
    vault, _password = open_any(root)
    with vault:
        report = check_vault(vault)
        assert report.ok, [p.id for p in report.problems]
        chain = dict(vault.conn.execute("SELECT seq, hash FROM audit").fetchall())
        lost = [a for a in db_acks if chain.get(int(a[3])) != a[4]]
        # Rotation keeps the newest of the day: the last acknowledged backup is there, or a newer one that a worker
        # finished but was killed before acknowledging (names begin with their time); every file there is good.
        acked_backups = [Path(a[2]) for a in acks if a[1] == "backup"]
        on_disk = [p for p in (root / "backups").glob("*.sotaybak") if not p.name.startswith(".")]
        bad_backups = [p for p in on_disk if not backup.verify_mac(p, vault.data_key)]
        assert acked_backups and any(p.name >= acked_backups[-1].name for p in on_disk)
        members = vault.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    kinds = sorted({a[2] for a in db_acks} | {a[1] for a in acks if a[1] != "db"})
    print(f"kills={KILLS} acknowledged={len(acks)} kinds={kinds} lost={len(lost)} bad={len(bad_backups)} {members=}")
    assert lost == [] and bad_backups == []
    assert {"edit", "import", "open_year", "password", "backup"} <= set(kinds)
