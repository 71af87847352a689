"""A fictional commune in a real province, for trying the app and for benchmarks."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from handbook.demo.commune import DemoSummary, build_demo_commune

__all__ = ["DemoSummary", "build_demo_commune"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the message catalogue imports ``handbook.demo.messages``, and a command that never
    # builds a demo (``handbook sign``) must not pay for the demo's names and places.
    if name in __all__:
        return getattr(importlib.import_module("handbook.demo.commune"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
