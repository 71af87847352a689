"""``python -m bench`` runs every benchmark, each in its own process (so each reports its own memory peak)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import bench


def main() -> int:
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    failed = []
    for name in names:
        result = subprocess.run([sys.executable, "-m", f"bench.{name}"], check=False)
        if result.returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed to run: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
