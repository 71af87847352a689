"""Where to save a bundle: the save dialog every exchange screen asks with, the .sotay ending added if left off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.widgets.dialogs import Dialogs

SUFFIX = ".sotay"


def ask_bundle_path(dialogs: Dialogs, parent: QWidget | None, title: str, name: str) -> Path | None:
    """The file the person chose for a bundle (suggested ``name`` in their home folder), or None if they cancelled."""
    out = dialogs.save_file(
        parent, title, Path.home() / name, QCoreApplication.translate("BundleFile", "Tệp trao đổi (*.sotay)")
    )
    if out is None:
        return None
    return out if out.suffix.lower() == SUFFIX else out.with_name(out.name + SUFFIX)
