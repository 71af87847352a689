"""Message ids with values, rendered in Vietnamese (default) or English from one catalogue."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")
DEFAULT_LANG: Lang = "vi"

# Every area of the core keeps its own catalogue module with a ``MESSAGES`` dict of
# ``id -> (vietnamese, english)``; templates use ``str.format`` fields.
CATALOGUE_MODULES: tuple[str, ...] = (
    "handbook.messages_core",
    "handbook.vault.messages",
    "handbook.text.messages",
    "handbook.reference.messages",
    "handbook.forms.messages",
    "handbook.members.messages",
    "handbook.orgs.messages",
    "handbook.demo.messages",
    "handbook.flow.messages",
    "handbook.signing.messages",
    "handbook.spreadsheet.messages",
    "handbook.exchange.messages",
    "handbook.backups.messages",
    "handbook.library.messages",
    "handbook.reports.messages",
)

_catalogue: dict[str, tuple[str, str]] | None = None


@dataclass(frozen=True)
class Message:
    """A translatable sentence: an id from the catalogue plus the values it names."""

    id: str
    values: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        return render(self, lang)


def catalogue() -> dict[str, tuple[str, str]]:
    """All message templates, loaded once from the area modules that exist."""
    global _catalogue
    if _catalogue is None:
        merged: dict[str, tuple[str, str]] = {}
        for name in CATALOGUE_MODULES:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name is None or not name.startswith(exc.name):
                    raise
                continue
            entries: Mapping[str, tuple[str, str]] = module.MESSAGES
            clash = merged.keys() & entries.keys()
            if clash:
                raise RuntimeError(f"message ids defined twice: {sorted(clash)}")
            merged.update(entries)
        _catalogue = merged
    return _catalogue


def parse_lang(value: str | None) -> Lang:
    """The language a user asked for; anything unknown falls back to Vietnamese."""
    if value and value.strip().lower()[:2] == "en":
        return "en"
    return "vi"


def render(message: Message, lang: Lang = DEFAULT_LANG) -> str:
    templates = catalogue().get(message.id)
    if templates is None:
        # A missing id is a programming error; still say something useful to the user.
        return f"{message.id} {dict(message.values)}"
    template = templates[0] if lang == "vi" else templates[1]
    values = {k: _render_value(v, lang) for k, v in message.values.items()}
    return template.format(**values)


def _render_value(value: object, lang: Lang) -> object:
    if isinstance(value, Message):
        return render(value, lang)
    return value
