"""Build the onedir app with PyInstaller and report what came out.

    python packaging/build.py [--portable] [--check] [--dist DIR] [--work DIR]

Runs ``pyinstaller --noconfirm --clean build.spec`` (the spec compiles the translations itself), then prints the
build time and the folder's size. ``--portable`` puts the USB-stick marker (``portable.txt``) beside the
executables; ``--check`` runs the frozen ``handbook --version``, ``SoTayDangVien --version`` and
``SoTayDangVien --self-check-start`` (offscreen, with a throwaway HANDBOOK_HOME).

Needs PyInstaller in the interpreter that runs this script: ``pip install -e .[build]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "SoTayDangVien"
CLI_NAME = "handbook"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> float:
    """Run PyInstaller on build.spec; the seconds it took. Raises CalledProcessError on failure."""
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "build.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def make_portable(app_dir: Path) -> Path:
    marker = app_dir / "portable.txt"
    shutil.copyfile(ROOT / "packaging" / "portable.txt", marker)
    return marker


def smoke_check(app_dir: Path) -> None:
    """The frozen programs start: versions, and the first window offscreen."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HANDBOOK_HOME": home}
        for argv in (
            [CLI_NAME, "--version"],
            [APP_NAME, "--version"],
            [APP_NAME, "--self-check-start"],
        ):
            exe = app_dir / (argv[0] + EXE_SUFFIX)
            start = time.perf_counter()
            proc = subprocess.run(
                [str(exe), *argv[1:]], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120
            )
            took = time.perf_counter() - start
            shown = (proc.stdout or proc.stderr).strip().splitlines()
            print(f"{' '.join(argv)}: exit {proc.returncode} in {took:.2f} s: {shown[-1] if shown else ''}")
            if proc.returncode != 0:
                sys.exit(f"frozen {' '.join(argv)} failed:\n{proc.stdout}\n{proc.stderr}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    p.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (default: build/)")
    p.add_argument("--portable", action="store_true", help="add portable.txt: data beside the program (USB stick)")
    p.add_argument("--check", action="store_true", help="run the frozen programs' self-checks after building")
    args = p.parse_args(argv)

    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is not installed here: pip install -e .[build]")

    seconds = build(args.dist.resolve(), args.work.resolve())
    app_dir = args.dist.resolve() / APP_NAME
    print(f"built {app_dir} in {seconds:.0f} s; {folder_size(app_dir) / 2**20:.0f} MiB")
    if args.portable:
        print(f"portable mode: {make_portable(app_dir)}")
    if args.check:
        smoke_check(app_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
