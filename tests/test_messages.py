"""Every message catalogue: both languages, the same fields, and every id the code uses is defined."""

from __future__ import annotations

import importlib
import re
import string
from pathlib import Path

import pytest

from handbook.i18n import CATALOGUE_MODULES, Message, catalogue, render

ROOT = Path(__file__).resolve().parents[1] / "handbook"
# An id handed to an error, a message, a problem or the CLI's say/text: e.g. InputError("vault.exists", …).
USED = re.compile(r'(?:Error|Message|Failed|error|warning|say|text|_fail)\(\s*"([a-z_]+\.[a-z0-9_.]+)"')


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("module", CATALOGUE_MODULES)
def test_catalogue_module_exists_and_is_well_formed(module: str) -> None:
    messages = importlib.import_module(module).MESSAGES
    assert messages
    for msg_id, (vi, en) in messages.items():
        assert vi.strip() and en.strip(), msg_id
        assert fields(vi) == fields(en), msg_id
        sample = Message(msg_id, {name: "X" for name in fields(vi)})
        assert render(sample, "vi") and render(sample, "en")


def test_every_id_used_in_the_core_is_defined() -> None:
    known = catalogue()
    missing: dict[str, str] = {}
    seen: set[str] = set()
    for path in ROOT.rglob("*.py"):
        if path.name == "messages.py" or path.name == "messages_core.py":
            continue
        for msg_id in USED.findall(path.read_text(encoding="utf-8")):
            seen.add(msg_id)
            if msg_id not in known:
                missing[msg_id] = str(path.relative_to(ROOT.parent))
    assert len(seen) > 150  # the pattern really finds the ids in use
    assert not missing, missing
