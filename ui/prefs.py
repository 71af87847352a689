"""This PC's small, non-secret preferences for the window (a JSON file in the app's home folder).

It keeps where the last vault is, who last unlocked it, the language and the text size — never a password,
never member data.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from handbook.i18n import Lang, parse_lang
from handbook.vault.atomic import write_atomic

FILE_NAME = "giao-dien.json"


@dataclass(frozen=True)
class Prefs:
    last_vault: str = ""
    last_username: str = ""
    language: str = ""
    text_scale: int = 0  # 0: not chosen yet (100 %)

    @property
    def lang(self) -> Lang | None:
        return parse_lang(self.language) if self.language else None

    def with_changes(self, **changes: object) -> Prefs:
        return replace(self, **changes)  # type: ignore[arg-type]


class PrefsStore:
    """Reads and writes ``Prefs``; a missing or unreadable file just means defaults."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Prefs:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Prefs()
        if not isinstance(data, dict):
            return Prefs()
        values: dict[str, object] = {}
        for f in fields(Prefs):
            value = data.get(f.name)
            wanted = str if f.type == "str" else int
            if isinstance(value, wanted) and not isinstance(value, bool):
                values[f.name] = value
        return Prefs(**values)  # type: ignore[arg-type]

    def save(self, prefs: Prefs) -> None:
        """Write atomically; a failure to write preferences is not worth bothering anyone about."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(asdict(prefs), ensure_ascii=False, indent=2).encode("utf-8"))
        except OSError:
            return

    def update(self, **changes: object) -> Prefs:
        prefs = self.load().with_changes(**changes)
        self.save(prefs)
        return prefs
