"""The second place (a USB stick, a network share): a verified copy of each backup, rotated the same way.

The place itself is never created: a stick that is not plugged in must not become an empty folder
on the mount point. Inside it each vault gets its own folder. A copy is written under a hidden
temporary name, fsynced, read back and compared, and only then renamed, so a place that vanishes
mid-copy leaves at most a hidden ``.tmp`` file that no listing takes for a backup.
"""

from __future__ import annotations

import contextlib
import os
from hashlib import sha256
from pathlib import Path

from handbook.backups import policy
from handbook.errors import VaultError
from handbook.vault.atomic import fsync_dir
from handbook.vault.backup import CHUNK, TMP_SUFFIX, temp_name


def folder_for(place: Path, vault_id: str) -> Path:
    return place / f"SoTayDangVien-{vault_id[:12]}"


def _digest(path: Path) -> str:
    h = sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def copy(source: Path, place: Path, vault_id: str, rule: policy.Policy) -> Path:
    """Copy ``source`` into the place, verify, rename, then rotate there. Raises OSError when the place fails."""
    if not place.is_dir():
        raise FileNotFoundError(2, "second place missing", str(place))
    dest_dir = folder_for(place, vault_id)
    dest_dir.mkdir(exist_ok=True)
    for stale in dest_dir.glob(f".*{TMP_SUFFIX}"):
        stale.unlink(missing_ok=True)
    final = dest_dir / source.name
    tmp = temp_name(final)
    try:
        h = sha256()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            while chunk := src.read(CHUNK):
                out.write(chunk)
                h.update(chunk)
            out.flush()
            os.fsync(out.fileno())
        if _digest(tmp) != h.hexdigest():
            raise VaultError("backups.copy_mismatch", path=str(final))
        os.replace(tmp, final)
        fsync_dir(dest_dir)
    finally:
        # The place may be gone: a hidden .tmp left there is removed on the next copy.
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    policy.rotate(rule, dest_dir, protect=final)
    return final
