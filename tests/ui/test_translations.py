"""English is complete: every string of the window is in the .ts with a finished translation, and shows."""

from __future__ import annotations

import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
)

from handbook.vault import kdf
from tests.ui.conftest import FakeDialogs
from ui.main_window import MainWindow
from ui.operations import InlineExecutor, Runner
from ui.session import Session
from ui.start.wizard import StartWizard
from ui.translations import Translations, _lrelease, qm_path, ts_path

UI = Path(__file__).resolve().parents[2] / "ui"
APP_NAME = "Sổ tay Đảng viên"


def messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether the translation is finished."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "vanished")
            out[(name, message.findtext("source") or "")] = finished
    return out


def test_every_window_string_has_an_english_translation(tmp_path: Path) -> None:
    program = _lrelease()
    assert program is not None
    lupdate = Path(program[0]).with_name(Path(program[0]).name.replace("lrelease", "lupdate"))
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    proc = subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    wanted = set(messages(fresh))
    shipped = messages(ts_path("en"))
    missing = sorted(wanted - shipped.keys())
    assert not missing, f"not in sotay_en.ts (run pyside6-lupdate, then translate): {missing}"
    unfinished = sorted(k for k in wanted if not shipped[k])
    assert not unfinished, f"untranslated in sotay_en.ts: {unfinished}"


def test_the_qm_file_is_built_when_missing() -> None:
    beside = ts_path("en").with_suffix(".qm")
    beside.unlink(missing_ok=True)  # never committed: built from the .ts when needed
    qm = qm_path("en")
    assert qm == beside and qm.exists() and qm.stat().st_size > 1000
    assert qm_path("vi") is None  # the source strings are Vietnamese


VIETNAMESE_ONLY = set("ăâđêôơưĂÂĐÊÔƠƯ")


def looks_vietnamese(text: str) -> bool:
    text = text.replace(APP_NAME, "").replace("Tiếng Việt", "")  # names stay Vietnamese
    if any(ch in VIETNAMESE_ONLY for ch in text):
        return True
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", text))


def chrome_texts(root: QWidget) -> list[str]:
    """Texts the program wrote (buttons, group titles, placeholders, static labels) — not member data."""
    texts: list[str] = []
    for button in root.findChildren(QAbstractButton):
        texts.append(button.text())
    for group in root.findChildren(QGroupBox):
        texts.append(group.title())
    for edit in root.findChildren(QLineEdit):
        texts.append(edit.placeholderText())
    return [t for t in texts if t]


def test_english_shows_everywhere(app: QApplication, session: Session, qtbot, tmp_path: Path) -> None:
    translations = Translations(app)
    assert translations.install("en")
    runner = Runner(InlineExecutor(), FakeDialogs(), "en")
    try:
        wizard = StartWizard(
            runner,
            "en",
            kdf_params=kdf.TEST_ONLY,  # cheap key derivation, test suite only
            default_base=tmp_path,
            demo_path=tmp_path / "kho-mau",
            demo_password="x",
        )
        qtbot.addWidget(wizard)
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Next"
        assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Finish"
        labels = [label.text() for page_id in wizard.pageIds() for label in wizard.page(page_id).findChildren(QLabel)]
        titles = [t for i in wizard.pageIds() for t in (wizard.page(i).title(), wizard.page(i).subTitle())]
        static = [t for t in labels + titles if t and "Tân An" not in t and "/" not in t]
        texts = chrome_texts(wizard) + static
        assert [t for t in texts if looks_vietnamese(t)] == []

        window = MainWindow(session, runner, "en", autolock_ms=600_000)
        qtbot.addWidget(window)
        window.show()
        window.show_screen(1)
        qtbot.waitUntil(lambda: window.members.model.rowCount() == 8)
        assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
            "Overview",
            "Members",
            "Organisations",
            "Residence activity (213)",
            "Comments & confirmation",
            "Reports",
            "Document library",
            "Settings",
        ]
        assert window.members.count_label.text() == "8 members"
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&File", "&View", "&Members", "C&omments", "&Help"]
        actions = [a.text() for a in window.actions()]
        model = window.members.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
        texts = chrome_texts(window) + actions + headers
        texts = [t for t in texts if t not in ("Nguyễn Thị Hoà",)]
        assert [t for t in texts if looks_vietnamese(t)] == []
        assert "Status" in headers and "Date of birth" in headers
    finally:
        translations.install("vi")


def test_qt_own_texts_are_vietnamese(app: QApplication) -> None:
    field = QLineEdit()
    texts = [a.text().split("\t")[0] for a in field.createStandardContextMenu().actions() if a.text()]
    assert texts == ["&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == ["Hủy", "Đồng ý"]
