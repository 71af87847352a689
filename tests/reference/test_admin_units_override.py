"""Tests of loading a newer administrative-units file in place of the shipped one."""

from __future__ import annotations

import ast
import json
import os
import string
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import handbook.reference.admin_units as admin_units_module
from handbook.errors import InputError
from handbook.reference import load_admin_units
from handbook.reference.messages import MESSAGES


def small_list() -> dict[str, Any]:
    return {
        "format": 1,
        "source": "test",
        "generated_from": "hand-made",
        "effective": "2026-01-01",
        "provinces": [
            {"code": "01", "name": "Hà Nội", "type": "thành phố"},
            {"code": "04", "name": "Cao Bằng", "type": "tỉnh"},
        ],
        "units": [
            {"code": "00004", "name": "Ba Đình", "type": "phường", "province_code": "01"},
            # Decomposed text, a stray U+00D0 and extra spaces, as an edited file may carry them.
            {
                "code": "01273",
                "name": unicodedata.normalize("NFD", "  Thục  Phán ") + " \u00d0ông",
                "type": "Xã",
                "province_code": "04",
            },
        ],
        "old_provinces": [{"code": "001", "name": "Hà Nội"}],
    }


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_override_file_is_loaded_and_normalised(tmp_path: Path) -> None:
    units = load_admin_units(write(tmp_path / "admin_units.json", small_list()))
    assert units.generated_from == "hand-made"
    assert units.effective.isoformat() == "2026-01-01"
    assert [p.code for p in units.provinces] == ["01", "04"]
    unit = units.unit("01273")
    assert unit is not None
    assert unit.full_name == "Xã Thục Phán Đông"
    assert unicodedata.is_normalized("NFC", unit.name)
    assert unit.type == "xã"
    assert units.search_units("thuc phan")[0] == unit
    assert units.old_province_name("001") == "Hà Nội"
    assert load_admin_units() is not units  # the shipped list is untouched


def test_replaced_override_is_read_again(tmp_path: Path) -> None:
    path = write(tmp_path / "admin_units.json", small_list())
    first = load_admin_units(path)
    assert load_admin_units(path) is first  # cached
    data = small_list()
    data["units"][0]["name"] = "Ba Đình Mới"
    write(path, data)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    second = load_admin_units(path)
    unit = second.unit("00004")
    assert unit is not None
    assert unit.name == "Ba Đình Mới"


def expect_error(path: Path, msg_id: str) -> InputError:
    with pytest.raises(InputError) as caught:
        load_admin_units(path)
    error = caught.value
    assert error.message.id == msg_id
    for lang in ("vi", "en"):
        text = error.render(lang)
        assert str(path) in text
        assert "{" not in text
    return error


def test_missing_file(tmp_path: Path) -> None:
    expect_error(tmp_path / "nowhere.json", "reference.file_missing")


def test_not_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": 1,\n  "units": [oops]}', encoding="utf-8")
    error = expect_error(path, "reference.file_not_json")
    assert error.message.values["line"] == 2


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"name": "H\xe0 N\xf4i"}')  # Latin-1 bytes
    expect_error(path, "reference.file_not_json")


def test_wrong_format_version(tmp_path: Path) -> None:
    data = small_list()
    data["format"] = 2
    expect_error(write(tmp_path / "f.json", data), "reference.file_format")


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.pop("units"), "units"),
        (lambda d: d.update(units=[]), "units"),
        (lambda d: d.update(provinces={}), "provinces"),
        (lambda d: d.update(effective="1/7/2025"), "effective"),
        (lambda d: d["units"][1].update(type="huyện"), "units[1].type"),
        (lambda d: d["units"][0].update(code=4), "units[0].code"),
        (lambda d: d["units"][0].update(code="0004"), "units[0].code"),
        (lambda d: d["units"][0].update(name="   "), "units[0].name"),
        (lambda d: d["units"][0].pop("province_code"), "units[0].province_code"),
        (lambda d: d["provinces"].append("04"), "provinces[2]"),
        (lambda d: d["old_provinces"][0].update(code="01"), "old_provinces[0].code"),
    ],
)
def test_bad_field_names_the_entry(tmp_path: Path, change: Any, where: str) -> None:
    data = small_list()
    change(data)
    error = expect_error(write(tmp_path / "bad.json", data), "reference.file_bad_field")
    assert error.message.values["where"] == where
    assert where in error.render("vi")


def test_root_not_an_object(tmp_path: Path) -> None:
    error = expect_error(write(tmp_path / "list.json", [1, 2]), "reference.file_bad_field")
    assert error.message.values["where"] == "(root)"


def test_duplicate_code(tmp_path: Path) -> None:
    data = small_list()
    data["units"][1]["code"] = "00004"
    error = expect_error(write(tmp_path / "dup.json", data), "reference.file_duplicate_code")
    assert error.message.values["code"] == "00004"


def test_unknown_province(tmp_path: Path) -> None:
    data = small_list()
    data["units"][1]["province_code"] = "99"
    error = expect_error(write(tmp_path / "orphan.json", data), "reference.file_unknown_province")
    assert error.message.values["province_code"] == "99"


def test_messages_cover_every_id_used() -> None:
    source = Path(admin_units_module.__file__).read_text(encoding="utf-8")
    used = {
        node.value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("reference.")
    }
    assert used
    assert used <= MESSAGES.keys()
    for msg_id, templates in MESSAGES.items():
        assert msg_id.startswith("reference.")
        vi, en = templates
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in (vi, en)]
        assert fields[0] == fields[1], msg_id
        assert vi != en
