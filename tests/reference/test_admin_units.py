"""Tests of the shipped administrative-units list (2025) and its lookups."""

from __future__ import annotations

import dataclasses
import json
import re
import sys
import unicodedata
from collections import Counter
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handbook.reference import AdminUnits, fold, load_admin_units
from handbook.reference.admin_units import BUNDLED_NAME


@pytest.fixture(scope="module")
def units() -> AdminUnits:
    return load_admin_units()


def test_counts(units: AdminUnits) -> None:
    assert len(units.provinces) == 34
    assert len(units.units) == 3321
    assert Counter(u.type for u in units.units) == {"xã": 2621, "phường": 687, "đặc khu": 13}
    assert Counter(p.type for p in units.provinces) == {"tỉnh": 28, "thành phố": 6}
    assert len(units.old_provinces) == 63


def test_codes_unique_well_formed_and_provinces_exist(units: AdminUnits) -> None:
    province_codes = [p.code for p in units.provinces]
    unit_codes = [u.code for u in units.units]
    old_codes = [p.code for p in units.old_provinces]
    for codes, width in ((province_codes, 2), (unit_codes, 5), (old_codes, 3)):
        assert len(set(codes)) == len(codes)
        assert codes == sorted(codes)
        assert all(len(c) == width and c.isascii() and c.isdigit() for c in codes)
    assert {u.province_code for u in units.units} == set(province_codes)
    assert all(code.startswith("0") for code in old_codes)
    assert sum(len(units.communes_of(p.code)) for p in units.provinces) == 3321


def test_names_are_clean_nfc(units: AdminUnits) -> None:
    names = [p.name for p in units.provinces] + [u.name for u in units.units]
    names += [p.name for p in units.old_provinces]
    for name in names:
        assert unicodedata.normalize("NFC", name) == name
        assert " ".join(name.split()) == name
        assert "\u00d0" not in name
    raw = (files("resources") / "reference" / BUNDLED_NAME).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw


@pytest.mark.parametrize(
    ("code", "full_name", "province_code"),
    [
        ("00004", "Phường Ba Đình", "01"),
        ("00070", "Phường Hoàn Kiếm", "01"),
        ("26732", "Đặc khu Côn Đảo", "79"),
        ("31078", "Đặc khu Phú Quốc", "91"),
        ("22736", "Đặc khu Trường Sa", "56"),
        ("20333", "Đặc khu Hoàng Sa", "48"),
        # The package's type column is stale for these four; the name decides (see SOURCES.md).
        ("10543", "Phường Việt Hòa", "31"),
        ("11848", "Xã Vĩnh Hòa", "31"),
        ("31213", "Phường Tân Lộc", "92"),
        ("31299", "Xã Phong Điền", "92"),
    ],
)
def test_known_units(units: AdminUnits, code: str, full_name: str, province_code: str) -> None:
    unit = units.unit(code)
    assert unit is not None
    assert unit.full_name == full_name
    assert unit.province_code == province_code


def test_known_provinces_and_sizes(units: AdminUnits) -> None:
    expected = {
        "01": ("Thành phố Hà Nội", {"phường": 51, "xã": 75}),
        "79": ("Thành phố Hồ Chí Minh", {"phường": 113, "xã": 54, "đặc khu": 1}),
        "31": ("Thành phố Hải Phòng", {"phường": 45, "xã": 67, "đặc khu": 2}),
        "92": ("Thành phố Cần Thơ", {"phường": 31, "xã": 72}),
        "46": ("Thành phố Huế", {"phường": 21, "xã": 19}),
        "04": ("Tỉnh Cao Bằng", None),
        "66": ("Tỉnh Đắk Lắk", None),
    }
    for code, (full_name, sizes) in expected.items():
        province = units.province(code)
        assert province is not None
        assert province.full_name == full_name
        if sizes is not None:
            assert Counter(u.type for u in units.communes_of(code)) == sizes
    special_zones = "Vân Đồn, Cô Tô, Cát Hải, Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Trường Sa, Phú Quý, "
    special_zones += "Côn Đảo, Phú Quốc, Thổ Châu, Kiên Hải"
    assert sorted(u.name for u in units.units if u.type == "đặc khu") == sorted(special_zones.split(", "))


