"""The crash-torture driver: fork a worker doing mixed writes, SIGKILL it at a random moment, again and again.

Usage: python -m tests.backups.torture VAULT ACKLOG KILLS SEED
Workers append "ACK <kind> …" to ACKLOG only after the write it names has returned (committed). The driver
imports everything once and forks, so 200+ kills fit in well under a minute.
"""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import sys
import time
from datetime import date
from pathlib import Path

from handbook.backups import automatic
from handbook.errors import HandbookError
from handbook.flow import cases as fc
from handbook.flow import dispatch as fd
from handbook.flow.model import CaseState
from handbook.members import repo
from handbook.spreadsheet.importer import ImportOptions, commit_import, open_source, plan_import
from handbook.vault import kdf, users
from handbook.vault.vault import Vault

PASSWORDS = ("mat-khau-tra-tan-mot", "mat-khau-tra-tan-hai")
USER = "truongban"
STATE_YEARS = "SELECT DISTINCT year FROM cases WHERE state = ? ORDER BY year"


def open_any(root: Path) -> tuple[Vault, str]:
    for password in PASSWORDS:
        try:
            return Vault.open(root, username=USER, password=password), password
        except HandbookError:
            continue
    raise SystemExit("no password opens the vault")


def ack(fd_log: int, line: str) -> None:
    os.write(fd_log, (line + "\n").encode("utf-8"))


def audit_head(vault: Vault) -> str:
    seq, digest = vault.conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return f"{seq} {digest}"


def worker(root: Path, log: Path, seed: int, csv_dir: Path) -> None:
    rnd = random.Random(seed)
    fd_log = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    vault, password = open_any(root)
    n = 0
    while True:
        n += 1
        op = rnd.choice(("edit", "edit", "edit", "import", "open_year", "confirm", "dispatch", "password", "backup"))
        try:
            if op == "edit":
                ids = [r[0] for r in vault.conn.execute("SELECT id FROM members ORDER BY random() LIMIT 1")]
                member = repo.get_member(vault, ids[0])
                data = dataclasses.replace(member.data, phone=f"09{rnd.randrange(10**8):08d}")
                repo.update_member(vault, member.id, data, accept=True)
            elif op == "import":
                csv = csv_dir / f"ds-{seed}-{n}.csv"
                rows = "".join(f"Trần Văn Thử {seed} {n} {i};01/01/1980;Nam\n" for i in range(3))
                csv.write_text("Họ và tên;Ngày sinh;Giới tính\n" + rows, encoding="utf-8")
                plan = plan_import(vault, open_source(csv), ImportOptions())
                commit_import(vault, plan)
            elif op == "open_year":
                fc.open_year(vault, rnd.randrange(2027, 2040))
            elif op == "confirm":
                years = [r[0] for r in vault.conn.execute(STATE_YEARS, (CaseState.COMMENTED.value,))]
                if not years:
                    continue
                waiting = [c.id for c in fc.list_cases(vault, years[0], states=(CaseState.COMMENTED,))][:3]
                fc.confirm(vault, waiting, on=date.today())
            elif op == "dispatch":
                years = [r[0] for r in vault.conn.execute(STATE_YEARS, (CaseState.CONFIRMED.value,))]
                if not years:
                    continue
                fd.dispatch(vault, years[0], on=date.today())
            elif op == "password":
                new = PASSWORDS[1] if password == PASSWORDS[0] else PASSWORDS[0]
                # kdf.TEST_ONLY: a cheap key for the new password, so a change fits between two kills (tests only)
                users.change_own_password(vault, new_password=new, kdf_params=kdf.TEST_ONLY)
                password = new
                ack(fd_log, f"ACK password {new}")
                continue
            elif op == "backup":
                out = automatic.back_up(vault, force=True).written
                if out is not None:
                    ack(fd_log, f"ACK backup {out}")
                continue
        except HandbookError:
            continue  # a refusal (nothing to confirm, a rule) changes nothing: nothing to acknowledge
        ack(fd_log, f"ACK db {op} {audit_head(vault)}")


def main() -> None:
    root, log, kills, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    rnd = random.Random(seed)
    csv_dir = log.parent / "csv"
    csv_dir.mkdir(exist_ok=True)
    for i in range(kills):
        pid = os.fork()
        if pid == 0:
            try:
                worker(root, log, seed * 100_000 + i, csv_dir)
            finally:
                os._exit(0)
        time.sleep(rnd.uniform(0.05, 0.35))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    print(f"KILLED {kills}", flush=True)


if __name__ == "__main__":
    main()
