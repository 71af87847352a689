"""Printing benchmark results as one plain table, and small timing helpers."""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    what: str
    measured: str
    baseline: str
    ratio: str
    target: str
    ok: bool


def median_time(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def print_table(title: str, rows: list[Row]) -> None:
    headers = ("measure", "measured", "baseline", "ratio", "target", "ok")
    cells = [headers] + [(r.what, r.measured, r.baseline, r.ratio, r.target, "yes" if r.ok else "NO") for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(headers))]
    print(f"\n{title}")
    for n, c in enumerate(cells):
        print("  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)))
        if n == 0:
            print("  ".join("-" * w for w in widths))
