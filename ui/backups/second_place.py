"""Cài đặt › Sao lưu › Nơi thứ hai: the head picks an extra folder (USB stick, network share) for copies, sets
after how many days without a backup Tổng quan warns, and opens the restore wizard."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from handbook import settings
from handbook.i18n import Lang
from handbook.permissions import Op
from handbook.vault.vault import Vault
from ui import theme
from ui.actions.changes import Changed
from ui.backups.wizard import RestoreWizard
from ui.operations import Progress, Runner
from ui.session import Session
from ui.settings.file_field import FileField
from ui.widgets.permission import guard


@dataclass(frozen=True)
class BackupPlaceChanged(Changed):
    place: str
    warn_days: int


@dataclass(frozen=True)
class PlaceSettings:
    place: str
    warn_days: int


def load_place(vault: Vault) -> PlaceSettings:
    return PlaceSettings(
        settings.get(vault, settings.BACKUP_SECOND_PLACE), settings.get(vault, settings.BACKUP_WARN_DAYS)
    )


def save_place(vault: Vault, place: str, warn_days: int) -> BackupPlaceChanged:
    if place != settings.get(vault, settings.BACKUP_SECOND_PLACE):
        settings.set_value(vault, settings.BACKUP_SECOND_PLACE, settings.BACKUP_SECOND_PLACE.parse(place))
    if warn_days != settings.get(vault, settings.BACKUP_WARN_DAYS):
        settings.set_value(vault, settings.BACKUP_WARN_DAYS, settings.BACKUP_WARN_DAYS.parse(str(warn_days)))
    return BackupPlaceChanged(place, warn_days)


class SecondPlacePanel(QGroupBox):
    wizard_opened = Signal(object)  # the RestoreWizard
    open_vault_requested = Signal(object)  # the Path of a vault just restored into a new folder

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sao lưu tự động và nơi thứ hai"))
        self._session = session
        self._runner = runner
        self._lang = lang
        explain = QLabel(
            self.tr(
                "Phần mềm tự sao lưu khi khóa hoặc đóng sau khi có thay đổi, và ít nhất mỗi ngày một lần khi đang mở; "
                "giữ 7 bản hằng ngày, 4 bản hằng tuần, 12 bản hằng tháng. Chọn thêm một nơi thứ hai (USB, ổ mạng) "
                "để mỗi bản sao lưu được chép sang đó."
            )
        )
        explain.setWordWrap(True)
        theme.set_role(explain, "muted")
        self.place = FileField(self.tr("Nơi sao lưu thứ hai"), mode="folder")
        self.warn_days = QSpinBox()
        self.warn_days.setRange(settings.BACKUP_WARN_DAYS.minimum or 1, settings.BACKUP_WARN_DAYS.maximum or 90)
        self.warn_days.setSuffix(self.tr(" ngày"))
        self.save_button = QPushButton(self.tr("Lưu"))
        self.wizard_button = QPushButton(self.tr("Khôi phục từ bản sao lưu…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("Nơi thứ hai:"), self.place)
        form.addRow(self.tr("Cảnh báo sau:"), self.warn_days)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.wizard_button)
        form.addRow(row)
        self.save_button.clicked.connect(self.save)
        self.wizard_button.clicked.connect(self.open_wizard)
        session.unlocked.connect(self.load)
        guard(self.save_button, session.actor, Op.SETTINGS_EDIT, lang)
        self.load()

    def load(self) -> None:
        if self._session.is_locked:
            return
        session = self._session

        def work(_progress: Progress) -> PlaceSettings:
            with session.use() as vault:
                return load_place(vault)

        self._runner.run(work, done=self._show)

    def _show(self, loaded: PlaceSettings) -> None:
        self.place.set_path(loaded.place or None)
        self.warn_days.setValue(loaded.warn_days)

    def save(self) -> None:
        session = self._session
        place, days = self.place.edit.text().strip(), self.warn_days.value()

        def work(_progress: Progress) -> BackupPlaceChanged:
            with session.use() as vault:
                return save_place(vault, place, days)

        def done(_changed: BackupPlaceChanged) -> None:
            theme.set_role(self.message, "muted")
            self.message.setText(self.tr("Đã lưu. Lần sao lưu tới sẽ được chép sang nơi thứ hai."))

        def refused(exc: object) -> bool:
            theme.set_role(self.message, "error")
            self.message.setText(exc.render(self._lang))  # type: ignore[attr-defined]
            return True

        self._runner.run(work, done=done, failed=refused, parent=self)

    def open_wizard(self) -> RestoreWizard:
        wizard = RestoreWizard(
            Path(self._session.path), self._runner, self._lang, username=self._session.actor.username,
            in_place_allowed=False, parent=self,
        )  # fmt: skip
        wizard.restored.connect(lambda done: self._offer_to_open(wizard, done.root))
        self.wizard_opened.emit(wizard)
        wizard.show()
        return wizard

    def _offer_to_open(self, wizard: RestoreWizard, root: Path) -> None:
        question = self.tr(
            "Đã khôi phục bản sao lưu vào thư mục {path}. Mở kho này ngay? Phần mềm sẽ đăng xuất khỏi kho đang dùng."
        ).format(path=str(root))
        if self._runner.dialogs.ask(wizard, question, yes=self.tr("Mở kho vừa khôi phục"), no=self.tr("Để sau")):
            wizard.accept()
            self.open_vault_requested.emit(root)
