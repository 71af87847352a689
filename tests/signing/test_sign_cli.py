"""``handbook sign`` and ``handbook verify`` as subprocesses: exit codes and plain sentences in both languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult, write_secret
from tests.signing.conftest import P12_PASSWORD, SIGNER_CN, Pki, make_pdf

Cli = Callable[..., CliResult]


@pytest.fixture
def files(tmp_path: Path, small_pdf: bytes, pki: Pki, p12_path: Path) -> dict[str, str]:
    src = tmp_path / "cong-van.pdf"
    src.write_bytes(small_pdf)
    ca = tmp_path / "ca.pem"
    ca.write_bytes(pki.ca_pem)
    return {
        "src": str(src),
        "out": str(tmp_path / "cong-van-da-ky.pdf"),
        "ca": str(ca),
        "p12": str(p12_path),
        "pw": write_secret(tmp_path / "p12-pw.txt", P12_PASSWORD),
    }


def sign_args(f: dict[str, str], *extra: str) -> list[str]:
    return ["sign", f["src"], f["out"], "--p12", f["p12"], "--name", "Nguyễn Thị Hoà", *extra]


def test_sign_then_verify(cli: Cli, files: dict[str, str]) -> None:
    r = cli(*sign_args(files, "--p12-password-file", files["pw"], "--location", "Xã Tân An"))
    assert r.code == 0, r.err
    assert "Đã ký" in r.out and files["out"] in r.out
    assert Path(files["out"]).read_bytes().startswith(Path(files["src"]).read_bytes())

    v = cli("verify", files["out"], "--trust", files["ca"])
    assert v.code == 0, v.out + v.err
    assert f"Người ký: {SIGNER_CN}" in v.out
    assert "Thời điểm ký:" in v.out and "còn nguyên vẹn" in v.out and "không có thay đổi" in v.out
    assert "HỢP LỆ" in v.out

    en = cli("verify", files["out"], "--trust", files["ca"], "--lang", "en")
    assert en.code == 0 and f"Signed by: {SIGNER_CN}" in en.out and "Result: VALID" in en.out


def test_untrusted_exits_non_zero(cli: Cli, files: dict[str, str]) -> None:
    assert cli(*sign_args(files, "--p12-password-file", files["pw"])).code == 0
    v = cli("verify", files["out"])
    assert v.code == 1
    assert "CHƯA tin cậy" in v.out and "--trust" in v.out and "còn nguyên vẹn" in v.out


def test_tampered_exits_non_zero(cli: Cli, files: dict[str, str]) -> None:
    assert cli(*sign_args(files, "--p12-password-file", files["pw"])).code == 0
    out = Path(files["out"])
    out.write_bytes(out.read_bytes().replace(b"Hello signed world", b"Hello signed wor1d"))
    v = cli("verify", files["out"], "--trust", files["ca"], "--lang", "en")
    assert v.code == 1 and "NOT intact" in v.out and "Result: NOT VALID" in v.out


def test_unsigned_pdf(cli: Cli, files: dict[str, str]) -> None:
    v = cli("verify", files["src"])
    assert v.code == 1 and "không có chữ ký số" in v.out


def test_password_from_the_environment(cli: Cli, files: dict[str, str]) -> None:
    r = cli(*sign_args(files), env={"HANDBOOK_P12_PASSWORD": P12_PASSWORD})
    assert r.code == 0, r.err


def test_wrong_password_is_a_sentence(cli: Cli, files: dict[str, str], tmp_path: Path) -> None:
    wrong = write_secret(tmp_path / "wrong.txt", "sai-roi")
    r = cli(*sign_args(files, "--p12-password-file", wrong))
    assert r.code == 2
    assert "sai mật khẩu" in r.err and files["p12"] in r.err and "Traceback" not in r.err
    assert not Path(files["out"]).exists()
    en = cli(*sign_args(files, "--p12-password-file", wrong, "--lang", "en"))
    assert "wrong password" in en.err


def test_no_password_and_no_terminal(cli: Cli, files: dict[str, str]) -> None:
    r = cli(*sign_args(files), stdin="")
    assert r.code == 2 and "HANDBOOK_P12_PASSWORD" in r.err


def test_password_is_never_an_argument(cli: Cli, files: dict[str, str]) -> None:
    r = cli(*sign_args(files, "--p12-password", P12_PASSWORD))
    assert r.code == 2 and "unrecognized arguments" in r.err


def test_page_and_box_options(cli: Cli, files: dict[str, str], pki: Pki) -> None:
    Path(files["src"]).write_bytes(make_pdf(pages=2))
    r = cli(*sign_args(files, "--p12-password-file", files["pw"], "--page", "1", "--box", "72,60,290,130"))
    assert r.code == 0, r.err
    assert cli("verify", files["out"], "--trust", files["ca"]).code == 0
    bad_box = cli(*sign_args(files, "--p12-password-file", files["pw"], "--box", "1,2,3"))
    assert bad_box.code == 2 and "x1,y1,x2,y2" in bad_box.err
    bad_page = cli(*sign_args(files, "--p12-password-file", files["pw"], "--page", "5"))
    assert bad_page.code == 2 and "trang 5" in bad_page.err and "2 trang" in bad_page.err


def test_refuses_to_overwrite_the_input(cli: Cli, files: dict[str, str]) -> None:
    same = ["sign", files["src"], files["src"], "--p12", files["p12"], "--p12-password-file", files["pw"]]
    r = cli(*same, "--name", "X")
    assert r.code == 2 and "trùng với tệp gốc" in r.err


def test_missing_files_are_named(cli: Cli, files: dict[str, str], tmp_path: Path) -> None:
    missing = str(tmp_path / "khong-co.pdf")
    v = cli("verify", missing)
    assert v.code == 2 and missing in v.err
    bad_trust = tmp_path / "rac.pem"
    bad_trust.write_bytes(b"rubbish")
    v = cli("verify", files["src"], "--trust", str(bad_trust))
    assert v.code == 2 and str(bad_trust) in v.err
    not_pdf = tmp_path / "khong-phai.pdf"
    not_pdf.write_bytes(b"hello")
    v = cli("verify", str(not_pdf))
    assert v.code == 2 and str(not_pdf) in v.err and "PDF" in v.err


# What a signature never needs: the database, spreadsheets, PDF drawing, the GUI, the demo commune, the
# reference lists. Each of them once loaded with the message catalogue and cost a command-line signature time.
NOT_FOR_SIGNING = (
    "PySide6",
    "reportlab",
    "openpyxl",
    "sqlcipher3",
    "handbook.vault.vault",
    "handbook.demo.commune",
    "handbook.spreadsheet.columns",
    "handbook.reference.admin_units",
    "handbook.forms.layout",
)


def loaded_modules(import_log: str) -> set[str]:
    """Module names from ``-X importtime`` lines ("import time: self | cumulative | name")."""
    return {line.rsplit("|", 1)[1].strip() for line in import_log.splitlines() if line.startswith("import time:")}


def test_a_signature_loads_only_what_signing_needs(cli: Cli, files: dict[str, str]) -> None:
    r = cli(*sign_args(files, "--p12-password-file", files["pw"]), env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert r.code == 0, r.err
    loaded = loaded_modules(r.err)
    assert "pyhanko.sign.signers.pdf_signer" in loaded  # the log really lists what was imported
    heavy = sorted(m for m in loaded if any(m == bad or m.startswith(bad + ".") for bad in NOT_FOR_SIGNING))
    assert not heavy, heavy

    v = cli("verify", files["out"], "--trust", files["ca"], env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert v.code == 0, v.out
    heavy = sorted(
        m for m in loaded_modules(v.err) if any(m == bad or m.startswith(bad + ".") for bad in NOT_FOR_SIGNING)
    )
    assert not heavy, heavy
