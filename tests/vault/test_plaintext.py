"""No plaintext member data on disk: known Vietnamese names never appear in any file the vault owns."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from handbook.permissions import Role
from handbook.vault import users
from handbook.vault.vault import Created
from tests.conftest import COMMITTEE, HEAD_NAME

NAMES = ["Nguyễn Thị Hoà", "Trần Văn Đức", "Lê Thị Ngọc Ánh", "Đặng Quốc Hưng", "Phạm Thuỳ Dương", COMMITTEE]


def encodings(text: str) -> list[bytes]:
    forms = {text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)}
    out: list[bytes] = []
    for form in forms:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append(form.encode(enc))
    # Also a distinctive fragment, in case the full string is split across pages.
    out.append("Nguyễn Thị".encode())
    return out


def assert_clean(files: list[Path]) -> None:
    assert files
    for f in files:
        data = f.read_bytes()
        for name in NAMES:
            for needle in encodings(name):
                assert needle not in data, f"{name!r} found in {f}"


def test_names_never_reach_the_disk(created: Created, tmp_path: Path) -> None:
    vault = created.vault
    assert HEAD_NAME in NAMES
    for i, name in enumerate(NAMES[1:-1]):
        users.add_user(vault, username=f"user{i}", full_name=name, role=Role.STAFF, password="mat-khau-dai-1")
    # While open (WAL and shared-memory files present) …
    assert_clean(vault.paths.owned_files())
    out = vault.backup_to(tmp_path / "sao-luu.sotaybak")
    vault.close()
    # … after closing, and in the backup file.
    assert_clean([*vault.paths.owned_files(), out])
