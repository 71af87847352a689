"""Make the spreadsheet test files that a real office suite wrote (run by hand; needs LibreOffice's ``soffice``).

    python tools/make_office_test_data.py

Writes into ``tests/spreadsheet/data/``: the app's own export of a small fictional demo commune
(``danh-sach.xlsx``), the same list opened and saved by LibreOffice as ``.xlsx``, ``.xls`` (Excel 97–2003),
``.ods`` and UTF-8 ``.csv`` (``lo-danh-sach.*``), and an old-style list typed in TCVN3 with the ``.VnTime`` font and
in VNI with ``VNI-Times``, saved by LibreOffice as ``.xls`` (``tcvn3.xls``, ``vni.xls``). The tests only read these
files; none of them needs LibreOffice.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from handbook.cli.demo_commands import build_demo  # noqa: E402
from handbook.spreadsheet.export import export_members  # noqa: E402
from handbook.text.legacy import to_tcvn3, to_vni  # noqa: E402
from handbook.vault import kdf  # noqa: E402
from handbook.vault.vault import Vault  # noqa: E402

OUT = ROOT / "tests" / "spreadsheet" / "data"
PASSWORD = "mat-khau-du-lieu-thu"
LEGACY_ROWS = (
    ("STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Chi bộ"),
    (1, "Nguyễn Thị Hoà", "12/03/1968", "040168001234", "Chi bộ thôn Trung Hoà"),
    (2, "Đặng Văn Được", "05/11/1975", "040075004321", "Chi bộ thôn Đồng Thanh"),
    (3, "Lê Thị Ngọc Anh", "20/01/1982", "040182009876", "Chi bộ thôn Trung Hoà"),
)


def soffice(src: Path, target: str, out_dir: Path, profile: Path) -> Path:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    produced = sorted(out_dir.glob(src.stem + ".*"), key=lambda p: p.stat().st_mtime)[-1]
    return produced


def legacy_xlsx(encode: object, font: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Danh sach"
    for r, row in enumerate(LEGACY_ROWS, start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, encode(value) if isinstance(value, str) and c != 4 else value)  # type: ignore[operator]
            cell.font = Font(name=font, size=12)
            if c == 4:
                cell.number_format = "@"  # CCCD as text: the leading zero stays
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def main() -> int:
    if shutil.which("soffice") is None:
        sys.exit("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        profile = work / "profile"
        build_demo(work / "kho", PASSWORD, kdf.TEST_ONLY, members=40, seed=3)
        os.environ["HANDBOOK_USER"] = "truongban"
        vault = Vault.open(work / "kho", username="truongban", password=PASSWORD)
        try:
            export_members(vault, OUT / "danh-sach.xlsx", overwrite=True)
        finally:
            vault.close()
        src = work / "lo-danh-sach.xlsx"
        shutil.copyfile(OUT / "danh-sach.xlsx", src)
        for target, name in (
            ("xlsx:Calc MS Excel 2007 XML", "lo-danh-sach.xlsx"),
            ("xls", "lo-danh-sach.xls"),
            ("ods", "lo-danh-sach.ods"),
            ("csv:Text - txt - csv (StarCalc):44,34,76,1", "lo-danh-sach.csv"),
        ):
            made = soffice(src, target, work / name.replace(".", "-"), profile)
            shutil.copyfile(made, OUT / name)
        for encode, font, name in ((to_tcvn3, ".VnTime", "tcvn3"), (to_vni, "VNI-Times", "vni")):
            legacy = work / f"{name}.xlsx"
            legacy.write_bytes(legacy_xlsx(encode, font))
            made = soffice(legacy, "xls", work / f"{name}-xls", profile)
            shutil.copyfile(made, OUT / f"{name}.xls")
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
