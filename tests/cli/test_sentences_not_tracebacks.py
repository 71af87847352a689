"""Each way the command line used to end in a traceback now ends in one sentence (issue 10, items 5 and 6)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import CliResult, create_vault
from tests.spreadsheet.sheets import write_xlsx

PW = "mat-khau-thu-nghiem"  # create_vault's password
Cli = Callable[..., CliResult]
OTHER_UID = 65534  # "nobody": as root, the only way to meet a permission the way a user does


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    create_vault(tmp_path / "kho").vault.close()
    return tmp_path / "kho"


def test_a_password_file_that_is_not_utf8(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    pw = tmp_path / "pw.txt"
    pw.write_bytes("mật-khẩu-cũ\n".encode("utf-16-le"))  # Notepad's "Unicode", no BOM
    r = cli("status", str(vault_dir), "--password-file", str(pw))
    assert r.code == 2 and "Traceback" not in r.err
    assert "không phải văn bản UTF-8" in r.err and str(pw) in r.err


def test_a_csv_cell_longer_than_the_csv_module_allows(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text('Họ và tên,Năm sinh\nNguyễn Văn An,1970\n"' + "x" * 140_000 + "\n", encoding="utf-8")
    r = cli("members", "import", str(vault_dir), str(path), password=PW)
    assert r.code == 2 and "Traceback" not in r.err
    assert "131.072 ký tự" in r.err and "dòng 3" in r.err


def test_a_name_of_30000_characters_is_refused_with_the_limit(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ds.xlsx", [["Họ và tên", "Năm sinh"], ["Nguyễn Văn " + "A" * 30_000, 1970]])
    r = cli("members", "import", str(vault_dir), str(path), password=PW)
    assert r.code == 2 and "Traceback" not in r.err
    assert "quá mức cho phép (50 ký tự)" in r.out + r.err


def test_backup_into_a_folder_that_does_not_exist(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    for out in (tmp_path / "khong-co" / "bak.sotaybak", str(tmp_path / "khong-co") + "/"):
        r = cli("backup", str(vault_dir), str(out), password=PW)
        assert r.code == 2 and "Traceback" not in r.err
        assert "Không có thư mục" in r.err and "khong-co" in r.err
    assert not (tmp_path / "khong-co").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_exports_are_readable_by_their_owner_only(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    for name in ("ds.xlsx", "ds.csv"):
        r = cli("members", "export", str(vault_dir), str(tmp_path / name), password=PW)
        assert r.code == 0, r.err
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


# --- a folder this computer account may not read, or may not write ---------------------------------------


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another account can reach (pytest's tmp_path is private to this one)."""
    d = Path(tempfile.mkdtemp(prefix="sotay-perm-"))
    d.chmod(0o755)
    yield d
    for p in [d, *d.rglob("*")]:
        if p.is_dir():
            p.chmod(0o755)
    shutil.rmtree(d, ignore_errors=True)


# As root, when the interpreter lives where "nobody" may not go (a Python under /root, say), the command starts
# as root, loads the program, then becomes "nobody" before it touches the vault.
_AS_NOBODY = """
import encodings, importlib, os, pkgutil, runpy, sys
import handbook
for found in pkgutil.walk_packages(handbook.__path__, "handbook."):
    if not found.name.endswith("__main__"):
        importlib.import_module(found.name)
for found in pkgutil.iter_modules(encodings.__path__, "encodings."):
    try:
        importlib.import_module(found.name)
    except ImportError:  # a codec of another platform
        pass
os.setgroups([])
os.setgid({uid})
os.setuid({uid})
sys.argv = ["handbook", *sys.argv[1:]]
runpy.run_module("handbook", run_name="__main__", alter_sys=True)
"""


def _interpreter_reachable_by(uid: int) -> bool:
    try:
        subprocess.run([sys.executable, "-c", ""], user=uid, timeout=60, capture_output=True, check=True)
    except (PermissionError, subprocess.CalledProcessError):
        return False
    return True


def run_as_user(root: Path, *args: str) -> CliResult:
    """The CLI as an ordinary account: this one when not root, else "nobody" (root ignores permissions)."""
    pw = root.parent / "pw.txt"
    pw.write_text(PW + "\n", encoding="utf-8")
    pw.chmod(0o644)
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_")}
    env["HANDBOOK_HOME"] = str(root.parent / "home")
    command = [*args, str(root), "--password-file", str(pw)]
    if os.geteuid() != 0:
        program, user = [sys.executable, "-m", "handbook"], None
    elif _interpreter_reachable_by(OTHER_UID):
        program, user = [sys.executable, "-m", "handbook"], OTHER_UID
    else:
        program, user = [sys.executable, "-c", _AS_NOBODY.format(uid=OTHER_UID)], None
    proc = subprocess.run(
        [*program, *command],
        capture_output=True, text=True, env=env, timeout=120, encoding="utf-8", user=user, cwd=root.parent,
    )  # fmt: skip
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def give_away(root: Path) -> None:
    if os.geteuid() == 0:
        for p in [root, *root.rglob("*")]:
            os.chown(p, OTHER_UID, OTHER_UID)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_vault_folder_this_account_may_not_read(shared_dir: Path) -> None:
    root = shared_dir / "kho"
    create_vault(root).vault.close()
    if os.geteuid() != 0:
        root.chmod(0o000)
    r = run_as_user(root, "status")  # as root the folder stays root's 0700: "nobody" may not enter it
    assert r.code == 5 and "Traceback" not in r.err, r.err
    assert "không có quyền đọc" in r.err and "bị hỏng" not in r.err.replace("không bị hỏng", "")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_vault_folder_is_not_called_damaged(shared_dir: Path) -> None:
    root = shared_dir / "kho"
    create_vault(root).vault.close()
    give_away(root)
    for p in root.iterdir():
        if p.is_file():
            p.chmod(0o444)
    root.chmod(0o555)
    r = run_as_user(root, "status")
    assert r.code == 5 and "Traceback" not in r.err, r.err
    assert "chỉ cho đọc" in r.err and "không cần khôi phục" in r.err
    assert "restore" not in r.err.replace("no restore", "") and "khôi phục từ" not in r.err
