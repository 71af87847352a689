"""Moving a registration to another residence cell, and ending a registration."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError
from handbook.flow.model import EndReason, Registration
from handbook.i18n import Lang
from handbook.orgs.model import OrgId
from ui import theme
from ui.actions.members import CellChoice
from ui.actions.registrations import RegistrationsChanged, end_registration, move_registration
from ui.operations import Progress, Runner
from ui.orgs.fields import date_edit, date_of, dmy, refusal_label, say
from ui.registrations.labels import end_reason_text
from ui.session import Session
from ui.widgets.dialogs import localize_buttons


class RegistrationFormDialog(QDialog):
    """A small form about one registration, with one primary button that runs one action."""

    changed = Signal(object)  # RegistrationsChanged

    def __init__(
        self,
        reg: Registration,
        session: Session,
        runner: Runner,
        lang: Lang,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.reg = reg
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self._running = False
        self.setModal(True)
        self.heading = QLabel()
        self.heading.setFont(theme.scaled_font(self.heading, 1.3, bold=True))
        who = QLabel(
            self.tr("{name} — tiếp nhận ngày {day}, sinh hoạt tại {cell}").format(
                name=reg.member_name, day=dmy(reg.received_date), cell=reg.cell_name or self.tr("(chưa xếp)")
            )
        )
        who.setWordWrap(True)
        self.form = QFormLayout()
        self.refusal = refusal_label()
        buttons = QDialogButtonBox()
        self.action_button = QPushButton()
        theme.set_role(self.action_button, "primary")
        self.action_button.setDefault(True)
        buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(who)
        layout.addLayout(self.form)
        layout.addWidget(self.refusal)
        layout.addWidget(buttons)
        self.action_button.clicked.connect(self.run_action)
        buttons.rejected.connect(self.reject)

    def name_it(self, title: str, action_text: str) -> None:
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.action_button.setText(action_text)

    def finish_layout(self) -> None:
        self.resize(self.fontMetrics().height() * 36, self.sizeHint().height())

    def action(self) -> Callable[[Progress], RegistrationsChanged]:
        raise NotImplementedError

    def run_action(self) -> None:
        if self._running:
            return
        self._running = True
        say(self.refusal, "")

        def refused(exc: HandbookError) -> bool:
            say(self.refusal, exc.render(self._lang))
            return True

        def settled() -> None:
            self._running = False

        self._runner.run(self.action(), done=self._done, failed=refused, always=settled, parent=self)

    def _done(self, change: RegistrationsChanged) -> None:
        self.changed.emit(change)
        self.accept()


class MoveRegistrationDialog(RegistrationFormDialog):
    """The member moved within the commune: the same registration continues in another residence cell."""

    def __init__(
        self,
        reg: Registration,
        cells: list[CellChoice],
        session: Session,
        runner: Runner,
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(reg, session, runner, lang, parent)
        self.name_it(self.tr("Chuyển sang chi bộ nơi cư trú khác"), self.tr("Chuyển"))
        self.cell = QComboBox()
        for cell in cells:
            if cell.id != reg.cell_id:
                self.cell.addItem(cell.name, int(cell.id))
        self.when = date_edit()
        self.form.addRow(self.tr("Chi bộ mới:"), self.cell)
        self.form.addRow(self.tr("Từ ngày:"), self.when)
        if not self.cell.count():
            say(self.refusal, self.tr("Không có chi bộ nơi cư trú nào khác để chuyển đến."))
            self.action_button.setEnabled(False)
        self.finish_layout()
        self.cell.setFocus()

    def action(self) -> Callable[[Progress], RegistrationsChanged]:
        reg_id, session, when = self.reg.id, self._session, date_of(self.when)
        cell = OrgId(int(self.cell.currentData()))

        def work(_progress: Progress) -> RegistrationsChanged:
            with session.use() as vault:
                return move_registration(vault, reg_id, cell, when)

        return work


class EndRegistrationDialog(RegistrationFormDialog):
    """The registration ends: the member moved away, retired here, was transferred, or died."""

    def __init__(
        self, reg: Registration, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(reg, session, runner, lang, parent)
        self.name_it(self.tr("Kết thúc đăng ký"), self.tr("Kết thúc đăng ký"))
        self.when = date_edit()
        self.reason = QComboBox()
        for reason in EndReason:
            self.reason.addItem(end_reason_text(reason), reason.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("ví dụ: số quyết định, nơi chuyển đến"))
        self.form.addRow(self.tr("Ngày kết thúc:"), self.when)
        self.form.addRow(self.tr("Lý do:"), self.reason)
        self.form.addRow(self.tr("Ghi chú:"), self.note)
        self.finish_layout()
        self.reason.setFocus()

    def action(self) -> Callable[[Progress], RegistrationsChanged]:
        reg_id, session = self.reg.id, self._session
        when, reason, note = date_of(self.when), EndReason(str(self.reason.currentData())), self.note.text()

        def work(_progress: Progress) -> RegistrationsChanged:
            with session.use() as vault:
                return end_registration(vault, reg_id, when, reason, note)

        return work
