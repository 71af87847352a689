"""Committee cards: made with the vault, exported, imported only with the fingerprint read over the phone."""

from __future__ import annotations

import json
import re

import pytest

from handbook.errors import InputError, PermissionDenied
from handbook.exchange.cards import export_card, find_card, list_cards, own_card, trust_card, untrust_card
from handbook.exchange.model import Mode
from handbook.permissions import Role
from handbook.vault import users
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD
from tests.exchange.conftest import make_vault
from tests.vault.test_migrations import downgrade_to_v1


def test_a_new_vault_has_a_key_pair_and_a_short_fingerprint(vault: Vault) -> None:
    card, data = export_card(vault)
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{4}){5}", card.fingerprint)
    assert card.name == "Đảng ủy xã Tân An" and card.kind is Mode.COMMUNE
    body = json.loads(data)
    assert body["card"]["fingerprint"] == card.fingerprint
    assert "private" not in data.decode()
    assert export_card(vault)[0] == card  # the same keys every time


def test_an_upgraded_vault_gets_its_key_pair(created: Created) -> None:
    root = downgrade_to_v1(created)
    with Vault.open(root, username="truongban", password=PASSWORD) as v:
        assert len(own_card(v.conn).fingerprint) == 29


def test_importing_needs_the_right_fingerprint(vault: Vault, tmp_path) -> None:
    other = make_vault(tmp_path / "truong", "Đảng ủy Trường THPT Tân An", Mode.WORKPLACE, "THPT")
    card, data = export_card(other)
    other.close()
    with pytest.raises(InputError) as info:
        trust_card(vault, data, confirmed_fingerprint="AAAA BBBB CCCC DDDD EEEE FFFF")
    assert info.value.message.id == "exchange.fingerprint_mismatch"
    assert list_cards(vault) == []
    # typed as heard: lower case, dashes, no spaces
    trust_card(vault, data, confirmed_fingerprint=card.fingerprint.lower().replace(" ", "-"))
    assert [c.card for c in list_cards(vault)] == [card]
    assert find_card(vault, "THPT").trusted
    untrust_card(vault, card.fingerprint[:9])
    assert not find_card(vault, "THPT").trusted


def test_a_changed_card_is_refused(vault: Vault, tmp_path) -> None:
    other = make_vault(tmp_path / "truong", "Đảng ủy Trường THPT Tân An", Mode.WORKPLACE, "THPT")
    card, data = export_card(other)
    other.close()
    forged = data.replace("Trường THPT".encode(), "Trường THCS".encode())
    with pytest.raises(InputError) as info:
        trust_card(vault, forged, confirmed_fingerprint=card.fingerprint)
    assert info.value.message.id == "exchange.card_tampered"
    with pytest.raises(InputError) as info:
        trust_card(vault, b"not a card", confirmed_fingerprint=card.fingerprint)
    assert info.value.message.id == "exchange.not_a_card"


def test_own_card_and_staff_are_refused(vault: Vault) -> None:
    card, data = export_card(vault)
    with pytest.raises(InputError):
        trust_card(vault, data, confirmed_fingerprint=card.fingerprint)
    users.add_user(vault, username="chuyenvien", full_name="Ngô Thị Viên", role=Role.STAFF, password=PASSWORD)
    with (
        Vault.open(vault.paths.root, username="chuyenvien", password=PASSWORD) as staff,
        pytest.raises(PermissionDenied),
    ):
        trust_card(staff, data, confirmed_fingerprint=card.fingerprint)


def test_a_vault_without_its_key_pair_gets_one_on_first_use(vault: Vault) -> None:
    vault.conn.execute("DELETE FROM exchange_identity")
    first = own_card(vault.conn)
    assert own_card(vault.conn) == first  # made once, then kept
