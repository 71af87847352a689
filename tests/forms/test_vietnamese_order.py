"""Lists a person reads come in Vietnamese order, and proper names stay whole on a line where they fit."""

from __future__ import annotations

from datetime import date

from handbook.flow import cases as fc
from handbook.flow.model import ResidenceKind
from handbook.flow.registrations import register
from handbook.forms.fonts import register_fonts
from handbook.forms.registers import render_register_213
from handbook.forms.typeset import balance, caps, keep_name, wrap
from handbook.members import repo
from handbook.members.model import MemberData
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgType
from handbook.vault.vault import Vault
from tests.forms.commune_data import YEAR, build_printed
from tests.forms.pdftools import pdf_text


def test_cells_in_the_register_and_the_status_in_vietnamese_order(vault: Vault) -> None:
    printed = build_printed(vault)
    root = orgs.get_org(vault, printed.commune.east).parent_id
    # Created in this order; code-point order would put "Liên Hương" before "Làng Rào".
    for name, person in (
        ("Chi bộ thôn Liên Hương", ("Hà", "Văn", "Lực")),
        ("Chi bộ thôn Làng Rào", ("Vi", "Thị", "Mơ")),
    ):
        cell = orgs.add_org(vault, name, OrgType.CHI_BO, root, residential=True, valid_from=date(2015, 1, 1))
        mid = repo.add_member(vault, MemberData(ho=person[0], dem=person[1], ten=person[2]), accept=True)
        register(
            vault,
            mid,
            workplace_org_id=printed.commune.school,
            letter_no="1-GT/ĐU",
            letter_date=date(2024, 3, 1),
            received_date=date(2024, 3, 5),
            residence_kind=ResidenceKind.PERMANENT,
            residence_address="Thôn",
            cell_id=cell,
        )
    fc.open_year(vault, YEAR)
    cells = list(fc.year_status(vault, YEAR).by_cell)
    assert cells.index("Chi bộ thôn Làng Rào") < cells.index("Chi bộ thôn Liên Hương") < cells.index("Chi bộ thôn Tây")
    text = " ".join(pdf_text(render_register_213(vault, YEAR, fonts="liberation")).split())
    order = ["CHI BỘ THÔN ĐÔNG", "CHI BỘ THÔN LÀNG RÀO", "CHI BỘ THÔN LIÊN HƯƠNG", "CHI BỘ THÔN TÂY"]
    assert sorted(order, key=text.index) == order


def test_a_proper_name_is_not_broken_where_it_fits() -> None:
    fonts = register_fonts("liberation")
    assert keep_name("Chi bộ thôn Đồng Thanh") == "Chi bộ thôn Đồng\u00a0Thanh"
    assert keep_name("Đảng ủy Trường Cao đẳng Sư phạm tỉnh") == "Đảng ủy Trường Cao đẳng Sư phạm tỉnh"
    assert wrap(keep_name("Chi bộ thôn Đồng Thanh"), fonts.regular, 12, 100) == ["Chi bộ thôn", "Đồng Thanh"]
    assert balance(caps(keep_name("Chi bộ thôn Quyết Tiến")), fonts.bold, 14, 140) == ["CHI BỘ THÔN", "QUYẾT TIẾN"]
    # Wider than a line, a name still breaks (between its words, not inside one).
    assert wrap(keep_name("Chi bộ thôn Đồng Thanh"), fonts.regular, 12, 40) == ["Chi bộ", "thôn", "Đồng", "Thanh"]
