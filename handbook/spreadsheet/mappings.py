"""Named column mappings kept in the vault's settings (``import.mapping.<name>``), audited."""

from __future__ import annotations

from handbook.errors import InputError
from handbook.permissions import Op
from handbook.spreadsheet.columns import ColumnMapping
from handbook.text.normalize import normalize_text
from handbook.vault.vault import Vault

PREFIX = "import.mapping."
MAX_NAME = 60


def _name(name: str) -> str:
    text = normalize_text(name)
    if not text or len(text) > MAX_NAME or any(c in text for c in "\\/\"'"):
        raise InputError("sheet.mapping_bad_name", name=name, max=MAX_NAME)
    return text


def list_mappings(vault: Vault) -> list[str]:
    vault.actor.require(Op.READ)
    rows = vault.conn.execute("SELECT key FROM settings WHERE key LIKE ? ORDER BY key", (PREFIX + "%",)).fetchall()
    return [str(r[0])[len(PREFIX) :] for r in rows if str(r[0]).startswith(PREFIX)]


def load_mapping(vault: Vault, name: str) -> ColumnMapping:
    vault.actor.require(Op.READ)
    row = vault.conn.execute("SELECT value FROM settings WHERE key = ?", (PREFIX + _name(name),)).fetchone()
    if row is None:
        known = ", ".join(list_mappings(vault)) or "—"
        raise InputError("sheet.mapping_not_found", name=name, known=known)
    return ColumnMapping.from_json(str(row[0]))


def save_mapping(vault: Vault, name: str, mapping: ColumnMapping) -> None:
    """Keep ``mapping`` under ``name`` (replacing a mapping of that name)."""
    key = PREFIX + _name(name)
    with vault.change(Op.MEMBERS_IMPORT) as ch:
        row = vault.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        value = mapping.to_json()
        vault.conn.execute(
            "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, datetime('now'), ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,"
            " updated_by = excluded.updated_by",
            (key, value, vault.actor.username),
        )
        ch.record("import.mapping.save", "setting", key, row[0] if row else None, value)


def delete_mapping(vault: Vault, name: str) -> None:
    key = PREFIX + _name(name)
    with vault.change(Op.MEMBERS_IMPORT) as ch:
        row = vault.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise InputError("sheet.mapping_not_found", name=name, known=", ".join(list_mappings(vault)) or "—")
        vault.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
        ch.record("import.mapping.delete", "setting", key, row[0], None)
