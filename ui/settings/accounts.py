"""Cài đặt › Tài khoản: the vault's accounts (head: add, change role, allow K/T, disable) and, for
everyone, changing one's own password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from handbook.errors import AuthError, HandbookError
from handbook.i18n import Lang
from handbook.permissions import Op, Role
from handbook.vault.users import User
from ui.actions.changes import Changed
from ui.actions.settings import (
    NewUser,
    PasswordChanged,
    UsersChanged,
    change_own_password,
    change_user,
    create_user,
    load_users,
)
from ui.operations import Progress, Runner
from ui.session import Session
from ui.settings.rows_model import Col, RowsModel
from ui.settings.section import Section, heading, message_line, note, plain_table, say
from ui.widgets.dialogs import localize_buttons
from ui.widgets.fit import SideBySide
from ui.widgets.password import StrengthHint
from ui.widgets.permission import guard
from ui.widgets.tables import size_columns


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def role_combo(lang: Lang) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role.label.render(lang), role.value)
    return combo


class AddUserDialog(QDialog):
    """A new account with its first password typed twice (the person changes it after signing in)."""

    added = Signal(object)  # UsersChanged

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self.setWindowTitle(self.tr("Thêm tài khoản"))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("chữ thường không dấu, ví dụ: chuyenvien2"))
        self.full_name = QLineEdit()
        self.role = role_combo(lang)
        self.role.setCurrentIndex(self.role.findData(Role.STAFF.value))
        self.delegated = QCheckBox(self.tr("Được ký thay Trưởng ban (K/T)"))
        self.password = password_edit()
        self.repeat = password_edit()
        self.hint = StrengthHint()
        self.error = message_line()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Họ và tên:"), self.full_name)
        form.addRow(self.tr("Vai trò:"), self.role)
        form.addRow("", self.delegated)
        form.addRow(self.tr("Mật khẩu đầu tiên:"), self.password)
        form.addRow("", self.hint)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            note(
                self.tr("Báo mật khẩu đầu tiên cho người dùng; họ tự đổi trong Cài đặt › Tài khoản sau khi đăng nhập.")
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.role.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.password.textChanged.connect(self.hint.update_for)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._role_changed()
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def _role_changed(self) -> None:
        deputy = self.role.currentData() == Role.DEPUTY.value
        self.delegated.setEnabled(deputy)
        if not deputy:
            self.delegated.setChecked(False)

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            say(self.error, self.tr("Hai lần nhập mật khẩu chưa giống nhau."), "error")
            self.repeat.setFocus()
            return
        new = NewUser(
            self.username.text(),
            self.full_name.text(),
            Role(str(self.role.currentData())),
            self.password.text(),
            self.delegated.isChecked(),
        )
        session = self._session

        def work(_progress: Progress) -> UsersChanged:
            with session.use() as vault:
                return create_user(vault, new)

        def done(change: UsersChanged) -> None:
            self.added.emit(change)
            self.accept()

        self._runner.run(work, done=done, failed=self._refused, parent=self, progress=self.tr("Đang tạo tài khoản…"))

    def _refused(self, exc: HandbookError) -> bool:
        say(self.error, exc.render(self._lang), "error")
        return True


class AccountsSection(Section):
    dialog_opened = Signal(object)  # the AddUserDialog just shown

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, lang, parent)
        self.model: RowsModel[User] = RowsModel(
            [
                Col(self.tr("Tên đăng nhập"), lambda u: u.username),
                Col(self.tr("Họ và tên"), lambda u: u.full_name),
                Col(self.tr("Vai trò"), lambda u: u.role.label.render(lang)),
                Col(self.tr("Ký thay (K/T)"), lambda u: self.tr("được phép") if u.delegated else ""),
                Col(self.tr("Trạng thái"), lambda u: self.tr("đang dùng") if u.active else self.tr("đã khóa")),
            ],
            tone=lambda u: None if u.active else "muted",
            parent=self,
        )
        self.table = plain_table(self.tr("Danh sách tài khoản"))
        self.table.setModel(self.model)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        size_columns(self.table, dict(enumerate((18, 28, 18, 16))))
        self.add_button = QPushButton(self.tr("Thêm tài khoản…"))

        self.role = role_combo(lang)
        self.delegated = QCheckBox(self.tr("Được ký thay Trưởng ban (K/T)"))
        self.active = QCheckBox(self.tr("Cho phép đăng nhập"))
        self.apply_button = QPushButton(self.tr("Lưu thay đổi"))
        edit_box = QGroupBox(self.tr("Tài khoản đang chọn"))
        edit_form = QFormLayout(edit_box)
        self.manage_reason = note()  # for those who may not manage accounts: why, in words
        edit_form.addRow(self.manage_reason)
        edit_form.addRow(self.tr("Vai trò:"), self.role)
        edit_form.addRow("", self.delegated)
        edit_form.addRow("", self.active)
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        apply_row.addWidget(self.apply_button)
        edit_form.addRow(apply_row)
        self.edit_box = edit_box

        self.current = password_edit()
        self.new_password = password_edit()
        self.repeat = password_edit()
        self.hint = StrengthHint()
        self.password_button = QPushButton(self.tr("Đổi mật khẩu"))
        own_box = QGroupBox(self.tr("Đổi mật khẩu của tôi"))
        own_form = QFormLayout(own_box)
        own_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        own_form.addRow(self.tr("Mật khẩu đang dùng:"), self.current)
        own_form.addRow(self.tr("Mật khẩu mới:"), self.new_password)
        own_form.addRow("", self.hint)
        own_form.addRow(self.tr("Nhập lại mật khẩu mới:"), self.repeat)
        own_row = QHBoxLayout()
        own_row.addStretch(1)
        own_row.addWidget(self.password_button)
        own_form.addRow(own_row)

        self.message = message_line()
        top = QHBoxLayout()
        top.addWidget(heading(self.title))
        top.addStretch(1)
        top.addWidget(self.add_button)
        boxes = SideBySide()
        boxes.addWidget(edit_box, 1)
        boxes.addWidget(own_box, 1)
        self.layout_.addLayout(top)
        self.layout_.addWidget(
            note(
                self.tr(
                    "Trưởng ban thêm tài khoản, đổi vai trò, cho Phó trưởng ban ký thay (K/T) và khóa tài khoản "
                    "không còn dùng. Ai cũng tự đổi được mật khẩu của mình."
                )
            )
        )
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(boxes)
        self.layout_.addWidget(self.message)

        self.add_button.clicked.connect(self.open_add_dialog)
        self.apply_button.clicked.connect(self.apply_changes)
        self.password_button.clicked.connect(self.change_password)
        self.role.currentIndexChanged.connect(lambda _i: self._update_delegated())
        self.new_password.textChanged.connect(self.hint.update_for)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

    @property
    def title(self) -> str:
        return self.tr("Tài khoản")

    # --- permissions ---------------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        actor = self._session.actor
        guard(self.add_button, actor, Op.USERS_MANAGE, self._lang)
        guard(self.edit_box, actor, Op.USERS_MANAGE, self._lang)
        reason = actor.why_not(Op.USERS_MANAGE)
        self.manage_reason.setText(reason.render(self._lang) if reason is not None else "")
        self.manage_reason.setVisible(reason is not None)
        for widget in (self.current, self.new_password, self.repeat, self.password_button):
            guard(widget, actor, Op.OWN_PASSWORD, self._lang)
        self._selection_changed()

    def _manage_allowed(self) -> bool:
        return self._session.actor.may(Op.USERS_MANAGE)

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        user = self.selected()
        manage = self._manage_allowed()
        for widget in (self.role, self.active, self.apply_button):
            widget.setEnabled(manage and user is not None)
        if user is not None:
            self.role.setCurrentIndex(self.role.findData(user.role.value))
            self.delegated.setChecked(user.delegated)
            self.active.setChecked(user.active)
        self._update_delegated()

    def _update_delegated(self) -> None:
        deputy = self.role.currentData() == Role.DEPUTY.value
        self.delegated.setEnabled(self._manage_allowed() and self.selected() is not None and deputy)
        if not deputy:
            self.delegated.setChecked(False)

    # --- loading -------------------------------------------------------------------------------------

    def reload(self) -> None:
        session = self._session

        def work(_progress: Progress) -> list[User]:
            with session.use() as vault:
                return load_users(vault)

        self._runner.run(work, done=self._show, parent=self)

    def _show(self, found: list[User]) -> None:
        selected = self.selected()
        self.model.set_rows(found)
        if selected is not None:
            for row, user in enumerate(found):
                if user.username == selected.username:
                    self.table.selectRow(row)
        self._selection_changed()

    def forget(self) -> None:
        self.model.clear()
        for edit in (self.current, self.new_password, self.repeat):
            edit.clear()

    def react(self, change: Changed) -> None:
        if isinstance(change, UsersChanged) and self.loaded:
            self.reload()

    def select_user(self, username: str) -> None:
        for row, user in enumerate(self.model.rows):
            if user.username == username:
                self.table.selectRow(row)

    # --- actions -------------------------------------------------------------------------------------

    def open_add_dialog(self) -> None:
        if not self._manage_allowed():
            return
        dialog = AddUserDialog(self._session, self._runner, self._lang, self)
        dialog.added.connect(
            lambda change: say(self.message, self.tr("Đã thêm tài khoản {name}.").format(name=change.username), "muted")
        )
        dialog.open()
        self.dialog_opened.emit(dialog)

    def apply_changes(self) -> None:
        user = self.selected()
        if user is None:
            return
        role = Role(str(self.role.currentData()))
        delegated, active = self.delegated.isChecked(), self.active.isChecked()
        session = self._session

        def work(_progress: Progress) -> UsersChanged:
            with session.use() as vault:
                return change_user(vault, user.username, role=role, delegated=delegated, active=active)

        def done(change: UsersChanged) -> None:
            say(
                self.message,
                self.tr("Đã lưu tài khoản {name}. Thay đổi có hiệu lực từ lần đăng nhập sau của người đó.").format(
                    name=change.username
                ),
                "muted",
            )

        self._runner.run(work, done=done, failed=self.refused(self.message), parent=self)

    def change_password(self) -> None:
        if self.new_password.text() != self.repeat.text():
            say(self.message, self.tr("Hai lần nhập mật khẩu mới chưa giống nhau."), "error")
            self.repeat.setFocus()
            return
        current, new = self.current.text(), self.new_password.text()
        session = self._session

        def work(_progress: Progress) -> PasswordChanged:
            with session.use() as vault:
                return change_own_password(vault, current, new)

        def done(_change: PasswordChanged) -> None:
            for edit in (self.current, self.new_password, self.repeat):
                edit.clear()
            say(self.message, self.tr("Đã đổi mật khẩu. Lần sau hãy đăng nhập bằng mật khẩu mới."), "muted")

        def refused(exc: HandbookError) -> bool:
            if isinstance(exc, AuthError):
                say(self.message, self.tr("Mật khẩu đang dùng chưa đúng. Hãy gõ lại."), "error")
                self.current.setFocus()
                self.current.selectAll()
                return True
            return self.refused(self.message)(exc)

        self._runner.run(work, done=done, failed=refused, parent=self, progress=self.tr("Đang đổi mật khẩu…"))
