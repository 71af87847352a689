"""The guide in the window: F1 and "?" open the section of the screen on show; links and search reach every
section; "Xem văn bản" opens the source of the rules at its article once the library holds it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QUrl

from handbook.flow.rules import rules_in_force
from handbook.library import store
from handbook.library.model import DocMeta
from handbook.library.samples import make_pdf
from tests.ui.conftest import Commune, type_text
from tests.ui.test_main_window import make_window
from ui.cases.review import ReviewPanel
from ui.library.actions import LibraryChanged
from ui.library.guide_view import GuideDialog
from ui.library.source_link import SourceButton
from ui.settings.rules import RulesSection
from ui.widgets.pdf_preview import PdfPreviewDialog

QD_PAGES = ["Điều 1. Phạm vi", "Điều 2. Trách nhiệm của đảng viên", "Điều 3. Trách nhiệm của chi ủy nơi cư trú"]


def guide_of(window) -> GuideDialog:
    dialog = getattr(window, "_guide_dialog", None)
    assert isinstance(dialog, GuideDialog)
    return dialog


def test_f1_and_the_question_mark_open_each_screens_section(app, session, runner, qtbot) -> None:
    window = make_window(session, runner, qtbot)
    assert window.guide_action.shortcut().toString() == "F1"
    for n, (_name, screen) in enumerate(window.screens):
        window.show_screen(n)
        if n % 2:
            qtbot.keyClick(window, Qt.Key.Key_F1)
        else:
            window.guide_button.click()
        dialog = guide_of(window)
        assert dialog.isVisible()
        assert dialog.current is not None and dialog.current.screen == type(screen).__name__, n
    assert window.guide_button.text() == "?"
    guide_of(window).close()


def test_every_section_is_reachable_by_clicking_links(app, session, runner, qtbot) -> None:
    window = make_window(session, runner, qtbot)
    dialog = window.show_guide()
    dialog.show_section(dialog.guide.start)
    seen, todo = {dialog.guide.start}, [dialog.guide.start]
    while todo:
        dialog.show_section(todo.pop())
        html = dialog.text.toHtml()
        for section in dialog.guide.sections:
            if f'href="guide:{section.id}"' in html and section.id not in seen:
                seen.add(section.id)
                todo.append(section.id)
    assert seen == {s.id for s in dialog.guide.sections}
    dialog.text.anchorClicked.emit(QUrl("guide:backup"))
    assert dialog.current is not None and dialog.current.id == "backup"
    assert "Mã khôi phục" in dialog.text.toPlainText()
    dialog.close()


def test_the_guide_is_searched_without_tones(app, session, runner, qtbot) -> None:
    window = make_window(session, runner, qtbot)
    dialog = window.show_guide()
    type_text(dialog.search, "ma khoi phuc")
    qtbot.waitUntil(lambda: dialog.contents.count() > 0 and dialog.contents.item(0).text() != "Hướng dẫn sử dụng")
    titles = [dialog.contents.item(i).text() for i in range(dialog.contents.count())]
    assert "Sao lưu và mã khôi phục" in titles[:3]
    assert "background-color:#ffe58a" in dialog.text.toHtml()
    dialog.close()


def test_xem_van_ban_appears_once_the_library_holds_the_source(app, commune: Commune, session, runner, qtbot):
    rules = RulesSection(session, runner, "vi")
    review = ReviewPanel(session, runner, "vi")
    for widget in (rules, review):
        qtbot.addWidget(widget)
        widget.show()
    qtbot.waitUntil(lambda: rules.source_button.lookup is not None and review.source_button.lookup is not None)
    assert rules.source_button.lookup.page is None  # type: ignore[union-attr]
    assert not rules.source_button.isVisible() and not review.source_button.isVisible()

    kl = make_pdf(["Kết luận 202-KL/TW: Trưởng ban Xây dựng Đảng xã xác nhận nhận xét"])
    store.add_document(commune.vault, "kl202.pdf", kl, DocMeta(title="KL 202", number="202-KL/TW"))
    # The library changing (any LibraryChanged) makes every "Xem văn bản" look again.
    runner.changed.emit(LibraryChanged(()))
    assert rules.source_button.isVisible() and review.source_button.isVisible()
    assert rules.source_button.toolTip() == "Mở 202-KL/TW ngày 31/10/2025 trong Thư viện văn bản"
    rules.source_button.click()
    preview = rules.source_button.opened
    assert isinstance(preview, PdfPreviewDialog) and preview.windowTitle() == "KL 202 — trang 1"
    preview.close()


def test_xem_van_ban_opens_at_the_article(app, commune: Commune, session, runner, qtbot) -> None:
    store.add_document(commune.vault, "qd213.pdf", make_pdf(QD_PAGES), DocMeta(title="QĐ 213", number="213-QĐ/TW"))
    button = SourceButton(session, runner, "vi", rules_for=lambda vault: rules_in_force(vault, date(2024, 3, 1)))
    qtbot.addWidget(button)
    qtbot.waitUntil(lambda: button.lookup is not None)
    assert button.lookup is not None and button.lookup.page is not None
    assert button.lookup.page.page == 3  # Điều 3, named in resources/rules/2020-01-02-qd213.json
    button.click()
    preview = button.opened
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.current_page == 2)
    preview.close()
