"""Unlocking: the start window (user and password) and the same form as the lock screen inside the window.

A wrong user or password shows the core's own sentence under the form; Enter submits from either field.
The key derivation takes about half a second on purpose, so it runs through the operations layer.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError
from handbook.i18n import Lang
from ui import theme
from ui.actions.start import unlock
from ui.operations import Progress, Runner
from ui.widgets.fit import fit_size

if TYPE_CHECKING:  # the restore wizard is imported when first opened (a fast start to this window)
    from handbook.vault.vault import Vault
    from ui.backups.wizard import RestoreWizard

DAMAGED = frozenset(
    {"vault.db_damaged", "vault.db_missing", "vault.keyfile_missing", "vault.keyfile_damaged", "vault.keyfile_tampered"}
)


class UnlockPanel(QWidget):
    """The form itself: emits ``unlocked`` with the open vault."""

    unlocked = Signal(object)  # Vault
    damaged = Signal()  # the vault's files are damaged: the window offers the restore wizard
    switch_user_requested = Signal()  # the lock screen's "Đổi người dùng": sign out, then in as someone else

    def __init__(
        self,
        path: Path,
        runner: Runner,
        lang: Lang,
        *,
        title: str,
        username: str = "",
        fixed_user: bool = False,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._runner = runner
        self._lang = lang
        self._busy = False

        card = QFrame()
        theme.set_role(card, "card")
        self.title = QLabel(title)
        self.title.setFont(theme.scaled_font(self.title, 1.5, bold=True))
        self.title.setWordWrap(True)
        where = QLabel(self.tr("Kho dữ liệu: {path}").format(path=str(path)))
        where.setWordWrap(True)
        theme.set_role(where, "muted")
        self.username = QLineEdit(username)
        self.username.setReadOnly(fixed_user)
        self.username.setAccessibleName(self.tr("Tên đăng nhập"))
        # On the lock screen the user is fixed: a plain label, not a field that looks editable but is not.
        self.user_label = QLabel(f"<b>{escape(username)}</b>")
        self.user_label.setAccessibleName(self.tr("Người dùng đang khóa màn hình"))
        self.switch_user = QPushButton(self.tr("Đổi người dùng"))
        self.switch_user.setFlat(True)
        self.switch_user.setToolTip(self.tr("Đăng xuất để người khác đăng nhập bằng tài khoản của mình"))
        self.switch_user.setAutoDefault(False)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Mật khẩu"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.set_role(self.error, "error")
        self.error.hide()
        self.status = QLabel(self.tr("Đang mở khóa…"))
        theme.set_role(self.status, "muted")
        self.status.hide()
        self.submit = QPushButton(self.tr("Mở khóa"))
        self.submit.setDefault(True)
        self.submit.setAutoDefault(True)
        theme.set_role(self.submit, "primary")
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.submit)
        # The other ways out (another vault, the language, a restore) sit on their own line under "Mở khóa":
        # beside it they were cut short on a 1280 px screen at 125 % text.
        self.links = QHBoxLayout()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if fixed_user:
            user_row = QHBoxLayout()
            user_row.addWidget(self.user_label)
            user_row.addStretch(1)
            user_row.addWidget(self.switch_user)
            form.addRow(self.tr("Người dùng:"), user_row)
            self.username.hide()
        else:
            form.addRow(self.tr("Tên đăng nhập:"), self.username)
            self.user_label.hide()
            self.switch_user.hide()
        form.addRow(self.tr("Mật khẩu:"), self.password)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(where)
        if note:
            note_label = QLabel(note)
            note_label.setWordWrap(True)
            note_label.setTextFormat(Qt.TextFormat.RichText)
            inner.addWidget(note_label)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.status)
        inner.addLayout(self.buttons)
        inner.addLayout(self.links)

        card.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.submit.clicked.connect(self.try_unlock)
        self.switch_user.clicked.connect(self.switch_user_requested)
        self.username.returnPressed.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)

    def focus_first(self) -> None:
        (self.password if self.username.text() else self.username).setFocus()

    def reset(self) -> None:
        self.password.clear()
        self.error.hide()
        self.focus_first()

    def try_unlock(self) -> None:
        if self._busy:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.username.setFocus()
            return
        if not password:
            self.password.setFocus()
            return
        self._set_busy(True)
        self.error.hide()
        path = self.path

        def work(_progress: Progress) -> Vault:
            return unlock(path, username, password)

        self._runner.run(
            work, done=self._opened, failed=self._refused, always=lambda: self._set_busy(False), parent=self
        )

    def _opened(self, vault: Vault) -> None:
        self.password.clear()
        self.unlocked.emit(vault)

    def _refused(self, exc: HandbookError) -> bool:
        self.error.setText(exc.render(self._lang))
        self.error.show()
        if exc.message.id in DAMAGED:
            self.damaged.emit()
        self.password.clear()
        self.password.setFocus()
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.status.setVisible(busy)
        for widget in (self.submit, self.password):
            widget.setEnabled(not busy)
        if not busy and self.isVisible() and not self.password.text():
            self.password.setFocus()


class UnlockWindow(QWidget):
    """The window at start when a vault is known: the form, and a way to open another vault."""

    other_vault_requested = Signal()
    language_requested = Signal(str)
    vault_restored = Signal(object)  # the Path of a vault the restore wizard put in place

    def __init__(
        self,
        path: Path,
        runner: Runner,
        lang: Lang,
        *,
        username: str = "",
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sổ tay Đảng viên — Mở khóa"))
        self.panel = UnlockPanel(path, runner, lang, title=self.tr("Sổ tay Đảng viên"), username=username, note=note)
        self.other = QPushButton(self.tr("Mở kho khác…"))
        self.other.setFlat(True)
        other_lang = "en" if lang == "vi" else "vi"
        self.language = QPushButton("English" if other_lang == "en" else "Tiếng Việt")
        self.language.setFlat(True)
        self.panel.links.addWidget(self.other)
        self.panel.buttons.insertWidget(0, self.language)
        self.restore = QPushButton(self.tr("Khôi phục từ bản sao lưu…"))
        self.restore.setFlat(True)
        self.panel.links.addWidget(self.restore)
        self.panel.links.addStretch(1)
        self.restore.clicked.connect(self.open_restore)
        self.panel.damaged.connect(self.open_restore)
        self._runner, self._lang = runner, lang
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.other.clicked.connect(self.other_vault_requested)
        self.language.clicked.connect(lambda: self.language_requested.emit(other_lang))
        height = self.fontMetrics().height()
        self.resize(fit_size(self, QSize(height * 44, height * 28)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.panel.focus_first()

    def open_restore(self) -> RestoreWizard:
        """The restore wizard for this vault, the latest good backup already chosen."""
        from ui.backups.wizard import RestoreWizard

        wizard = RestoreWizard(
            self.panel.path, self._runner, self._lang, username=self.panel.username.text(), parent=self
        )
        wizard.restored.connect(lambda done: self.vault_restored.emit(done.root))
        wizard.show()
        self.wizard = wizard
        return wizard
