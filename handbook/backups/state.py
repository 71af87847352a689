"""What the backups remember between runs (times and file names only, no member data): ``backups/state.json``."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from handbook.vault.atomic import write_atomic

STATE_NAME = "state.json"


@dataclass(frozen=True)
class State:
    last_backup_at: str = ""
    last_backup_file: str = ""
    last_audit_count: int = -1
    last_copy_at: str = ""
    second_place: str = ""
    second_missing_since: str = ""
    last_check_at: str = ""
    last_check_ok: bool = True
    last_failure_id: str = ""
    last_failure_detail: str = ""
    last_failure_at: str = ""

    def but(self, **changes: object) -> State:
        return replace(self, **changes)  # type: ignore[arg-type]


def path_in(backups_folder: Path) -> Path:
    return backups_folder / STATE_NAME


def load(backups_folder: Path) -> State:
    """The saved state, or a fresh one when there is none or it cannot be read (it is only a memo)."""
    try:
        raw = json.loads(path_in(backups_folder).read_text(encoding="utf-8"))
        known = {k: v for k, v in raw.items() if k in State.__dataclass_fields__}
        return State(**known)
    except (OSError, ValueError, TypeError):
        return State()


def save(backups_folder: Path, state: State) -> bool:
    """Write the state; a folder that cannot be written is not an error here (the backup itself said so)."""
    try:
        backups_folder.mkdir(parents=True, exist_ok=True)
        write_atomic(path_in(backups_folder), json.dumps(asdict(state), indent=1, sort_keys=True).encode("utf-8"))
        return True
    except OSError:
        return False
