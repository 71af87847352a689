"""Numbered schema steps; each runs in its own transaction after a backup has been taken."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from handbook.exchange import tables as exchange_tables


@dataclass(frozen=True)
class Step:
    version: int
    summary: str
    apply: Callable[[Any], None]


def _v1_base(conn: Any) -> None:
    for sql in (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('head', 'deputy', 'staff', 'viewer')),
            delegated INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            operation TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            before TEXT,
            after TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )""",
        """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
           BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
        """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
           BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    ):
        conn.execute(sql)


def _v2_settings(conn: Any) -> None:
    conn.execute(
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL
        )"""
    )


_V3 = (
    """CREATE TABLE committee_profile (
        id INTEGER PRIMARY KEY,
        valid_from TEXT NOT NULL,
        province_code TEXT,
        province_name TEXT,
        commune_code TEXT,
        commune_type TEXT NOT NULL CHECK (commune_type IN ('xa', 'phuong', 'dac_khu')),
        commune_name TEXT NOT NULL,
        committee_name TEXT NOT NULL,
        advisory_body TEXT NOT NULL,
        place_name TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE signers (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        position TEXT NOT NULL,
        title TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        username TEXT
    )""",
    """CREATE TABLE orgs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        type TEXT NOT NULL,
        parent_id INTEGER REFERENCES orgs(id),
        residential INTEGER NOT NULL DEFAULT 0,
        valid_from TEXT,
        valid_to TEXT,
        founding_decision TEXT,
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX orgs_parent ON orgs(parent_id)",
    "CREATE INDEX orgs_name_key ON orgs(name_key)",
    """CREATE TABLE org_successions (
        id INTEGER PRIMARY KEY,
        from_org INTEGER NOT NULL REFERENCES orgs(id),
        to_org INTEGER NOT NULL REFERENCES orgs(id),
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
        date TEXT NOT NULL,
        decision_no TEXT NOT NULL DEFAULT '',
        decision_date TEXT
    )""",
    """CREATE TABLE external_orgs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        superior TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE members (
        id INTEGER PRIMARY KEY,
        ho TEXT NOT NULL DEFAULT '',
        dem TEXT NOT NULL DEFAULT '',
        ten TEXT NOT NULL,
        gender TEXT CHECK (gender IN ('nam', 'nu') OR gender IS NULL),
        birth_date TEXT,
        hometown TEXT NOT NULL DEFAULT '',
        ethnicity TEXT NOT NULL DEFAULT '',
        religion TEXT NOT NULL DEFAULT '',
        cccd TEXT,
        cmnd TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        card_no TEXT NOT NULL DEFAULT '',
        admitted TEXT,
        official TEXT,
        education TEXT NOT NULL DEFAULT '',
        theory TEXT NOT NULL DEFAULT '',
        occupation TEXT NOT NULL DEFAULT '',
        workplace TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        photo BLOB,
        status TEXT NOT NULL,
        name_key TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX members_cccd ON members(cccd) WHERE cccd IS NOT NULL",
    "CREATE INDEX members_sort ON members(sort_key)",
    "CREATE INDEX members_name_birth ON members(name_key, birth_date)",
    "CREATE INDEX members_status ON members(status)",
    """CREATE TABLE member_events (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members(id),
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        decision_no TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX member_events_member ON member_events(member_id, date)",
    """CREATE TABLE assignments (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members(id),
        org_id INTEGER NOT NULL REFERENCES orgs(id),
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        reason TEXT NOT NULL DEFAULT '',
        decision_no TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX assignments_member ON assignments(member_id, valid_to)",
    "CREATE INDEX assignments_org ON assignments(org_id, valid_to)",
    """CREATE VIRTUAL TABLE member_fts USING fts5(
        search_text, content='members', content_rowid='id', prefix='1 2 3'
    )""",
    """CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
        INSERT INTO member_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    """CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
        INSERT INTO member_fts(member_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    END""",
    """CREATE TRIGGER members_fts_update AFTER UPDATE OF search_text ON members BEGIN
        INSERT INTO member_fts(member_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO member_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
)


def _v3_members(conn: Any) -> None:
    for sql in _V3:
        conn.execute(sql)


_V4 = (
    """CREATE TABLE rule_sets (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        effective_from TEXT NOT NULL,
        body TEXT NOT NULL,
        digest TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('shipped', 'edited')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    )""",
    "CREATE INDEX rule_sets_effective ON rule_sets(effective_from, id)",
    """CREATE TABLE registrations (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members(id),
        workplace_org_id INTEGER REFERENCES external_orgs(id),
        letter_no TEXT NOT NULL DEFAULT '',
        letter_date TEXT,
        received_date TEXT NOT NULL,
        residence_kind TEXT NOT NULL CHECK (residence_kind IN ('thuong_tru', 'tam_tru')),
        residence_address TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ('normal', 'exempt_activity', 'exempt_introduction')),
        notes TEXT NOT NULL DEFAULT '',
        ended_on TEXT,
        end_reason TEXT CHECK (end_reason IN ('moved', 'retired', 'transferred', 'died', 'other')
                               OR end_reason IS NULL),
        end_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX registrations_member ON registrations(member_id)",
    """CREATE TABLE registration_cells (
        id INTEGER PRIMARY KEY,
        registration_id INTEGER NOT NULL REFERENCES registrations(id),
        cell_id INTEGER NOT NULL REFERENCES orgs(id),
        valid_from TEXT NOT NULL,
        valid_to TEXT
    )""",
    "CREATE INDEX registration_cells_reg ON registration_cells(registration_id, valid_to)",
    "CREATE INDEX registration_cells_cell ON registration_cells(cell_id, valid_to)",
    """CREATE TABLE dispatches (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        workplace_org_id INTEGER NOT NULL REFERENCES external_orgs(id),
        number INTEGER NOT NULL,
        number_text TEXT NOT NULL,
        date TEXT NOT NULL,
        channel TEXT NOT NULL,
        rule_set_id INTEGER NOT NULL REFERENCES rule_sets(id),
        signer_lines TEXT NOT NULL,
        signer_name TEXT NOT NULL,
        acknowledged_on TEXT,
        created_by TEXT NOT NULL
    )""",
    """CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        registration_id INTEGER NOT NULL REFERENCES registrations(id),
        year INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('requested', 'commented', 'returned', 'confirmed', 'dispatched',
                                             'acknowledged', 'cancelled')),
        exempt INTEGER NOT NULL DEFAULT 0,
        requested_by_org_id INTEGER REFERENCES external_orgs(id),
        request_doc_no TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT 'paper' CHECK (channel IN ('paper', 'portal', 'app')),
        external_dossier_no TEXT NOT NULL DEFAULT '',
        received_date TEXT,
        deadline TEXT NOT NULL,
        comment_rule_set_id INTEGER REFERENCES rule_sets(id),
        ratings TEXT,
        other_comment TEXT NOT NULL DEFAULT '',
        cell_id INTEGER REFERENCES orgs(id),
        cell_meeting_date TEXT,
        cell_signer_lines TEXT,
        cell_signer_name TEXT NOT NULL DEFAULT '',
        commented_at TEXT,
        commented_by TEXT,
        confirm_rule_set_id INTEGER REFERENCES rule_sets(id),
        confirm_number INTEGER,
        confirm_number_text TEXT,
        confirm_date TEXT,
        confirm_signer_lines TEXT,
        confirm_signer_name TEXT,
        confirmed_by TEXT,
        return_reason TEXT NOT NULL DEFAULT '',
        cancel_reason TEXT NOT NULL DEFAULT '',
        dispatch_id INTEGER REFERENCES dispatches(id),
        updated_at TEXT NOT NULL,
        UNIQUE (registration_id, year)
    )""",
    "CREATE INDEX cases_year_state ON cases(year, state)",
    """CREATE TABLE case_transitions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        from_state TEXT,
        to_state TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX case_transitions_case ON case_transitions(case_id)",
    """CREATE TABLE doc_numbers (
        id INTEGER PRIMARY KEY,
        doc_type TEXT NOT NULL,
        year INTEGER NOT NULL,
        number INTEGER NOT NULL,
        number_text TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        issued_at TEXT NOT NULL,
        UNIQUE (doc_type, year, number)
    )""",
)


def _v4_flow(conn: Any) -> None:
    for sql in _V4:
        conn.execute(sql)


def _v5_audit_index(conn: Any) -> None:
    conn.execute("CREATE INDEX audit_entity ON audit(entity, entity_id, seq)")


def _v6_exchange(conn: Any) -> None:
    exchange_tables.create(conn)


def _v7_key_ops(conn: Any) -> None:
    # The token of each account change the database committed; the key file's pending slots wait for it.
    conn.execute("CREATE TABLE key_ops (op TEXT PRIMARY KEY, kind TEXT NOT NULL, username TEXT, at TEXT NOT NULL)")


def _v8_signatures(conn: Any) -> None:
    for sql in (
        # Each entry signed by the account that made it (Ed25519 over its chain hash); NULL before this step.
        "ALTER TABLE audit ADD COLUMN signer TEXT",
        "ALTER TABLE audit ADD COLUMN signature TEXT",
        # The accounts and their roles, each version signed by a head of the version before.
        """CREATE TABLE roster (
            version INTEGER PRIMARY KEY,
            body TEXT NOT NULL,
            signer TEXT NOT NULL,
            signature TEXT NOT NULL
        )""",
        """CREATE TRIGGER roster_no_update BEFORE UPDATE ON roster
           BEGIN SELECT RAISE(ABORT, 'the roster is append-only'); END""",
        # A head's signature that every audit entry up to ``seq`` verified (later checks start from it).
        """CREATE TABLE audit_checkpoints (
            seq INTEGER PRIMARY KEY,
            hash TEXT NOT NULL,
            signer TEXT NOT NULL,
            signature TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
        # The confirmer's signature over a confirmed case's content.
        """CREATE TABLE case_signatures (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id),
            signer TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            signature TEXT NOT NULL,
            signed_at TEXT NOT NULL
        )""",
    ):
        conn.execute(sql)


def _v9_number_registers(conn: Any) -> None:
    """Document numbers kept per issuer, document type and year, each with the date of its document.

    Existing numbers keep their text (they are printed on paper); the issuer is the code after "/".
    """
    conn.execute("ALTER TABLE doc_numbers RENAME TO doc_numbers_v5")
    conn.execute(
        """CREATE TABLE doc_numbers (
            id INTEGER PRIMARY KEY,
            issuer TEXT NOT NULL,
            doc_type TEXT NOT NULL,
            year INTEGER NOT NULL,
            number INTEGER NOT NULL,
            number_text TEXT NOT NULL,
            issued_on TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            issued_at TEXT NOT NULL,
            UNIQUE (issuer, doc_type, year, number)
        )"""
    )
    conn.execute(
        """INSERT INTO doc_numbers (id, issuer, doc_type, year, number, number_text, issued_on, entity, entity_id,
               issued_at)
           SELECT n.id,
               CASE WHEN instr(n.number_text, '/') > 0
                    THEN substr(n.number_text, instr(n.number_text, '/') + 1) ELSE '' END,
               n.doc_type, n.year, n.number, n.number_text,
               COALESCE(
                   CASE n.entity
                       WHEN 'dispatch' THEN (SELECT d.date FROM dispatches d WHERE d.id = n.entity_id)
                       WHEN 'case' THEN (SELECT c.confirm_date FROM cases c WHERE c.id = n.entity_id)
                       WHEN 'registration' THEN (SELECT r.received_date FROM registrations r WHERE r.id = n.entity_id)
                   END,
                   substr(n.issued_at, 1, 10)),
               n.entity, n.entity_id, n.issued_at
           FROM doc_numbers_v5 n"""
    )
    conn.execute("DROP TABLE doc_numbers_v5")
    conn.execute("CREATE INDEX doc_numbers_entity ON doc_numbers(entity, entity_id)")


def _v10_library(conn: Any) -> None:
    from handbook.library.schema import LIBRARY_SCHEMA

    for sql in LIBRARY_SCHEMA:
        conn.execute(sql)


_CHANNELS_V4 = "CHECK (channel IN ('paper', 'portal', 'app'))"
_CHANNELS_V11 = "CHECK (channel IN ('paper', 'portal', 'app', 'bundle'))"


def _v11_bundle_channel(conn: Any) -> None:
    """Cases may be received as a bundle file (channel 'bundle'): the CHECK on cases.channel is widened in place.

    Widening a CHECK leaves every stored row valid and the file format unchanged, so the table's text in the
    schema is edited (SQLite's documented way for constraint changes) rather than the table rebuilt: a rebuild
    would have to drop ``cases`` under the foreign keys of its events, signatures and links.
    """
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'cases'").fetchone()
    if _CHANNELS_V4 not in sql:
        raise RuntimeError("cases.channel: the CHECK of schema step 4 is not there")
    (version,) = conn.execute("PRAGMA schema_version").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'cases'",
            (sql.replace(_CHANNELS_V4, _CHANNELS_V11),),
        )
        conn.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


def _v12_audit_signed_ends(conn: Any) -> None:
    # The signed end of each write transaction, found without reading every entry (check and unlock).
    conn.execute("CREATE INDEX IF NOT EXISTS audit_signed_ends ON audit(seq) WHERE signature IS NOT NULL")


def _v13_members_search(conn: Any) -> None:
    """The name index also holds each member's status and folded search text, so that the members' search
    index in memory (handbook/members/index.py) is built from this index alone, without reading every row."""
    conn.execute("CREATE INDEX IF NOT EXISTS members_search ON members(sort_key, id, status, search_text)")
    conn.execute("DROP INDEX IF EXISTS members_sort")  # the new index orders by (sort_key, id) as this one did


STEPS: tuple[Step, ...] = (
    Step(1, "base: meta, users, audit log", _v1_base),
    Step(2, "settings", _v2_settings),
    Step(3, "committee profile, organisations, members, events, cell assignments, search", _v3_members),
    Step(4, "rule sets, registrations, annual cases, dispatches, document numbers", _v4_flow),
    Step(5, "index the audit log by record (a member's history)", _v5_audit_index),
    Step(6, "bundles between committees: key pair, trusted cards, bundles sent and applied", _v6_exchange),
    Step(7, "account changes in one step: the tokens the key file waits for", _v7_key_ops),
    Step(8, "signatures: audit entries, the roster of accounts and roles, confirmations", _v8_signatures),
    Step(9, "document numbers per issuer, type and year, with the document's date", _v9_number_registers),
    Step(10, "document library: files, text per page, folded full-text search", _v10_library),
    Step(11, "cases received as a bundle file: channel 'bundle'", _v11_bundle_channel),
    Step(12, "index the signed end of each audit transaction", _v12_audit_signed_ends),
    Step(13, "members: the name index holds status and search text (search index built from it)", _v13_members_search),
)
LATEST = STEPS[-1].version
SIGNED_AUDIT = next(s.version for s in STEPS if s.apply is _v8_signatures)  # audit entries carry signatures from here


def pending(current: int) -> list[Step]:
    return [s for s in STEPS if s.version > current]


def apply_step(conn: Any, step: Step) -> None:
    """One step in one transaction, with the version bump inside it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        step.apply(conn)
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(step.version),),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def current_version(conn: Any) -> int:
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0
