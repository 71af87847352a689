"""A package's names loaded from their modules on first use (PEP 562), so importing the package costs nothing.

The message catalogue imports each area's ``messages`` module, which imports its package; a command that needs
none of the package's names (``handbook sign``) must not pay for loading them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name of ``homes`` is taken from its module when asked for."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(home), name)

    return __getattr__
