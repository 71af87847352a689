"""The signing catalogue: prefixed ids, the same fields in both languages, every id used in the code defined."""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import get_args

from handbook.i18n import Message, catalogue, render
from handbook.signing.messages import MESSAGES
from handbook.signing.verify import Level

ROOT = Path(__file__).resolve().parents[2] / "handbook"
SOURCES = [*sorted((ROOT / "signing").glob("*.py")), ROOT / "cli" / "sign_commands.py"]


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_ids_are_prefixed_and_merged() -> None:
    merged = catalogue()
    for msg_id, templates in MESSAGES.items():
        assert msg_id.startswith("sign."), msg_id
        assert merged[msg_id] == templates


def test_both_languages_use_the_same_fields() -> None:
    for msg_id, (vi, en) in MESSAGES.items():
        assert vi.strip() and en.strip(), msg_id
        assert fields(vi) == fields(en), msg_id


def test_every_id_used_in_the_code_is_defined() -> None:
    used: set[str] = set()
    for path in SOURCES:
        if path.name != "messages.py":
            used |= set(re.findall(r'"(sign\.[a-z0-9_.]+)"', path.read_text(encoding="utf-8")))
    used |= {f"sign.level.{level}" for level in (*get_args(Level), "unknown")}
    assert len(used) > 30
    assert used <= MESSAGES.keys(), used - MESSAGES.keys()


def test_every_message_renders() -> None:
    for msg_id, (vi, _) in MESSAGES.items():
        message = Message(msg_id, {name: "X" for name in fields(vi)})
        assert render(message, "vi") and render(message, "en")
