"""A form whose signer for its date is unknown says so before printing, naming the period and the place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from handbook.errors import InputError
from handbook.flow.model import RegistrationId, ResidenceKind
from handbook.flow.registrations import register
from handbook.forms.letters import render_endorsement, render_introduction_letter
from handbook.forms.signers_past import signer_gap
from handbook.members import repo
from handbook.members.model import MemberData
from handbook.orgs.profile import Signer, add_signer, end_signer, list_signers
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD, CliResult
from tests.forms.commune_data import SECRETARY, build_printed
from tests.forms.pdftools import pdf_text


def _gap_commune(vault: Vault) -> RegistrationId:
    """The secretary left on 31/12/2024, the next was recorded from 01/07/2025: a letter of 10/03/2025."""
    printed = build_printed(vault)
    (record,) = [r for r in list_signers(vault) if r.signer.full_name == SECRETARY]
    end_signer(vault, record.id, date(2024, 12, 31))
    add_signer(vault, Signer("Đặng Văn Mới", "secretary", "Bí thư", date(2025, 7, 1)))
    mid = repo.add_member(vault, MemberData(ho="Bùi", dem="Thị", ten="Xuân"), accept=True)
    return register(
        vault,
        mid,
        workplace_org_id=printed.commune.school,
        letter_no="31-GT/ĐU",
        letter_date=date(2025, 3, 1),
        received_date=date(2025, 3, 10),
        residence_kind=ResidenceKind.PERMANENT,
        residence_address="Thôn Đông",
        cell_id=printed.commune.east,
    )


def test_unknown_signer_names_the_period_and_where_to_record(vault: Vault) -> None:
    reg = _gap_commune(vault)
    gap = signer_gap(vault, "secretary", date(2025, 3, 10))
    assert gap is not None and (gap.first_day, gap.last_day) == (date(2025, 1, 1), date(2025, 6, 30))
    for render in (render_introduction_letter, render_endorsement):
        with pytest.raises(InputError) as info:
            render(vault, reg, fonts="liberation")
        text = info.value.render("vi")
        assert "ngày 10/03/2025" in text and "Bí thư Đảng ủy" in text
        assert "từ ngày 01/01/2025 đến ngày 30/06/2025" in text and "Cài đặt › Người ký" in text
        assert "from 01/01/2025 to 30/06/2025" in info.value.render("en")
    # Printed anyway on request: room for a handwritten name, no one else's name.
    blank = " ".join(pdf_text(render_introduction_letter(vault, reg, fonts="liberation", blank_signer=True)).split())
    assert "T/M ĐẢNG ỦY BÍ THƯ" in blank and SECRETARY not in blank and "Đặng Văn Mới" not in blank
    # Once the period's signer is recorded, the letter prints with their name.
    add_signer(vault, Signer("Phan Văn Cũ", "secretary", "Bí thư", date(2025, 1, 1), date(2025, 7, 1)))
    assert signer_gap(vault, "secretary", date(2025, 3, 10)) is None
    text = " ".join(pdf_text(render_introduction_letter(vault, reg, fonts="liberation")).split())
    assert "Phan Văn Cũ" in text


def test_cli_refuses_then_prints_blank_on_request(vault: Vault, cli: Callable[..., CliResult], tmp_path: Path) -> None:
    reg = _gap_commune(vault)
    root = str(vault.paths.root)
    vault.close()
    out = tmp_path / "ggt.pdf"
    args = ("print", "letter", root, "--user", "truongban", "--registration", str(reg), "--out", str(out))
    refused = cli(*args, password=PASSWORD)
    assert refused.code != 0 and "từ ngày 01/01/2025 đến ngày 30/06/2025" in refused.err and not out.exists()
    done = cli(*args, "--blank-signer", password=PASSWORD)
    assert done.code == 0, done.err and out.exists()
