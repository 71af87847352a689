"""Cài đặt › Sao lưu: a backup file now (an operation with progress), and restoring a backup into a new
folder — never over the vault in use; the restored vault is opened by signing in to it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from handbook.i18n import Lang
from handbook.permissions import Op
from ui import theme
from ui.actions.changes import BackupWritten
from ui.actions.committee import backup
from ui.actions.settings import RestoredVault, RestoreRequest, restore_backup
from ui.backups.second_place import SecondPlacePanel
from ui.operations import Progress, Runner
from ui.session import Session
from ui.settings.file_field import FileField
from ui.settings.section import Section, heading, message_line, note, say
from ui.widgets.permission import guard

BACKUP_PATTERN = "*.sotaybak"


def restored_folder(current: Path, today: date | None = None) -> Path:
    """A free folder beside the vault in use: ``<name>-khoi-phuc-<date>`` (then -2, -3 …)."""
    stem = f"{current.name}-khoi-phuc-{(today or date.today()).isoformat()}"
    candidate = current.parent / stem
    n = 2
    while candidate.exists():
        candidate = current.parent / f"{stem}-{n}"
        n += 1
    return candidate


class BackupSection(Section):
    open_vault_requested = Signal(object)  # Path of a restored vault the person wants to open now

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, lang, parent)
        self.backup_button = QPushButton(self.tr("Sao lưu ngay…"))
        theme.set_role(self.backup_button, "primary")
        self.backup_message = message_line()
        backup_box = QGroupBox(self.tr("Sao lưu"))
        backup_form = QFormLayout(backup_box)
        backup_form.addRow(
            note(
                self.tr(
                    "Tệp sao lưu chứa toàn bộ kho dữ liệu, đã mã hóa; mở được bằng mật khẩu của một tài khoản lúc "
                    "sao lưu, hoặc mã khôi phục. Nên sao lưu ra USB hoặc ổ đĩa khác mỗi tuần và cất ở nơi an toàn."
                )
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_message, 1)
        row.addStretch()
        backup_form.addRow(row)

        self.backup_file = FileField(
            self.tr("Tệp sao lưu"), self.tr("Tệp sao lưu ({pattern})").format(pattern=BACKUP_PATTERN)
        )
        self.target = FileField(self.tr("Thư mục mới cho kho khôi phục"), mode="save")
        self.username = QLineEdit(session.actor.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.restore_button = QPushButton(self.tr("Khôi phục vào thư mục mới"))
        self.restore_message = message_line()
        restore_box = QGroupBox(self.tr("Khôi phục từ tệp sao lưu"))
        restore_form = QFormLayout(restore_box)
        restore_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        restore_form.addRow(
            note(
                self.tr(
                    "Khôi phục không ghi đè kho đang dùng: bản sao lưu được kiểm tra rồi đặt vào một thư mục mới. "
                    "Muốn làm việc trên kho đã khôi phục thì mở nó (phần mềm đăng xuất khỏi kho này); các thay đổi "
                    "sau lần sao lưu đó không có trong kho khôi phục."
                )
            )
        )
        restore_form.addRow(self.tr("Tệp sao lưu:"), self.backup_file)
        restore_form.addRow(self.tr("Thư mục mới:"), self.target)
        restore_form.addRow(self.tr("Tên đăng nhập:"), self.username)
        restore_form.addRow(self.tr("Mật khẩu lúc sao lưu:"), self.password)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_message, 1)
        restore_row.addStretch()
        restore_row.addWidget(self.restore_button)
        restore_form.addRow(restore_row)

        self.layout_.addWidget(heading(self.title))
        self.second_place = SecondPlacePanel(session, runner, lang)
        self.layout_.addWidget(self.second_place)
        self.second_place.open_vault_requested.connect(self.open_vault_requested)
        self.layout_.addWidget(backup_box)
        self.layout_.addWidget(restore_box)
        self.layout_.addStretch(1)
        self.target.set_path(restored_folder(session.path))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore)

    @property
    def title(self) -> str:
        return self.tr("Sao lưu")

    def apply_permissions(self) -> None:
        guard(self.backup_button, self._session.actor, Op.BACKUP, self._lang)

    def forget(self) -> None:
        self.password.clear()

    def back_up(self) -> None:
        suggested = Path.home() / f"sao-luu-{date.today().isoformat()}.sotaybak"
        out = self._runner.dialogs.save_file(
            self,
            self.tr("Sao lưu kho dữ liệu"),
            suggested,
            self.tr("Tệp sao lưu ({pattern})").format(pattern=BACKUP_PATTERN),
        )
        if out is None:
            return
        session = self._session

        def work(_progress: Progress) -> BackupWritten:
            with session.use() as vault:
                return backup(vault, out)

        def done(written: BackupWritten) -> None:
            say(self.backup_message, self.tr("Đã sao lưu vào tệp {path}.").format(path=written.path), "muted")

        self._runner.run(
            work,
            done=done,
            failed=self.refused(self.backup_message),
            parent=self,
            progress=self.tr("Đang sao lưu…"),
        )

    def restore(self) -> None:
        source, target = self.backup_file.path(), self.target.path()
        if source is None or target is None:
            say(self.restore_message, self.tr("Hãy chọn tệp sao lưu và thư mục mới."), "error")
            return
        request = RestoreRequest(source, target, self.username.text(), self.password.text())

        def work(_progress: Progress) -> RestoredVault:
            return restore_backup(request)

        self._runner.run(
            work,
            done=self._restored,
            failed=self.refused(self.restore_message),
            parent=self,
            progress=self.tr("Đang kiểm tra và khôi phục…"),
        )

    def _restored(self, restored: RestoredVault) -> None:
        self.password.clear()
        self.target.set_path(restored_folder(self._session.path))
        say(
            self.restore_message,
            self.tr("Đã khôi phục vào thư mục {path}.").format(path=str(restored.root)),
            "muted",
        )
        if self._runner.dialogs.ask(
            self,
            self.tr(
                "Đã khôi phục bản sao lưu vào thư mục {path}. Mở kho này ngay? Phần mềm sẽ đăng xuất khỏi kho "
                "đang dùng."
            ).format(path=str(restored.root)),
            yes=self.tr("Mở kho vừa khôi phục"),
            no=self.tr("Để sau"),
        ):
            self.open_vault_requested.emit(restored.root)
