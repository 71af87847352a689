"""Quá trình (lifecycle events) of one member: the dated events, and adding one (transferred, exempted,
disciplined, died, badge awarded …). The member's status derives from them in the core.

``MemberEventsWidget`` fits a tab of the member editor; ``MemberEventsDialog`` wraps it for a button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError
from handbook.i18n import Lang, Message
from handbook.members.model import ENDING_KINDS, Event, EventKind, MemberId
from handbook.permissions import Op
from ui.actions.changes import Changed, MembersChanged
from ui.actions.member_history import EventDraft, EventsView, load_events, record_event
from ui.members.history import MemberHistoryDialog
from ui.operations import Progress, Runner
from ui.session import Session
from ui.settings.rows_model import Col, RowsModel
from ui.settings.section import message_line, note, plain_table, say
from ui.widgets.dialogs import WidgetDialog
from ui.widgets.permission import guard


def event_label(kind: EventKind | str, lang: Lang) -> str:
    return Message(f"event.{EventKind(kind).value}").render(lang)


class MemberEventsWidget(QWidget):
    """The events of ``member_id``; loads when first shown, again after each change to this member."""

    event_added = Signal(object)  # MembersChanged

    def __init__(
        self, member_id: MemberId, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.member_id = member_id
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self._loaded = False
        self.full_name = ""
        self.model: RowsModel[Event] = RowsModel(
            [
                Col(self.tr("Ngày"), lambda e: e.date.display()),
                Col(self.tr("Sự kiện"), lambda e: event_label(e.kind, lang)),
                Col(self.tr("Số quyết định"), lambda e: e.decision_no),
                Col(self.tr("Ghi chú"), lambda e: e.detail),
            ],
            tone=lambda e: "muted" if e.kind in ENDING_KINDS else None,
            parent=self,
        )
        self.table = plain_table(self.tr("Quá trình của đảng viên"))
        self.table.setModel(self.model)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate((12, 30, 18)):
            self.table.setColumnWidth(column, chars * char)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)

        self.kind = QComboBox()
        for kind in EventKind:
            self.kind.addItem(event_label(kind, lang), kind.value)
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("ngày/tháng/năm, tháng/năm hoặc năm"))
        self.date.setToolTip(self.tr("Ghi ngày/tháng/năm (05/02/2024), tháng/năm (02/2024) hoặc chỉ năm (2024)."))
        self.decision_no = QLineEdit()
        self.decision_no.setPlaceholderText(self.tr("ví dụ 125-QĐ/ĐU"))
        self.detail = QLineEdit()
        self.add_button = QPushButton(self.tr("Thêm sự kiện"))
        self.message = message_line()
        box = QGroupBox(self.tr("Thêm sự kiện"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Sự kiện:"), self.kind)
        form.addRow(self.tr("Ngày:"), self.date)
        form.addRow(self.tr("Số quyết định:"), self.decision_no)
        form.addRow(self.tr("Ghi chú:"), self.detail)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addStretch()
        row.addWidget(self.add_button)
        form.addRow(row)
        self.form_box = box
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Mỗi thay đổi về sinh hoạt Đảng được ghi thành một sự kiện có ngày, không sửa đè; "
                    "tình trạng của đảng viên tính từ các sự kiện này."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.date.textChanged.connect(lambda _t: self._update_add())
        self.add_button.clicked.connect(self.add)
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)
        runner.changed.connect(self._changed)
        self._kind_changed()
        self.apply_permissions()

    # --- loading -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        if self._session.is_locked:
            return
        self._loaded = True
        session, member_id = self._session, self.member_id

        def work(_progress: Progress) -> EventsView:
            with session.use() as vault:
                return load_events(vault, member_id)

        self._runner.run(work, done=self._show, parent=self)

    def _show(self, view: EventsView) -> None:
        self.full_name = view.full_name
        self.model.set_rows(view.events)

    def _locked(self) -> None:
        self.model.clear()

    def _unlocked(self) -> None:
        self.apply_permissions()
        if self._loaded:
            self.reload()

    def _changed(self, change: Changed) -> None:
        if isinstance(change, MembersChanged) and self.member_id in change.ids and self._loaded:
            self.reload()

    # --- adding --------------------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        if guard(self.form_box, self._session.actor, Op.MEMBERS_EDIT, self._lang):
            self._update_add()

    def _update_add(self) -> None:
        self.add_button.setEnabled(bool(self.date.text().strip()) and self._session.actor.may(Op.MEMBERS_EDIT))

    def _kind_changed(self) -> None:
        kind = EventKind(str(self.kind.currentData()))
        if kind is EventKind.BADGE:
            self.detail.setPlaceholderText(self.tr("số năm tuổi Đảng, ví dụ 30"))
        elif kind is EventKind.DISCIPLINED:
            self.detail.setPlaceholderText(self.tr("hình thức kỷ luật, ví dụ Khiển trách"))
        elif kind in (EventKind.TRANSFER_IN, EventKind.TRANSFER_IN_TEMPORARY):
            self.detail.setPlaceholderText(self.tr("chuyển từ đâu"))
        elif kind in (EventKind.TRANSFER_OUT, EventKind.TRANSFER_OUT_TEMPORARY):
            self.detail.setPlaceholderText(self.tr("chuyển đến đâu"))
        else:
            self.detail.setPlaceholderText("")

    def draft(self) -> EventDraft:
        return EventDraft(
            EventKind(str(self.kind.currentData())), self.date.text(), self.decision_no.text(), self.detail.text()
        )

    def add(self) -> None:
        draft = self.draft()
        if draft.kind in ENDING_KINDS and not self._runner.dialogs.ask(
            self,
            self.tr("Sự kiện “{event}” đưa đảng viên {name} ra khỏi danh sách đang sinh hoạt. Ghi sự kiện này?").format(
                event=event_label(draft.kind, self._lang), name=self.full_name or ""
            ),
            yes=self.tr("Ghi sự kiện"),
            no=self.tr("Chưa ghi"),
        ):
            return
        session, member_id = self._session, self.member_id
        label = QCoreApplication.translate("MemberEventsWidget", "Ngày của sự kiện")

        def work(_progress: Progress) -> MembersChanged:
            with session.use() as vault:
                return record_event(vault, member_id, draft, label)

        def done(change: MembersChanged) -> None:
            for edit in (self.date, self.decision_no, self.detail):
                edit.clear()
            say(self.message, self.tr("Đã ghi sự kiện."), "muted")
            self.event_added.emit(change)

        self._runner.run(work, done=done, failed=self._refused, parent=self)

    def _refused(self, exc: HandbookError) -> bool:
        say(self.message, exc.render(self._lang), "error")
        self.date.setFocus()
        return True


class MemberEventsDialog(WidgetDialog):
    """The events widget in its own window (for a "Quá trình…" button)."""

    def __init__(
        self,
        member_id: MemberId,
        full_name: str,
        session: Session,
        runner: Runner,
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        self.events = MemberEventsWidget(member_id, session, runner, lang)
        title = QCoreApplication.translate("MemberEventsDialog", "Quá trình sinh hoạt Đảng: {name}").format(
            name=full_name
        )
        super().__init__(title, self.events, width_lines=50, height_lines=32, parent=parent)


def add_record_buttons(
    box: QDialogButtonBox,
    member_id: MemberId,
    full_name: str,
    session: Session,
    runner: Runner,
    lang: Lang,
    parent: QWidget,
) -> tuple[QPushButton, QPushButton]:
    """Add "Quá trình…" and "Lịch sử thay đổi…" to an editor's button box; each opens its window."""
    events = QPushButton(QCoreApplication.translate("MemberRecordButtons", "Quá trình…"))
    events.setToolTip(
        QCoreApplication.translate("MemberRecordButtons", "Các sự kiện: chuyển sinh hoạt, miễn sinh hoạt, kỷ luật …")
    )
    history = QPushButton(QCoreApplication.translate("MemberRecordButtons", "Lịch sử thay đổi…"))
    history.setToolTip(QCoreApplication.translate("MemberRecordButtons", "Ai đã sửa gì, khi nào"))
    for button in (events, history):
        button.setAutoDefault(False)
        box.addButton(button, QDialogButtonBox.ButtonRole.ResetRole)

    def show(dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    events.clicked.connect(lambda: show(MemberEventsDialog(member_id, full_name, session, runner, lang, parent)))
    history.clicked.connect(lambda: show(MemberHistoryDialog(member_id, full_name, session, runner, lang, parent)))
    return events, history
