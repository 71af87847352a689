"""Developer entry point, standard library only: ``python3 dev.py run | test | bench``.

It makes ``.venv`` beside this file on first use, installs the project into it, then runs:
  run    the desktop app on the demo vault (created on first run); "run --cli" prints its status instead
  test   ruff, mypy and the whole pytest suite
  bench  the benchmarks (tables of measured vs target)

On Linux it also looks at what the system must give beside pip (tools/sysdeps.py): before "test", the few
libraries Qt's offscreen platform loads and SoftHSM2 for the signing tests, installed with apt-get when this user
may (saying so), otherwise the command is printed; before "run", the libraries of Qt's window plugin (xcb), with
the one apt-get command that adds them when any is missing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tools import sysdeps  # noqa: E402  (standard library only, beside this file)

VENV = HERE / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def sh(*args: str | Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run([str(a) for a in args], cwd=HERE, env=env)
    if result.returncode != 0:
        sys.exit(result.returncode)


def ensure_venv(extra: str = "") -> None:
    if not PY.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    marker = VENV / f".installed{extra or '-base'}"
    stamp = str((HERE / "pyproject.toml").stat().st_mtime)
    if not marker.exists() or marker.read_text() != stamp:
        sh(PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", f".{extra}")
        marker.write_text(stamp)


def prepare_system_for_tests() -> None:
    """Qt's offscreen libraries and SoftHSM2: installed when this user may, else the command to run is printed."""
    packages, unknown = sysdeps.packages_for(sysdeps.qt_missing(PY, "offscreen"))
    if unknown:
        print(f"Qt needs system libraries that this script does not know a package for: {', '.join(unknown)}")
    sysdeps.install(packages, "Qt's offscreen platform (used by the tests) needs system libraries")
    have_token = sysdeps.softhsm_module() is not None and sysdeps.softhsm_util() is not None
    if not have_token and not (
        sys.platform.startswith("linux")
        and sysdeps.install(["softhsm2"], "The signing tests need SoftHSM2, a software PKCS#11 token")
    ):
        print(sysdeps.SOFTHSM_HOWTO, flush=True)


def check_window_system() -> None:
    """Before opening a window on Linux: a display, and the libraries of Qt's xcb plugin; else one clear sentence."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print(
            "Không tìm thấy màn hình (biến DISPLAY chưa đặt) nên không mở được cửa sổ; dùng `python3 dev.py run --cli`."
            "\nNo screen was found (DISPLAY is not set), so no window can open; try `python3 dev.py run --cli`."
        )
        sys.exit(1)
    missing = sysdeps.qt_missing(PY, "xcb")
    if missing:
        packages, unknown = sysdeps.packages_for(missing)
        names = ", ".join(packages + unknown)
        print(
            f"Qt chưa mở được cửa sổ vì máy thiếu thư viện hệ thống: {names}.\n"
            f"Qt cannot open a window because the system lacks: {names}.\n"
            f"Cài bằng lệnh / install them with:\n    {sysdeps.apt_command(packages or unknown)}"
        )
        sys.exit(1)


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command == "run":
        ensure_venv()
        if "--cli" in rest:
            sh(PY, "-m", "handbook", "start", *[r for r in rest if r != "--cli"])
        else:
            check_window_system()
            sh(PY, "-m", "handbook", "gui", "--demo", *rest)
    elif command == "test":
        ensure_venv("[test]")
        prepare_system_for_tests()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        sh(PY, "-m", "ruff", "check", ".")
        sh(PY, "-m", "mypy")
        sh(PY, "-m", "pytest", *rest, env=env)
    elif command == "bench":
        ensure_venv()
        sh(PY, "-m", "bench", *rest)
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
