"""Automatic backups: written, verified, rotated; failures are sentences; the second place gets a verified copy."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from handbook import settings
from handbook.backups import automatic, second_place, state
from handbook.vault import backup
from handbook.vault.check import check_vault
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
DAY = datetime(2026, 3, 2, 17, 0)


def backups_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.sotaybak") if not p.name.startswith("."))


def test_a_backup_after_changes_restores(created: Created, tmp_path: Path) -> None:
    vault = created.vault
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 33)
    done = automatic.back_up(vault, clock=lambda: DAY)
    assert done.ok and done.written is not None
    assert backups_in(vault.paths.backups) == [done.written]
    assert not [p for p in vault.paths.backups.iterdir() if p.name.startswith(".")]
    head = backup.read_header(done.written)
    assert head.summary.created_by == "truongban" and head.summary.audit_count >= 2
    restored = backup.restore(done.written, tmp_path / "r", username="truongban", secret=PASSWORD)
    with Vault.open(restored.root, username="truongban", password=PASSWORD) as v:
        assert settings.get(v, settings.AUTOLOCK_MINUTES) == 33
        assert check_vault(v).ok


def test_no_changes_no_new_backup(vault: Vault) -> None:
    first = automatic.back_up(vault, clock=lambda: DAY)
    again = automatic.back_up(vault, clock=lambda: DAY + timedelta(hours=1))
    assert first.written is not None and again.skipped
    assert not automatic.due(vault, DAY + timedelta(days=2))
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 12)
    assert not automatic.due(vault, DAY + timedelta(hours=2))
    assert automatic.due(vault, DAY + timedelta(days=1, minutes=1))


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.EROFS, "không được phép ghi"), (errno.EACCES, "không được phép ghi"), (errno.ENOSPC, "đã đầy")],
)
def test_a_failing_backup_is_a_sentence_and_keeps_the_old_one(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    good = automatic.back_up(vault, clock=lambda: DAY).written
    assert good is not None
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 12)
    real_open = os.open

    def failing_open(path: object, *args: object, **kw: object) -> int:
        if ".sotaybak." in str(path) and str(path).endswith(".tmp"):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", failing_open)
    outcome = automatic.back_up(vault, clock=lambda: DAY + timedelta(days=1))
    monkeypatch.undo()
    assert not outcome.ok and outcome.written is None
    assert words in outcome.problems[0].render("vi")
    assert backups_in(vault.paths.backups) == [good]
    assert state.load(vault.paths.backups).last_failure_id
    retried = automatic.back_up(vault, clock=lambda: DAY + timedelta(days=1, hours=1))
    assert retried.ok and retried.written is not None
    assert state.load(vault.paths.backups).last_failure_id == ""


def test_disk_full_half_way_leaves_no_file_that_looks_good(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 12)
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    outcome = automatic.back_up(vault, clock=lambda: DAY)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert "đã đầy" in outcome.problems[0].render("vi")
    assert backups_in(vault.paths.backups) == []
    assert [p.name for p in vault.paths.backups.iterdir() if p.name.endswith((".tmp", ".snapshot"))] == []


def test_the_second_place_gets_a_verified_copy_with_the_same_rotation(vault: Vault, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.set_value(vault, settings.BACKUP_SECOND_PLACE, str(usb))
    for day in range(20):
        settings.set_value(vault, settings.AUTOLOCK_MINUTES, 20 + day)
        moment = DAY + timedelta(days=day)
        outcome = automatic.back_up(vault, clock=lambda: moment)  # noqa: B023 (called at once)
        assert outcome.ok and outcome.copied is not None
    there = second_place.folder_for(usb, vault.vault_id)
    assert [p.name for p in backups_in(there)] == [p.name for p in backups_in(vault.paths.backups)]
    assert len(backups_in(there)) == 8  # 7 days + the newest of the week of 2–8 March
    assert state.load(vault.paths.backups).last_copy_at


def test_the_place_missing_is_recorded_since_when(vault: Vault, tmp_path: Path) -> None:
    usb = tmp_path / "usb-rut-ra"
    settings.set_value(vault, settings.BACKUP_SECOND_PLACE, str(usb))
    first = automatic.back_up(vault, clock=lambda: DAY)
    assert first.written is not None and first.copied is None
    assert "không thấy nơi sao lưu thứ hai" in first.problems[0].render("vi").lower()
    assert not usb.exists()  # never created on a mount point
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 19)
    automatic.back_up(vault, clock=lambda: DAY + timedelta(days=1))
    assert state.load(vault.paths.backups).second_missing_since == DAY.isoformat(timespec="seconds")
    usb.mkdir()
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 18)
    back = automatic.back_up(vault, clock=lambda: DAY + timedelta(days=2))
    assert back.copied is not None and state.load(vault.paths.backups).second_missing_since == ""


def test_the_place_vanishing_mid_copy_leaves_no_good_looking_file(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.set_value(vault, settings.BACKUP_SECOND_PLACE, str(usb))
    real_fdopen = os.fdopen

    class Yanked:
        def __init__(self, fh: object) -> None:
            self.fh = fh

        def __enter__(self) -> Yanked:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            self.fh.write(data[: len(data) // 2])  # type: ignore[attr-defined]
            raise OSError(errno.EIO, "Input/output error")

    def fdopen(fd: int, mode: str = "r", *a: object) -> object:
        fh = real_fdopen(fd, mode, *a)  # type: ignore[call-overload]
        return Yanked(fh) if "usb" in os.readlink(f"/proc/self/fd/{fd}") else fh

    monkeypatch.setattr(os, "fdopen", fdopen)
    outcome = automatic.back_up(vault, clock=lambda: DAY)
    monkeypatch.undo()
    assert outcome.written is not None and outcome.copied is None and outcome.problems
    there = second_place.folder_for(usb, vault.vault_id)
    assert backups_in(there) == []
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 18)
    again = automatic.back_up(vault, clock=lambda: DAY + timedelta(hours=1))
    assert again.copied is not None and backup.verify_mac(again.copied, vault.data_key)
    assert [p for p in there.iterdir() if p.name.endswith(".tmp")] == []


def test_a_backup_while_another_process_writes_restores_consistently(created: Created, tmp_path: Path) -> None:
    vault = created.vault
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.vault.writer_process", str(vault.paths.root), "truongban", PASSWORD, "w", "400"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert writer.stdout is not None
    acked: list[int] = []
    outs: list[tuple[int, Path]] = []
    for line in writer.stdout:
        acked.append(int(line.split()[2]))
        if len(acked) in (30, 120, 250):
            moment = DAY + timedelta(days=len(acked))
            done = automatic.back_up(vault, clock=lambda: moment, force=True)  # noqa: B023 (called at once)
            assert done.written is not None
            outs.append((len(acked), done.written))
    assert writer.wait(timeout=60) == 0
    for n_acked, out in outs:
        restored = backup.restore(out, tmp_path / f"r{n_acked}", username="truongban", secret=PASSWORD)
        with Vault.open(restored.root, username="truongban", password=PASSWORD) as v:
            rows = {int(r[0]) for r in v.conn.execute("SELECT value FROM settings WHERE key LIKE 'test.w.%'")}
            assert check_vault(v).ok
        # every commit acknowledged before the backup began is in it, and what is in it is a prefix
        assert set(range(n_acked)) <= rows
        assert rows == set(range(len(rows)))
