"""Everything fits a 1280×720 screen (1366×768 at 100 %, 1920×1080 at 150 %), at 100 % and at 125 % text.

The window is opened on the demo commune at the size the app gives it on such a screen; every screen of the
sidebar, every tab and settings page, and every dialog its buttons open (and the dialogs those open) is checked:
one enabled button, field or table heading cut off by the window's edge fails the test.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QPushButton,
    QTabWidget,
    QWidget,
)

from handbook.demo.create import create_demo_vault
from handbook.vault import kdf
from handbook.vault.vault import Vault
from tests.ui.fitcheck import clipped, describe
from ui import theme
from ui.cases import sign_dialog
from ui.main_window import MainWindow
from ui.operations import InlineExecutor, Runner
from ui.session import Session
from ui.settings import file_field
from ui.start import wizard_pages
from ui.start.unlock import UnlockWindow
from ui.widgets import fit, pdf_preview

SCREEN = QRect(0, 0, 1280, 720)
DEMO_PASSWORD = "mat-khau-xa-mau"
DEMO_NOTE = "Xã mẫu: tài khoản <b>truongban</b>, <b>photruongban</b> hoặc <b>chuyenvien</b>, mật khẩu <b>x</b>."
NOT_CLICKED = ("Đăng xuất", "Khóa")  # leaving the window is not a dialog


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fit") / "kho-mau"
    # kdf.TEST_ONLY: a deliberately cheap key derivation for tests, never a default.
    create_demo_vault(root, DEMO_PASSWORD, kdf_params=kdf.TEST_ONLY, members=120)
    return root


class NoPrintDialog:
    """Stands in for the printer and file choosers: the test never blocks on a modal window."""

    class DialogCode:
        Accepted = 1

    def __init__(self, *_args: object) -> None:
        pass

    def exec(self) -> int:
        return 0

    def __getattr__(self, _name: str) -> object:
        return lambda *_args, **_kw: None

    @staticmethod
    def getOpenFileName(*_args: object, **_kw: object) -> tuple[str, str]:
        return "", ""

    @staticmethod
    def getOpenFileNames(*_args: object, **_kw: object) -> tuple[list[str], str]:
        return [], ""

    @staticmethod
    def getSaveFileName(*_args: object, **_kw: object) -> tuple[str, str]:
        return "", ""

    @staticmethod
    def getExistingDirectory(*_args: object, **_kw: object) -> str:
        return ""


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app sees a 1280×720 screen; no dialog may block the test (patched where the app uses them, never on
    Qt's own classes, which would upset later tests)."""
    monkeypatch.setattr(fit, "available_area", lambda widget=None: QRect(SCREEN))
    monkeypatch.setattr(pdf_preview, "QPrintDialog", NoPrintDialog)
    monkeypatch.setattr(wizard_pages, "QPrintDialog", NoPrintDialog)
    monkeypatch.setattr(file_field, "QFileDialog", NoPrintDialog)
    monkeypatch.setattr(sign_dialog, "QFileDialog", NoPrintDialog)
    # Every other screen module that asks for a file or a printer itself (new screens are covered by this too).
    for name, module in list(sys.modules.items()):
        if not name.startswith("ui.") or module is None:
            continue
        if getattr(module, "QFileDialog", None) is QFileDialog:
            monkeypatch.setattr(module, "QFileDialog", NoPrintDialog)
        if getattr(module, "QPrintDialog", None) is QPrintDialog:
            monkeypatch.setattr(module, "QPrintDialog", NoPrintDialog)


@pytest.fixture(params=[100, 125], ids=["text-100", "text-125"])
def window(request, app, small_screen, demo_folder: Path, tmp_path: Path, dialogs, qtbot) -> Iterator[MainWindow]:
    theme.set_text_scale(app, request.param)
    root = tmp_path / "kho"
    shutil.copytree(demo_folder, root)
    session = Session(root, Vault.open(root, username="truongban", password=DEMO_PASSWORD))
    runner = Runner(InlineExecutor(), dialogs, "vi")
    win = MainWindow(session, runner, "vi", autolock_ms=3_600_000, title="Đảng ủy xã Tân An")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QDialog) and top.isVisible():
            top.reject()
    win.close()
    session.end()
    theme.set_text_scale(app, 100)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def window_problems(top: QWidget, where: str) -> list[str]:
    settle()
    problems = [f"{where}: {p}" for p in clipped(top)]
    limit = SCREEN.size() - fit.FRAME_ALLOWANCE
    if top.width() > limit.width() or top.height() > limit.height():
        problems.append(f"{where}: the window is {top.width()}×{top.height()}, larger than the screen")
    return problems


