"""The Thư viện văn bản screen driven like a person: add files, type a search, filter, open a hit at its page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from handbook.library import store
from handbook.library.model import DocMeta
from handbook.library.samples import make_docx, make_pdf
from tests.ui.conftest import STAFF_PASSWORD, Commune, type_text
from ui.library.page import LibraryPage
from ui.session import Session
from ui.widgets.pdf_preview import PdfPreviewDialog

PAGES = [
    "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng.",
    "Điều 2. Trách nhiệm của đảng viên đang công tác.",
    "Điều 3. Đảng viên được miễn sinh hoạt nơi cư trú: quân đội, công an ở doanh trại.",
]
QD = DocMeta(title="Quy định 213", number="213-QĐ/TW", issued_on=date(2020, 1, 2), kind="Quy định")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {
        "qd.pdf": make_pdf(PAGES),
        "hd33.docx": make_docx(["Hướng dẫn 33: nhận xét đảng viên hằng năm"]),
        "gia.pdf": b"khong phai pdf",
    }
    paths = {}
    for name, data in out.items():
        paths[name] = tmp_path / name
        paths[name].write_bytes(data)
    return paths


def make_page(session: Session, runner, qtbot) -> LibraryPage:
    page = LibraryPage(session, runner, "vi")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_add_search_filter_and_open_at_the_page(app, session, runner, dialogs, qtbot, files) -> None:
    page = make_page(session, runner, qtbot)
    assert page.count_label.text() == "0 văn bản"
    page.add_paths([files["qd.pdf"]], QD)
    page.add_paths([files["hd33.docx"], files["gia.pdf"]])
    assert dialogs.infos[0] == "Đã thêm 1 văn bản."
    assert dialogs.errors and 'Tệp "gia.pdf" không phải là tệp PDF' in dialogs.errors[0]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)

    type_text(page.search, "mien sinh hoat")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 kết quả")
    row = page.model.row_at(0)
    assert row is not None and row.page == 3 and row.doc.meta.number == "213-QĐ/TW"
    html = page.detail.toHtml()
    assert "Trang 3" in html
    assert html.count("background-color:#ffe58a") == 3  # miễn, sinh, hoạt

    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.open_selected()
    preview = opened.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.current_page == 2)
    assert preview.page_count == 3
    preview.close()

    page.search.clear()
    type_text(page.search, "nhan xet")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 kết quả")
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("Quy định"))
    qtbot.waitUntil(lambda: page.count_label.text() == "0 kết quả")
    assert "Không tìm thấy" in page.detail.toPlainText()


def test_a_duplicate_offers_the_existing_document(app, commune: Commune, session, runner, dialogs, qtbot, files):
    store.add_document(commune.vault, "qd.pdf", files["qd.pdf"].read_bytes(), QD)
    page = make_page(session, runner, qtbot)
    dialogs.answers = [True]
    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.add_paths([files["qd.pdf"]])
    assert dialogs.questions and "Quy định 213" in dialogs.questions[0]
    assert isinstance(opened.args[0], PdfPreviewDialog)
    opened.args[0].close()


def test_a_scan_is_listed_and_says_it_is_found_by_title(app, commune: Commune, session, runner, qtbot) -> None:
    store.add_document(commune.vault, "scan.pdf", make_pdf(["", ""]), DocMeta(title="Bản chụp kết luận"))
    page = make_page(session, runner, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    assert "chỉ tìm được theo tên" in page.detail.toPlainText()
    type_text(page.search, "ban chup")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 kết quả")


def test_a_viewer_may_search_but_not_add(app, commune: Commune, runner, qtbot) -> None:
    from handbook.vault.vault import Vault

    viewer = Vault.open(commune.root, username="thanhtra", password=STAFF_PASSWORD)
    session = Session(commune.root, viewer)
    try:
        page = make_page(session, runner, qtbot)
        assert not page.add_button.isEnabled()
        assert "Người xem" in page.add_button.toolTip()
    finally:
        session.end()


def test_one_file_is_described_before_it_is_added_and_can_be_described_again(
    app, commune: Commune, session, runner, dialogs, qtbot, files, monkeypatch
) -> None:
    page = make_page(session, runner, qtbot)
    monkeypatch.setattr(page, "ask_files", lambda: [files["qd.pdf"]])
    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.add_button.click()
    dialog = opened.args[0]
    assert dialog.isVisible() and dialog.isModal() and dialog.title.text() == "qd"
    dialog.title.clear()
    dialog.accept()
    assert dialog.isVisible() and "trích yếu" in dialog.problem.text()  # nothing added yet
    assert store.list_documents(commune.vault) == []
    dialog.title.setText("Quy định 213 về đảng viên đang công tác")
    dialog.number.setText("213-QĐ/TW")
    dialog.accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    [doc] = store.list_documents(commune.vault)
    assert (doc.meta.title, doc.meta.number) == ("Quy định 213 về đảng viên đang công tác", "213-QĐ/TW")

    page.table.selectRow(0)
    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.edit_button.click()
    again = opened.args[0]
    assert again.number.text() == "213-QĐ/TW"
    again.number.setText("213-QĐ/TW (bản sửa)")
    again.accept()
    qtbot.waitUntil(lambda: store.list_documents(commune.vault)[0].meta.number == "213-QĐ/TW (bản sửa)")
    assert dialogs.errors == []
