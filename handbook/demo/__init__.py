"""A fictional commune in a real province, for trying the app and for benchmarks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handbook.lazy import lazy_names

if TYPE_CHECKING:
    from handbook.demo.commune import DemoSummary, build_demo_commune

__all__ = ["DEMO_PASSWORD", "DemoSummary", "build_demo_commune"]

# The demo accounts' password: here, so the GUI's start can offer the demo without loading the generator.
DEMO_PASSWORD = "sotay-demo-2026"


# Loaded on first use: the message catalogue imports ``handbook.demo.messages``, and a command that never builds a
# demo (``handbook sign``) must not pay for the demo's names and places.
__getattr__ = lazy_names(__name__, dict.fromkeys(("DemoSummary", "build_demo_commune"), "handbook.demo.commune"))
