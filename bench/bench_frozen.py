"""The frozen build: onedir size and cold start to the unlock window, beside the same start from the source tree.

Run: ``python -m bench.bench_frozen`` (builds with packaging/build.py into a temporary folder, about a minute), or
``python -m bench.bench_frozen --dist dist`` to measure a build that is already there. Needs PyInstaller
(``pip install -e .[build]``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.table import Row, print_table
from handbook.vault import kdf
from handbook.vault.vault import Vault

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""
RUNS = 3
SIZE_TARGET_MB = 250
START_TARGET_S = 1.5


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def cold_start(argv: list[str], vault: Path, home: Path) -> float:
    """Median wall seconds of ``argv --self-check-start VAULT`` (the unlock window shown, then quit)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HANDBOOK_HOME": str(home)}
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        proc = subprocess.run(
            [*argv, "--self-check-start", str(vault)], capture_output=True, text=True, env=env, timeout=120
        )
        times.append(time.perf_counter() - start)
        if proc.returncode != 0 or "UnlockWindow shown=True" not in proc.stdout:
            raise SystemExit(f"{' '.join(argv)} did not show the unlock window:\n{proc.stdout}\n{proc.stderr}")
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--dist", type=Path, help="measure this existing dist/ folder instead of building")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        build_s = float("nan")
        if args.dist is None:
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "packaging" / "build.py"),
                    "--dist",
                    str(base / "dist"),
                    "--work",
                    str(base / "w"),
                ],
                check=True,
                capture_output=True,
            )
            build_s = time.perf_counter() - start
            dist = base / "dist"
        else:
            dist = args.dist
        app_dir = dist / "SoTayDangVien"
        vault_dir = base / "kho"
        created = Vault.create(
            vault_dir,
            committee_name="Đảng ủy xã Tân An",
            username="truongban",
            full_name="Nguyễn Thị Hoà",
            password="mat-khau-do",
            kdf_params=kdf.TEST_ONLY,  # the bench measures the window's start, not unlocking
        )
        created.vault.close()
        home = base / "home"
        frozen = cold_start([str(app_dir / f"SoTayDangVien{EXE}")], vault_dir, home)
        source = cold_start([sys.executable, "-m", "ui"], vault_dir, home)
        size = folder_mb(app_dir)
    rows = [
        Row("onedir folder size", f"{size:.0f} MB", "", "", f"< {SIZE_TARGET_MB} MB", size < SIZE_TARGET_MB),
        Row(
            f"cold start to the unlock window (median of {RUNS})",
            f"{frozen:.2f} s",
            f"{source:.2f} s from source",
            f"{frozen / source:.2f}×",
            f"< {START_TARGET_S} s",
            frozen < START_TARGET_S,
        ),
    ]
    if build_s == build_s:  # measured (not NaN)
        rows.append(Row("PyInstaller build", f"{build_s:.0f} s", "", "", "", True))
    print_table("Frozen build (PyInstaller onedir)", rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
