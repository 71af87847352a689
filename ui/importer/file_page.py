"""The import wizard's first step: the file, the columns the import understands, and the template to fill in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWizardPage

from handbook.errors import HandbookError
from handbook.spreadsheet.reader import READABLE_SUFFIXES
from handbook.spreadsheet.template import template_columns
from ui import theme
from ui.actions.importing import OpenedFile, read_file, save_template
from ui.importer.host import WizardHost
from ui.operations import Progress
from ui.settings.file_field import FileField
from ui.settings.section import message_line, say


class ImportFilePage(QWizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wizard = wizard
        self._busy = False
        self.setTitle(self.tr("Chọn tệp danh sách"))
        self.setSubTitle(
            self.tr(
                "Tệp Excel (.xlsx, .xls), LibreOffice (.ods) hoặc .csv của văn phòng. "
                "Chưa có gì được lưu vào kho cho đến bước cuối."
            )
        )
        patterns = " ".join(f"*{s}" for s in READABLE_SUFFIXES)
        self.file = FileField(
            self.tr("Tệp danh sách đảng viên"), self.tr("Bảng tính ({patterns})").format(patterns=patterns)
        )
        self.error = message_line()
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.tr("Tệp:"), self.file)
        hint = QLabel(
            self.tr(
                "Tệp gõ bằng phông .VnTime (TCVN3) hoặc VNI-Times vẫn nhập được, kể cả tệp .xls cũ; "
                "bước sau sẽ chuyển sang Unicode."
            )
        )
        hint.setWordWrap(True)
        theme.set_role(hint, "muted")
        layout.addRow("", hint)
        self.columns = QLabel(
            self.tr(
                "Các cột đọc được (tên cột ở dòng tiêu đề; thứ tự tùy ý, thiếu cột cũng được, chỉ cần có họ tên): "
                "{columns}. Có thể ghi “Họ và tên” trong một cột thay cho ba cột Họ, Tên đệm, Tên."
            ).format(columns=", ".join(template_columns(wizard.lang)))
        )
        self.columns.setWordWrap(True)
        layout.addRow(self.tr("Cột:"), self.columns)
        self.template_button = QPushButton(self.tr("Tải mẫu Excel…"))
        self.template_button.setToolTip(
            self.tr("Lưu một tệp Excel mẫu có đủ các cột trên và một dòng ví dụ; cột số CCCD giữ được số 0 ở đầu.")
        )
        self.template_button.clicked.connect(self.save_template)
        row = QHBoxLayout()
        row.addWidget(self.template_button)
        row.addStretch(1)
        layout.addRow("", row)
        self.message = message_line()
        layout.addRow("", self.message)
        layout.addRow("", self.error)
        self.file.changed.connect(self.completeChanged)

    def save_template(self) -> None:
        wizard = self._wizard
        suggested = Path.home() / "mau-danh-sach-dang-vien.xlsx"
        out = wizard.runner.dialogs.save_file(
            self, self.tr("Lưu tệp mẫu"), suggested, self.tr("Bảng tính Excel (*.xlsx)")
        )
        if out is None:
            return
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")

        def work(_progress: Progress) -> Path:
            return save_template(out)

        def done(path: Path) -> None:
            say(
                self.message,
                self.tr("Đã lưu tệp mẫu {path}. Điền danh sách vào đó rồi chọn tệp ở trên.").format(path=str(path)),
                "muted",
            )

        def refused(exc: HandbookError) -> bool:
            say(self.message, exc.render(wizard.lang), "error")
            return True

        wizard.runner.run(work, done=done, failed=refused, parent=self)

    def isComplete(self) -> bool:
        return self.file.path() is not None and not self._busy

    def validatePage(self) -> bool:
        path = self.file.path()
        if path is None:
            return False
        state = self._wizard.state
        if state.opened is not None and state.path == path:
            return True
        self.error.hide()
        self._set_busy(True)

        def work(_progress: Progress) -> OpenedFile:
            return read_file(path)

        self._wizard.runner.run(
            work,
            done=self._read,
            failed=self._refused,
            always=lambda: self._set_busy(False),
            parent=self,
            progress=self.tr("Đang đọc tệp…"),
        )
        return False

    def _read(self, opened: OpenedFile) -> None:
        self._wizard.state.open(opened)
        QTimer.singleShot(0, self._wizard.next)

    def _refused(self, exc: HandbookError) -> bool:
        say(self.error, exc.render(self._wizard.lang), "error")
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._wizard.working = busy
        self.completeChanged.emit()
