"""Where this PC's digital-signing key is: a PKCS#12 file, or a USB token's PKCS#11 library and label.

Kept beside the window's preferences as a small JSON file (``chu-ky-so.json``). Never a password or PIN:
those are asked each time a document is signed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Literal

from handbook.locations import app_home
from handbook.vault.atomic import write_atomic

FILE_NAME = "chu-ky-so.json"
Kind = Literal["", "pkcs12", "pkcs11"]
KINDS: tuple[Kind, ...] = ("", "pkcs12", "pkcs11")


@dataclass(frozen=True)
class SigningPrefs:
    kind: Kind = ""  # "": not set up on this PC
    pkcs12_path: str = ""
    pkcs11_module: str = ""
    token_label: str = ""


class SigningPrefsStore:
    """Reads and writes ``SigningPrefs``; a missing or unreadable file means nothing is set up."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else app_home() / FILE_NAME

    def load(self) -> SigningPrefs:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return SigningPrefs()
        if not isinstance(data, dict):
            return SigningPrefs()
        values = {f.name: data[f.name] for f in fields(SigningPrefs) if isinstance(data.get(f.name), str)}
        if values.get("kind") not in KINDS:
            values.pop("kind", None)
        return SigningPrefs(**values)

    def save(self, prefs: SigningPrefs) -> bool:
        """Write atomically; False when the file could not be written."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(asdict(prefs), ensure_ascii=False, indent=2).encode("utf-8"))
        except OSError:
            return False
        return True
