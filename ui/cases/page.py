"""Nhận xét & xác nhận: the year chosen at the top, then three parts — the year's cases, the head's review queue,
and the dispatches to the workplace committees. One action reads the year; every change reads it again.

Loads nothing until first shown; forgets every row when the session locks.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from handbook.flow.model import CaseId, CaseState
from handbook.i18n import Lang
from handbook.orgs.model import OrgId
from handbook.permissions import Op
from ui import theme
from ui.actions.cases import (
    BatchData,
    CommentsSaved,
    Pdf,
    RequestData,
    YearData,
    YearOpened,
    load_batch,
    load_request,
    load_year,
    number_register_pdf,
    open_year,
    register_213_pdf,
    sheets_pdf,
)
from ui.actions.changes import Changed
from ui.cases import preview
from ui.cases.batch_entry import BatchEntryDialog
from ui.cases.dispatches import DispatchPanel
from ui.cases.list_view import CasesList
from ui.cases.request_dialog import RequestDialog
from ui.cases.review import ReviewPanel
from ui.operations import Progress, Runner
from ui.session import Session

LIST_TAB, REVIEW_TAB, DISPATCH_TAB = 0, 1, 2


class CasesPage(QWidget):
    batch_opened = Signal(object)  # the BatchEntryDialog just shown
    request_opened = Signal(object)  # the RequestDialog just shown
    loaded = Signal(object)  # YearData, after every (re)load

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang = lang
        self._loaded = False
        self._stale = False
        self._generation = 0
        self.data: YearData | None = None
        self.batch: BatchEntryDialog | None = None
        self._batch_wanted: tuple[OrgId | None, CaseId | None] | None = None  # asked for before the year loaded

        title = QLabel(self.tr("Nhận xét & xác nhận"))
        title.setFont(theme.scaled_font(title, 1.5, bold=True))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Năm nhận xét"))
        self.year.setMinimumContentsLength(6)
        year_label = QLabel(self.tr("Năm:"))
        year_label.setBuddy(self.year)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_role(self.status_label, "muted")
        self.status_label.hide()

        self.cases = CasesList(session, lang)
        self.review = ReviewPanel(session, runner, lang)
        self.dispatch = DispatchPanel(session, runner, lang)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.cases, self.tr("Danh sách phiếu"))
        self.tabs.addTab(self.review, self.tr("Xác nhận"))
        self.tabs.addTab(self.dispatch, self.tr("Gửi về nơi công tác"))

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(year_label)
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)

        self.year.activated.connect(lambda _i: self.reload())
        self.cases.open_year_requested.connect(self.open_year)
        self.cases.batch_requested.connect(self.open_batch)
        self.cases.request_requested.connect(self.open_request)
        self.cases.print_requested.connect(self.print_sheets)
        self.cases.register_requested.connect(self.print_register)
        self.cases.numbers_requested.connect(self.print_numbers)
        self.review.preview_requested.connect(self.print_sheets)
        self.review.status.connect(self.say)
        self.dispatch.status.connect(self.say)
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)
        runner.changed.connect(self._changed)

    # --- loading -----------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activate()

    def activate(self) -> None:
        """First time on screen (or after a change made elsewhere): read the year."""
        if self._session.is_locked or (self._loaded and not self._stale):
            return
        self._loaded = True
        self.reload()

    def chosen_year(self) -> int | None:
        value = self.year.currentData()
        return int(value) if value is not None else None

    def reload(self, year: int | None = None) -> None:
        if not self._loaded or self._session.is_locked:
            return
        self._stale = False
        self._generation += 1
        generation, session = self._generation, self._session
        wanted = year if year is not None else self.chosen_year()

        def work(_progress: Progress) -> YearData:
            with session.use() as vault:
                return load_year(vault, wanted)

        self._runner.run(work, done=lambda data: self._show(generation, data), parent=self)

    def _show(self, generation: int, data: YearData) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self.data = data
        self.year.blockSignals(True)
        try:
            self.year.clear()
            for y in data.years:
                self.year.addItem(str(y), y)
            self.year.setCurrentIndex(max(self.year.findData(data.year), 0))
        finally:
            self.year.blockSignals(False)
        self.cases.set_data(data)
        self.review.set_data(data)
        self.dispatch.set_data(data)
        counts = data.counts()
        self.tabs.setTabText(REVIEW_TAB, self.tr("Xác nhận ({count})").format(count=counts[CaseState.COMMENTED]))
        waiting = counts[CaseState.CONFIRMED]
        self.tabs.setTabText(DISPATCH_TAB, self.tr("Gửi về nơi công tác ({count})").format(count=waiting))
        self.loaded.emit(data)
        if self._batch_wanted is not None:
            cell_id, start = self._batch_wanted
            self._batch_wanted = None
            self.open_batch(cell_id, start)

    # --- reacting ------------------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _changed(self, change: Changed) -> None:
        if not self._loaded:
            return
        if isinstance(change, CommentsSaved):
            self.say(self.tr("Đã lưu %Ln phiếu nhận xét; các phiếu này chờ Trưởng ban xác nhận.", "", len(change.ids)))
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _locked(self) -> None:
        self._generation += 1
        self._batch_wanted = None
        self.data = None
        self.cases.clear()
        self.review.clear()
        self.dispatch.clear()
        self.say("")

    def _unlocked(self) -> None:
        self.cases.apply_permissions()
        self.review.apply_permissions()
        self.dispatch.apply_permissions()
        if self._loaded:
            self.reload()

    # --- actions of the list ----------------------------------------------------------------------------------

    def open_year(self) -> None:
        data = self.data
        if data is None:
            return
        session, year = self._session, data.year

        def work(_progress: Progress) -> YearOpened:
            with session.use() as vault:
                return open_year(vault, year)

        def done(opened: YearOpened) -> None:
            sentence = opened.sentence(self._lang)
            self.say(sentence)
            self._runner.dialogs.info(self, sentence)

        self._runner.run(work, done=done, parent=self, progress=self.tr("Đang mở đợt nhận xét…"))

    def open_batch(self, cell_id: OrgId | None = None, start: CaseId | None = None) -> None:
        """The batch entry of the chosen year's waiting sheets (a cell's, when one is chosen)."""
        if self.batch is not None and self.batch.isVisible():
            self.batch.raise_()
            self.batch.activateWindow()
            return
        if not self._session.actor.may(Op.CASES_COMMENT):
            return
        data = self.data
        if data is None:  # from a menu before the screen was ever shown: open once the year is read
            self._batch_wanted = (cell_id, start)
            self.activate()
            return
        session, year = self._session, data.year

        def work(_progress: Progress) -> BatchData:
            with session.use() as vault:
                return load_batch(vault, year)

        self._runner.run(work, done=lambda batch: self._show_batch(batch, cell_id, start), parent=self)

    def _show_batch(self, data: BatchData, cell_id: OrgId | None, start: CaseId | None) -> None:
        dialog = BatchEntryDialog(data, self._session, self._runner, self._lang, self, cell_id=cell_id, start=start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        key = id(dialog)
        dialog.destroyed.connect(lambda: self._forget_batch(key))
        self.batch = dialog
        dialog.open()
        self.batch_opened.emit(dialog)

    def _forget_batch(self, key: int) -> None:
        if self.batch is not None and id(self.batch) == key:
            self.batch = None

    def open_request(self, case_id: CaseId) -> None:
        session = self._session

        def work(_progress: Progress) -> RequestData:
            with session.use() as vault:
                return load_request(vault, case_id)

        def done(data: RequestData) -> None:
            dialog = RequestDialog(data, self._session, self._runner, self._lang, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.request_opened.emit(dialog)

        self._runner.run(work, done=done, parent=self)

    def print_sheets(self, case_ids: list[CaseId]) -> None:
        data = self.data
        if data is None or not case_ids:
            return
        session, runner, year, ids = self._session, self._runner, data.year, list(case_ids)

        def work(_progress: Progress) -> Pdf:
            with session.use() as vault:
                return sheets_pdf(vault, year, ids)

        def done(pdf: Pdf) -> None:
            title = self.tr("Phiếu nhận xét năm {year} (%Ln phiếu)", "", len(ids)).format(year=year)
            preview.show_pdf(self, runner, pdf.data, title=title, suggested_name=pdf.suggested_name)

        self._runner.run(work, done=done, parent=self, progress=self.tr("Đang dựng phiếu để in…"))

    def print_register(self, cell_id: object) -> None:
        data = self.data
        if data is None:
            return
        session, runner, year = self._session, self._runner, data.year
        cell = OrgId(int(cell_id)) if isinstance(cell_id, int) else None

        def work(_progress: Progress) -> Pdf:
            with session.use() as vault:
                return register_213_pdf(vault, year, cell)

        def done(pdf: Pdf) -> None:
            title = self.tr("Sổ theo dõi đảng viên đang công tác năm {year}").format(year=year)
            preview.show_pdf(self, runner, pdf.data, title=title, suggested_name=pdf.suggested_name)

        self._runner.run(work, done=done, parent=self, progress=self.tr("Đang dựng sổ theo dõi…"))

    def print_numbers(self) -> None:
        data = self.data
        if data is None:
            return
        session, runner, year = self._session, self._runner, data.year

        def work(_progress: Progress) -> Pdf:
            with session.use() as vault:
                return number_register_pdf(vault, year)

        def done(pdf: Pdf) -> None:
            title = self.tr("Sổ đăng ký văn bản đi năm {year}").format(year=year)
            preview.show_pdf(self, runner, pdf.data, title=title, suggested_name=pdf.suggested_name)

        self._runner.run(work, done=done, parent=self, progress=self.tr("Đang dựng sổ đăng ký văn bản…"))

    # --- for the window's menus ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(LIST_TAB)
        self.cases.focus_search()

    def show_review(self) -> None:
        self.tabs.setCurrentIndex(REVIEW_TAB)

    def show_dispatches(self) -> None:
        self.tabs.setCurrentIndex(DISPATCH_TAB)

    def today(self) -> date:
        return self.data.today if self.data is not None else date.today()
