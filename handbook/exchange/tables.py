"""The exchange tables (schema step 6) and the committee key pair made with them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

_V6 = (
    # The committee's own key pair (Ed25519 to sign, X25519 to receive), made once; the database is encrypted.
    """CREATE TABLE exchange_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        sign_private BLOB NOT NULL,
        enc_private BLOB NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE exchange_cards (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        code TEXT NOT NULL,
        kind TEXT NOT NULL,
        sign_key BLOB NOT NULL,
        enc_key BLOB NOT NULL,
        card TEXT NOT NULL,
        trusted INTEGER NOT NULL DEFAULT 1,
        external_org_id INTEGER REFERENCES external_orgs(id),
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL
    )""",
    """CREATE TABLE exchange_sent (
        id INTEGER PRIMARY KEY,
        bundle_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        recipient_name TEXT NOT NULL,
        recipient_fingerprint TEXT,
        encrypted INTEGER NOT NULL,
        entity TEXT NOT NULL DEFAULT '',
        entity_id INTEGER,
        created TEXT NOT NULL,
        created_by TEXT NOT NULL
    )""",
    """CREATE TABLE exchange_applied (
        id INTEGER PRIMARY KEY,
        bundle_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        sender_fingerprint TEXT NOT NULL,
        sender_name TEXT NOT NULL,
        created TEXT NOT NULL,
        applied_at TEXT NOT NULL,
        applied_by TEXT NOT NULL,
        summary TEXT NOT NULL
    )""",
    """CREATE TABLE exchange_links (
        id INTEGER PRIMARY KEY,
        applied_id INTEGER NOT NULL REFERENCES exchange_applied(id),
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL
    )""",
    "CREATE INDEX exchange_links_entity ON exchange_links(entity, entity_id)",
    """CREATE TABLE received_dispatches (
        id INTEGER PRIMARY KEY,
        applied_id INTEGER NOT NULL REFERENCES exchange_applied(id),
        sender_name TEXT NOT NULL,
        year INTEGER NOT NULL,
        number_text TEXT NOT NULL,
        date TEXT NOT NULL,
        signer_name TEXT NOT NULL,
        remote_dispatch_id INTEGER NOT NULL,
        pdf BLOB,
        acknowledged_on TEXT
    )""",
    """CREATE TABLE received_sheets (
        id INTEGER PRIMARY KEY,
        received_dispatch_id INTEGER NOT NULL REFERENCES received_dispatches(id),
        member_id INTEGER REFERENCES members(id),
        full_name TEXT NOT NULL,
        birth_date TEXT,
        cccd TEXT,
        cell_name TEXT NOT NULL,
        criteria TEXT NOT NULL,
        other_comment TEXT NOT NULL,
        confirm_number_text TEXT NOT NULL,
        confirm_date TEXT,
        confirm_signer_name TEXT NOT NULL
    )""",
    "CREATE INDEX received_sheets_member ON received_sheets(member_id)",
    """CREATE TABLE province_figures (
        id INTEGER PRIMARY KEY,
        applied_id INTEGER NOT NULL REFERENCES exchange_applied(id),
        commune_code TEXT NOT NULL,
        commune_name TEXT NOT NULL,
        year INTEGER NOT NULL,
        as_of TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        members INTEGER NOT NULL,
        cases INTEGER NOT NULL,
        figures TEXT NOT NULL
    )""",
    "CREATE INDEX province_figures_commune ON province_figures(year, commune_code, sent_at)",
)


def create(conn: Any) -> None:
    """Schema step 6: the tables, and this committee's key pair (existing vaults get theirs on upgrade)."""
    for sql in _V6:
        conn.execute(sql)
    make_key_pair(conn)


def make_key_pair(conn: Any) -> None:
    """A fresh Ed25519 (signing) and X25519 (receiving) pair for this committee, in the encrypted database."""
    sign = ed25519.Ed25519PrivateKey.generate().private_bytes_raw()
    enc = x25519.X25519PrivateKey.generate().private_bytes_raw()
    conn.execute(
        "INSERT INTO exchange_identity (id, sign_private, enc_private, created_at) VALUES (1, ?, ?, ?)",
        (sign, enc, datetime.now(UTC).isoformat(timespec="seconds")),
    )
