"""The forms area's message catalogue: every id used exists, is prefixed, and renders in both languages."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

from handbook.forms.messages import MESSAGES
from handbook.i18n import Message, catalogue, render

SOURCE = Path(__file__).resolve().parents[2] / "handbook" / "forms"


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_ids_are_prefixed_and_in_the_merged_catalogue() -> None:
    merged = catalogue()
    for msg_id in MESSAGES:
        assert msg_id.startswith("forms.")
        assert merged[msg_id] == MESSAGES[msg_id]


def test_both_languages_use_the_same_fields() -> None:
    for msg_id, (vi, en) in MESSAGES.items():
        assert vi.strip() and en.strip(), msg_id
        assert fields(vi) == fields(en), msg_id


def test_every_id_used_in_the_code_is_defined() -> None:
    used: set[str] = set()
    for path in SOURCE.glob("*.py"):
        if path.name != "messages.py":
            used |= set(re.findall(r'"(forms\.[a-z0-9_.]+)"', path.read_text(encoding="utf-8")))
    assert used
    assert used <= MESSAGES.keys(), used - MESSAGES.keys()


def test_every_message_renders() -> None:
    for msg_id, (vi, _) in MESSAGES.items():
        message = Message(msg_id, {name: "X" for name in fields(vi)})
        assert render(message, "vi") and render(message, "en")


def test_catalogue_does_not_load_reportlab() -> None:
    """Loading the messages must stay cheap: the forms package itself imports nothing heavy."""
    import subprocess

    code = "import handbook.forms.messages, sys; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