def select_first_rows(top: QWidget) -> None:
    for view in top.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0 and not isinstance(view, QListWidget):
            view.setCurrentIndex(model.index(0, 0))


def clickable(top: QWidget, *, only_more: bool) -> list[QPushButton]:
    buttons = []
    for button in top.findChildren(QPushButton):
        if button.window() is not top.window() or not button.isVisible() or not button.isEnabled():
            continue
        if isinstance(button.parentWidget(), QDialogButtonBox) or button.text().startswith(NOT_CLICKED):
            continue
        if only_more and not button.text().endswith("…"):
            continue  # inside a dialog: only the buttons that open another window
        buttons.append(button)
    return buttons


def dialogs_from(top: QWidget, where: str, *, depth: int) -> list[str]:
    """Click each button of ``top``; check each dialog that opens (and, one level down, the ones it opens)."""
    problems: list[str] = []
    select_first_rows(top)
    for button in clickable(top, only_more=depth > 0):
        if not button.isVisible() or not button.isEnabled():
            continue  # an earlier click changed the screen
        before = set(map(id, open_dialogs()))
        label = describe(button)
        button.click()
        settle()
        for dialog in [d for d in open_dialogs() if id(d) not in before]:
            name = f"{where} › {label} › {dialog.windowTitle() or type(dialog).__name__}"
            problems += window_problems(dialog, name)
            if depth == 0:
                problems += dialogs_from(dialog, name, depth=1)
            dialog.reject()
            settle()
    return problems


def pages_of(screen: QWidget) -> Iterator[str]:
    """Show each tab and each settings page of ``screen`` in turn, naming it."""
    yield ""
    for tabs in screen.findChildren(QTabWidget):
        for n in range(tabs.count()):
            if tabs.isVisible() and tabs.isTabEnabled(n):
                tabs.setCurrentIndex(n)
                yield tabs.tabText(n)
    for nav in screen.findChildren(QListWidget):
        if nav.objectName().endswith("Nav") and nav.isVisible():
            for n in range(nav.count()):
                nav.setCurrentRow(n)
                yield nav.item(n).text()


def test_the_window_opens_within_the_screen(window: MainWindow) -> None:
    limit = SCREEN.size() - fit.FRAME_ALLOWANCE
    assert window.width() <= limit.width() and window.height() <= limit.height()
    assert window.minimumSizeHint().width() <= limit.width()
    assert SCREEN.contains(window.frameGeometry().topLeft())
    assert QGuiApplication.primaryScreen() is not None


def test_every_screen_and_dialog_fits(window: MainWindow) -> None:
    problems: list[str] = []
    for n, (name, screen) in enumerate(window.screens):
        window.show_screen(n)
        for page in pages_of(screen):
            where = f"{name} › {page}" if page else name
            problems += window_problems(window, where)
            problems += dialogs_from(window.current_screen() or screen, where, depth=0)
    assert not problems, "\n".join(problems)


@pytest.fixture(params=[100, 125], ids=["text-100", "text-125"])
def text_scale(request, app) -> Iterator[int]:
    theme.set_text_scale(app, request.param)
    yield request.param
    theme.set_text_scale(app, 100)


def test_the_unlock_window_fits(text_scale: int, small_screen, demo_folder: Path, dialogs, qtbot) -> None:
    runner = Runner(InlineExecutor(), dialogs, "vi")
    unlock = UnlockWindow(demo_folder, runner, "vi", username="truongban", note=DEMO_NOTE)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.waitExposed(unlock)
    problems = window_problems(unlock, "Mở khóa")
    problems += dialogs_from(unlock, "Mở khóa", depth=0)
    assert not problems, "\n".join(problems)
