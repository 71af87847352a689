"""Forms benchmark: 1,000 comment sheets into one PDF vs a bare ReportLab script drawing the same page.

Run: ``python -m bench.bench_forms [--pages N]``. Both sides use the same registered fonts, page
compression and binary (not ASCII85) streams. Memory: ReportLab keeps every page until ``save()``, so
the peak grows a little with each page; a fresh child process per measurement reports its peak RSS at
N/4 and N pages, and the growth per page is compared with the bare script's.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bench.table import Row, ms, peak_rss_mb, print_table
from handbook.forms.comment_sheet import CommentSheet, render_comment_sheets
from handbook.forms.dates import place_date_line
from handbook.forms.fonts import FontFamily, register_fonts
from handbook.forms.layout import binary_streams
from handbook.forms.model import PageSetup
from handbook.forms.specimen import specimen_sheet
from handbook.forms.typeset import caps, text_width, wrap

TARGET_SECONDS = 4.0
TARGET_RATIO = 1.5
TARGET_PAGE_KB = 20.0  # peak RSS may grow at most this much per page (10,000 pages: < 200 MB more)


def sheets(n: int) -> Iterator[CommentSheet]:
    return (specimen_sheet(i) for i in range(n))


def bare_reportlab(items: Iterator[CommentSheet], fonts: FontFamily) -> bytes:
    """The same page drawn with plain canvas calls at hand-placed positions, no layout layer."""
    page = PageSetup()
    binary_streams()  # the same stream encoding as the forms layer uses
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=page.page_size, pageCompression=1, initialFontName=fonts.regular)
    left, width = page.left, page.frame_width
    top = page.page_size[1] - page.top
    col = width * 0.4
    for sheet in items:
        y = top - 13
        canv.setFont(fonts.regular, 13)
        canv.drawCentredString(left + col / 2, y, caps(sheet.header.superior_body))
        canv.setFont(fonts.bold, 14)
        canv.drawCentredString(left + col + (width - col) / 2, y, "ĐẢNG CỘNG SẢN VIỆT NAM")
        half = text_width("ĐẢNG CỘNG SẢN VIỆT NAM", fonts.bold, 14) / 2
        canv.setLineWidth(0.6)
        canv.line(left + col + (width - col) / 2 - half, y - 6, left + col + (width - col) / 2 + half, y - 6)
        y -= 15.6
        canv.setFont(fonts.bold, 13)
        canv.drawCentredString(left + col / 2, y, caps(sheet.header.issuing_body))
        y -= 15.6
        canv.setFont(fonts.regular, 13)
        canv.drawCentredString(left + col / 2, y, "*")
        y -= 15.6
        canv.setFont(fonts.italic, 13)
        canv.drawCentredString(
            left + col + (width - col) / 2, y, place_date_line(sheet.header.place, sheet.header.date)
        )
        y -= 40
        canv.setFont(fonts.bold, 15)
        canv.drawCentredString(left + width / 2, y, sheet.wording.title)
        canv.setFont(fonts.bold, 13.5)
        for line in sheet.wording.summary.split("\n"):
            y -= 16.2
            canv.drawCentredString(left + width / 2, y, line)
        y -= 28
        canv.setFont(fonts.regular, 13)
        canv.drawString(left, y, sheet.wording.name_label)
        canv.drawString(left + width * 0.7, y, sheet.wording.birth_label)
        canv.setFont(fonts.bold, 13)
        canv.drawString(left + 125, y, sheet.member_name)
        canv.drawString(left + width * 0.7 + 60, y, str(sheet.birth_year))
        canv.setFont(fonts.regular, 13)
        for label, value in (
            (sheet.wording.workplace_label, sheet.workplace),
            (sheet.wording.residence_label, sheet.residence),
        ):
            y -= 16.25
            canv.drawString(left, y, f"{label} {value}")
        y -= 20
        canv.setFont(fonts.bold, 13)
        canv.drawString(left, y, sheet.wording.results_heading)
        for criterion in sheet.criteria:
            canv.setFont(fonts.regular, 13)
            for index, line in enumerate(wrap(criterion.text, fonts.regular, 13, width - 12)):
                y -= 16.25
                text = f"{criterion.number}. {line}" if index == 0 else line
                canv.drawString(left + (0 if index == 0 else 12), y, text)
            y -= 16.25
            for index, label in enumerate(criterion.labels):
                x = left + 12 + index * (width - 12) / 3
                canv.rect(x, y - 0.5, 9.4, 9.4)
                canv.drawString(x + 15, y, label)
                if criterion.chosen == index:
                    canv.line(x + 1.7, y + 1.2, x + 7.7, y + 7.2)
                    canv.line(x + 1.7, y + 7.2, x + 7.7, y + 1.2)
        for index, line in enumerate(wrap(sheet.other_comments, fonts.regular, 13, width) or [""]):
            y -= 16.25
            canv.drawString(left, y, ("7. Ý kiến khác: " if index == 0 else "") + line)
        y -= 30
        for index, line in enumerate(("T/M CHI ỦY", "BÍ THƯ")):
            canv.setFont(fonts.bold, 13)
            canv.drawCentredString(left + width * 0.75, y - index * 15.6, line)
        for index, line in enumerate(("XÁC NHẬN CỦA", "BAN XÂY DỰNG ĐẢNG", "TRƯỞNG BAN")):
            canv.drawCentredString(left + width * 0.25, y - index * 15.6, line)
        if sheet.confirmation is not None:
            canv.setFont(fonts.regular, 13)
            canv.drawCentredString(left + width * 0.25, y - 3 * 15.6, sheet.confirmation.number_text)
            canv.setFont(fonts.italic, 13)
            canv.drawCentredString(
                left + width * 0.25, y - 4 * 15.6, place_date_line(sheet.confirmation.place, sheet.confirmation.date)
            )
            canv.setFont(fonts.bold, 13)
            canv.drawCentredString(
                left + width * 0.25, y - 5 * 15.6 - 20 * mm, sheet.confirmation.signature.signer_name
            )
        canv.drawCentredString(left + width * 0.75, y - 2 * 15.6 - 20 * mm, sheet.cell_signature.signer_name)
        canv.showPage()
    canv.save()
    return buffer.getvalue()


def ours(items: Iterator[CommentSheet], fonts: FontFamily) -> bytes:
    return render_comment_sheets(items, fonts=fonts)


def timed(
    fn: Callable[[Iterator[CommentSheet], FontFamily], bytes], n: int, fonts: FontFamily, repeat: int = 3
) -> tuple[float, int]:
    best = float("inf")
    size = 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(fn(sheets(n), fonts))
        best = min(best, time.perf_counter() - start)
    return best, size


Side = Callable[[Iterator[CommentSheet], FontFamily], bytes]
SIDES: dict[str, Side] = {"ours": ours, "bare": bare_reportlab}


def own_peak_rss_mb() -> float:
    """This process's own peak RSS (Linux: VmHWM, which unlike ru_maxrss is not inherited from the parent)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def child_peak_rss_mb(side: str, n: int) -> float:
    """Peak RSS of a fresh interpreter that renders ``n`` pages with one side."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_forms", "--child", side, "--pages", str(n)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return float(out.stdout.strip().splitlines()[-1])


def from_vault(n: int, fonts: FontFamily) -> tuple[float, int]:
    """``n`` confirmed cases of a vault printed as sheets: reading cases, rules and members, then drawing."""
    import tempfile
    from datetime import date
    from pathlib import Path

    from bench.bench_flow import populate
    from handbook.flow import cases as fc
    from handbook.flow.cases import CommentEntry
    from handbook.forms.sheets_from_cases import render_cases
    from handbook.vault import kdf
    from handbook.vault.vault import Vault

    with tempfile.TemporaryDirectory() as tmp:  # the bench's own throwaway vault, cheap test key cost
        created = Vault.create(
            Path(tmp) / "kho",
            committee_name="Đảng ủy xã Đo",
            username="truongban",
            full_name="Người Đo",
            password="mat-khau-do",
            kdf_params=kdf.TEST_ONLY,
        )
        vault = created.vault
        populate(vault, n)
        fc.open_year(vault, 2025)
        ids = [c.id for c in fc.list_cases(vault, 2025)]
        fc.record_comments(
            vault, [CommentEntry(i, (0, 1, 0, 1, 0, 1), "Gương mẫu.", date(2025, 11, 20), 0, "Bí Thư") for i in ids]
        )
        fc.confirm(vault, ids, on=date(2025, 11, 25))
        cases = fc.list_cases(vault, 2025)
        start = time.perf_counter()
        pdf = render_cases(vault, cases, fonts=fonts)
        elapsed = time.perf_counter() - start
        vault.close()
    return elapsed, len(pdf)


def member_register(members: int) -> tuple[float, float, float, int]:
    """The Mẫu 7-HSĐV register of a demo commune of ``members``: (PDF seconds, PDF CPU seconds, .xlsx seconds,
    rows). The CPU time is what the wall time comes to on a machine nothing else is running on."""
    import tempfile
    from pathlib import Path

    from handbook.demo.create import create_demo_vault
    from handbook.forms.member_register import member_register_sections, render_member_register
    from handbook.spreadsheet.register import export_register
    from handbook.vault import kdf
    from handbook.vault.vault import Vault

    password = "mat-khau-do"
    with tempfile.TemporaryDirectory() as tmp:  # the bench's own throwaway vault, cheap test key cost
        create_demo_vault(Path(tmp) / "kho", password, kdf_params=kdf.TEST_ONLY, members=members, seed=1)
        with Vault.open(Path(tmp) / "kho", username="truongban", password=password) as vault:
            rows = sum(len(s.rows) for s in member_register_sections(vault))
            start, cpu = time.perf_counter(), time.process_time()
            render_member_register(vault)
            pdf_s, pdf_cpu = time.perf_counter() - start, time.process_time() - cpu
            start = time.perf_counter()
            export_register(vault, Path(tmp) / "so.xlsx")
            xlsx_s = time.perf_counter() - start
    return pdf_s, pdf_cpu, xlsx_s, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--child", choices=sorted(SIDES), help=argparse.SUPPRESS)
    parser.add_argument("--register-members", type=int, default=5000, help="members of the Mẫu 7 register run")
    args = parser.parse_args()
    n: int = args.pages
    if args.child:
        SIDES[args.child](sheets(n), register_fonts("auto"))
        print(f"{own_peak_rss_mb():.3f}")
        return

    start = time.perf_counter()
    fonts = register_fonts("auto")
    registration = time.perf_counter() - start
    ours(sheets(10), fonts)  # warm up both paths (imports, glyph caches)
    bare_reportlab(sheets(10), fonts)

    ours_s, ours_bytes = timed(ours, n, fonts)
    bare_s, bare_bytes = timed(bare_reportlab, n, fonts)
    ratio = ours_s / bare_s
    tenth = max(1, n // 10)
    ours_tenth, _ = timed(ours, tenth, fonts)
    bare_tenth, _ = timed(bare_reportlab, tenth, fonts)
    per_page = (ours_s - ours_tenth) / max(1, n - tenth)  # beyond the fixed cost of a document
    bare_per_page = (bare_s - bare_tenth) / max(1, n - tenth)
    quarter = max(1, n // 4)
    small_mb, full_mb = child_peak_rss_mb("ours", quarter), child_peak_rss_mb("ours", n)
    bare_small, bare_full = child_peak_rss_mb("bare", quarter), child_peak_rss_mb("bare", n)
    extra_pages = max(1, n - quarter)
    per_page_kb = (full_mb - small_mb) * 1024 / extra_pages
    bare_per_page_kb = (bare_full - bare_small) * 1024 / extra_pages
    memory_ratio = f"{per_page_kb / bare_per_page_kb:.2f}x" if bare_per_page_kb > 0.05 else ""
    vault_s, _vault_bytes = from_vault(n, fonts)
    register_pdf_s, register_cpu_s, register_xlsx_s, register_rows = member_register(args.register_members)
    rss = peak_rss_mb()

    rows = [
        Row(
            f"{n} sheets, one PDF ({fonts.display_name})",
            f"{ours_s:.2f} s",
            f"{bare_s:.2f} s",
            f"{ratio:.2f}x",
            f"< {TARGET_SECONDS:.0f} s, <= {TARGET_RATIO}x",
            ours_s < TARGET_SECONDS and ratio <= TARGET_RATIO,
        ),
        Row(
            f"{n} sheets from vault cases (vs specimen sheets)",
            f"{vault_s:.2f} s",
            f"{ours_s:.2f} s",
            f"{vault_s / ours_s:.2f}x",
            f"< {TARGET_SECONDS:.0f} s",
            vault_s < TARGET_SECONDS,
        ),
        Row(
            f"cost per page beyond the fixed cost ({tenth} → {n} pages)",
            ms(per_page),
            ms(bare_per_page),
            f"{per_page / bare_per_page:.2f}x" if bare_per_page > 0 else "",
            f"<= 4 ms, <= {TARGET_RATIO}x",
            per_page <= 0.004 and per_page <= TARGET_RATIO * bare_per_page,
        ),
        Row("pages per second", f"{n / ours_s:.0f}", f"{n / bare_s:.0f}", "", "", True),
        Row(
            f"Mẫu 7-HSĐV register PDF, demo commune of {args.register_members:,} ({register_rows:,} on the rolls)",
            f"{register_pdf_s:.2f} s",
            "",
            "",
            "< 5 s",
            register_pdf_s < 5,
        ),
        Row(
            "  the same register, CPU time of this process",
            f"{register_cpu_s:.2f} s",
            "",
            "",
            "< 5 s",
            register_cpu_s < 5,
        ),
        Row("Mẫu 7-HSĐV register .xlsx, the same rows", f"{register_xlsx_s:.2f} s", "", "", "", True),
        Row("PDF size", f"{ours_bytes / 2**20:.1f} MB", f"{bare_bytes / 2**20:.1f} MB", "", "", True),
        Row(
            f"peak RSS at {quarter} / {n} pages",
            f"{small_mb:.1f} / {full_mb:.1f} MB",
            f"{bare_small:.1f} / {bare_full:.1f} MB",
            "",
            "",
            True,
        ),
        Row(
            "peak RSS added per page",
            f"{per_page_kb:.1f} KB",
            f"{bare_per_page_kb:.1f} KB",
            memory_ratio,
            f"<= {TARGET_PAGE_KB:g} KB",
            per_page_kb <= TARGET_PAGE_KB,
        ),
        Row("peak RSS of this run (timing)", f"{rss:.0f} MB", "", "", "< 300 MB", rss < 300),
        Row("font registration (once)", ms(registration), "", "", "", True),
    ]
    print_table("Forms: comment sheets (bench_forms)", rows)


if __name__ == "__main__":
    main()
