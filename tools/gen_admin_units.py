"""Dev script: regenerate resources/reference/admin_units_2025.json from the `vietnamadminunits` package.

How to run (never install the package into the project's venv: it pulls shapely/geopy and must not
become a dependency of the app or its tests):

    python3 -m venv /tmp/avu
    /tmp/avu/bin/pip install vietnamadminunits==1.0.4
    /tmp/avu/bin/python tools/gen_admin_units.py            # writes the JSON and the licence copy
    /tmp/avu/bin/python tools/gen_admin_units.py --check    # exit 1 if the committed files are stale

The shipped file was generated from vietnamadminunits 1.0.4 (MIT, Tran Ngoc Minh Hieu,
https://github.com/tranngocminhhieu/vietnamadminunits). The script reads the package's SQLite file
`vietnamadminunits/data/dataset.db` directly (table `admin_units`: the 34-province list in force since
1 July 2025; table `admin_units_legacy`: the 63-province list) without importing the package.

What the script adds or corrects by itself:
- The unit type (xã / phường / đặc khu) is taken from the prefix of the unit's full name. In 1.0.4 four
  units carry a stale `wardType` while their name (and code) were corrected upstream: Phường Việt Hòa
  (10543) and Xã Vĩnh Hòa (11848) in Hải Phòng, Phường Tân Lộc (31213) and Xã Phong Điền (31299) in Cần Thơ.
  The script prints every such disagreement; the totals per type are unaffected (the errors come in pairs).
- The 63 old province codes (first three digits of a CCCD number) come from the hand-written table
  OLD_PROVINCES below, typed from the annex of Thông tư 59/2021/TT-BCA, and are checked against the
  package's 63-province table (same codes; same names except 046, "Huế" there since 1 January 2025).

Output: compact UTF-8 JSON, NFC, one record per line, sorted by code, so a regeneration diffs cleanly.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import sqlite3
import sys
import unicodedata
from pathlib import Path
from typing import Any

PACKAGE = "vietnamadminunits"
EFFECTIVE = "2025-07-01"
FORMAT = 1

ROOT = Path(__file__).resolve().parent.parent
OUT_JSON = ROOT / "resources" / "reference" / "admin_units_2025.json"
OUT_LICENSE = ROOT / "resources" / "reference" / "LICENSE-vietnamadminunits.txt"

SOURCE = (
    "vietnamadminunits (MIT, https://github.com/tranngocminhhieu/vietnamadminunits), table admin_units; "
    "old province codes: Thông tư 59/2021/TT-BCA"
)

# Expected totals after the 1 July 2025 reform; a difference is reported, not fatal (lists do change).
EXPECTED = {"provinces": 34, "units": 3321, "xã": 2621, "phường": 687, "đặc khu": 13}

UNIT_TYPES = {"Xã": "xã", "Phường": "phường", "Đặc khu": "đặc khu"}
PROVINCE_TYPES = {"Tỉnh": "tỉnh", "Thành phố": "thành phố"}

# Province codes carried in digits 1-3 of a CCCD number (Thông tư 59/2021/TT-BCA, annex): the one table the
# app validates CCCD numbers with, checked here against the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from handbook.text.ids import CCCD_PROVINCE_CODES as OLD_PROVINCES  # noqa: E402

# Names that legitimately differ from the package's 63-province table (renamed later).
OLD_NAME_RENAMES = {"046": "Huế", "079": "Hồ Chí Minh"}


class GenerationError(Exception):
    """The package's data does not have the shape this script expects."""


def clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "Đ")
    return " ".join(text.split())


def split_prefix(full_name: str, prefixes: dict[str, str]) -> tuple[str, str]:
    """("Phường Ba Đình", ...) -> ("phường", "Ba Đình"), by the longest matching prefix."""
    for prefix in sorted(prefixes, key=len, reverse=True):
        if full_name.startswith(prefix + " "):
            return prefixes[prefix], full_name[len(prefix) + 1 :]
    raise GenerationError(f"unknown type prefix in {full_name!r}")


def package_dir() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise GenerationError(f"{PACKAGE} is not installed in this interpreter ({sys.executable})")
    return Path(next(iter(spec.submodule_search_locations)))


def read_license() -> str:
    dist = importlib.metadata.distribution(PACKAGE)
    for file in dist.files or ():
        if file.name.upper().startswith("LICENSE"):
            return file.read_text(encoding="utf-8")
    raise GenerationError(f"no LICENSE file in the {PACKAGE} distribution")


