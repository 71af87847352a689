"""Công văn đã nhận (a workplace committee's side): the dispatches that came as files, their PDF, and sending
the acknowledgement back as a file."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from handbook.exchange.records import ReceivedDispatch
from handbook.i18n import Lang
from handbook.permissions import Op
from ui.cases import preview
from ui.cases.fields import to_qdate
from ui.cases.small_dialogs import DateDialog
from ui.exchange.actions import BundleWritten, ReceivedData, load_received, received_pdf_bytes, send_ack
from ui.exchange.bundle_file import ask_bundle_path
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.permission import guard
from ui.widgets.tables import ROOT, AnyIndex, ColumnsModel, list_table


class ReceivedColumn(IntEnum):
    NUMBER = 0
    DATE = 1
    SENDER = 2
    SHEETS = 3
    ACKNOWLEDGED = 4

    def header(self) -> str:
        return {
            ReceivedColumn.NUMBER: QCoreApplication.translate("ExchangeTables", "Số công văn"),
            ReceivedColumn.DATE: QCoreApplication.translate("ExchangeTables", "Ngày"),
            ReceivedColumn.SENDER: QCoreApplication.translate("ExchangeTables", "Nơi gửi"),
            ReceivedColumn.SHEETS: QCoreApplication.translate("ExchangeTables", "Số phiếu"),
            ReceivedColumn.ACKNOWLEDGED: QCoreApplication.translate("ExchangeTables", "Đã báo nhận"),
        }[self]


class ReceivedModel(ColumnsModel):
    columns = tuple(ReceivedColumn)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReceivedDispatch] = []

    def set_rows(self, rows: tuple[ReceivedDispatch, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ReceivedDispatch | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ReceivedColumn.NUMBER: r.number,
            ReceivedColumn.DATE: r.date.strftime("%d/%m/%Y"),
            ReceivedColumn.SENDER: r.sender,
            ReceivedColumn.SHEETS: str(r.sheets),
            ReceivedColumn.ACKNOWLEDGED: r.acknowledged_on.strftime("%d/%m/%Y") if r.acknowledged_on else "",
        }[ReceivedColumn(index.column())]


class ReceivedPanel(QGroupBox):
    ack_dialog_opened = Signal(object)
    status = Signal(str)

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Công văn đã nhận qua tệp"))
        self._session, self._runner = session, runner
        self.model = ReceivedModel(self)
        self.table = list_table(
            self, self.model, self.tr("Công văn đã nhận"), {ReceivedColumn.NUMBER: 16, ReceivedColumn.DATE: 12}
        )
        self.pdf_button = QPushButton(self.tr("Xem bản PDF…"))
        self.ack_button = QPushButton(self.tr("Gửi xác nhận đã nhận…"))
        guard(self.ack_button, session.actor, Op.EXCHANGE_SEND, lang)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.ack_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.pdf_button.clicked.connect(self.show_pdf)
        self.ack_button.clicked.connect(self.ask_ack)
        self._update()

    def selected(self) -> ReceivedDispatch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        r = self.selected()
        self.pdf_button.setEnabled(r is not None and r.has_pdf)
        self.ack_button.setEnabled(
            r is not None and r.acknowledged_on is None and self._session.actor.may(Op.EXCHANGE_SEND)
        )

    def reload(self) -> None:
        session = self._session

        def work(_progress: Progress) -> ReceivedData:
            with session.use() as vault:
                return load_received(vault)

        self._runner.run(work, done=self._show, parent=self)

    def _show(self, data: ReceivedData) -> None:
        self.model.set_rows(data.rows)
        self._update()

    def show_pdf(self) -> None:
        r = self.selected()
        if r is None:
            return
        session, runner = self._session, self._runner

        def work(_progress: Progress) -> bytes:
            with session.use() as vault:
                return received_pdf_bytes(vault, r.id)

        def done(pdf: bytes) -> None:
            title = self.tr("Công văn {number} của {sender}").format(number=r.number, sender=r.sender)
            preview.show_pdf(self, runner, pdf, title=title, suggested_name=f"cong-van-{r.id}.pdf")

        self._runner.run(work, done=done, parent=self)

    def ask_ack(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = DateDialog(
            self.tr("Gửi xác nhận đã nhận"),
            self.tr("Báo cho {sender} đã nhận công văn {number}.").format(sender=r.sender, number=r.number),
            self.tr("Ngày nhận:"),
            self.tr("Lưu tệp xác nhận…"),
            value=date.today(),
            maximum=date.today(),
            parent=self,
        )
        dialog.date.setMinimumDate(to_qdate(r.date))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._ack(r, dialog.day()))
        dialog.open()
        self.ack_dialog_opened.emit(dialog)

    def _ack(self, r: ReceivedDispatch, on: date) -> None:
        out = ask_bundle_path(self._runner.dialogs, self, self.tr("Lưu tệp xác nhận đã nhận"), f"da-nhan-{r.id}.sotay")
        if out is None:
            return
        session = self._session

        def work(_progress: Progress) -> BundleWritten:
            with session.use() as vault:
                return send_ack(vault, r.id, on, out)

        def done(w: BundleWritten) -> None:
            self.status.emit(self.tr("Đã lưu tệp xác nhận {path} gửi {org}.").format(path=str(w.path), org=w.recipient))
            self.reload()

        self._runner.run(work, done=done, parent=self)
