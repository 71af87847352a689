"""Crash safety (SIGKILL mid-commit, many times) and two processes on one vault."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from handbook.permissions import Role
from handbook.vault import users
from handbook.vault.check import check_vault
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def spawn_writer(
    root: Path, tag: str, count: int, user: str = "truongban", password: str = PASSWORD
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.vault.writer_process", str(root), user, password, tag, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def committed(vault: Vault, tag: str) -> set[int]:
    rows = vault.conn.execute("SELECT value FROM settings WHERE key LIKE ?", (f"test.{tag}.%",))
    return {int(r[0]) for r in rows}


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_sigkill_while_committing_loses_nothing_acknowledged(created: Created) -> None:
    root = created.vault.paths.root
    created.vault.close()
    rng = random.Random(213)
    for round_no in range(25):
        tag = f"r{round_no}"
        proc = spawn_writer(root, tag, 100_000)
        acked: list[int] = []

        def reader(p: subprocess.Popen[str] = proc, sink: list[int] = acked) -> None:
            assert p.stdout is not None
            for line in p.stdout:
                sink.append(int(line.split()[2]))

        t = threading.Thread(target=reader)
        t.start()
        # Wait until it is really committing, then kill at a random moment.
        deadline = time.monotonic() + 30
        while not acked and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        t.join()
        assert acked, proc.stderr.read() if proc.stderr else ""
        with Vault.open(root, username="truongban", password=PASSWORD) as v:
            report = check_vault(v)
            assert report.ok, [p.render("en") for p in report.problems]
            got = committed(v, tag)
            missing = set(acked) - got
            assert not missing, f"round {round_no}: acknowledged but lost {sorted(missing)[:5]}"
            # At most the one in flight beyond what was acknowledged.
            assert got <= set(range(max(acked) + 2))


def test_two_processes_write_at_once(created: Created) -> None:
    root = created.vault.paths.root
    created.vault.close()
    a, b = spawn_writer(root, "a", 150), spawn_writer(root, "b", 150)
    _out_a, err_a = a.communicate(timeout=120)
    _out_b, err_b = b.communicate(timeout=120)
    assert a.returncode == 0, err_a
    assert b.returncode == 0, err_b
    with Vault.open(root, username="truongban", password=PASSWORD) as v:
        assert committed(v, "a") == set(range(150)) and committed(v, "b") == set(range(150))
        assert check_vault(v).ok


def test_two_windows_change_accounts_at_once(created: Created) -> None:
    """Key-slot changes from two open vault objects (as GUI + CLI would) cannot interleave."""
    first = created.vault
    second = Vault.open(first.paths.root, username="truongban", password=PASSWORD)
    errors: list[BaseException] = []

    def add(v: Vault, prefix: str) -> None:
        try:
            for i in range(4):
                users.add_user(
                    v,
                    username=f"{prefix}{i}",
                    full_name=f"Người {prefix} {i}",
                    role=Role.STAFF,
                    password="mat-khau-dai-1",
                )
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    t1 = threading.Thread(target=add, args=(first, "mot"))
    t2 = threading.Thread(target=add, args=(second, "hai"))
    for t in (t1, t2):
        t.start()
    for t in (t1, t2):
        t.join()
    second.close()
    assert not errors, errors
    with Vault.open(first.paths.root, username="hai3", password="mat-khau-dai-1") as v:
        names = {u.username for u in users.list_users(v)}
        assert {f"mot{i}" for i in range(4)} | {f"hai{i}" for i in range(4)} <= names
        assert set(v.key_file.usernames()) == names
        assert check_vault(v).ok
