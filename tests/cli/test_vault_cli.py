"""The command line as a person meets it: a subprocess, plain sentences, exit codes, no tracebacks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult, write_secret

PW = "mat-khau-truong-ban"
Cli = Callable[..., CliResult]


@pytest.fixture
def vault_dir(tmp_path: Path, cli: Cli) -> Path:
    root = tmp_path / "kho"
    r = cli(
        "init",
        str(root),
        "--committee-name",
        "Đảng ủy xã Tân An",
        "--full-name",
        "Nguyễn Thị Hoà",
        "--user",
        "truongban",
        "--insecure-test-kdf",
        password=PW,
    )
    assert r.code == 0, r.err
    assert "MÃ KHÔI PHỤC" in r.out
    return root


def recovery_code_from(out: str) -> str:
    lines = [ln.strip() for ln in out.splitlines()]
    return next(ln for ln in lines if ln.count("-") == 5 and len(ln) == 29)


def test_init_prints_recovery_code_once_and_refuses_overwrite(tmp_path: Path, cli: Cli) -> None:
    root = tmp_path / "moi"
    r = cli(
        "init",
        str(root),
        "--committee-name",
        "Đảng ủy phường Ba Đình",
        "--full-name",
        "Trần Văn An",
        "--insecure-test-kdf",
        password=PW,
    )
    assert r.code == 0 and "chép ra giấy" in r.out
    code = recovery_code_from(r.out)
    assert code not in "".join(p.read_text("latin-1") for p in root.rglob("*") if p.is_file())
    again = cli("init", str(root), "--committee-name", "X", "--full-name", "Y", "--insecure-test-kdf", password=PW)
    assert again.code != 0 and "không ghi đè" in again.err and "Traceback" not in again.err


def test_wrong_password_in_both_languages(vault_dir: Path, cli: Cli) -> None:
    r = cli("users", "list", str(vault_dir), password="sai-mat-khau")
    assert r.code != 0
    assert r.err.strip() == "Lỗi: Sai tên đăng nhập hoặc mật khẩu."
    r = cli("users", "list", str(vault_dir), "--lang", "en", password="sai-mat-khau")
    assert r.err.strip() == "Error: Wrong username or password."
    r = cli("users", "list", str(vault_dir), password="sai-mat-khau", env={"HANDBOOK_LANG": "en"})
    assert "Wrong username or password." in r.err
    r = cli("users", "list", str(vault_dir), "--user", "ai-do", password=PW)
    assert r.code != 0 and "Sai tên đăng nhập hoặc mật khẩu." in r.err


def test_password_from_environment_and_no_prompt_without_terminal(vault_dir: Path, cli: Cli) -> None:
    ok = cli("users", "list", str(vault_dir), env={"HANDBOOK_PASSWORD": PW})
    assert ok.code == 0 and "truongban" in ok.out
    none = cli("users", "list", str(vault_dir))
    assert none.code != 0 and "--password-file" in none.err and "Traceback" not in none.err


def test_users_add_by_head_refused_for_staff(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    newpw = write_secret(tmp_path / "new.txt", "mat-khau-chuyen-vien")
    r = cli(
        "users",
        "add",
        str(vault_dir),
        "--username",
        "chuyenvien",
        "--full-name",
        "Lê Văn Bình",
        "--role",
        "staff",
        "--new-password-file",
        newpw,
        password=PW,
    )
    assert r.code == 0, r.err
    listing = cli("users", "list", str(vault_dir), "--user", "truongban", password=PW)
    assert "chuyenvien | Lê Văn Bình | Chuyên viên" in listing.out
    refused = cli(
        "users",
        "add",
        str(vault_dir),
        "--user",
        "chuyenvien",
        "--username",
        "x2",
        "--full-name",
        "X",
        "--role",
        "head",
        "--new-password-file",
        newpw,
        password="mat-khau-chuyen-vien",
    )
    assert refused.code == 4
    assert "Chuyên viên không được phép quản lý tài khoản" in refused.err
    bad_role = cli(
        "users",
        "add",
        str(vault_dir),
        "--user",
        "truongban",
        "--username",
        "x3",
        "--full-name",
        "X",
        "--role",
        "boss",
        "--new-password-file",
        newpw,
        password=PW,
    )
    assert bad_role.code == 2 and 'Vai trò "boss" không có' in bad_role.err


def test_passwd_and_recover(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    newpw = write_secret(tmp_path / "n1.txt", "mat-khau-moi-123")
    assert cli("passwd", str(vault_dir), "--new-password-file", newpw, password=PW).code == 0
    assert cli("check", str(vault_dir), password=PW).code == 3
    assert cli("check", str(vault_dir), password="mat-khau-moi-123").code == 0


def test_recover_with_code(tmp_path: Path, cli: Cli) -> None:
    root = tmp_path / "k2"
    r = cli(
        "init",
        str(root),
        "--committee-name",
        "Đảng ủy xã A",
        "--full-name",
        "Trần B",
        "--insecure-test-kdf",
        password=PW,
    )
    code_file = write_secret(tmp_path / "code.txt", recovery_code_from(r.out).lower())
    newpw = write_secret(tmp_path / "n2.txt", "quen-mat-khau-roi")
    rec = cli(
        "recover",
        str(root),
        "--username",
        "truongban",
        "--recovery-code-file",
        code_file,
        "--new-password-file",
        newpw,
    )
    assert rec.code == 0, rec.err
    assert cli("check", str(root), password="quen-mat-khau-roi").code == 0
    bad = write_secret(tmp_path / "bad.txt", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    rec2 = cli(
        "recover",
        str(root),
        "--username",
        "truongban",
        "--recovery-code-file",
        bad,
        "--new-password-file",
        newpw,
    )
    assert rec2.code != 0 and "Mã khôi phục không đúng" in rec2.err


def test_check_backup_restore(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    ok = cli("check", str(vault_dir), password=PW)
    assert ok.code == 0 and "nguyên vẹn" in ok.out
    out = tmp_path / "sao-luu.sotaybak"
    b = cli("backup", str(vault_dir), str(out), password=PW)
    assert b.code == 0 and out.exists()
    target = tmp_path / "khoi-phuc"
    r = cli("restore", str(out), str(target), password=PW)
    assert r.code == 0, r.err
    assert cli("check", str(target), password=PW).code == 0
    again = cli("restore", str(out), str(target), password=PW)
    assert again.code != 0 and "--replace" in again.err
    replaced = cli("restore", str(out), str(target), "--replace", password=PW)
    assert replaced.code == 0 and "giữ nguyên tại" in replaced.out


def test_damaged_database_points_to_backup_without_traceback(vault_dir: Path, cli: Cli) -> None:
    assert cli("backup", str(vault_dir), str(vault_dir / "backups" / "a.sotaybak"), password=PW).code == 0
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    for pos in range(200, len(data), 997):
        data[pos] ^= 0xFF
    db.write_bytes(bytes(data))
    r = cli("check", str(vault_dir), password=PW)
    assert r.code != 0
    assert "Traceback" not in r.err + r.out
    assert "a.sotaybak" in r.err + r.out
    assert {"backups", "keys.json", "vault.db"} <= {p.name for p in vault_dir.iterdir()}


def test_tampered_page_found_by_check(vault_dir: Path, cli: Cli) -> None:
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 300] ^= 0x01  # the last page: the header page still opens
    db.write_bytes(bytes(data))
    r = cli("check", str(vault_dir), password=PW)
    assert r.code != 0 and "Traceback" not in r.err + r.out


def test_settings_and_audit(vault_dir: Path, cli: Cli) -> None:
    r = cli("settings", "set", str(vault_dir), "session.autolock_minutes", "15", password=PW)
    assert r.code == 0, r.err
    bad = cli("settings", "set", str(vault_dir), "session.autolock_minutes", "mười", password=PW)
    assert bad.code == 2 and "không phải là số" in bad.err
    log = cli("audit", str(vault_dir), password=PW)
    assert "settings.set" in log.out and "vault.create" in log.out


def test_version_and_module_entry(cli: Cli) -> None:
    r = cli("--version")
    assert r.code == 0 and "Sổ tay Đảng viên" in r.out


def test_start_creates_and_reopens_demo(cli: Cli, tmp_path: Path) -> None:
    first = cli("start", "--insecure-test-kdf")
    assert first.code == 0, first.err
    assert "kho dữ liệu mẫu" in first.out and "sotay-demo-2026" in first.out
    second = cli("start")
    assert second.code == 0 and "Đã có kho dữ liệu mẫu" in second.out
    demo = cli("demo", str(tmp_path / "demo2"), "--insecure-test-kdf", password="mat-khau-demo")
    assert demo.code == 0
    listing = cli("users", "list", str(tmp_path / "demo2"), "--user", "chuyenvien", password="mat-khau-demo")
    assert "photruongban" in listing.out and "được ký thay" in listing.out


def test_users_set_delegation(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    newpw = write_secret(tmp_path / "p.txt", "mat-khau-pho-ban")
    assert (
        cli(
            "users",
            "add",
            str(vault_dir),
            "--username",
            "pho",
            "--full-name",
            "Trần Phó",
            "--role",
            "deputy",
            "--new-password-file",
            newpw,
            password=PW,
        ).code
        == 0
    )
    r = cli(
        "users",
        "set",
        str(vault_dir),
        "--user",
        "truongban",
        "--username",
        "pho",
        "--may-sign-for-head",
        "yes",
        password=PW,
    )
    assert r.code == 0 and "được ký thay" in r.out
    refused = cli(
        "users",
        "set",
        str(vault_dir),
        "--user",
        "pho",
        "--username",
        "pho",
        "--role",
        "head",
        password="mat-khau-pho-ban",
    )
    assert refused.code == 4


def test_disabling_an_account_revokes_its_password_and_says_so(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    newpw = write_secret(tmp_path / "cv.txt", "mat-khau-chuyen-vien")
    add = cli("users", "add", str(vault_dir), "--username", "cv", "--full-name", "Lê Văn Bình", "--role", "staff",
              "--new-password-file", newpw, password=PW)  # fmt: skip
    assert add.code == 0, add.err
    r = cli("users", "set", str(vault_dir), "--user", "truongban", "--username", "cv", "--active", "no", password=PW)
    assert r.code == 0, r.err
    assert "Đã thay khóa dữ liệu" in r.out and "bản sao lưu làm trước lúc này vẫn mở được" in r.out
    assert cli("status", str(vault_dir), "--user", "cv", password="mat-khau-chuyen-vien").code == 3
    assert cli("check", str(vault_dir), "--user", "truongban", password=PW).code == 0


def test_check_names_data_older_than_its_witness_and_accepts_it(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    import shutil

    shutil.copy(vault_dir / "vault.db", tmp_path / "old.db")
    assert cli("settings", "set", str(vault_dir), "session.autolock_minutes", "15", password=PW).code == 0
    shutil.copy(tmp_path / "old.db", vault_dir / "vault.db")
    r = cli("check", str(vault_dir), password=PW)
    assert r.code == 6 and "Dữ liệu cũ hơn" in r.out and "Dữ liệu cũ hơn" in r.err  # open warns, check fails
    accepted = cli("check", str(vault_dir), "--accept-current", password=PW)
    assert accepted.code == 0 and "Đã ghi nhận dữ liệu hiện tại" in accepted.out
