"""The member form: errors next to their fields block saving; warnings are listed and may be accepted.

Saving goes through the operations layer; the core decides what is an error and what is a warning. After a
refused save, Save stays disabled until something is changed; warnings bring a "Vẫn lưu" (save anyway)
button that passes the accepted warnings back to the core.
"""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError
from handbook.i18n import Lang, Message
from handbook.members.model import Gender
from handbook.members.validate import warning_keys
from handbook.orgs.model import OrgId
from handbook.permissions import Op
from handbook.text.problems import Problem
from handbook.validation import NeedsConfirmation, ValidationFailed
from ui import theme
from ui.actions.changes import MembersChanged
from ui.actions.members import DATE_FIELDS, CellChoice, EditorData, MemberDraft, save_member
from ui.members.events import add_record_buttons
from ui.operations import Runner
from ui.session import Session
from ui.widgets.dialogs import localize_buttons
from ui.widgets.fit import fit_size

FieldWidget = QLineEdit | QComboBox | QPlainTextEdit

# (group title, fields) in the order of the form; the titles are translated in ``_group_title``.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("person", ("ho", "dem", "ten", "gender", "birth_date", "hometown", "ethnicity", "religion")),
    ("party", ("admitted", "official", "cell", "card_no", "theory")),
    ("papers", ("cccd", "cmnd", "phone")),
    ("work", ("education", "occupation", "workplace", "address", "note")),
)
LEFT_GROUPS = ("person", "papers")


def set_problem(widget: QWidget, severity: str) -> None:
    widget.setProperty("problem", severity)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldBox(QWidget):
    """One field's editor with the sentence about its problem under it."""

    def __init__(self, editor: FieldWidget, hint: str = "") -> None:
        super().__init__()
        self.editor = editor
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        if hint:
            hint_label = QLabel(hint)
            theme.set_role(hint_label, "muted")
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        layout.addWidget(self.message)

    def show_problem(self, severity: str, text: str) -> None:
        theme.set_role(self.message, "error" if severity == "error" else "warning")
        self.message.setText(text)
        self.message.show()
        set_problem(self.editor, severity)

    def clear_problem(self) -> None:
        self.message.hide()
        self.message.clear()
        set_problem(self.editor, "")

    @property
    def has_problem(self) -> bool:
        return not self.message.isHidden()


