"""No plaintext member data on disk: known Vietnamese names never appear in any file the vault owns."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from handbook.members import repo
from handbook.members.model import MemberData
from handbook.permissions import Role
from handbook.text.fold import search_key
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
    # Also a distinctive fragment, in case the full string is split across pages, and the folded
    # search key the vault keeps for every name ("nguyen thi hoa").
    out.append("Nguyễn Thị".encode())
    out.append(search_key(text).encode("ascii"))
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
    for name in NAMES[:-1]:
        ho, *dem, ten = name.split()
        repo.add_member(vault, MemberData(ho=ho, dem=" ".join(dem), ten=ten, cccd="", address="Thôn Đông"), accept=True)
    # While open (WAL and shared-memory files present) …
    assert_clean(vault.paths.owned_files())
    out = vault.backup_to(tmp_path / "sao-luu.sotaybak")
    vault.close()
    # … after closing, and in the backup file.
    assert_clean([*vault.paths.owned_files(), out])
