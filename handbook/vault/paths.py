"""Where a vault keeps its files: one folder holding the encrypted database and the key file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from handbook.i18n import Message

BACKUP_SUFFIX = ".sotaybak"


@dataclass(frozen=True)
class VaultPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / "vault.db"

    @property
    def keys(self) -> Path:
        return self.root / "keys.json"

    @property
    def lock(self) -> Path:
        return self.root / "keys.lock"

    @property
    def key_history(self) -> Path:
        return self.root / "key-history.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def readme(self) -> Path:
        return self.root / "DOC-TRUOC.txt"

    def owned_files(self) -> list[Path]:
        """Every file the vault owns (for the plaintext-on-disk test and for copying)."""
        return sorted(p for p in self.root.rglob("*") if p.is_file())

    def latest_backup(self) -> Path | None:
        if not self.backups.is_dir():
            return None
        found = sorted(self.backups.glob(f"*{BACKUP_SUFFIX}"), key=lambda p: p.stat().st_mtime)
        return found[-1] if found else None

    def latest_backup_hint(self) -> Message:
        latest = self.latest_backup()
        if latest is None:
            return Message("vault.no_backup_hint")
        return Message("vault.backup_hint", {"path": str(latest)})


README_TEXT = """Thư mục này là kho dữ liệu đã mã hóa của phần mềm Sổ tay Đảng viên.
Không sửa, không xóa từng tệp bên trong. Muốn sao chép, hãy dùng chức năng Sao lưu.

This folder is an encrypted Sổ tay Đảng viên vault. Do not edit or delete files inside it;
use Backup to copy it.
"""
