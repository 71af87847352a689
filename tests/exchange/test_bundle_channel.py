"""Cases that came in a bundle file are recorded with their own channel, "Tệp trao đổi"; an older vault gets
the channel by a schema step that keeps its cases, and a person still picks only paper, portal or app."""

from __future__ import annotations

import pytest

from handbook.exchange.apply import apply_bundle
from handbook.flow import cases as fc
from handbook.flow.model import MANUAL_CHANNELS, Channel
from handbook.i18n import Message
from handbook.vault import migrations
from handbook.vault.check import check_vault
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.exchange.conftest import Committees
from tests.exchange.test_apply import YEAR, requests


def test_the_channel_has_a_label_in_both_languages() -> None:
    assert Message("channel.bundle").render("vi") == "Tệp trao đổi"
    assert Message("channel.bundle").render("en") == "Exchange file"
    assert Channel.BUNDLE not in MANUAL_CHANNELS


def _as_version_10(vault: Vault) -> None:
    """Put back the cases table's channel CHECK of step 4 and the schema version before step 11."""
    (sql,) = vault.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'cases'").fetchone()
    (version,) = vault.conn.execute("PRAGMA schema_version").fetchone()
    vault.conn.execute("PRAGMA writable_schema = ON")
    vault.conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'cases'",
        (sql.replace(", 'bundle'))", "))"),),
    )
    vault.conn.execute(f"PRAGMA schema_version = {version + 1}")
    vault.conn.execute("PRAGMA writable_schema = OFF")
    vault.conn.execute("UPDATE meta SET value = '10' WHERE key = 'schema_version'")


def test_an_older_vault_upgrades_and_keeps_its_cases(committees: Committees) -> None:
    c = committees
    fc.open_year(c.xa, YEAR)
    before = [(x.id, x.channel, x.state) for x in fc.list_cases(c.xa, YEAR)]
    _as_version_10(c.xa)
    with pytest.raises(Exception, match="CHECK constraint failed"):
        c.xa.conn.execute("UPDATE cases SET channel = 'bundle' WHERE id = ?", (before[0][0],))
    root = c.xa.paths.root
    c.xa.close()
    with Vault.open(root, username="truongban", password=PASSWORD) as v:
        assert v.schema_version == migrations.LATEST
        assert check_vault(v).ok, [p.render("en") for p in check_vault(v).problems]
        assert [(x.id, x.channel, x.state) for x in fc.list_cases(v, YEAR)] == before
        with pytest.raises(Exception, match="CHECK constraint failed"):
            v.conn.execute("UPDATE cases SET channel = 'fax' WHERE id = ?", (before[0][0],))
        c.commune.vault = v
        apply_bundle(v, requests(c))
        channels = {x.member_name: x.channel for x in fc.list_cases(v, YEAR)}
        assert channels["Nguyễn Văn An"] is Channel.BUNDLE  # a waiting case the bundle's request reached
        assert channels["Trần Thị Bình"] is Channel.PAPER  # not in the bundle: as it was
