"""The first-run wizard's last pages (the recovery code shown once, opening a folder, the demo commune) and the
small pieces every page shares. The wizard itself (``ui.start.wizard``) puts the pages together."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from handbook.errors import HandbookError
from ui import theme
from ui.actions.start import DemoReady, looks_like_vault, open_or_build_demo
from ui.operations import Progress

if TYPE_CHECKING:
    from ui.start.wizard import StartWizard  # the pages are told their wizard; only its type is needed here

DEFAULT_FOLDER = "kho-du-lieu"


@dataclass(frozen=True)
class OpenExisting:
    """The wizard's answer when the person chose a vault to unlock (an existing folder or the demo)."""

    path: Path
    demo: bool = False


def free_folder(base: Path, name: str = DEFAULT_FOLDER) -> Path:
    """``base/name``, or ``name-2``, ``name-3`` … if taken."""
    candidate = base / name
    n = 2
    while candidate.exists() and (not candidate.is_dir() or any(candidate.iterdir())):
        candidate = base / f"{name}-{n}"
        n += 1
    return candidate


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    theme.set_role(label, "error")
    label.hide()
    return label


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: StartWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Mã khôi phục — chỉ hiện một lần"))
        self.setSubTitle(
            self.tr(
                "Nếu quên mật khẩu, chỉ mã này mở lại được kho dữ liệu. Hãy chép ra giấy (hoặc in trang này) và "
                "cất nơi an toàn, tách khỏi máy tính."
            )
        )
        self.code = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 2.0)
        mono.setBold(True)
        self.code.setFont(mono)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        theme.set_role(self.code, "card")
        self.code.setContentsMargins(12, 18, 12, 18)
        self.print_button = QPushButton(self.tr("In trang này"))
        self.noted = QCheckBox(self.tr("Tôi đã chép mã khôi phục ra giấy"))
        self.noted.setFont(theme.scaled_font(self.noted, 1.05, bold=True))
        self.where = QLabel()
        self.where.setWordWrap(True)
        theme.set_role(self.where, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.noted)
        layout.addWidget(self.where)
        layout.addStretch(1)
        self.registerField("recoveryNoted*", self.noted)
        self.print_button.clicked.connect(self.print_page)

    def initializePage(self) -> None:
        created = self._wizard.created
        assert created is not None
        self.code.setText(created.recovery_code)
        self.where.setText(self.tr("Kho dữ liệu: {path}").format(path=str(created.root)))
        self._wizard.setOption(QWizard.WizardOption.NoCancelButton, True)

    def nextId(self) -> int:
        from ui.start.wizard import SIGNERS  # the page ids live with the wizard that numbers its pages

        return SIGNERS

    def document(self) -> QTextDocument:
        created = self._wizard.created
        assert created is not None
        committee = created.vault.meta("committee_name") or ""
        doc = QTextDocument()
        doc.setDefaultFont(self.font())
        title = self.tr("Sổ tay Đảng viên — Mã khôi phục")
        where = self.tr("Kho dữ liệu: {path}").format(path=str(created.root))
        made = self.tr("Ngày tạo: {day}").format(day=date.today().strftime("%d/%m/%Y"))
        advice = self.tr(
            "Mã này mở được kho dữ liệu khi quên mật khẩu. Cất nơi an toàn, tách khỏi máy tính; không gửi "
            "qua mạng, không chụp ảnh."
        )
        lines = [
            f"<h2>{html.escape(title)}</h2>",
            f"<p>{html.escape(committee)}</p>",
            f"<p>{html.escape(where)}</p>",
            f"<p>{html.escape(made)}</p>",
            f"<p style='font-family: monospace; font-size: 24pt; font-weight: bold'>{created.recovery_code}</p>",
            f"<p>{html.escape(advice)}</p>",
        ]
        doc.setHtml("".join(lines))
        return doc

    def print_to(self, printer: QPrinter) -> None:
        printer.setPageMargins(QMarginsF(20, 20, 15, 20), QPageLayout.Unit.Millimeter)
        self.document().print_(printer)

    def print_page(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In mã khôi phục"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)


class OpenPage(QWizardPage):
    def __init__(self, wizard: StartWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Mở kho dữ liệu đã có"))
        self.setSubTitle(self.tr("Chọn thư mục kho dữ liệu (thư mục có tệp keys.json và vault.db)."))
        self.path = QLineEdit()
        self.choose = QPushButton(self.tr("Chọn thư mục…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.path.textChanged.connect(self._changed)
        self.choose.clicked.connect(self._choose)

    def _choose(self) -> None:
        start = Path(self.path.text()) if self.path.text() else Path.home()
        chosen = self._wizard.runner.dialogs.choose_folder(self, self.tr("Chọn thư mục kho dữ liệu"), start)
        if chosen is not None:
            self.path.setText(str(chosen))

    def _changed(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.status.clear()
        elif looks_like_vault(Path(text)):
            theme.set_role(self.status, "muted")
            self.status.setText(self.tr("Đây là một kho dữ liệu. Bấm Xong để mở."))
        else:
            theme.set_role(self.status, "error")
            self.status.setText(self.tr("Thư mục này không phải kho dữ liệu của Sổ tay Đảng viên."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        return bool(text) and looks_like_vault(Path(text))

    def nextId(self) -> int:
        return -1


class DemoPage(QWizardPage):
    def __init__(self, wizard: StartWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._busy = False
        self.setTitle(self.tr("Xã mẫu để dùng thử"))
        self.setSubTitle(self.tr("Một Đảng ủy xã hư cấu với vài trăm đảng viên, để tập sử dụng."))
        accounts = QLabel(
            self.tr(
                "Có ba tài khoản, cùng mật khẩu <b>{password}</b>:<br>"
                "• <b>truongban</b> — Trưởng ban<br>"
                "• <b>photruongban</b> — Phó trưởng ban<br>"
                "• <b>chuyenvien</b> — Chuyên viên"
            ).format(password=wizard.demo_password)
        )
        accounts.setTextFormat(Qt.TextFormat.RichText)
        accounts.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        theme.set_role(self.where, "muted")
        self.busy = QLabel(self.tr("Đang tạo xã mẫu, xin chờ…"))
        theme.set_role(self.busy, "muted")
        self.busy.hide()
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(accounts)
        layout.addWidget(self.where)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        path = self._wizard.demo_path
        if looks_like_vault(path):
            self.where.setText(self.tr("Xã mẫu đã có tại {path}; bấm Xong để mở.").format(path=str(path)))
        else:
            self.where.setText(self.tr("Xã mẫu sẽ được tạo tại {path}.").format(path=str(path)))

    def isComplete(self) -> bool:
        return not self._busy

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        if self._wizard.demo_ready is not None:
            return True
        self.error.hide()
        self._set_busy(True)
        path, password, params = self._wizard.demo_path, self._wizard.demo_password, self._wizard.kdf_params

        def work(_progress: Progress) -> DemoReady:
            return open_or_build_demo(path, password, params)

        self._wizard.runner.run(
            work,
            done=self._ready,
            failed=self._refused,
            always=lambda: self._set_busy(False),
            parent=self,
            progress=self.tr("Đang tạo xã mẫu…"),
        )
        return False

    def _ready(self, ready: DemoReady) -> None:
        self._wizard.demo_ready = ready
        QTimer.singleShot(0, self._wizard.accept)  # the last page: finishing validates it again, now ready

    def _refused(self, exc: HandbookError) -> bool:
        self.error.setText(exc.render(self._wizard.lang))
        self.error.show()
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.completeChanged.emit()
