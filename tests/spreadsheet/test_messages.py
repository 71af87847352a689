"""The spreadsheet catalogue: every id used exists, both languages name the same fields."""

from __future__ import annotations

import re
import string
from pathlib import Path

import handbook.spreadsheet
from handbook.i18n import Message, catalogue, render
from handbook.spreadsheet.columns import Target
from handbook.spreadsheet.messages import MESSAGES

SOURCES = [
    *Path(handbook.spreadsheet.__file__).parent.glob("*.py"),
    Path(handbook.spreadsheet.__file__).parent.parent / "cli" / "members_commands.py",
]


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_ids_are_prefixed_and_merged() -> None:
    merged = catalogue()
    for msg_id, templates in MESSAGES.items():
        assert msg_id.startswith("sheet.")
        assert merged[msg_id] == templates


def test_both_languages_use_the_same_fields_and_render() -> None:
    for msg_id, (vi, en) in MESSAGES.items():
        assert vi.strip() and en.strip(), msg_id
        assert fields(vi) == fields(en), msg_id
        assert render(Message(msg_id, {name: "X" for name in fields(vi)}), "en")


def test_every_id_used_is_defined() -> None:
    used: set[str] = set()
    for path in SOURCES:
        if path.name != "messages.py":
            used |= set(
                re.findall(r'"((?:sheet|date|field|gender|status|event)\.[a-z0-9_.]+)"', path.read_text("utf-8"))
            )
    used |= {f"sheet.target.{t.value}" for t in Target}
    used |= {f"sheet.severity.{s}" for s in ("error", "warning")}
    used |= {f"sheet.cli.col_{k}" for k in ("no", "name", "birth", "cccd", "cell", "status")}
    assert len(used) > 40
    assert used <= catalogue().keys(), used - catalogue().keys()
