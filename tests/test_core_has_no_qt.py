"""The core must import and work with no Qt: import every module of handbook/ and look."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import handbook
for info in pkgutil.walk_packages(handbook.__path__, "handbook."):
    if info.name.endswith("__main__"):
        continue
    importlib.import_module(info.name)
bad = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")]
print("QT:" + ",".join(bad))
"""


def test_core_imports_without_qt() -> None:
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "QT:"
