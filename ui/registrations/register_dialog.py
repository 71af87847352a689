"""Registering a member from the workplace's introduction letter ("Đăng ký mới từ giấy giới thiệu").

The member is either found among ours or entered as a new working member (their official cell is at the
workplace, so they join none of our cells). The workplace committee comes from the directory of external
organisations, searched without tones, or is added on the spot. For a new member, the letter is checked and the
member saved first (field errors and warnings as in the member editor, "Vẫn lưu" accepts the warnings), then the
registration; if that second step is refused, the saved member is kept and used when the person saves again.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError
from handbook.flow.model import Category, ResidenceKind
from handbook.i18n import Lang, Message
from handbook.members.model import Gender, MemberId
from handbook.members.validate import warning_keys
from handbook.orgs.model import ExternalOrgId, OrgId
from handbook.text.problems import Problem
from handbook.validation import NeedsConfirmation, ValidationFailed
from ui import theme
from ui.actions.members import MemberDraft
from ui.actions.registrations import (
    LetterDraft,
    LetterSetup,
    MemberPick,
    RegistrationsChanged,
    WorkplaceAdded,
    add_working_member,
    register,
)
from ui.members.editor import FieldBox
from ui.operations import Progress, Runner
from ui.orgs.fields import date_edit, date_of
from ui.registrations.labels import category_text, residence_text
from ui.registrations.pickers import MemberPicker, WorkplacePicker
from ui.registrations.pickers import WorkplaceDialog as WorkplaceDialog  # where the tests and callers have found it
from ui.session import Session
from ui.widgets.dialogs import localize_buttons
from ui.widgets.fit import fit_size

T = TypeVar("T")
CHOOSE_CELL = -1  # the residence cell box before a choice
MEMBER_FIELDS = ("ho", "dem", "ten", "gender", "birth_date", "cccd", "card_no", "phone")


# --- the dialog ----------------------------------------------------------------------------------------


class RegisterDialog(QDialog):
    """Record an introduction letter: who, from which workplace committee, to which residence cell."""

    registered = QtSignal(object)  # RegistrationsChanged

    def __init__(
        self, setup: LetterSetup, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self._saving = False
        self._picked: MemberPick | None = None
        self._accepted: set[str] = set()
        self._pending_warnings: set[str] = set()
        self.boxes: dict[str, FieldBox] = {}
        self.workplace_dialog: WorkplaceDialog | None = None
        self.setWindowTitle(self.tr("Đăng ký mới từ giấy giới thiệu"))
        self.setModal(True)
        self.setSizeGripEnabled(True)

        heading = QLabel(self.tr("Đăng ký sinh hoạt nơi cư trú từ giấy giới thiệu"))
        heading.setFont(theme.scaled_font(heading, 1.3, bold=True))
        self.problems_panel = QFrame()
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        QVBoxLayout(self.problems_panel).addWidget(self.problems_label)
        self.problems_panel.hide()

        member_group = self._member_group()
        letter_group = self._letter_group(setup)
        residence_group = self._residence_group(setup)

        form = QWidget()
        grid = QGridLayout(form)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(12)
        grid.addWidget(member_group, 0, 0, 2, 1)
        grid.addWidget(letter_group, 0, 1)
        grid.addWidget(residence_group, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Lưu"))
        theme.set_role(self.save_button, "primary")
        self.save_anyway_button = QPushButton(self.tr("Vẫn lưu"))
        self.save_anyway_button.setToolTip(self.tr("Đã kiểm tra các điều cần xem lại ở trên và thấy đúng: lưu."))
        self.buttons.addButton(self.save_anyway_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_anyway_button.hide()
        self.save_anyway_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(self.buttons)
        self.save_button.clicked.connect(lambda: self.save(accept_warnings=False))
        self.save_anyway_button.clicked.connect(lambda: self.save(accept_warnings=True))
        cancel.clicked.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addWidget(heading)
        outer.addWidget(self.problems_panel)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        self._set_tab_order()
        height = self.fontMetrics().height()
        wanted = QSize(height * 62, form.sizeHint().height() + height * 8)
        self.resize(fit_size(self, wanted))
        self.picker.search.setFocus()

    # --- building -------------------------------------------------------------------------------------

    def _member_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Đảng viên"))
        self.existing_radio = QRadioButton(self.tr("Đã có hồ sơ ở đây"))
        self.new_radio = QRadioButton(self.tr("Đảng viên mới (đang công tác nơi khác)"))
        self.existing_radio.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.existing_radio)
        modes.addButton(self.new_radio)
        self.picker = MemberPicker(self._session, self._runner)
        self.picker.picked.connect(self._picked_member)

        self.new_member = QWidget()
        new_form = QFormLayout(self.new_member)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in MEMBER_FIELDS:
            box = FieldBox(self._member_editor(name))
            self.boxes[name] = box
            label = QLabel(Message(f"field.{name}").render(self._lang))
            label.setBuddy(box.editor)
            new_form.addRow(label, box)
            editor = box.editor
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda _t, b=box: self._member_edited(b))
            elif isinstance(editor, QComboBox):
                editor.activated.connect(lambda _i, b=box: self._member_edited(b))

        self.member_stack = QStackedWidget()
        self.member_stack.addWidget(self.picker)
        self.member_stack.addWidget(self.new_member)
        layout = QVBoxLayout(group)
        radios = QHBoxLayout()
        radios.addWidget(self.existing_radio)
        radios.addWidget(self.new_radio)
        radios.addStretch(1)
        layout.addLayout(radios)
        layout.addWidget(self.member_stack, 1)
        self.new_radio.toggled.connect(self._mode_changed)
        return group

    def _member_editor(self, name: str) -> QLineEdit | QComboBox:
        if name == "gender":
            combo = QComboBox()
            combo.addItem(self.tr("(chưa rõ)"), None)
            for gender in Gender:
                combo.addItem(Message(f"gender.{gender.value}").render(self._lang), gender.value)
            return combo
        edit = QLineEdit()
        if name == "birth_date":
            edit.setPlaceholderText(self.tr("ngày/tháng/năm hoặc năm"))
        elif name == "cccd":
            edit.setPlaceholderText(self.tr("12 chữ số"))
        return edit

    def _letter_group(self, setup: LetterSetup) -> QGroupBox:
        group = QGroupBox(self.tr("Giấy giới thiệu"))
        self.workplace = WorkplacePicker()
        self.workplace.set_workplaces(setup.workplaces)
        self.workplace.setAccessibleName(self.tr("Đảng ủy nơi công tác"))
        self.add_workplace_button = QPushButton(self.tr("Thêm mới…"))
        self.add_workplace_button.setToolTip(self.tr("Đảng ủy nơi công tác chưa có trong danh mục: thêm ngay."))
        self.add_workplace_button.setAutoDefault(False)  # Enter saves the registration, wherever the focus was
        self.letter_no = QLineEdit()
        self.letter_no.setPlaceholderText(self.tr("ví dụ: 66-GT/ĐU"))
        self.letter_date = date_edit()
        self.received = date_edit()
        workplace_row = QHBoxLayout()
        workplace_row.addWidget(self.workplace, 1)
        workplace_row.addWidget(self.add_workplace_button)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Đảng ủy nơi công tác:"), workplace_row)
        form.addRow(self.tr("Số giấy giới thiệu:"), self.letter_no)
        form.addRow(self.tr("Ngày giấy giới thiệu:"), self.letter_date)
        form.addRow(self.tr("Ngày tiếp nhận:"), self.received)
        self.add_workplace_button.clicked.connect(self.add_workplace)
        return group

    def _residence_group(self, setup: LetterSetup) -> QGroupBox:
        group = QGroupBox(self.tr("Nơi cư trú và chi bộ"))
        self.residence_kind = QComboBox()
        for kind in ResidenceKind:
            self.residence_kind.addItem(residence_text(kind), kind.value)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("số nhà, thôn / tổ dân phố"))
        self.cell = QComboBox()
        self.cell.addItem(self.tr("— Chọn chi bộ —"), CHOOSE_CELL)  # a deliberate choice, never a default cell
        self.cell.addItem(self.tr("(chưa xếp chi bộ — xếp sau)"), None)
        for cell in setup.cells:
            self.cell.addItem(cell.name, int(cell.id))
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(category_text(category, self._lang), category.value)
        self.notes = QLineEdit()
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Cư trú:"), self.residence_kind)
        form.addRow(self.tr("Địa chỉ nơi cư trú:"), self.address)
        form.addRow(self.tr("Chi bộ nơi cư trú:"), self.cell)
        form.addRow(self.tr("Diện:"), self.category)
        form.addRow(self.tr("Ghi chú:"), self.notes)
        return group

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.existing_radio, self.new_radio, self.picker.search, self.picker.results]
        chain += [self.boxes[name].editor for name in MEMBER_FIELDS]
        chain += [self.workplace, self.add_workplace_button, self.letter_no, self.letter_date, self.received]
        chain += [self.residence_kind, self.address, self.cell, self.category, self.notes, self.save_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the member ----------------------------------------------------------------------------------

    def _mode_changed(self) -> None:
        new = self.new_radio.isChecked()
        self.member_stack.setCurrentWidget(self.new_member if new else self.picker)
        self._clear_problems()
        (self.boxes["ho"].editor if new else self.picker.search).setFocus()

    def _picked_member(self, pick: MemberPick | None) -> None:
        self._picked = pick
        if pick is not None and pick.address and not self.address.text().strip():
            self.address.setText(pick.address)
        if pick is not None:
            self._clear_problems()

    def _member_edited(self, box: FieldBox) -> None:
        if box.has_problem:
            box.clear_problem()
        self.save_button.setEnabled(True)

    def member_draft(self) -> MemberDraft:
        def text(name: str) -> str:
            editor = self.boxes[name].editor
            return editor.text() if isinstance(editor, QLineEdit) else ""

        gender = self.boxes["gender"].editor
        assert isinstance(gender, QComboBox)
        return MemberDraft(
            ho=text("ho"),
            dem=text("dem"),
            ten=text("ten"),
            gender=Gender(gender.currentData()) if gender.currentData() else None,
            birth_date=text("birth_date"),
            cccd=text("cccd"),
            card_no=text("card_no"),
            phone=text("phone"),
            workplace=self.workplace.currentText().strip(),
            address=self.address.text(),
        )

    def line(self, name: str) -> QLineEdit:
        editor = self.boxes[name].editor
        assert isinstance(editor, QLineEdit), name
        return editor

    # --- the workplace ---------------------------------------------------------------------------------

    def add_workplace(self) -> None:
        typed = "" if self.workplace.selected() is not None else self.workplace.currentText().strip()
        dialog = WorkplaceDialog(typed, self._session, self._runner, self._lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._workplace_added)
        self.workplace_dialog = dialog
        dialog.open()

    def _workplace_added(self, change: WorkplaceAdded) -> None:
        workplaces = [
            ExternalOrgId(int(self.workplace.itemData(i)))
            for i in range(self.workplace.count())
            if self.workplace.itemData(i) is not None
        ]
        added = change.workplace
        if added.id not in workplaces:
            self.workplace.addItem(added.name, int(added.id))
        self.workplace.setCurrentIndex(self.workplace.findData(int(added.id)))
        self.letter_no.setFocus()

    # --- saving -----------------------------------------------------------------------------------------

    def letter_draft(self, member_id: MemberId | None) -> LetterDraft:
        cell = self.cell.currentData()
        cell = None if cell == CHOOSE_CELL else cell
        return LetterDraft(
            member_id=member_id,
            workplace_id=self.workplace.selected(),
            letter_no=self.letter_no.text(),
            letter_date=date_of(self.letter_date),
            received_date=date_of(self.received),
            residence_kind=ResidenceKind(str(self.residence_kind.currentData())),
            residence_address=self.address.text(),
            cell_id=OrgId(int(cell)) if cell is not None else None,
            category=Category(str(self.category.currentData())),
            notes=self.notes.text(),
        )

    def save(self, *, accept_warnings: bool) -> None:
        if self._saving or not self._ready():
            return
        if not self.new_radio.isChecked():
            assert self._picked is not None
            self._register(self._picked.id)
        else:
            self._save_new_member(accept_warnings)

    def _ready(self) -> bool:
        """What the core cannot judge, asked in the form's order: who, which workplace, which cell."""
        if not self.new_radio.isChecked() and self._picked is None:
            self._show_refusal(self.tr("Chưa chọn đảng viên. Hãy tìm và chọn một người trong danh sách."))
            self.picker.search.setFocus()
            return False
        if self.workplace.currentText().strip() and self.workplace.selected() is None:
            self._show_refusal(
                self.tr("“{name}” chưa có trong danh mục đảng ủy nơi công tác. Bấm “Thêm mới…” để thêm.").format(
                    name=self.workplace.currentText().strip()
                )
            )
            self.workplace.setFocus()
            return False
        if self.cell.currentData() == CHOOSE_CELL:
            self._show_refusal(
                self.tr("Chưa chọn chi bộ nơi cư trú. Chọn một chi bộ, hoặc “chưa xếp chi bộ” để xếp sau.")
            )
            self.cell.setFocus()
            return False
        return True

    def _save_new_member(self, accept_warnings: bool) -> None:
        accept = set(self._accepted) | (self._pending_warnings if accept_warnings else set())
        self._accepted = accept
        letter, member, lang, session = self.letter_draft(None), self.member_draft(), self._lang, self._session

        def work(_progress: Progress) -> RegistrationsChanged:
            with session.use() as vault:
                return add_working_member(vault, letter, member, lang, accept)

        self._start(work, self._registered)

    def _register(self, member_id: MemberId) -> None:
        letter, session = self.letter_draft(member_id), self._session

        def work(_progress: Progress) -> RegistrationsChanged:
            with session.use() as vault:
                return register(vault, letter)

        self._start(work, self._registered)

    def _start(self, work: Callable[[Progress], T], done: Callable[[T], None]) -> None:
        self._saving = True
        self.save_button.setEnabled(False)
        self.save_anyway_button.setEnabled(False)

        def settled() -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.save_anyway_button.setEnabled(True)

        self._runner.run(work, done=done, failed=self._refused, always=settled, parent=self)

    def _registered(self, change: RegistrationsChanged) -> None:
        self.registered.emit(change)
        self.accept()

    def _refused(self, exc: HandbookError) -> bool:
        if isinstance(exc, ValidationFailed):
            self._show_problems(exc.problems, exc.message.render(self._lang), "error")
            self.save_anyway_button.hide()
            return True
        if isinstance(exc, NeedsConfirmation):
            self._pending_warnings = warning_keys(exc.problems)
            self._show_problems(exc.problems, exc.message.render(self._lang), "warning")
            self.save_anyway_button.show()
            return True
        self._show_refusal(exc.render(self._lang))
        return True

    def _show_refusal(self, text: str) -> None:
        self.problems_label.setText(text)
        theme.set_role(self.problems_panel, "errorPanel")
        self.problems_panel.show()

    def _clear_problems(self) -> None:
        self.problems_panel.hide()
        for box in self.boxes.values():
            box.clear_problem()

    def _show_problems(self, problems: list[Problem], summary: str, kind: str) -> None:
        self._clear_problems()
        elsewhere: list[str] = []
        first: FieldBox | None = None
        for problem in problems:
            text = problem.render(self._lang)
            target = self.boxes.get(problem.field)
            if target is None:
                elsewhere.append(text)
                continue
            target.show_problem(problem.severity, text)
            first = first or target
        lines = [summary]
        if kind == "warning":
            lines += [f"• {p.render(self._lang)}" for p in problems]
            lines.append(self.tr('Sửa lại, hoặc bấm "Vẫn lưu" nếu đã kiểm tra và thấy đúng.'))
        else:
            lines += [f"• {text}" for text in elsewhere]
        self.problems_label.setText("\n".join(lines))
        theme.set_role(self.problems_panel, "warningPanel" if kind == "warning" else "errorPanel")
        self.problems_panel.show()
        if first is not None:
            first.editor.setFocus()
