"""Tổng quan › An toàn dữ liệu: last backup, last copy to the second place, last check, the key file, warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from handbook.backups import health
from handbook.backups.listing import shown_time
from handbook.i18n import Lang
from ui import theme
from ui.operations import Progress, Runner
from ui.session import Session


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class HealthPanel(QGroupBox):
    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("An toàn dữ liệu"))
        self._session = session
        self._runner = runner
        self._lang = lang
        self.health: health.Health | None = None
        self.last_backup = _label()
        self.last_copy = _label()
        self.last_check = _label()
        self.key_file = _label()
        self.warnings = _label()
        theme.set_role(self.warnings, "error")
        self.warnings.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Sao lưu gần nhất:"), self.last_backup)
        form.addRow(self.tr("Chép sang nơi thứ hai:"), self.last_copy)
        form.addRow(self.tr("Kiểm tra gần nhất:"), self.last_check)
        form.addRow(self.tr("Tệp khóa:"), self.key_file)
        form.addRow(self.warnings)
        session.locked.connect(self._clear)
        session.unlocked.connect(self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self, *_: object) -> None:
        if self._session.is_locked:
            return
        session = self._session

        def work(_progress: Progress) -> health.Health:
            with session.use() as vault:
                return health.of_vault(vault)

        self._runner.run(work, done=self.show_health)

    def _clear(self) -> None:
        for label in (self.last_backup, self.last_copy, self.last_check, self.key_file):
            label.setText("–")
        self.warnings.hide()

    def show_health(self, h: health.Health) -> None:
        self.health = h
        never = self.tr("chưa có")
        self.last_backup.setText(shown_time(h.last_backup_at) or never)
        if not h.second_place:
            self.last_copy.setText(self.tr("chưa chọn nơi thứ hai (Cài đặt › Sao lưu)"))
        else:
            self.last_copy.setText(
                self.tr("{time} — {place}").format(time=shown_time(h.last_copy_at) or never, place=h.second_place)
            )
        if not h.last_check_at:
            self.last_check.setText(never)
        elif h.last_check_ok:
            self.last_check.setText(self.tr("{time} — không có lỗi").format(time=shown_time(h.last_check_at)))
        else:
            self.last_check.setText(self.tr("{time} — có lỗi").format(time=shown_time(h.last_check_at)))
        self.key_file.setText(self.tr("nguyên vẹn") if h.key_file_ok else self.tr("hỏng hoặc bị thay đổi"))
        lines = [w.render(self._lang) for w in h.warnings]
        if h.last_failure is not None:
            lines.append(h.last_failure.render(self._lang))
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
