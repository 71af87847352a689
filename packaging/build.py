"""Build the onedir app with PyInstaller and report what came out.

    python packaging/build.py [--portable] [--check] [--dist DIR] [--work DIR]

Runs ``pyinstaller --noconfirm --clean build.spec`` (the spec compiles the translations itself), then prints the
build time and the folder's size. ``--portable`` puts the USB-stick marker (``portable.txt``) beside the
executables; ``--check`` first checks that every bundled resource made it into the folder (each data file under
``resources/``, a compiled .qm for each .ts, Qt's PDF module and the platform plugins) and stops with the list of
what is missing, then runs the frozen ``handbook --version``, ``SoTayDangVien --version`` and
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


SKIP_SUFFIXES = {".py", ".pyc", ".pyo"}


def expected_resources() -> list[str]:
    """Paths under ``_internal/`` that the build must hold: each data file of resources/, .ts as its .qm."""
    out = []
    resources = ROOT / "resources"
    for path in sorted(resources.rglob("*")):
        if path.is_dir() or "__pycache__" in path.parts or path.suffix in SKIP_SUFFIXES:
            continue
        rel = path.relative_to(ROOT).as_posix()
        out.append(rel[: -len(".ts")] + ".qm" if path.suffix == ".ts" else rel)
    return out


def qt_parts() -> dict[str, tuple[str, ...]]:
    """Qt files the app cannot print or show a window without, as glob patterns under ``_internal/``."""
    if os.name == "nt":
        platforms: tuple[str, ...] = ("**/platforms/qwindows.dll", "**/platforms/qoffscreen.dll")
        pdf: tuple[str, ...] = ("**/Qt6Pdf.dll", "**/Qt6PdfWidgets.dll")
    else:
        platforms = ("**/platforms/libqoffscreen.so",) + (
            ("**/platforms/libqxcb.so",) if sys.platform.startswith("linux") else ()
        )
        pdf = ("**/libQt6Pdf.so*", "**/libQt6PdfWidgets.so*") if sys.platform.startswith("linux") else ("**/QtPdf*",)
    return {"platform plugins": platforms, "the PDF preview (QtPdf)": pdf, "printing": ("**/*QtPrintSupport*",)}


def missing_from_build(app_dir: Path) -> list[str]:
    """Everything expected that the onedir folder lacks (empty when the build is whole)."""
    internal = app_dir / "_internal"
    missing = [rel for rel in expected_resources() if not (internal / rel).is_file()]
    missing += [
        f"{rel} (empty)"
        for rel in expected_resources()
        if (internal / rel).is_file() and not (internal / rel).stat().st_size
    ]
    for what, patterns in qt_parts().items():
        missing += [f"{pattern} ({what})" for pattern in patterns if not any(internal.glob(pattern))]
    for exe in (APP_NAME, CLI_NAME):
        if not (app_dir / (exe + EXE_SUFFIX)).is_file():
            missing.append(exe + EXE_SUFFIX)
    return missing


def check_contents(app_dir: Path) -> None:
    missing = missing_from_build(app_dir)
    if missing:
        sys.exit(f"the build in {app_dir} lacks {len(missing)} file(s) it must ship:\n  " + "\n  ".join(missing))
    print(f"contents: all {len(expected_resources())} resource files, Qt's PDF module and platform plugins present")


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
        check_contents(app_dir)
        smoke_check(app_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
