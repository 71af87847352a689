"""A fictional commune in a real province, for trying the app and for benchmarks."""

from __future__ import annotations

from handbook.demo.commune import DemoSummary, build_demo_commune

__all__ = ["DemoSummary", "build_demo_commune"]
