"""The PyInstaller build (build.spec): it builds, and the frozen programs work end to end.

Builds once into a temporary folder with ``packaging/build.py`` (about 30-60 s here), then runs the frozen
``handbook`` and ``SoTayDangVien`` the way a user would: versions, the first window offscreen, a new vault and
its integrity check, a demo vault printed to PDF with the bundled fonts, a PDF signed with a .p12 (pyHanko,
HarfBuzz, fontTools, the Noto stamp font) and verified, and portable mode (data beside the executable).
Skipped only when PyInstaller is not installed (``pip install -e .[build]``).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from handbook import __version__

pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e .[build])")

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""
# A windowed (GUI-subsystem) Windows program may get no stdout at all; there only its exit code speaks.
WINDOWED_SILENT = os.name == "nt"
PASSWORD = "mat-khau-thu-nghiem"
DEMO_PASSWORD = "sotay-demo-2026"  # handbook.demo.DEMO_PASSWORD, typed as a user would


@dataclass(frozen=True)
class Frozen:
    folder: Path
    build_seconds: float

    @property
    def cli(self) -> Path:
        return self.folder / f"handbook{EXE}"

    @property
    def gui(self) -> Path:
        return self.folder / f"SoTayDangVien{EXE}"

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str
    seconds: float


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Frozen]:
    base = tmp_path_factory.mktemp("pyinstaller")
    start = time.perf_counter()
    script = str(ROOT / "packaging" / "build.py")
    build = [sys.executable, script, "--dist", str(base / "dist"), "--work", str(base / "work")]
    proc = subprocess.run(
        build,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=900,
    )
    seconds = time.perf_counter() - start
    assert proc.returncode == 0, f"PyInstaller build failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-8000:]}"
    print(f"\nPyInstaller build: {seconds:.0f} s; {proc.stdout.strip().splitlines()[-1]}")
    yield Frozen(base / "dist" / "SoTayDangVien", seconds)
    shutil.rmtree(base, ignore_errors=True)  # ~200 MB


def clean_env(home: Path | None, **extra: str) -> dict[str, str]:
    """The environment without HANDBOOK_* and with every per-user folder pointed into the test's tmp dir."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if home is not None:
        env["HANDBOOK_HOME"] = str(home)
    env.update(extra)
    return env


def run(exe: Path, *args: str, env: dict[str, str], cwd: Path | None = None) -> Run:
    start = time.perf_counter()
    proc = subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        cwd=cwd,
        timeout=180,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - start)


def write_secret(path: Path, text: str) -> str:
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_folder_layout(frozen: Frozen) -> None:
    assert frozen.cli.is_file() and frozen.gui.is_file()
    res = frozen.internal / "resources"
    for pattern in ("fonts/LiberationSerif-*.ttf", "fonts/NotoSerif-*.ttf", "fonts/LICENSE-*", "rules/*.json"):
        assert list(res.glob(pattern)), pattern
    assert (res / "reference" / "admin_units_2025.json").is_file()
    assert list((res / "reference").glob("LICENSE-*"))
    qms = {p.name for p in (res / "translations").glob("*.qm")}
    assert {"sotay_en.qm", "qt_vi.qm"} <= qms and not list((res / "translations").glob("*.ts"))
    assert all(p.stat().st_size > 0 for p in (res / "translations").glob("*.qm"))
    # Unused Qt stays out (the app is widgets + print support + PDF + the charts of Tổng quan).
    names = {p.name.lower() for p in frozen.internal.rglob("*")}
    for unwanted in ("qtwebenginecore", "qt3dcore", "qtquick", "qtqml", "qtmultimedia", "qtsql"):
        assert not any(n.startswith((unwanted, f"qt6{unwanted[2:]}", f"libqt6{unwanted[2:]}")) for n in names), unwanted
    assert any("qtpdf" in n for n in names) and any("qtprintsupport" in n for n in names)
    assert not any(n.startswith(("tkinter", "_tkinter", "pytest")) for n in names)


def test_versions(frozen: Frozen, tmp_path: Path) -> None:
    env = clean_env(tmp_path / "home")
    cli = run(frozen.cli, "--version", env=env)
    assert cli.code == 0, cli.err
    assert cli.out.strip() == f"Sổ tay Đảng viên {__version__}"
    gui = run(frozen.gui, "--version", env=env)
    assert gui.code == 0, gui.err
    assert gui.out.strip() == f"Sổ tay Đảng viên {__version__}" or (WINDOWED_SILENT and not gui.out)


def test_gui_shows_first_window_offscreen(frozen: Frozen, tmp_path: Path) -> None:
    env = clean_env(tmp_path / "home")
    first = run(frozen.gui, "--self-check-start", env=env)
    assert first.code == 0, first.out + first.err  # exit 1: no window shown
    assert "shown=True" in first.out or (WINDOWED_SILENT and not first.out)
    english = run(frozen.gui, "--self-check-start", "--lang", "en", env=env)
    assert english.code == 0, english.out + english.err
    print(f"\nfrozen GUI to first window: {first.seconds:.2f} s wall ({first.out.strip()})")


