"""Every backup a person may restore: the vault's own folder, the second place, and any file they name.

Listing reads headers only (no password): date, who, size, members and cases. A file whose header
cannot be read is listed with the sentence that says why, never dropped silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from handbook.backups import second_place, state
from handbook.errors import HandbookError
from handbook.i18n import Message
from handbook.vault.backup import Summary, read_header
from handbook.vault.paths import BACKUP_SUFFIX, VaultPaths


class Place(Enum):
    LOCAL = "local"
    SECOND = "second"
    FILE = "file"


@dataclass(frozen=True)
class Listed:
    path: Path
    place: Place
    size: int
    summary: Summary | None
    problem: Message | None = None

    @property
    def good(self) -> bool:
        return self.summary is not None and self.problem is None

    @property
    def sort_key(self) -> str:
        return self.summary.created_at if self.summary else ""


def vault_id_of(root: Path) -> str | None:
    """The vault id from the key file (readable without a key), or None when there is none."""
    try:
        value = json.loads(VaultPaths(root).keys.read_text(encoding="utf-8")).get("vault_id")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def describe(path: Path, place: Place) -> Listed:
    try:
        head = read_header(path)
    except HandbookError as exc:
        size = path.stat().st_size if path.exists() else 0
        return Listed(path, place, size, None, exc.message)
    return Listed(path, place, head.size, head.summary)


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.glob(f"*{BACKUP_SUFFIX}") if not p.name.startswith(".")]


def list_backups(
    vault_root: Path, second: Path | None = None, files: Iterable[Path] = (), vault_id: str | None = None
) -> list[Listed]:
    """Newest first. ``second`` defaults to the place the last automatic copy went to."""
    paths = VaultPaths(vault_root)
    found = [describe(p, Place.LOCAL) for p in _files(paths.backups)]
    place = second or (Path(s) if (s := state.load(paths.backups).second_place) else None)
    vid = vault_id or vault_id_of(vault_root)
    if place is not None:
        folders = [second_place.folder_for(place, vid)] if vid else sorted(place.glob("SoTayDangVien-*"))
        for folder in folders:
            found.extend(describe(p, Place.SECOND) for p in _files(folder))
    found.extend(describe(Path(f), Place.FILE) for f in files)
    return sorted(found, key=lambda item: (item.sort_key, item.path.name), reverse=True)


def latest_good(listed: Iterable[Listed]) -> Listed | None:
    for item in listed:
        if item.good:
            return item
    return None


def shown_time(iso: str) -> str:
    """``dd/mm/yyyy HH:MM`` in local time for a stored ISO time ('' stays '')."""
    from datetime import datetime

    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d/%m/%Y %H:%M")


def shown_size(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"
