"""Developer entry point, standard library only: ``python3 dev.py run | test | bench``.

It makes ``.venv`` beside this file on first use, installs the project into it, then runs:
  run    the desktop app on the demo vault (created on first run); "run --cli" prints its status instead
  test   ruff, mypy and the whole pytest suite
  bench  the benchmarks (tables of measured vs target)
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
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


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command == "run":
        ensure_venv()
        if "--cli" in rest:
            sh(PY, "-m", "handbook", "start", *[r for r in rest if r != "--cli"])
        else:
            sh(PY, "-m", "handbook", "gui", "--demo", *rest)
    elif command == "test":
        ensure_venv("[test]")
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
