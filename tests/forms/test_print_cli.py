"""``handbook print …`` as a subprocess: PDFs written where asked, refusals as one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from handbook.vault.vault import Vault
from tests.conftest import PASSWORD, CliResult
from tests.forms.commune_data import HEAD, build_printed
from tests.forms.pdftools import page_count, pdf_text, seal_png, signature_png


class Runner:
    def __init__(self, tmp_path: Path, root: str) -> None:
        self.tmp = tmp_path
        self.root = root
        self.password_file = tmp_path / "pw.txt"
        self.password_file.write_text(PASSWORD + "\n", encoding="utf-8")

    def __call__(self, *args: str, user: str = "truongban") -> CliResult:
        env = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_")}
        env["HANDBOOK_HOME"] = str(self.tmp / "home")
        argv = [
            sys.executable,
            "-m",
            "handbook",
            "print",
            args[0],
            self.root,
            *args[1:],
            "--user",
            user,
            "--password-file",
            str(self.password_file),
        ]
        proc = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, encoding="utf-8")
        return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def run(vault: Vault, tmp_path: Path) -> Runner:
    build_printed(vault)
    root = str(vault.paths.root)
    vault.close()
    return Runner(tmp_path, root)


def flat(path: Path, page: int | None = None) -> str:
    return " ".join(pdf_text(path.read_bytes(), page).split())


def test_print_comments(run: Runner, tmp_path: Path) -> None:
    out = tmp_path / "phieu.pdf"
    done = run("comments", "--year", "2025", "--out", str(out), user="chuyenvien")
    assert done.code == 0, done.err
    assert "Đã ghi 5 trang" in done.out and page_count(out.read_bytes()) == 5
    east = tmp_path / "dong.pdf"
    done = run(
        "comments",
        "--year",
        "2025",
        "--out",
        str(east),
        "--cell",
        "thon dong",
        "--state",
        "confirmed",
        "--state",
        "dispatched",
    )
    assert done.code == 0, done.err
    assert page_count(east.read_bytes()) == 2 and "Trần Thị Bình" in flat(east)
    cert = tmp_path / "xacnhan.pdf"
    done = run(
        "comments", "--year", "2025", "--out", str(cert), "--confirmation", "certificate", "--state", "confirmed"
    )
    assert done.code == 0 and page_count(cert.read_bytes()) == 2 and "GIẤY XÁC NHẬN" in flat(cert, 2)
    none = run("comments", "--year", "2019", "--out", str(tmp_path / "x.pdf"))
    assert none.code == 2 and "không có phiếu nào" in none.err and not (tmp_path / "x.pdf").exists()
    english = run("comments", "--year", "2019", "--out", str(tmp_path / "x.pdf"), "--lang", "en")
    assert "There is no sheet of 2019" in english.err


def test_print_dispatch_one_and_all(run: Runner, tmp_path: Path) -> None:
    out = tmp_path / "cv.pdf"
    done = run("dispatch", "--year", "2025", "--org", "1", "--out", str(out))
    assert done.code == 0, done.err
    assert "Công văn số 1-CV/BXDĐ" in done.out and "3 trang" in done.out and "Ô chữ ký số: trang 1" in done.out
    assert page_count(out.read_bytes()) == 3 and "Kính gửi: Đảng ủy Trường Cao đẳng Sư phạm tỉnh" in flat(out, 1)
    folder = tmp_path / "tat-ca"
    done = run("dispatch", "--year", "2025", "--all", "--out-dir", str(folder))
    assert done.code == 0, done.err
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["cong-van-1-cv-bxdd-dang-uy-truong-cao-dang-su-pham-tinh.pdf"]
    missing = run("dispatch", "--year", "2025", "--org", "2", "--out", str(tmp_path / "y.pdf"))
    assert missing.code == 2 and "chưa có công văn nào gửi trả Đảng ủy Bệnh viện Đa khoa tỉnh" in missing.err
    no_out = run("dispatch", "--year", "2025", "--dispatch", "1")
    assert no_out.code == 2 and "--out" in no_out.err
    other_year = run("dispatch", "--year", "2024", "--dispatch", "1", "--out", str(tmp_path / "z.pdf"))
    assert other_year.code == 2 and "thuộc năm 2025" in other_year.err


def test_print_letter_register_handover(run: Runner, tmp_path: Path) -> None:
    letter = tmp_path / "ggt.pdf"
    assert run("letter", "--registration", "1", "--out", str(letter)).code == 0
    assert "GIẤY GIỚI THIỆU" in flat(letter) and "Số 1-GT/ĐU" in flat(letter)
    block = tmp_path / "tiep-nhan.pdf"
    assert run("letter", "--registration", "1", "--out", str(block), "--endorsement").code == 0
    assert "Tiếp nhận ngày 05 tháng 3 năm 2024" in flat(block)
    reg213 = tmp_path / "so213.pdf"
    done = run("register", "--out", str(reg213), "--year", "2025", "--cell", "Chi bộ thôn Tây")
    assert done.code == 0, done.err
    assert "CHI BỘ THÔN TÂY – NĂM 2025" in flat(reg213) and "Nguyễn Văn An" not in flat(reg213)
    members = tmp_path / "so-dang-vien.pdf"
    assert run("register", "--out", str(members), user="thanhtra").code == 0
    assert "SỔ DANH SÁCH ĐẢNG VIÊN" in flat(members)
    record = tmp_path / "ban-giao.pdf"
    done = run("handover", "--cell", "thôn Bắc", "--out", str(record))
    assert done.code == 0, done.err
    assert "BIÊN BẢN BÀN GIAO" in flat(record)
    never = run("handover", "--cell", "thôn Đông", "--out", str(record))
    assert never.code == 2 and "không có biên bản bàn giao" in never.err


def test_signature_images_by_the_head_only(run: Runner, tmp_path: Path) -> None:
    sig, seal = tmp_path / "chu-ky.png", tmp_path / "dau.png"
    sig.write_bytes(signature_png())
    seal.write_bytes(seal_png())
    refused = run("images", "--position", "head", "--signature", str(sig), user="chuyenvien")
    assert refused.code == 4
    done = run("images", "--position", "head", "--signature", str(sig), "--seal", str(seal))
    assert done.code == 0 and HEAD in done.out
    out = tmp_path / "cv.pdf"
    assert run("dispatch", "--year", "2025", "--org", "1", "--out", str(out)).code == 0
    assert out.read_bytes().count(b"/Subtype /Image") >= 2
    assert run("images", "--position", "head", "--clear").code == 0
    assert run("dispatch", "--year", "2025", "--org", "1", "--out", str(out)).code == 0
    assert out.read_bytes().count(b"/Subtype /Image") == 0
    nothing = run("images", "--position", "head")
    assert nothing.code == 2 and "--signature" in nothing.err


def test_print_dispatch_signed_with_p12(run: Runner, tmp_path: Path) -> None:
    from handbook.signing.verify import all_ok, verify_pdf
    from tests.signing.conftest import make_pki

    pki = make_pki()
    p12 = tmp_path / "chu-ky.p12"
    p12.write_bytes(pki.p12("mat-khau-p12"))
    pw = tmp_path / "p12.txt"
    pw.write_text("mat-khau-p12\n", encoding="utf-8")
    out = tmp_path / "cv-ky.pdf"
    staff = run(
        "dispatch",
        "--year",
        "2025",
        "--org",
        "1",
        "--out",
        str(out),
        "--sign-p12",
        str(p12),
        "--p12-password-file",
        str(pw),
        user="chuyenvien",
    )
    assert staff.code == 4 and not out.exists()
    done = run(
        "dispatch",
        "--year",
        "2025",
        "--org",
        "1",
        "--out",
        str(out),
        "--sign-p12",
        str(p12),
        "--p12-password-file",
        str(pw),
    )
    assert done.code == 0, done.err
    assert "Đã ký số công văn 1-CV/BXDĐ" in done.out
    reports = verify_pdf(out.read_bytes(), [pki.ca_pem])
    assert all_ok(reports) and reports[0].intact