class MemberEditor(QDialog):
    """Add or edit one member. Open with ``open()`` (not ``exec``) so locking can hide and restore it."""

    saved = Signal(object)  # MembersChanged

    def __init__(self, data: EditorData, session: Session, runner: Runner, lang: Lang, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang = lang
        self._member = data.member
        self._initial = MemberDraft.from_member(data.member) if data.member else MemberDraft()
        self._accepted: set[str] = set()
        self._pending_warning_keys: set[str] = set()
        self._saving = False
        self._read_only = not session.actor.may(Op.MEMBERS_EDIT)
        self.boxes: dict[str, FieldBox] = {}

        self.setWindowTitle(self._title())
        self.setModal(True)
        self.setSizeGripEnabled(True)

        heading = QLabel(self._title())
        heading.setFont(theme.scaled_font(heading, 1.35, bold=True))

        self.problems_panel = QFrame()
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        panel_layout = QVBoxLayout(self.problems_panel)
        panel_layout.addWidget(self.problems_label)
        self.problems_panel.hide()

        form = QWidget()
        grid = QGridLayout(form)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(12)
        rows = {"left": 0, "right": 0}
        for key, names in GROUPS:
            group = QGroupBox(self._group_title(key))
            layout = QFormLayout(group)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            for name in names:
                box = FieldBox(self._make_editor(name, data.cells))
                self.boxes[name] = box
                label = QLabel(self._label(name))
                label.setBuddy(box.editor)
                layout.addRow(label, box)
            side = "left" if key in LEFT_GROUPS else "right"
            grid.addWidget(group, rows[side], 0 if side == "left" else 1)
            rows[side] += 1
        grid.setRowStretch(max(rows.values()), 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setDefault(True)
        theme.set_role(self.save_button, "primary")
        self.save_anyway_button = QPushButton(self.tr("Vẫn lưu"))
        self.save_anyway_button.setToolTip(self.tr("Đã kiểm tra các điều cần xem lại ở trên và thấy đúng: lưu."))
        self.buttons.addButton(self.save_anyway_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_anyway_button.hide()  # after adding: the box shows the buttons it is given
        self.save_anyway_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(self.buttons)
        if self._member is not None:
            add_record_buttons(self.buttons, self._member.id, self._member.full_name, session, runner, lang, self)
        if self._read_only:
            self.save_button.hide()
            cancel.setText(self.tr("Đóng"))
        self.save_button.clicked.connect(lambda: self.save(accept_warnings=False))
        self.save_anyway_button.clicked.connect(lambda: self.save(accept_warnings=True))
        cancel.clicked.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addWidget(heading)
        outer.addWidget(self.problems_panel)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)

        self._fill(self._initial)
        for box in self.boxes.values():
            self._connect_edits(box)
            if self._read_only:
                self._set_read_only(box.editor)
        height = self.fontMetrics().height()
        wanted = QSize(height * 56, form.sizeHint().height() + height * 7)
        self.resize(fit_size(self, wanted))
        self.boxes["ho"].editor.setFocus()

    # --- building -------------------------------------------------------------------------------------

    def _title(self) -> str:
        if self._member is None:
            return self.tr("Thêm đảng viên")
        return self.tr("Hồ sơ đảng viên: {name}").format(name=self._member.full_name)

    def _group_title(self, key: str) -> str:
        return {
            "person": self.tr("Họ tên và nhân thân"),
            "party": self.tr("Đảng"),
            "papers": self.tr("Giấy tờ và liên lạc"),
            "work": self.tr("Học vấn, công tác và nơi cư trú"),
        }[key]

    def _label(self, name: str) -> str:
        return Message(f"field.{name}").render(self._lang)

    def _make_editor(self, name: str, cells: list[CellChoice]) -> FieldWidget:
        if name == "gender":
            combo = QComboBox()
            combo.addItem(self.tr("(chưa rõ)"), None)
            for gender in Gender:
                combo.addItem(Message(f"gender.{gender.value}").render(self._lang), gender.value)
            return combo
        if name == "cell":
            combo = QComboBox()
            combo.addItem(self.tr("(chưa xếp chi bộ)"), None)
            for cell in cells:
                combo.addItem(cell.name, int(cell.id))
            return combo
        if name == "note":
            note = QPlainTextEdit()
            note.setTabChangesFocus(True)
            note.setFixedHeight(note.fontMetrics().lineSpacing() * 4 + 12)
            return note
        edit = QLineEdit()
        if name in DATE_FIELDS:
            edit.setPlaceholderText(self.tr("ngày/tháng/năm hoặc năm"))
            edit.setToolTip(self.tr("Ghi ngày/tháng/năm (05/02/1975), tháng/năm (02/1975) hoặc chỉ năm (1975)."))
        elif name == "cccd":
            edit.setPlaceholderText(self.tr("12 chữ số"))
        return edit

    def _connect_edits(self, box: FieldBox) -> None:
        editor = box.editor
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text: self._edited(box))
        elif isinstance(editor, QComboBox):
            editor.activated.connect(lambda _index: self._edited(box))
        else:
            editor.textChanged.connect(lambda: self._edited(box))

    @staticmethod
    def _set_read_only(editor: FieldWidget) -> None:
        if isinstance(editor, QLineEdit | QPlainTextEdit):
            editor.setReadOnly(True)
        else:
            editor.setEnabled(False)

    # --- values ---------------------------------------------------------------------------------------

    def _fill(self, draft: MemberDraft) -> None:
        for name, box in self.boxes.items():
            editor = box.editor
            if name == "gender":
                assert isinstance(editor, QComboBox)
                editor.setCurrentIndex(max(editor.findData(draft.gender.value if draft.gender else None), 0))
            elif name == "cell":
                assert isinstance(editor, QComboBox)
                wanted = int(draft.cell_id) if draft.cell_id is not None else None
                index = editor.findData(wanted)
                if index < 0 and self._member is not None and self._member.cell_name:
                    editor.addItem(self._member.cell_name, wanted)
                    index = editor.count() - 1
                editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(getattr(draft, name))
            elif isinstance(editor, QLineEdit):
                editor.setText(getattr(draft, name))

    def draft(self) -> MemberDraft:
        """What the form holds now."""
        values: dict[str, object] = {}
        for f in fields(MemberDraft):
            name = f.name
            if name in ("member_id", "photo", "cell_id"):
                continue
            editor = self.boxes[name].editor
            if isinstance(editor, QComboBox):
                data = editor.currentData()
                values[name] = Gender(data) if data else None
            elif isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            else:
                values[name] = editor.text()
        cell = self.boxes["cell"].editor
        assert isinstance(cell, QComboBox)
        cell_data = cell.currentData()
        values["cell_id"] = OrgId(int(cell_data)) if cell_data is not None else None
        return replace(self._initial, **values)  # type: ignore[arg-type]

    @property
    def dirty(self) -> bool:
        return self.draft() != self._initial

    def field(self, name: str) -> FieldWidget:
        return self.boxes[name].editor

    def line(self, name: str) -> QLineEdit:
        editor = self.boxes[name].editor
        assert isinstance(editor, QLineEdit), name
        return editor

    def combo(self, name: str) -> QComboBox:
        editor = self.boxes[name].editor
        assert isinstance(editor, QComboBox), name
        return editor

    # --- saving ---------------------------------------------------------------------------------------

    def save(self, *, accept_warnings: bool) -> None:
        if self._saving or self._read_only:
            return
        draft = self.draft()
        accept = set(self._accepted)
        if accept_warnings:
            accept |= self._pending_warning_keys
        self._saving = True
        self.save_button.setEnabled(False)
        self.save_anyway_button.setEnabled(False)
        session, lang = self._session, self._lang

        def work(_progress: object) -> MembersChanged:
            with session.use() as vault:
                return save_member(vault, draft, lang, accept)

        def settled() -> None:
            self._saving = False

        self._accepted = accept
        self._runner.run(work, done=self._saved, failed=self._refused, always=settled, parent=self)

    def _saved(self, change: MembersChanged) -> None:
        self.saved.emit(change)
        self._initial = self.draft()
        self.accept()

    def _refused(self, exc: HandbookError) -> bool:
        if isinstance(exc, ValidationFailed):
            self._show_problems(exc.problems, exc.message.render(self._lang), "error")
            self.save_button.setEnabled(False)
            self.save_anyway_button.hide()
            return True
        if isinstance(exc, NeedsConfirmation):
            self._pending_warning_keys = warning_keys(exc.problems)
            self._show_problems(exc.problems, exc.message.render(self._lang), "warning")
            self.save_button.setEnabled(True)
            self.save_anyway_button.setEnabled(True)
            self.save_anyway_button.show()
            return True
        self.save_button.setEnabled(True)
        return False

    def _show_problems(self, problems: list[Problem], summary: str, kind: str) -> None:
        for box in self.boxes.values():
            box.clear_problem()
        elsewhere: list[str] = []
        first: FieldBox | None = None
        for problem in problems:
            text = problem.render(self._lang)
            target = self.boxes.get(problem.field)
            if target is None:
                elsewhere.append(text)
                continue
            target.show_problem(problem.severity, text)
            if first is None:
                first = target
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

    def _edited(self, box: FieldBox) -> None:
        if box.has_problem:
            box.clear_problem()
        if not self._saving and not self._read_only:
            self.save_button.setEnabled(True)

    # --- closing without losing work ---------------------------------------------------------------

    def reject(self) -> None:
        if self._read_only or not self.dirty or self._confirm_discard():
            super().reject()

    def _confirm_discard(self) -> bool:
        return self._runner.dialogs.ask(
            self,
            self.tr("Hồ sơ này có thay đổi chưa lưu. Bỏ các thay đổi đó?"),
            yes=self.tr("Bỏ thay đổi"),
            no=self.tr("Tiếp tục sửa"),
        )
