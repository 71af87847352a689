"""Tests for the text area's message catalogue: every id used exists and renders in both languages."""

from __future__ import annotations

import re
import string
from pathlib import Path

import handbook.text
from handbook.i18n import Message, catalogue, render
from handbook.text.messages import MESSAGES

SOURCE = Path(handbook.text.__file__).parent


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_ids_are_prefixed_and_in_the_merged_catalogue() -> None:
    merged = catalogue()
    for msg_id in MESSAGES:
        assert msg_id.startswith("text.")
        assert merged[msg_id] == MESSAGES[msg_id]


def test_both_languages_exist_and_use_the_same_fields() -> None:
    for msg_id, (vi, en) in MESSAGES.items():
        assert vi.strip() and en.strip(), msg_id
        assert fields(vi) == fields(en), msg_id


def test_every_id_used_in_the_code_is_defined() -> None:
    used: set[str] = set()
    for path in SOURCE.glob("*.py"):
        if path.name != "messages.py":
            used |= set(re.findall(r'"(text\.[a-z0-9_.]+)"', path.read_text(encoding="utf-8")))
    assert used
    assert used <= MESSAGES.keys(), used - MESSAGES.keys()


def test_every_message_renders() -> None:
    for msg_id, (vi, _) in MESSAGES.items():
        message = Message(msg_id, {name: "X" for name in fields(vi)})
        assert "X" in render(message, "vi") or not fields(vi)
        assert render(message, "en")
