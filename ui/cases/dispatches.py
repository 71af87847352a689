"""Sending confirmed comments back: confirmed cases by workplace committee, making the numbered dispatches
(date, channel), and for each dispatch: preview and print, digital signature, and marking it received."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.flow.model import MANUAL_CHANNELS, Channel, Dispatch
from handbook.i18n import Lang, Message
from handbook.orgs.model import ExternalOrgId
from handbook.permissions import Op
from ui import theme
from ui.actions.cases import (
    DispatchAcknowledged,
    DispatchesMade,
    DispatchGroup,
    Pdf,
    SignedDispatch,
    SignRequest,
    YearData,
    acknowledge,
    dispatch_file_name,
    dispatch_pdf,
    make_dispatches,
    sign_dispatch,
)
from ui.cases import preview
from ui.cases.dispatch_models import DispatchColumn, DispatchesTableModel, GroupColumn, GroupsTableModel
from ui.cases.fields import date_edit, from_qdate, to_qdate
from ui.cases.sign_dialog import DispatchSignDialog
from ui.cases.small_dialogs import DateDialog
from ui.cases.table_model import dmy
from ui.exchange.buttons import ExchangeButtons
from ui.operations import Progress, Runner
from ui.session import Session
from ui.settings.signing_prefs import SigningPrefsStore
from ui.widgets.fit import ButtonRow
from ui.widgets.permission import guard
from ui.widgets.tables import DATE_SAMPLE, list_table, size_columns


class DispatchPanel(QWidget):
    sign_dialog_opened = Signal(object)  # the DispatchSignDialog just shown
    ack_dialog_opened = Signal(object)  # the DateDialog just shown
    status = Signal(str)

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang = lang
        self._data: YearData | None = None

        # confirmed cases waiting to be sent
        self.groups = GroupsTableModel(self)
        self.groups_table = list_table(
            self, self.groups, self.tr("Phiếu đã xác nhận theo nơi công tác"), {GroupColumn.COUNT: 9}
        )
        self.groups_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        size_columns(self.groups_table, {GroupColumn.COUNT: 9}, stretch=[GroupColumn.WORKPLACE, GroupColumn.MEMBERS])
        self.date = date_edit(self._today(), maximum=self._today())
        self.channel = QComboBox()
        for channel in MANUAL_CHANNELS:
            self.channel.addItem(Message(f"channel.{channel.value}").render(lang), channel.value)
        self.channel.setMinimumContentsLength(12)
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.make_selected_button = QPushButton(self.tr("Tạo công văn cho nơi đã chọn"))
        self.make_all_button = QPushButton(self.tr("Tạo công văn cho tất cả"))
        theme.set_role(self.make_all_button, "primary")
        make_row = QHBoxLayout()  # the fields on one line, the buttons under them: both fit at large text
        make_buttons = ButtonRow()
        date_label = QLabel(self.tr("Ngày gửi:"))
        date_label.setBuddy(self.date)
        channel_label = QLabel(self.tr("Cách gửi:"))
        channel_label.setBuddy(self.channel)
        make_row.addWidget(date_label)
        make_row.addWidget(self.date)
        make_row.addSpacing(12)
        make_row.addWidget(channel_label)
        make_row.addWidget(self.channel)
        make_row.addStretch(1)
        make_buttons.addStretch(1)
        make_buttons.addWidget(self.make_selected_button)
        make_buttons.addWidget(self.make_all_button)
        self.groups_empty = QLabel()
        theme.set_role(self.groups_empty, "muted")
        self.groups_empty.setWordWrap(True)
        waiting = QGroupBox(self.tr("Phiếu đã xác nhận, chờ gửi về nơi công tác"))
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addWidget(self.groups_table, 1)
        waiting_layout.addWidget(self.groups_empty)
        waiting_layout.addLayout(make_row)
        waiting_layout.addWidget(make_buttons)

        # dispatches made
        self.dispatches = DispatchesTableModel(lang, self)
        widths: dict[DispatchColumn, int | str] = {
            DispatchColumn.NUMBER: 14,
            DispatchColumn.DATE: DATE_SAMPLE,
            DispatchColumn.WORKPLACE: 40,
            DispatchColumn.COUNT: 9,
            DispatchColumn.CHANNEL: 14,
            DispatchColumn.RECEIVED: 16,
        }
        self.dispatches_table = list_table(self, self.dispatches, self.tr("Công văn đã tạo"), widths)
        size_columns(self.dispatches_table, widths, stretch=[DispatchColumn.WORKPLACE])  # the workplace takes the rest
        self.preview_button = QPushButton(self.tr("Xem / in công văn…"))
        self.sign_button = QPushButton(self.tr("Ký số…"))
        self.ack_button = QPushButton(self.tr("Ghi nhận nơi nhận đã nhận…"))
        self.exchange = ExchangeButtons(session, runner, lang, self.selected_dispatch, self)
        self.exchange.status.connect(self.status)
        made_row = ButtonRow()
        made_row.addWidget(self.preview_button)
        made_row.addWidget(self.exchange.send_button)
        made_row.addWidget(self.sign_button)
        made_row.addWidget(self.ack_button)
        made_row.addStretch(1)
        made_row.addWidget(self.exchange.import_button)
        made_row.addWidget(self.exchange.cards_button)
        made = QGroupBox(self.tr("Công văn đã tạo"))
        made_layout = QVBoxLayout(made)
        made_layout.addWidget(self.dispatches_table, 1)
        made_layout.addWidget(made_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(waiting, 1)
        layout.addWidget(made, 1)

        self.groups_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.dispatches_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.dispatches_table.activated.connect(lambda _index: self.preview_selected())
        self.make_selected_button.clicked.connect(self.make_selected)
        self.make_all_button.clicked.connect(self.make_all)
        self.preview_button.clicked.connect(self.preview_selected)
        self.sign_button.clicked.connect(self.sign_selected)
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.apply_permissions()

    def _today(self) -> date:
        return self._data.today if self._data is not None else date.today()

    # --- data --------------------------------------------------------------------------------------------

    def set_data(self, data: YearData) -> None:
        self._data = data
        chosen = self.selected_dispatch()
        self.groups.set_groups(data.groups)
        self.dispatches.set_dispatches(data.dispatches)
        self.date.setMaximumDate(to_qdate(data.today))
        if chosen is not None:
            row = self.dispatches.row_of(chosen.id)
            if row is not None:
                self.dispatches_table.selectRow(row)
        count = sum(len(g.cases) for g in data.groups)
        if count:
            self.groups_empty.setText(
                self.tr(
                    "%Ln phiếu đã xác nhận chờ gửi: chọn nơi công tác rồi tạo công văn, hoặc tạo cho tất cả.", "", count
                )
            )
        else:
            self.groups_empty.setText(self.tr("Không còn phiếu đã xác nhận nào chờ gửi."))
        self._update_buttons()

    def clear(self) -> None:
        self._data = None
        self.groups.set_groups([])
        self.dispatches.set_dispatches([])

    # --- permissions and buttons -----------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        actor = self._session.actor
        for button in (self.make_selected_button, self.make_all_button, self.ack_button):
            guard(button, actor, Op.DISPATCH, self._lang)
        guard(self.preview_button, actor, Op.FORMS_PRINT, self._lang)
        guard(
            self.sign_button,
            actor,
            Op.FORMS_SIGN,
            self._lang,
            self.tr("Ký số công văn bằng tệp chữ ký số hoặc thiết bị USB, rồi lưu bản đã ký"),
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        actor = self._session.actor
        groups = self.selected_groups()
        sendable = [g for g in self.groups.groups if g.org_id is not None]
        d = self.selected_dispatch()
        self.make_selected_button.setEnabled(actor.may(Op.DISPATCH) and any(g.org_id is not None for g in groups))
        self.make_all_button.setEnabled(actor.may(Op.DISPATCH) and bool(sendable))
        self.make_all_button.setText(self.tr("Tạo công văn cho tất cả (%Ln nơi)", "", len(sendable)))
        self.preview_button.setEnabled(actor.may(Op.FORMS_PRINT) and d is not None)
        self.sign_button.setEnabled(actor.may(Op.FORMS_SIGN) and d is not None)
        self.ack_button.setEnabled(actor.may(Op.DISPATCH) and d is not None and d.acknowledged_on is None)
        self.exchange.update()

    def selected_groups(self) -> list[DispatchGroup]:
        rows = sorted(i.row() for i in self.groups_table.selectionModel().selectedRows())
        return [g for g in (self.groups.group_at(r) for r in rows) if g is not None]

    def selected_dispatch(self) -> Dispatch | None:
        rows = self.dispatches_table.selectionModel().selectedRows()
        return self.dispatches.dispatch_at(rows[0].row()) if rows else None

    # --- making dispatches --------------------------------------------------------------------------------

    def make_selected(self) -> None:
        groups = [g for g in self.selected_groups() if g.org_id is not None]
        self._make([ExternalOrgId(int(g.org_id)) for g in groups if g.org_id is not None], groups)

    def make_all(self) -> None:
        """Every workplace that is known (cases without one stay until their request is recorded)."""
        groups = [g for g in self.groups.groups if g.org_id is not None]
        self._make([ExternalOrgId(int(g.org_id)) for g in groups if g.org_id is not None], groups)

    def _make(self, org_ids: list[ExternalOrgId], groups: list[DispatchGroup]) -> None:
        data = self._data
        if data is None or not groups:
            return
        on = from_qdate(self.date.date())
        channel = Channel(str(self.channel.currentData()))
        cases = sum(len(g.cases) for g in groups)
        question = self.tr("Tạo %Ln công văn gửi trả kết quả nhận xét", "", len(groups)) + " "
        question += self.tr("({cases} phiếu), ngày {day}, cách gửi: {channel}?").format(
            cases=cases, day=dmy(on), channel=self.channel.currentText()
        )
        question += "\n\n" + "\n".join(f"• {g.org_name} ({len(g.cases)})" for g in groups[:12])
        if len(groups) > 12:
            question += "\n…"
        if not self._runner.dialogs.ask(self, question, yes=self.tr("Tạo công văn"), no=self.tr("Không")):
            return
        session, year = self._session, data.year

        def work(_progress: Progress) -> DispatchesMade:
            with session.use() as vault:
                return make_dispatches(vault, year, org_ids, on, channel)

        def done(change: DispatchesMade) -> None:
            self.status.emit(
                self.tr("Đã tạo %Ln công văn: {numbers}.", "", len(change.numbers)).format(
                    numbers=", ".join(change.numbers)
                )
            )

        self._runner.run(work, done=done, parent=self, progress=self.tr("Đang tạo công văn…"))

    # --- one dispatch ----------------------------------------------------------------------------------------

    def preview_selected(self) -> None:
        d = self.selected_dispatch()
        if d is None or not self._session.actor.may(Op.FORMS_PRINT):
            return
        session, runner = self._session, self._runner

        def work(_progress: Progress) -> Pdf:
            with session.use() as vault:
                return dispatch_pdf(vault, d.id)

        def done(pdf: Pdf) -> None:
            title = self.tr("Công văn {number} gửi {org}").format(number=pdf.title, org=d.workplace_name)
            preview.show_pdf(self, runner, pdf.data, title=title, suggested_name=pdf.suggested_name)

        self._runner.run(work, done=done, parent=self, progress=self.tr("Đang dựng công văn…"))

    def sign_selected(self) -> None:
        d = self.selected_dispatch()
        if d is None:
            return
        dialog = DispatchSignDialog(d, SigningPrefsStore().load(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._sign(d, dialog))
        dialog.open()
        self.sign_dialog_opened.emit(dialog)

    def _sign(self, d: Dispatch, dialog: DispatchSignDialog) -> None:
        signer = dialog.signer()
        dialog.forget()
        suggested = Path.home() / dispatch_file_name(d, signed=True)
        out = self._runner.dialogs.save_file(
            self, self.tr("Lưu công văn đã ký số"), suggested, self.tr("Tệp PDF (*.pdf)")
        )
        if out is None:
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        request = SignRequest(d.id, signer, out)
        session = self._session

        def work(_progress: Progress) -> SignedDispatch:
            with session.use() as vault:
                return sign_dispatch(vault, request)

        def done(signed: SignedDispatch) -> None:
            self.status.emit(
                self.tr("Đã ký số công văn {number} ({name}) và lưu vào {path}.").format(
                    number=signed.number, name=signed.signer, path=str(signed.path)
                )
            )

        self._runner.run(work, done=done, parent=self, progress=self.tr("Đang ký số…"))

    def acknowledge_selected(self) -> None:
        d = self.selected_dispatch()
        if d is None or d.acknowledged_on is not None:
            return
        dialog = DateDialog(
            self.tr("Nơi nhận đã nhận"),
            self.tr("Ghi nhận {org} đã nhận công văn {number} (gửi ngày {day}).").format(
                org=d.workplace_name, number=d.number_text, day=dmy(d.date)
            ),
            self.tr("Ngày nhận:"),
            self.tr("Ghi nhận"),
            value=self._today(),
            maximum=self._today(),
            parent=self,
        )
        dialog.date.setMinimumDate(to_qdate(d.date))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._acknowledge(d, dialog.day()))
        dialog.open()
        self.ack_dialog_opened.emit(dialog)

    def _acknowledge(self, d: Dispatch, on: date) -> None:
        session = self._session

        def work(_progress: Progress) -> DispatchAcknowledged:
            with session.use() as vault:
                return acknowledge(vault, d.id, on)

        def done(change: DispatchAcknowledged) -> None:
            self.status.emit(self.tr("Đã ghi nhận nơi nhận đã nhận công văn {number}.").format(number=change.number))

        self._runner.run(work, done=done, parent=self)