def test_cli_new_vault_and_check(frozen: Frozen, tmp_path: Path) -> None:
    env = clean_env(tmp_path / "home")
    pw = write_secret(tmp_path / "pw.txt", PASSWORD)
    vault = tmp_path / "kho"
    made = run(
        frozen.cli,
        "init",
        str(vault),
        "--committee-name",
        "Đảng ủy xã Tân An",
        "--full-name",
        "Nguyễn Thị Hoà",
        "--insecure-test-kdf",
        "--password-file",
        pw,
        env=env,
    )
    assert made.code == 0, made.err
    assert "MÃ KHÔI PHỤC" in made.out  # the message catalogue shipped (not bare message ids)
    checked = run(frozen.cli, "check", str(vault), "--password-file", pw, env=env)
    assert checked.code == 0, checked.err
    assert "Kho dữ liệu nguyên vẹn" in checked.out
    english = run(frozen.cli, "check", str(vault), "--password-file", pw, "--lang", "en", env=env)
    assert english.code == 0 and "Traceback" not in english.err
    wrong = run(frozen.cli, "check", str(vault), "--password-file", write_secret(tmp_path / "x.txt", "sai"), env=env)
    assert wrong.code != 0 and wrong.err.strip() == "Lỗi: Sai tên đăng nhập hoặc mật khẩu."
    # The database really is SQLCipher-encrypted: no SQLite header on disk.
    db_files = [p for p in vault.rglob("*") if p.is_file() and p.read_bytes()[:16] == b"SQLite format 3\x00"]
    assert db_files == []


def test_cli_demo_print_sign_verify(frozen: Frozen, tmp_path: Path) -> None:
    from tests.signing.conftest import make_pki

    env = clean_env(tmp_path / "home", HANDBOOK_PASSWORD=DEMO_PASSWORD, HANDBOOK_USER="truongban")
    vault = tmp_path / "kho-mau"
    demo = run(frozen.cli, "demo", str(vault), "--members", "50", "--insecure-test-kdf", env=env)
    assert demo.code == 0, demo.err
    assert "50 đảng viên" in demo.out
    # The bundled Liberation Serif, not whatever Times New Roman this machine may have.
    chosen = run(frozen.cli, "settings", "set", str(vault), "forms.font", "liberation", env=env)
    assert chosen.code == 0, chosen.err
    pdf = tmp_path / "phieu.pdf"
    year = str(dt.date.today().year)  # the demo's cases are in the current year
    printed = run(frozen.cli, "print", "comments", str(vault), "--year", year, "--out", str(pdf), env=env)
    assert printed.code == 0, printed.err
    assert "Đã ghi" in printed.out and "trang" in printed.out
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"LiberationSerif" in data

    pki = make_pki()
    p12 = tmp_path / "chu-ky.p12"
    p12.write_bytes(pki.p12("mat-khau-p12"))
    ca = tmp_path / "ca.pem"
    ca.write_bytes(pki.ca_pem)
    signed = tmp_path / "phieu-ky.pdf"
    sign_args = ["--p12", str(p12), "--p12-password-file", write_secret(tmp_path / "p12.txt", "mat-khau-p12")]
    done = run(frozen.cli, "sign", str(pdf), str(signed), *sign_args, "--name", "Nguyễn Thị Hoà", env=env)
    assert done.code == 0, done.err
    assert b"NotoSerif" in signed.read_bytes()  # the stamp font came from resources/fonts
    verified = run(frozen.cli, "verify", str(signed), "--trust", str(ca), env=env)
    assert verified.code == 0, verified.out + verified.err
    assert "HỢP LỆ" in verified.out


def test_portable_mode_keeps_data_beside_the_program(frozen: Frozen, tmp_path: Path) -> None:
    marker = frozen.folder / "portable.txt"
    data = frozen.folder / "data"
    user_dirs = {"HOME": tmp_path / "user", "XDG_DATA_HOME": tmp_path / "xdg", "LOCALAPPDATA": tmp_path / "local"}
    env = clean_env(None, **{k: str(v) for k, v in user_dirs.items()}, USERPROFILE=str(tmp_path / "user"))
    shutil.copyfile(ROOT / "packaging" / "portable.txt", marker)
    try:
        started = run(frozen.cli, "start", "--insecure-test-kdf", env=env, cwd=tmp_path)
        assert started.code == 0, started.err
        assert (data / "kho-mau" / "keys.json").is_file()
        shown = run(frozen.gui, "--self-check-start", env=env, cwd=tmp_path)
        assert shown.code == 0, shown.out + shown.err
        assert not any(p.exists() and any(p.iterdir()) for p in user_dirs.values())
    finally:
        marker.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)
    # Without the marker: the per-user folder.
    started = run(frozen.cli, "start", "--insecure-test-kdf", env=env, cwd=tmp_path)
    assert started.code == 0, started.err
    assert not data.exists()
    expected = tmp_path / ("local/SoTayDangVien" if os.name == "nt" else "xdg/sotay-dangvien")
    assert (expected / "kho-mau" / "keys.json").is_file()


def _build_module() -> Any:
    spec = importlib.util.spec_from_file_location("packaging_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_check_finds_every_resource_and_names_a_missing_one(frozen: Frozen, tmp_path: Path) -> None:
    build = _build_module()
    assert build.missing_from_build(frozen.folder) == []
    expected = build.expected_resources()
    assert "resources/translations/sotay_en.qm" in expected and any(p.startswith("resources/rules/") for p in expected)
    victim = frozen.internal / "resources" / "rules" / sorted(p for p in expected if "/rules/" in p)[0].split("/")[-1]
    aside = tmp_path / victim.name
    shutil.move(victim, aside)
    try:
        missing = build.missing_from_build(frozen.folder)
        assert missing == [victim.relative_to(frozen.internal).as_posix()]
        with pytest.raises(SystemExit) as stopped:
            build.check_contents(frozen.folder)
        assert victim.name in str(stopped.value) and "lacks 1 file" in str(stopped.value)
    finally:
        shutil.move(aside, victim)
