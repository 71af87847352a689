"""A problem found in one field of user input: an error that blocks, or a warning the user may accept."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from handbook.i18n import DEFAULT_LANG, Lang, Message

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """What is wrong with one field: ``severity`` "error" (must fix) or "warning" (may accept),
    the ``field`` name as the caller's record calls it, and a translatable ``message``."""

    severity: Severity
    field: str
    message: Message

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        return self.message.render(lang)


def error(field: str, msg_id: str, /, **values: object) -> Problem:
    """A blocking problem."""
    return Problem("error", field, Message(msg_id, values))


def warning(field: str, msg_id: str, /, **values: object) -> Problem:
    """A problem the user may accept."""
    return Problem("warning", field, Message(msg_id, values))
