"""The commune's report counts travel in its figures bundle (format version 2) and the province rolls them up per
commune with totals; a commune still sending version 1 files shows "—" there, not zero."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from handbook.dates import PartialDate
from handbook.errors import InputError
from handbook.exchange import payloads
from handbook.exchange.apply import apply_bundle, preview_bundle
from handbook.exchange.build import build_figures
from handbook.exchange.cards import find_card, own_card, own_keys
from handbook.exchange.describe import describe
from handbook.exchange.envelope import seal_json
from handbook.exchange.figures import round_figures
from handbook.exchange.model import FiguresPayload, Kind, Mode, Party
from handbook.exchange.province import rollup
from handbook.exchange.rollup_doc import NOT_SENT, rollup_doc, rollup_tables
from handbook.flow import cases as fc
from handbook.members import repo
from handbook.members.model import Gender, MemberData
from handbook.orgs import repo as orgs
from handbook.reports.structure import structure_report
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD, CliResult
from tests.exchange.conftest import Committees, changes, introduce, make_vault
from tests.forms.pdftools import pdf_text

YEAR = 2025


def _member_in_cell(xa: Vault) -> None:
    """One member assigned to a cell since 2016, so the structure report has someone to count."""
    cell = next(o for o in orgs.list_orgs(xa) if o.name == "Chi bộ thôn Đông")
    data = MemberData(ho="Đỗ", dem="Thị", ten="Hoa", gender=Gender.FEMALE, admitted=PartialDate(1990, 2, 3))
    mid = repo.add_member(xa, data, accept=True)
    orgs.assign(xa, mid, cell.id, date(2016, 1, 1))


def _old_commune(c: Committees, tmp_path: Path) -> Vault:
    """A second commune whose app still writes format version 1 (figures without reports)."""
    old = make_vault(tmp_path / "xa-cu", "Đảng ủy xã Cũ", Mode.COMMUNE, "17891")
    introduce(old, c.province)
    introduce(c.province, old)
    return old


def _v1_bundle(old: Vault, province: Vault, figures: FiguresPayload) -> bytes:
    body = payloads.to_json(figures)
    body.pop("reports", None)
    card = find_card(old, "40").card
    _, data = seal_json(
        Kind.FIGURES,
        body,
        own_keys(old.conn),
        own_card(old.conn),
        Party(card.name, card.code, card.fingerprint),
        card,
        created=datetime(2025, 12, 1, 8, 0, tzinfo=UTC),
    )
    return data


def test_the_figures_bundle_carries_the_reports_counts(committees: Committees) -> None:
    c = committees
    _member_in_cell(c.xa)
    fc.open_year(c.xa, YEAR)
    built = build_figures(c.xa, YEAR)
    assert json.loads(built.data)["version"] == 2
    said = [line.message.render("vi") for line in describe(*preview_bundle(c.province, built.data))]
    assert any(text.startswith("Kèm số liệu báo cáo: cơ cấu đảng viên") for text in said)
    apply_bundle(c.province, built.data)
    (xa,) = rollup(c.province, YEAR).communes
    assert xa.reports is not None
    expected = structure_report(c.xa, date.today())
    assert dict(xa.reports.structure["gender"]) == {d.label: d.count for d in expected.total.dimension("gender").counts}
    assert dict(xa.reports.structure["gender"])["Nữ"] == 1
    assert set(xa.reports.changes) == payloads.CHANGE_KINDS
    assert xa.reports.changes_start.month in (1, 4, 7, 10) and xa.reports.changes_start.day == 1
    assert xa.reports.badges_ceremony >= date.today() and xa.reports.badges  # every level of the rule, even 0


def test_an_older_bundle_still_opens_and_shows_dashes(committees: Committees, tmp_path: Path) -> None:
    c = committees
    _member_in_cell(c.xa)
    fc.open_year(c.xa, YEAR)
    apply_bundle(c.province, build_figures(c.xa, YEAR).data)
    old = _old_commune(c, tmp_path)
    v1 = _v1_bundle(old, c.province, round_figures(old, YEAR))
    said = [line.message.render("vi") for line in describe(*preview_bundle(c.province, v1))]
    assert any("Tệp phiên bản cũ, không kèm số liệu báo cáo" in text for text in said)
    apply_bundle(c.province, v1)
    r = rollup(c.province, YEAR)
    by_code = {x.code: x for x in r.communes}
    assert by_code["17891"].reports is None and by_code["17890"].reports is not None
    tables = {t.caption: t for t in rollup_tables(r)}
    gender = tables["Giới tính"]
    rows = {row[0]: row for row in gender.rows}
    assert rows["Đảng ủy xã Cũ"][1:] == (NOT_SENT,) * (len(gender.columns) - 1)
    assert rows["Đảng ủy xã Tân An"][gender.columns.index("Nữ")] == 1
    assert gender.total[gender.columns.index("Nữ")] == 1  # the dash counts nothing, the total is not "—"
    rnd = tables[f"Tiến độ nhận xét năm {YEAR}"]
    assert rnd.total[0] == "Tổng cộng" and rnd.total[3] == sum(x.members for x in r.communes)
    doc = rollup_doc(r)
    assert "1 xã, phường gửi bản cũ" in doc.summary
    old.close()


def test_format_versions_are_strict_about_the_reports(committees: Committees) -> None:
    c = committees
    fc.open_year(c.xa, YEAR)
    with_reports = payloads.to_json(round_figures(c.xa, YEAR))
    card = find_card(c.xa, "40").card
    to = Party(card.name, card.code, card.fingerprint)
    keys, me = own_keys(c.xa.conn), own_card(c.xa.conn)
    before = changes(c.province)
    _, v1_with = seal_json(Kind.FIGURES, with_reports, keys, me, to, card, version=1)
    without = {k: v for k, v in with_reports.items() if k != "reports"}
    _, v2_without = seal_json(Kind.FIGURES, without, keys, me, to, card, version=2)
    _, v3 = seal_json(Kind.FIGURES, with_reports, keys, me, to, card, version=3)
    for data, message in (
        (v1_with, "exchange.invalid_payload"),
        (v2_without, "exchange.invalid_payload"),
        (v3, "exchange.newer_version"),
    ):
        with pytest.raises(InputError) as info:
            apply_bundle(c.province, data)
        assert info.value.message.id == message
    assert changes(c.province) == before


def run(cli: object, *args: str) -> CliResult:
    assert callable(cli)
    result = cli(*args, "--user", "truongban", password=PASSWORD)
    assert isinstance(result, CliResult)
    return result


def test_the_cli_prints_and_saves_the_roll_up(cli: object, committees: Committees, tmp_path: Path) -> None:
    c = committees
    _member_in_cell(c.xa)
    fc.open_year(c.xa, YEAR)
    apply_bundle(c.province, build_figures(c.xa, YEAR).data)
    old = _old_commune(c, tmp_path)
    apply_bundle(c.province, _v1_bundle(old, c.province, round_figures(old, YEAR)))
    old.close()
    tinh = str(c.province.paths.root)
    r = run(cli, "exchange", "province", tinh, "--year", str(YEAR))
    assert r.code == 0, r.err
    assert "Giới tính" in r.out and "Biến động đảng viên trong quý" in r.out and "Huy hiệu" in r.out
    gender = r.out.split("\nGiới tính\n")[1].split("\n\n")[0].splitlines()
    assert gender[0].split()[:5] == ["Xã,", "phường,", "đặc", "khu", "Tổng"]
    assert any(line.startswith("Đảng ủy xã Cũ") and line.split()[-1] == "—" for line in gender)
    assert gender[-1].startswith("Tổng cộng")
    assert "1 xã/phường gửi tệp phiên bản cũ" in r.out
    j = json.loads(run(cli, "exchange", "province", tinh, "--year", str(YEAR), "--json").out)
    reports = {x["code"]: x["reports"] for x in j["communes"]}
    assert reports["17891"] is None and reports["17890"]["structure"]["gender"]["Nữ"] == 1
    xlsx = tmp_path / "tong-hop.xlsx"
    assert run(cli, "exchange", "province", tinh, "--year", str(YEAR), "--out", str(xlsx)).code == 0
    book = load_workbook(xlsx)
    sheet = book["Giới tính"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert any(row[0] == "Đảng ủy xã Cũ" and row[1] == "—" for row in values)
    assert any(row[0] == "Tổng cộng" for row in values)
    pdf = tmp_path / "tong-hop.pdf"
    assert run(cli, "exchange", "province", tinh, "--year", str(YEAR), "--out", str(pdf)).code == 0
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "TỔNG HỢP SỐ LIỆU CÁC XÃ, PHƯỜNG" in text and "Đảng ủy xã Cũ" in text and "Chưa gửi" in text


def test_a_label_twice_in_one_dimension_is_refused(committees: Committees) -> None:
    c = committees
    fc.open_year(c.xa, YEAR)
    body = payloads.to_json(round_figures(c.xa, YEAR))
    reports = body["reports"]
    assert isinstance(reports, dict)
    gender = reports["structure"]["dimensions"]["gender"]
    gender.append(dict(gender[0]))
    card = find_card(c.xa, "40").card
    _, data = seal_json(
        Kind.FIGURES,
        body,
        own_keys(c.xa.conn),
        own_card(c.xa.conn),
        Party(card.name, card.code, card.fingerprint),
        card,
        version=2,
    )
    with pytest.raises(InputError) as info:
        apply_bundle(c.province, data)
    assert info.value.message.id == "exchange.invalid_payload"
    assert "payload.reports.structure.dimensions.gender[2].label" in info.value.render("vi")
