"""Restore: list both places and any file, verify first, say which fault, never half a folder."""

from __future__ import annotations

import json
import os
import random
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from handbook import settings
from handbook.backups import automatic, listing, restore
from handbook.errors import HandbookError
from handbook.permissions import Op
from handbook.vault.check import check_vault
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD, CliResult, create_vault

ROOT = Path(__file__).resolve().parents[2]
DAY = datetime(2026, 4, 6, 16, 30)


def take(vault: Vault, minutes: int, days: int = 0) -> Path:
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, minutes)
    out = automatic.back_up(vault, clock=lambda: DAY + timedelta(days=days)).written
    assert out is not None
    return out


def test_listing_shows_both_places_and_any_file(created: Created, tmp_path: Path) -> None:
    vault = created.vault
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.set_value(vault, settings.BACKUP_SECOND_PLACE, str(usb))
    take(vault, 11)
    take(vault, 12, days=1)
    loose = vault.backup_to(tmp_path / "tu-chon.sotaybak")
    found = listing.list_backups(vault.paths.root, files=[loose])
    places = sorted(item.place.value for item in found)
    assert places == ["file", "local", "local", "second", "second"]
    item = next(i for i in found if i.place is listing.Place.LOCAL)
    assert item.summary is not None and item.summary.created_by == "truongban"
    assert item.summary.members == 0 and item.summary.cases == 0 and item.size > 10_000
    assert listing.latest_good(found) is not None


def test_verify_names_the_fault(created: Created, tmp_path: Path) -> None:
    good = take(created.vault, 15)
    cut = tmp_path / "cut.sotaybak"
    cut.write_bytes(good.read_bytes()[:-500])
    changed = tmp_path / "changed.sotaybak"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 1
    changed.write_bytes(bytes(data))
    newer = tmp_path / "newer.sotaybak"
    raw = good.read_bytes()
    (hlen,) = struct.unpack(">I", raw[9:13])
    header = json.loads(raw[13 : 13 + hlen])
    header["schema_version"] = 999
    body = json.dumps(header, sort_keys=True).encode("ascii")
    newer.write_bytes(raw[:9] + struct.pack(">I", len(body)) + body + raw[13 + hlen :])

    def sentence(path: Path) -> str:
        with pytest.raises(HandbookError) as info:
            restore.verify(path, username="truongban", secret=PASSWORD)
        return info.value.render("vi")

    assert "cắt cụt" in sentence(cut)
    assert "bị thay đổi" in sentence(changed) or "đã bị sửa" in sentence(changed)
    assert "phiên bản phần mềm mới hơn" in sentence(newer)
    ok = restore.verify(good, username="truongban", secret=PASSWORD)
    assert ok.summary.audit_count >= 2
    assert restore.verify(good, username=None, secret=created.recovery_code, recovery=True)


def test_a_backup_of_another_vault_is_never_put_in_place(created: Created, tmp_path: Path) -> None:
    other = create_vault(tmp_path / "kho-khac")
    theirs = take(other.vault, 20)
    other.vault.close()
    target = created.vault.paths.root
    created.vault.close()
    with pytest.raises(HandbookError) as info:
        restore.restore(theirs, target, username="truongban", secret=PASSWORD, replace=True)
    assert "kho dữ liệu khác" in info.value.render("vi")
    assert not list(tmp_path.glob("kho.truoc-khoi-phuc-*"))
    restore.restore(theirs, tmp_path / "moi", username="truongban", secret=PASSWORD)


def test_in_place_keeps_the_current_vault_aside_and_carries_the_backups(created: Created) -> None:
    vault = created.vault
    first = take(vault, 21)
    take(vault, 22, days=1)
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 23)
    root = vault.paths.root
    vault.close()
    done = restore.restore(first, root, username="truongban", secret=PASSWORD, replace=True)
    assert done.previous_moved_to is not None
    with Vault.open(done.previous_moved_to, username="truongban", password=PASSWORD) as old:
        assert settings.get(old, settings.AUTOLOCK_MINUTES) == 23
    with Vault.open(root, username="truongban", password=PASSWORD) as new:
        assert settings.get(new, settings.AUTOLOCK_MINUTES) == 21
        assert check_vault(new).ok
    assert len(listing.list_backups(root)) == 2


KILLER = """
import sys
from pathlib import Path
from handbook.backups.restore import restore
restore(Path(sys.argv[1]), Path(sys.argv[2]), username="truongban", secret=sys.argv[3], replace=True)
print("DONE", flush=True)
"""


@pytest.mark.slow
def test_killing_a_restore_never_leaves_half_a_folder(created: Created, tmp_path: Path) -> None:
    vault = created.vault
    with vault.change(Op.SETTINGS_EDIT) as ch:
        blob = os.urandom(1 << 20).hex()
        for i in range(6):
            vault.conn.execute(
                "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, 'now', 'x')",
                (f"test.pad.{i}", json.dumps(blob)),
            )
        ch.record("settings.set", "setting", "pad", None, 1)
    source = take(vault, 31)
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 32)
    root = vault.paths.root
    vault.close()
    rnd = random.Random(7)
    outcomes: set[int] = set()
    for _ in range(8):
        proc = subprocess.Popen(
            [sys.executable, "-c", KILLER, str(source), str(root), PASSWORD], cwd=ROOT, stdout=subprocess.PIPE
        )
        time.sleep(rnd.uniform(0.3, 1.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        restore.finish_interrupted(root)
        with Vault.open(root, username="truongban", password=PASSWORD) as v:
            assert check_vault(v).ok
            value = settings.get(v, settings.AUTOLOCK_MINUTES)
        assert value in (31, 32)
        outcomes.add(value)
        assert not list(tmp_path.glob(".kho.restoring-*"))
        for kept in tmp_path.glob("kho.truoc-khoi-phuc-*"):
            with Vault.open(kept, username="truongban", password=PASSWORD) as v:
                assert check_vault(v).ok


def test_cli_lists_verifies_compares_and_restores(
    created: Created, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    vault = created.vault
    take(vault, 41)
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 42)
    root = vault.paths.root
    vault.close()
    run = cli
    listed = run("backups", "list", str(root))
    assert listed.code == 0 and "truongban" in listed.out and "trong kho" in listed.out
    checked = run("restore", "latest", str(root), "--verify-only", password=PASSWORD)
    assert checked.code == 0, checked.err
    assert "nguyên vẹn" in checked.out and "So với kho hiện tại" in checked.out
    refused = run("restore", "latest", str(root), password=PASSWORD)
    assert refused.code == 2 and "--replace" in refused.err
    done = run("restore", "latest", str(root), "--replace", password=PASSWORD)
    assert done.code == 0, done.err
    assert "giữ nguyên" in done.out
    with Vault.open(root, username="truongban", password=PASSWORD) as v:
        assert settings.get(v, settings.AUTOLOCK_MINUTES) == 41
    cut = tmp_path / "cut.sotaybak"
    cut.write_bytes(next(root.joinpath("backups").glob("*.sotaybak")).read_bytes()[:-9])
    bad = run("restore", str(cut), str(tmp_path / "x"), password=PASSWORD)
    assert bad.code == 2 and "cắt cụt" in bad.err
    assert not (tmp_path / "x").exists()