def test_lookups_pad_codes_and_miss_cleanly(units: AdminUnits) -> None:
    assert units.unit("4") == units.unit(" 00004 ")
    assert units.province("1") == units.province("01")
    assert units.unit("99999") is None
    assert units.unit("abc") is None
    assert units.province("02") is None  # Hà Giang: merged into Tuyên Quang
    assert units.communes_of("02") == ()
    unit = units.unit("00004")
    assert unit is not None
    assert units.province_of(unit).name == "Hà Nội"


def test_old_province_names(units: AdminUnits) -> None:
    assert units.old_province_name("001") == "Hà Nội"
    assert units.old_province_name("079") == "Thành phố Hồ Chí Minh"
    assert units.old_province_name("046") == "Thừa Thiên Huế"
    assert units.old_province_name("077") == "Bà Rịa - Vũng Tàu"
    assert units.old_province_name("096") == "Cà Mau"
    assert units.old_province_name("001190012345") == "Hà Nội"  # a whole CCCD number
    for unknown in ("003", "099", "01", "", "abc", "１２３"):
        assert units.old_province_name(unknown) is None
    old = units.old_province("2")
    assert old is not None
    assert old.name == "Hà Giang"


def test_fold() -> None:
    assert fold("Đắk Lắk") == "dak lak"
    assert fold("  PHƯỜNG   Ba Đình ") == "phuong ba dinh"
    assert fold("Hoà") == fold("Hòa") == "hoa"
    assert fold(unicodedata.normalize("NFD", "Thừa Thiên Huế")) == "thua thien hue"
    assert fold("\u00d0ông") == "dong"
    assert fold("Cư M'gar") == "cu mgar"
    assert fold("Văn Miếu - Quốc Tử Giám") == "van mieu quoc tu giam"


@given(st.text())
def test_fold_is_idempotent_and_form_blind(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


def test_search_units(units: AdminUnits) -> None:
    hits = units.search_units("phuong ba dinh")
    assert hits[0].full_name == "Phường Ba Đình"
    assert units.search_units("BA ĐÌNH")[0].name == "Ba Đình"
    in_hanoi = units.search_units("ba dinh", province_code="1")
    assert in_hanoi
    assert all(u.province_code == "01" for u in in_hanoi)
    tan_an = units.search_units("tân an", limit=None)
    assert len(tan_an) > 5
    exact = [u for u in tan_an if u.name == "Tân An"]
    assert list(tan_an[: len(exact)]) == exact  # exact names come first
    assert len(units.search_units("a", limit=10)) == 10
    assert units.search_units("   ") == ()
    assert units.search_units("khong co ten nay") == ()
    assert units.search_units("phu quoc")[0].full_name == "Đặc khu Phú Quốc"


def test_search_provinces(units: AdminUnits) -> None:
    assert [p.code for p in units.search_provinces("ha noi")] == ["01"]
    assert [p.code for p in units.search_provinces("TP Hồ Chí Minh")] == ["79"]
    assert units.search_provinces("dak")[0].name == "Đắk Lắk"
    assert units.search_provinces("thanh pho") and all(
        p.type == "thành phố" for p in units.search_provinces("thanh pho")
    )


def test_records_are_frozen(units: AdminUnits) -> None:
    unit = units.units[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        unit.name = "X"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        units.provinces = ()  # type: ignore[misc]


def test_bundled_list_is_cached_and_provenance_matches_sources() -> None:
    first = load_admin_units()
    assert load_admin_units() is first
    assert first.effective.isoformat() == "2025-07-01"
    match = re.fullmatch(r"vietnamadminunits (\d+\.\d+\.\d+)", first.generated_from)
    assert match is not None
    reference = files("resources") / "reference"
    assert f"**{match.group(1)}**" in reference.joinpath("SOURCES.md").read_text(encoding="utf-8")
    licence = reference.joinpath("LICENSE-vietnamadminunits.txt").read_text(encoding="utf-8")
    assert "Permission is hereby granted" in licence
    assert "vietnamadminunits" not in sys.modules


def test_bundled_file_layout_is_stable() -> None:
    raw = (files("resources") / "reference" / BUNDLED_NAME).read_text(encoding="utf-8")
    data = json.loads(raw)
    keys = ["format", "source", "generated_from", "effective", "provinces", "units", "old_provinces"]
    assert list(data) == keys
    assert data["format"] == 1
    # "{", four scalars, three lists (opening and closing lines), one record per line, "}".
    assert raw.count("\n") == 1 + 4 + 3 * 2 + 34 + 3321 + 63 + 1
