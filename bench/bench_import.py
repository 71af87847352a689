"""Import benchmark: a realistic 10,000-row office list as .xlsx, .xls and .ods, imported with full validation.

Run: ``python -m bench.bench_import [--rows N] [--formats xlsx,xls,ods] [--profile]``. One table per format
(reading / checking / committing), each into a fresh vault; wall and CPU time (on a shared machine the CPU
time of this process is the steadier figure); for .xlsx and .xls the baseline, in the same run, is reading
every cell's font (openpyxl / xlrd), which the import now does only for files that name a legacy font; the
commit's baseline is the same new members written row by row into another fresh vault (as before the bulk path),
and the signing of as many audit entries as the commit wrote is timed apart, to show its share.
The .xls and .ods are the .xlsx saved by LibreOffice (``soffice --headless --convert-to``, needed only
here: without it only the .xlsx is measured), so they are the files an office suite really writes.
The vault is created with
``kdf.TEST_ONLY`` (a deliberately cheap Argon2id): this measures the import, not unlocking.
The list has a title, a two-row header (Ngày sinh over Nam | Nữ), column numbers, 18 columns,
Excel dates and dd/mm/yyyy text, CCCD numbers that lost their leading zero, and 24 cells.
openpyxl writes its strings inline, which read slower than the shared strings Excel writes: the
"read" figure errs on the slow side.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from bench.table import Row, ms, peak_rss_mb, print_table
from handbook.members.repo import insert_member
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgType
from handbook.orgs.repo import assign_in
from handbook.permissions import Op
from handbook.spreadsheet.importer import Action, ImportOptions, commit_import, open_source, plan_import
from handbook.spreadsheet.office_formats import _read_xls_sheet
from handbook.spreadsheet.reader import iter_xlsx_tables
from handbook.vault import kdf
from handbook.vault.vault import Vault

PASSWORD = "mat-khau-do-hieu-nang"
HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
DEM_NAM = ["Văn", "Hữu", "Đức", "Quang", "Minh", "Thanh", "Công", "Xuân", "Ngọc"]
DEM_NU = ["Thị", "Thị Ngọc", "Thị Thu", "Ngọc", "Thanh", "Thị Minh", "Kim"]
TEN = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hoà", "Hương", "Lan", "Minh", "Nam", "Phúc", "Thuỷ", "Yến"]
CELLS = [f"Chi bộ thôn {n}" for n in ("Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Mới")] + [
    f"Chi bộ tổ dân phố {i}" for i in range(1, 17)
]
HEADERS = (
    "STT",
    "Họ và tên",
    "Ngày sinh",
    None,
    "Quê quán",
    "Dân tộc",
    "Tôn giáo",
    "Số CCCD",
    "Điện thoại",
    "Số thẻ đảng viên",
    "Ngày vào Đảng",
    "Ngày chính thức",
    "Trình độ học vấn",
    "Lý luận chính trị",
    "Nghề nghiệp",
    "Nơi làm việc",
    "Nơi cư trú",
    "Chi bộ",
)


def build_xlsx(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    font = Font(name="Times New Roman")
    ws["A1"] = "ĐẢNG BỘ XÃ TÂN AN"
    ws["E2"] = "DANH SÁCH ĐẢNG VIÊN NĂM 2026"
    ws.append([])
    ws.append(list(HEADERS))
    ws.merge_cells("C4:D4")
    ws.append([None, None, "Nam", "Nữ"])
    ws.append([f"({i})" for i in range(1, len(HEADERS) + 1)])
    used: set[str] = set()
    for i in range(1, n + 1):
        male = rng.random() < 0.6
        year = rng.randint(1940, 2002)
        born = datetime(year, rng.randint(1, 12), rng.randint(1, 28))
        digit = ("0" if male else "1") if year < 2000 else ("2" if male else "3")
        while True:
            cccd = f"0{rng.choice(['87', '42', '38', '01', '79'])}{digit}{year % 100:02d}{rng.randint(0, 999_999):06d}"
            if cccd not in used:
                used.add(cccd)
                break
        admitted = date(min(year + rng.randint(18, 40), 2024), rng.randint(1, 12), rng.randint(1, 28))
        official = date(admitted.year + 1, admitted.month, admitted.day)
        birth_cell: object = born if rng.random() < 0.7 else born.strftime("%d/%m/%Y")
        ws.append(
            [
                i,
                f"{rng.choice(HO)} {rng.choice(DEM_NAM if male else DEM_NU)} {rng.choice(TEN)}",
                birth_cell if male else None,
                None if male else birth_cell,
                "Xã Tân An, tỉnh Đồng Tháp",
                "Kinh",
                rng.choice(["Không", "Không", "Phật giáo", "Công giáo"]),
                int(cccd) if rng.random() < 0.3 else cccd,  # Excel dropped the leading 0 on some
                f"09{rng.randint(0, 10**8 - 1):08d}",
                f"{rng.randint(10**7, 10**8 - 1)}",
                admitted.strftime("%d/%m/%Y"),
                official,
                "12/12",
                rng.choice(["Sơ cấp", "Trung cấp", "Cao cấp", ""]),
                rng.choice(["Giáo viên", "Nông dân", "Hưu trí", "Công chức", "Kinh doanh"]),
                rng.choice(["Trường THCS Tân An", "UBND xã Tân An", "", "Công ty TNHH Mai Linh"]),
                f"Ấp {rng.randint(1, 12)}, xã Tân An",
                rng.choice(CELLS),
            ]
        )
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
        for cell in row:
            cell.font = font
    wb.save(path)  # a bench fixture with made-up people: openpyxl's own save is fine here


def make_vault(root: Path) -> Vault:
    # kdf.TEST_ONLY: cheap key derivation, this benchmark measures importing, not unlocking.
    vault = Vault.create(
        root,
        committee_name="Đảng ủy xã Tân An",
        username="truongban",
        full_name="Người Đo",
        password=PASSWORD,
        kdf_params=kdf.TEST_ONLY,
    ).vault
    top = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
    for name in CELLS:
        orgs.add_org(vault, name, OrgType.CHI_BO, top, residential=True, valid_from=date(2020, 1, 1))
    return vault


def convert(xlsx: Path, kind: str) -> Path | None:
    """``xlsx`` saved by LibreOffice as ``kind`` (None when LibreOffice is not installed)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    out = xlsx.parent / kind
    out.mkdir(exist_ok=True)
    subprocess.run(
        [soffice, "--headless", "--convert-to", kind, "--outdir", str(out), str(xlsx)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return out / f"{xlsx.stem}.{kind}"


Timing = tuple[float, float]  # wall seconds, CPU seconds of this process


def _clock() -> Timing:
    return time.perf_counter(), time.process_time()


def _since(start: Timing) -> Timing:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


@dataclass(frozen=True)
class Measured:
    read: Timing
    check: Timing
    commit: Timing
    created: int
    warnings: int
    audit_entries: int  # written by the commit


def audit_count(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def run(path: Path, vault: Vault) -> Measured:
    options = ImportOptions()
    t = _clock()
    source = open_source(path, options)
    read = _since(t)
    t = _clock()
    plan = plan_import(vault, source, options)
    check = _since(t)
    entries = audit_count(vault)
    t = _clock()
    result = commit_import(vault, plan)
    commit = _since(t)
    if not result.committed:
        raise SystemExit(f"import rejected: {[p.render('en') for p in result.errors[:5]]}")
    return Measured(read, check, commit, result.created, len(result.warnings), audit_count(vault) - entries)


def per_row_commit(path: Path, work: Path) -> Timing:
    """The commit's baseline, in the same run: the plan's new members written one by one as before the bulk
    path (``insert_member`` and ``assign_in`` for each: two statements, two lookups and two audit entries)."""
    vault = make_vault(work / "kho-per-row")
    try:
        plan = plan_import(vault, open_source(path, ImportOptions()))
        conn = vault.conn
        t = _clock()
        with vault.change(Op.MEMBERS_IMPORT) as ch:
            for p in plan.rows:
                if p.action is Action.CREATE:
                    member_id = insert_member(conn, ch, p.data)
                    if p.cell_id is not None:
                        assign_in(conn, ch, member_id, p.cell_id, date.today(), reason=path.name)
        return _since(t)
    finally:
        vault.close()


def font_pass_read(path: Path) -> Timing:
    """The baseline, in the same run: reading with every cell's font (openpyxl for .xlsx, xlrd for .xls), as
    the import did before calamine took the values of files without legacy fonts."""
    data = path.read_bytes()
    t = _clock()
    if path.suffix == ".xlsx":
        list(iter_xlsx_tables(data, path.name))
    else:
        import xlrd

        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
        list(_read_xls_sheet(book, book.sheet_by_index(i), path.name, "") for i in range(book.nsheets))
        book.release_resources()
    return _since(t)


def shown(t: Timing) -> str:
    return f"{ms(t[0])} (CPU {ms(t[1])})"


READERS = {"xlsx": "calamine", "xls": "calamine", "ods": "calamine"}


def measure(path: Path, work: Path, profile: bool, sort: str, top: int) -> Measured:
    vault = make_vault(work / f"kho-{path.suffix[1:]}")
    try:
        if profile:
            prof = cProfile.Profile()
            measured: Measured = prof.runcall(run, path, vault)
            pstats.Stats(prof).sort_stats(sort).print_stats(top)
        else:
            measured = run(path, vault)
        return measured
    finally:
        vault.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--formats", default="xlsx,xls,ods", help="comma-separated: xlsx, xls, ods")
    parser.add_argument("--profile", action="store_true", help="print the costliest functions")
    parser.add_argument("--sort", default="tottime", help="profile order: tottime or cumulative")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    kinds = [k.strip() for k in args.formats.split(",") if k.strip()]
    n = f"{args.rows:,}"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        xlsx = work / "danh-sach.xlsx"
        build_xlsx(xlsx, args.rows)
        per_row: Timing | None = None
        for kind in kinds:
            path = xlsx if kind == "xlsx" else convert(xlsx, kind)
            if path is None:
                print(f"\n.{kind}: not measured (LibreOffice's soffice makes the .{kind} file; it is not installed)")
                continue
            m = measure(path, work, args.profile, args.sort, args.top)
            if per_row is None:
                per_row = per_row_commit(path, work)  # the same rows whatever the format: measured once
            base = font_pass_read(path) if kind in ("xlsx", "xls") else None
            ratio = f"{base[1] / m.read[1]:.1f}× faster" if base and m.read[1] > 0 else "-"
            commit_ratio = f"{per_row[1] / m.commit[1]:.1f}× faster" if m.commit[1] > 0 else "-"
            wall = m.read[0] + m.check[0] + m.commit[0]
            cpu = m.read[1] + m.check[1] + m.commit[1]
            print_table(
                f"Import benchmark ({n}-row .{kind}, {m.created:,} created, {m.warnings:,} warnings)",
                [
                    Row(
                        f"read + find header ({READERS.get(kind, kind)}"
                        + ("; baseline: every cell's font)" if base else ")"),
                        shown(m.read),
                        shown(base) if base else "-",
                        ratio,
                        "-",
                        True,
                    ),
                    Row("check every row (validate, duplicates, cells)", shown(m.check), "-", "-", "-", True),
                    Row(
                        f"commit (one signed transaction, {m.audit_entries:,} audit entries; baseline: row by row)",
                        shown(m.commit),
                        shown(per_row),
                        commit_ratio,
                        "-",
                        True,
                    ),
                    Row(
                        f"import {n} rows, full validation (target on CPU time)",
                        f"{wall:.2f} s (CPU {cpu:.2f} s)",
                        "-",
                        "-",
                        "< 2.5 s",
                        cpu < 2.5,
                    ),
                ],
            )
    rss = peak_rss_mb()
    print_table("Import benchmark: memory", [Row("peak RSS", f"{rss:.0f} MB", "-", "-", "< 300 MB", rss < 300)])


if __name__ == "__main__":
    main()