def build(db_path: Path, version: str) -> tuple[dict[str, Any], list[str]]:
    notes: list[str] = []
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT DISTINCT provinceCode, province, provinceShort, wardCode, ward, wardShort, wardType "
            "FROM admin_units"
        ).fetchall()
        legacy = conn.execute("SELECT DISTINCT provinceCode, provinceShort FROM admin_units_legacy").fetchall()
    finally:
        conn.close()

    provinces: dict[str, dict[str, str]] = {}
    units: dict[str, dict[str, str]] = {}
    for p_code, p_full, p_short, w_code, w_full, w_short, w_type in rows:
        p_code, p_full, p_short = clean(p_code), clean(p_full), clean(p_short)
        w_code, w_full, w_short, w_type = clean(w_code), clean(w_full), clean(w_short), clean(w_type)
        if not (len(p_code) == 2 and p_code.isdigit() and len(w_code) == 5 and w_code.isdigit()):
            raise GenerationError(f"bad code {p_code!r}/{w_code!r}")
        p_type, p_name = split_prefix(p_full, PROVINCE_TYPES)
        if p_name != p_short:
            raise GenerationError(f"province {p_code}: {p_full!r} vs short {p_short!r}")
        province = {"code": p_code, "name": p_name, "type": p_type}
        if provinces.setdefault(p_code, province) != province:
            raise GenerationError(f"province {p_code} has two names: {provinces[p_code]} / {province}")
        u_type, u_name = split_prefix(w_full, UNIT_TYPES)
        if u_name != w_short:
            raise GenerationError(f"unit {w_code}: {w_full!r} vs short {w_short!r}")
        if UNIT_TYPES.get(w_type) != u_type:
            notes.append(f"unit {w_code} {w_full!r} ({p_name}): wardType {w_type!r} ignored, type from name")
        if w_code in units:
            raise GenerationError(f"unit code {w_code} appears twice")
        units[w_code] = {"code": w_code, "name": u_name, "type": u_type, "province_code": p_code}

    legacy_names = {"0" + clean(code): clean(name) for code, name in legacy}
    if legacy_names.keys() != OLD_PROVINCES.keys():
        raise GenerationError(
            "old province codes differ from the package: "
            f"only ours {sorted(OLD_PROVINCES.keys() - legacy_names.keys())}, "
            f"only the package's {sorted(legacy_names.keys() - OLD_PROVINCES.keys())}"
        )
    for code, name in OLD_PROVINCES.items():
        expected = OLD_NAME_RENAMES.get(code, name)
        if legacy_names[code] != expected:
            raise GenerationError(f"old province {code}: ours {name!r}, package {legacy_names[code]!r}")

    counts = {"provinces": len(provinces), "units": len(units)}
    for u_type in UNIT_TYPES.values():
        counts[u_type] = sum(1 for u in units.values() if u["type"] == u_type)
    for key, want in EXPECTED.items():
        if counts[key] != want:
            notes.append(f"WARNING: {counts[key]} {key}, expected {want}")
    notes.append("counts: " + ", ".join(f"{k} {v}" for k, v in counts.items()))

    data: dict[str, Any] = {
        "format": FORMAT,
        "source": SOURCE,
        "generated_from": f"{PACKAGE} {version}",
        "effective": EFFECTIVE,
        "provinces": [provinces[c] for c in sorted(provinces)],
        "units": [units[c] for c in sorted(units)],
        "old_provinces": [{"code": c, "name": OLD_PROVINCES[c]} for c in sorted(OLD_PROVINCES)],
    }
    return data, notes


def render(data: dict[str, Any]) -> str:
    """Compact JSON with one record per line: small, stable and readable in a diff."""

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    parts: list[str] = []
    for key, value in data.items():
        if isinstance(value, list):
            body = ",\n".join(dump(item) for item in value)
            parts.append(f"{dump(key)}:[\n{body}\n]")
        else:
            parts.append(f"{dump(key)}:{dump(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="compare with the shipped files; write nothing")
    parser.add_argument("--db", type=Path, help="the package's dataset.db (default: the installed one)")
    args = parser.parse_args(argv)

    version = importlib.metadata.version(PACKAGE)
    db_path: Path = args.db or package_dir() / "data" / "dataset.db"
    data, notes = build(db_path, version)
    outputs = {OUT_JSON: render(data), OUT_LICENSE: read_license()}
    for note in notes:
        print(note)

    if args.check:
        stale = [p for p, text in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        size = len(text.encode("utf-8"))
        print(f"wrote {path.relative_to(ROOT)} ({size:,} bytes) from {PACKAGE} {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
