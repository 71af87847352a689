"""Where the app keeps its own files on this PC (per user, or beside the program in portable mode)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PORTABLE_MARKER = "portable.txt"


def app_home() -> Path:
    """``HANDBOOK_HOME`` if set; portable mode (marker beside the executable); else the user data dir."""
    env = os.environ.get("HANDBOOK_HOME")
    if env:
        return Path(env)
    if getattr(sys, "frozen", False):
        exe_dir = Path(sys.executable).resolve().parent
        if (exe_dir / PORTABLE_MARKER).exists():
            return exe_dir / "data"
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "SoTayDangVien"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "sotay-dangvien"


def demo_vault_path() -> Path:
    return app_home() / "kho-mau"
