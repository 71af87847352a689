"""``handbook library`` as a person runs it: a subprocess, plain sentences, exit codes, no tracebacks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from handbook.library.samples import make_docx, make_pdf
from tests.conftest import CliResult

PW = "mat-khau-truong-ban"
Cli = Callable[..., CliResult]


@pytest.fixture
def vault_dir(tmp_path: Path, cli: Cli) -> Path:
    root = tmp_path / "kho"
    r = cli("init", str(root), "--committee-name", "Đảng ủy xã Tân An", "--full-name", "Nguyễn Thị Hoà",
            "--insecure-test-kdf", password=PW)  # fmt: skip
    assert r.code == 0, r.err
    return root


def test_add_search_show_export(tmp_path: Path, cli: Cli, vault_dir: Path) -> None:
    pdf = tmp_path / "QD-213.pdf"
    pdf.write_bytes(make_pdf(["Điều 1. Phạm vi", "Điều 3. Đảng viên được miễn sinh hoạt nơi cư trú"]))
    r = cli("library", "add", str(vault_dir), str(pdf), "--title", "Quy định 213", "--number", "213-QĐ/TW",
            "--date", "02/01/2020", "--issuer", "Bộ Chính trị", "--type", "Quy định", "--tags", "213, cư trú",
            password=PW)  # fmt: skip
    assert r.code == 0, r.err
    assert 'Đã thêm "Quy định 213" (số 1, 2 trang).' in r.out

    r = cli("library", "search", str(vault_dir), "mien sinh hoat", password=PW)
    assert r.code == 0, r.err
    assert "[1] Quy định 213 — trang 2" in r.out
    assert "[miễn] [sinh] [hoạt]" in r.out

    r = cli("library", "list", str(vault_dir), "--year", "2020", password=PW)
    assert "213-QĐ/TW · 02/01/2020 · Bộ Chính trị · Còn hiệu lực" in r.out

    r = cli("library", "set", str(vault_dir), "1", "--replaced-by", "300-QĐ/TW", "--replaced-on", "01/06/2026",
            password=PW)  # fmt: skip
    assert r.code == 0, r.err
    r = cli("library", "show", str(vault_dir), "1", "--page", "2", "--lang", "en", password=PW)
    assert "Replaced by 300-QĐ/TW on 01/06/2026" in r.out
    assert "Điều 3." in r.out

    out = tmp_path / "ra.pdf"
    r = cli("library", "export", str(vault_dir), "1", str(out), password=PW)
    assert r.code == 0, r.err
    assert out.read_bytes() == pdf.read_bytes()


def test_a_folder_adds_what_it_can_and_says_what_it_skipped(tmp_path: Path, cli: Cli, vault_dir: Path) -> None:
    folder = tmp_path / "van-ban"
    folder.mkdir()
    (folder / "hd33.docx").write_bytes(make_docx(["Hướng dẫn 33 về Quy định 213"]))
    (folder / "gia.pdf").write_bytes(b"day khong phai PDF")
    (folder / "ghi-chu.txt").write_text("Ghi chú Đại hội", encoding="utf-8")
    (folder / "anh.jpg").write_bytes(b"\xff\xd8")
    r = cli("library", "add", str(vault_dir), str(folder), password=PW)
    assert r.code == 1
    assert 'Bỏ qua: Tệp "gia.pdf" không phải là tệp PDF' in r.out
    assert "Đã thêm 2 tệp; bỏ qua 1 tệp." in r.out
    assert "Traceback" not in r.err

    r = cli("library", "add", str(vault_dir), str(folder / "hd33.docx"), password=PW)
    assert r.code == 2
    assert 'Tệp này đã có trong thư viện: "hd33" (số 2)' in r.err


def test_refusals_are_sentences(tmp_path: Path, cli: Cli, vault_dir: Path) -> None:
    locked = tmp_path / "mat-khau.pdf"
    locked.write_bytes(make_pdf(["bí mật"], password="x"))
    r = cli("library", "add", str(vault_dir), str(locked), password=PW)
    assert r.code == 2 and "PDF có mật khẩu" in r.err and "Traceback" not in r.err
    r = cli("library", "search", str(vault_dir), "gi do", password=PW)
    assert r.code == 1 and 'Không tìm thấy "gi do"' in r.out
    r = cli("library", "show", str(vault_dir), "7", password=PW)
    assert r.code == 2 and "Không có văn bản số 7" in r.err
