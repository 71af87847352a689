"""The window's language: Vietnamese source strings, English from ``resources/translations/sotay_en.ts``.

Qt ships no Vietnamese for the texts it writes itself (a text field's context menu, standard buttons), so
``qt_vi.ts`` holds those. The ``.qm`` files are built from the ``.ts`` with ``lrelease`` when missing or older
(they are not committed); a frozen build ships them prebuilt beside the app (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from handbook.i18n import Lang
from handbook.locations import app_home

TS_STEM = "sotay"
QT_STEM = "qt"


def translations_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources" / "translations"
    return Path(__file__).resolve().parent.parent / "resources" / "translations"


def ts_path(lang: Lang, stem: str = TS_STEM) -> Path:
    return translations_dir() / f"{stem}_{lang}.ts"


def _lrelease() -> list[str] | None:
    """The lrelease program: PySide6's own binary, else whatever is on PATH."""
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        candidate = base / name
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def build_qm(ts: Path, qm: Path) -> bool:
    program = _lrelease()
    if program is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    try:
        proc = subprocess.run([*program, "-silent", str(ts), "-qm", str(qm)], capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return proc.returncode == 0 and qm.exists()


def qm_path(lang: Lang, stem: str = TS_STEM) -> Path | None:
    """The compiled translation, built first if needed; None when there is none (the app's Vietnamese) or
    on failure."""
    if lang == "vi" and stem == TS_STEM:
        return None
    ts = ts_path(lang, stem)
    beside = ts.with_suffix(".qm")
    if not ts.exists():
        return beside if beside.exists() else None  # frozen: only the .qm ships
    if beside.exists() and beside.stat().st_mtime >= ts.stat().st_mtime:
        return beside
    if os.access(ts.parent, os.W_OK) and build_qm(ts, beside):
        return beside
    cached = app_home() / "translations" / beside.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    return cached if build_qm(ts, cached) else None


class Translations:
    """Installs the translator for a language on the application and sets the number format to match."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.lang: Lang = "vi"

    def install(self, lang: Lang) -> bool:
        """Switch to ``lang``; False if its translation could not be loaded (the window stays Vietnamese)."""
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = []
        loaded = lang == "vi" or self._load(qm_path(lang))
        self.lang = lang if loaded else "vi"
        if self.lang == "vi":
            self._load(qm_path("vi", QT_STEM))  # Qt's own texts; English is Qt's default
        if self.lang == "vi":
            QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return loaded

    def _load(self, qm: Path | None) -> bool:
        translator = QTranslator(self._app)
        if qm is None or not translator.load(str(qm)):
            return False
        self._app.installTranslator(translator)
        self._translators.append(translator)
        return True
