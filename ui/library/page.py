"""The Thư viện văn bản screen: the office's documents, searched as you type (folded like member search), with
filters by type, year and status, the matching passage highlighted, and a result opened at its page.

The search box is never written to by the program (Vietnamese input methods compose by sending backspaces);
searching waits until typing pauses and answers to an older search are dropped.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import Lang
from handbook.library.model import DocId, DocMeta, DocStatus, Filters
from handbook.library.search import is_broad
from handbook.library.store import files_in
from handbook.permissions import Op
from ui import theme
from ui.actions.changes import Changed
from ui.library import actions
from ui.library.doc_dialog import DocumentDialog
from ui.library.table_model import Column, LibraryRow, LibraryTableModel, passage_html, status_text
from ui.library.viewer import show_page
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.fit import ButtonRow
from ui.widgets.permission import guard
from ui.widgets.tables import list_table

SEARCH_DELAY_MS = 250
COLUMN_CHARS = {
    Column.TITLE: 32,
    Column.NUMBER: 14,
    Column.DATE: 14,
    Column.KIND: 10,
    Column.STATUS: 14,
    Column.PAGE: 6,
}
FILE_PATTERN = "*.pdf *.docx *.txt"


class LibraryPage(QWidget):
    """The library list and what can be done with a document. Loads nothing until first shown."""

    dialog_opened = Signal(object)  # a window just shown (tests drive it)

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self._loaded = False
        self._generation = 0

        title = QLabel(self.tr("Thư viện văn bản"))
        title.setFont(theme.scaled_font(title, 1.5, bold=True))
        self.count_label = QLabel()
        theme.set_role(self.count_label, "muted")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm trong tên và toàn văn, gõ không dấu cũng được"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Tìm văn bản"))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Lọc theo loại văn bản"))
        self.kind_filter.addItem(self.tr("Mọi loại"), None)
        self.year_filter = QComboBox()
        self.year_filter.setAccessibleName(self.tr("Lọc theo năm ban hành"))
        self.year_filter.addItem(self.tr("Mọi năm"), None)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Lọc theo hiệu lực"))
        self.status_filter.addItem(self.tr("Mọi hiệu lực"), None)
        self.status_filter.addItem(self.tr("Còn hiệu lực"), DocStatus.IN_FORCE.value)
        self.status_filter.addItem(self.tr("Đã được thay thế"), DocStatus.REPLACED.value)

        self.add_button = QPushButton(self.tr("Thêm tệp…"))
        theme.set_role(self.add_button, "primary")
        self.add_folder_button = QPushButton(self.tr("Thêm thư mục…"))
        self.edit_button = QPushButton(self.tr("Sửa thông tin…"))
        self.open_button = QPushButton(self.tr("Mở văn bản"))
        self.export_button = QPushButton(self.tr("Lưu tệp ra ngoài…"))

        self.model = LibraryTableModel(self)
        self.table = list_table(self, self.model, self.tr("Danh sách văn bản"), COLUMN_CHARS)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Đoạn văn khớp với từ tìm"))
        self.detail.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.kind_filter, self.year_filter, self.status_filter):
            # Short boxes that elide, so the filters never push the window past a 1280-pixel screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        buttons = ButtonRow()
        for button in (self.add_button, self.add_folder_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(buttons)
        layout.addWidget(split, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        for combo in (self.kind_filter, self.year_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.add_button.clicked.connect(self.add_files)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.edit_button.clicked.connect(self.edit_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_detail(current))
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)
        runner.changed.connect(self._changed)
        self.apply_permissions()

    # --- permissions ---------------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        actor, lang = self._session.actor, self._lang
        guard(self.add_button, actor, Op.LIBRARY_EDIT, lang, self.tr("Thêm tệp PDF, Word (.docx) hoặc .txt"))
        guard(self.add_folder_button, actor, Op.LIBRARY_EDIT, lang, self.tr("Thêm mọi tệp đọc được trong thư mục"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        actor, lang = self._session.actor, self._lang
        if guard(self.edit_button, actor, Op.LIBRARY_EDIT, lang, self.tr("Số, ngày, cơ quan, loại, hiệu lực")):
            self.edit_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        if guard(self.export_button, actor, Op.LIBRARY_EXPORT, lang, self.tr("Lưu bản sao tệp gốc")):
            self.export_button.setEnabled(chosen)

    # --- loading -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded and not self._session.is_locked:
            self._loaded = True
            self.refresh()

    def filters(self) -> Filters:
        status = self.status_filter.currentData()
        return Filters(
            kind=self.kind_filter.currentData(),
            year=self.year_filter.currentData(),
            status=DocStatus(status) if status else None,
        )

    def refresh(self) -> None:
        self._generation += 1
        generation, query, filters = self._generation, self.search.text(), self.filters()
        session = self._session

        def work(_progress: Progress) -> actions.Found:
            with session.use() as vault:
                return actions.find(vault, query, filters)

        self._runner.run(work, done=lambda found: self._show(found, generation), parent=self)

    def _show(self, found: actions.Found, generation: int) -> None:
        if generation != self._generation:
            return
        self._fill_combo(self.kind_filter, [(k, k) for k in found.kinds])
        self._fill_combo(self.year_filter, [(str(y), y) for y in found.years])
        if found.query.strip():
            rows = [LibraryRow(h.doc, h.page, h.passage) for h in found.hits]
            text = self.tr("{n} kết quả").format(n=len(rows))
            if is_broad(list(found.hits)):
                text = self.tr("Từ tìm có ở rất nhiều trang: đang hiện {n} trang mới nhất. Hãy gõ thêm từ.").format(
                    n=len(rows)
                )
        else:
            rows = [LibraryRow(d, 0) for d in found.documents]
            text = self.tr("{n} văn bản").format(n=len(rows))
        self.model.set_rows(rows)
        searching = bool(found.query.strip())
        for column in (Column.PAGE, Column.PASSAGE):  # a list of documents has no page or passage to show
            self.table.setColumnHidden(column, not searching)
        self.count_label.setText(text)
        if rows:
            self.table.selectRow(0)
        else:
            self.detail.setPlainText(
                self.tr("Không tìm thấy văn bản nào khớp. Hãy gõ ít chữ hơn hoặc bỏ bớt bộ lọc.")
                if found.query.strip()
                else self.tr("Thư viện chưa có văn bản nào. Bấm Thêm tệp… để thêm.")
            )
        self._update_buttons()

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        """Add choices that are new, never changing the current choice (so a filter never jumps)."""
        known = {combo.itemData(i) for i in range(combo.count())}
        for label, value in items:
            if value not in known:
                combo.addItem(label, value)

    def _show_detail(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        self._update_buttons()
        if row is None:
            self.detail.clear()
            return
        meta = row.doc.meta
        when = meta.issued_on.strftime("%d/%m/%Y") if meta.issued_on else ""
        head = " · ".join(x for x in (meta.kind, meta.number, when, meta.issuer, status_text(row.doc)) if x)
        parts = [f"<p><b>{_esc(meta.title)}</b><br>{_esc(head)}</p>"]
        if meta.tags:
            parts.append(f"<p>{_esc(self.tr('Từ khóa'))}: {_esc(', '.join(meta.tags))}</p>")
        if row.passage is not None:
            where = self.tr("Tên văn bản") if row.page == 0 else self.tr("Trang {page}").format(page=row.page)
            parts.append(f"<p><i>{_esc(where)}:</i> {passage_html(row.passage)}</p>")
        if not row.doc.has_text:
            parts.append(
                f"<p>{_esc(self.tr('Tệp là bản chụp (scan), không có chữ: chỉ tìm được theo tên, số và từ khóa.'))}</p>"
            )
        self.detail.setHtml("".join(parts))

    def selected(self) -> LibraryRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # --- actions -------------------------------------------------------------------------------------

    def ask_files(self) -> list[Path]:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn văn bản để thêm"),
            str(Path.home()),
            self.tr("Văn bản ({pattern})").format(pattern=FILE_PATTERN),
        )
        return [Path(n) for n in names]

    def add_files(self) -> None:
        paths = self.ask_files()
        if not paths:
            return
        if len(paths) > 1:
            self.add_paths(paths)
            return
        # One file: its name, number and date asked first (modal, without a nested event loop).
        dialog = DocumentDialog(DocMeta(title=paths[0].stem), self._lang, title=self.tr("Thêm văn bản"), parent=self)
        dialog.accepted.connect(lambda: self.add_paths(paths, dialog.meta()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def add_folder(self) -> None:
        folder = self._runner.dialogs.choose_folder(self, self.tr("Chọn thư mục văn bản"), Path.home())
        if folder is not None:
            self.add_paths(files_in(folder))

    def add_paths(self, paths: list[Path], meta: DocMeta | None = None) -> None:
        session, lang = self._session, self._lang

        def work(progress: Progress) -> actions.Added:
            with session.use() as vault:
                return actions.add_files(vault, paths, lang, progress, meta)

        self._runner.run(work, done=self._added, parent=self, progress=self.tr("Đang đọc và lưu văn bản…"))

    def _added(self, added: actions.Added) -> None:
        lines = [self.tr("Đã thêm {n} văn bản.").format(n=len(added.ids)), *added.notes, *added.problems]
        if added.existing is not None:
            if self._runner.dialogs.ask(
                self, "\n".join(added.problems), yes=self.tr("Mở văn bản đã có"), no=self.tr("Đóng")
            ):
                self.open_document(added.existing.id, 1)
            return
        if added.problems:
            self._runner.dialogs.error(self, "\n".join(lines))
        else:
            self._runner.dialogs.info(self, "\n".join(lines))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = DocumentDialog(row.doc.meta, self._lang, title=self.tr("Sửa thông tin văn bản"), parent=self)
        dialog.accepted.connect(lambda: self._describe(row.doc.id, dialog.meta()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _describe(self, doc_id: DocId, meta: DocMeta | None) -> None:
        if meta is None:
            return
        session = self._session

        def work(_progress: Progress) -> actions.LibraryChanged:
            with session.use() as vault:
                return actions.describe(vault, doc_id, meta)

        self._runner.run(work, parent=self)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_document(row.doc.id, max(row.page, 1))

    def open_document(self, doc_id: int, page: int) -> None:
        session, runner = self._session, self._runner

        def work(_progress: Progress) -> actions.PageToShow:
            with session.use() as vault:
                return actions.open_page(vault, DocId(doc_id), page)

        runner.run(work, done=lambda shown: self.dialog_opened.emit(show_page(self, runner, shown)), parent=self)

    def export_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        out = self._runner.dialogs.save_file(
            self,
            self.tr("Lưu tệp ra ngoài"),
            Path.home() / row.doc.filename,
            self.tr("Tệp ({pattern})").format(pattern=FILE_PATTERN),
        )
        if out is None:
            return
        session, doc_id = self._session, row.doc.id

        def work(_progress: Progress) -> Path:
            with session.use() as vault:
                return actions.export(vault, doc_id, out)

        self._runner.run(
            work,
            done=lambda path: self._runner.dialogs.info(self, self.tr("Đã lưu vào tệp {path}.").format(path=path)),
            parent=self,
        )

    # --- session -------------------------------------------------------------------------------------

    def _changed(self, change: Changed) -> None:
        if isinstance(change, actions.LibraryChanged) and self._loaded:
            self.refresh()

    def _locked(self) -> None:
        self._generation += 1
        self.model.set_rows([])
        self.detail.clear()
        self.count_label.clear()

    def _unlocked(self) -> None:
        self.apply_permissions()
        if self._loaded:
            self.refresh()


def _esc(text: str) -> str:
    return html.escape(text)
