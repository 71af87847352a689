"""Three committees that know each other: a commune (with registered members), a workplace committee and a
province office; each has imported and trusted the others' cards (fingerprints compared)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from handbook.dates import PartialDate
from handbook.exchange.cards import export_card, set_mode, trust_card
from handbook.exchange.model import Mode
from handbook.members import repo
from handbook.members.model import MemberData, MemberId
from handbook.vault import kdf
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD, create_vault
from tests.flow.conftest import Commune, build_commune


def make_vault(root: Path, name: str, mode: Mode, code: str) -> Vault:
    vault = Vault.create(
        root,
        committee_name=name,
        username="truongban",
        full_name="Phạm Văn Trưởng",
        password=PASSWORD,
        kdf_params=kdf.TEST_ONLY,  # cheap Argon2id for tests
    ).vault
    set_mode(vault, mode, code=code)
    return vault


def introduce(a: Vault, b: Vault) -> None:
    """``b`` imports ``a``'s card, its fingerprint read out over the phone."""
    card, data = export_card(a)
    trust_card(b, data, confirmed_fingerprint=card.fingerprint)


@dataclass
class Committees:
    commune: Commune
    workplace: Vault
    province: Vault

    @property
    def xa(self) -> Vault:
        return self.commune.vault


def changes(vault: Vault) -> int:
    """Rows in the audit log: every write adds one, so equal counts mean nothing was written."""
    return int(vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


@pytest.fixture
def committees(tmp_path: Path) -> Iterator[Committees]:
    xa = create_vault(tmp_path / "xa").vault
    set_mode(xa, Mode.COMMUNE, code="17890")
    commune = build_commune(xa)
    # the members' identities, so the workplace committee's requests can be matched
    for i, cccd in enumerate(("040090001234", "040190001235", "040090001236", "040190001237")):
        mid = commune.vault.conn.execute(
            "SELECT member_id FROM registrations WHERE id = ?", (commune.regs[i],)
        ).fetchone()[0]
        m = repo.get_member(xa, mid)
        repo.update_member(xa, mid, m.data.with_changes(cccd=cccd, birth_date=PartialDate(1990, 5, i + 1)), accept=True)
    workplace = make_vault(tmp_path / "truong", "Đảng ủy Trường Cao đẳng Sư phạm tỉnh", Mode.WORKPLACE, "CDSP")
    province = make_vault(tmp_path / "tinh", "Ban Tổ chức Tỉnh ủy Nghệ An", Mode.PROVINCE, "40")
    for a, b in (
        (xa, workplace),
        (workplace, xa),
        (xa, province),
        (province, xa),
        (workplace, province),
        (province, workplace),
    ):
        introduce(a, b)
    yield Committees(commune, workplace, province)
    for v in (xa, workplace, province):
        v.close()


def add_workplace_members(workplace: Vault) -> list[MemberId]:
    """The workplace committee's own records of two of the commune's working members (one by CCCD only)."""
    a = repo.add_member(
        workplace,
        MemberData(ho="Nguyễn", dem="Văn", ten="An", cccd="040090001234", birth_date=PartialDate(1990, 5, 1)),
        accept=True,
    )
    c = repo.add_member(
        workplace, MemberData(ho="Lê", dem="Văn", ten="Cường", birth_date=PartialDate(1990, 5, 3)), accept=True
    )
    return [a, c]


TODAY = date.today()
