"""Gửi dạng tệp: a dispatch as one bundle file for its workplace committee (encrypted when its card is trusted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.flow.model import Dispatch
from ui import theme
from ui.exchange.actions import BundleWritten, dispatch_recipient, send_dispatch
from ui.exchange.bundle_file import ask_bundle_path
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.dialogs import localize_buttons


def bundle_file_name(d: Dispatch) -> str:
    return "cong-van-" + "".join(ch if ch.isalnum() else "-" for ch in d.number_text).strip("-") + ".sotay"


class SendDispatchDialog(QDialog):
    """Who it goes to, whether only they can read it, and which PDF goes with the data."""

    def __init__(self, d: Dispatch, recipient: str, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dispatch = d
        self.setWindowTitle(self.tr("Gửi công văn dạng tệp"))
        head = QLabel(
            self.tr("Công văn {number} ({count} phiếu) gửi {org}.").format(
                number=d.number_text, count=len(d.case_ids), org=recipient
            )
        )
        head.setWordWrap(True)
        if encrypted:
            text = self.tr("Đã có thẻ của nơi nhận: tệp được ký và mã hóa, chỉ nơi nhận mở được.")
        else:
            text = self.tr(
                "Chưa có thẻ của nơi nhận: tệp chỉ được ký, không được mã hóa — ai có tệp cũng đọc được. "
                "Hãy gửi qua đường an toàn, hoặc nhận thẻ của nơi nhận trước."
            )
        self.security = QLabel(text)
        self.security.setWordWrap(True)
        theme.set_role(self.security, "muted" if encrypted else "warning")
        self.pdf = QLineEdit()
        self.pdf.setPlaceholderText(self.tr("Để trống: dùng bản in của công văn"))
        self.pdf.setAccessibleName(self.tr("Bản PDF đã ký số"))
        pdf_label = QLabel(self.tr("Bản PDF đã ký số:"))
        pdf_label.setBuddy(self.pdf)
        browse = QPushButton(self.tr("Chọn…"))
        row = QHBoxLayout()
        row.addWidget(pdf_label)
        row.addWidget(self.pdf, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(buttons)
        self.save_button = buttons.addButton(self.tr("Lưu tệp…"), QDialogButtonBox.ButtonRole.AcceptRole)
        theme.set_role(self.save_button, "primary")
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.security)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().height() * 38)
        browse.clicked.connect(self._browse)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản PDF đã ký số"), "", self.tr("Tệp PDF (*.pdf)"))
        if chosen:
            self.pdf.setText(chosen)

    def signed_pdf(self) -> Path | None:
        text = self.pdf.text().strip()
        return Path(text) if text else None


class DispatchSender(QWidget):
    """The "Gửi dạng tệp…" step on the dispatch screen: ask, choose where to save, write it off the GUI thread."""

    dialog_opened = Signal(object)  # the SendDispatchDialog just shown
    status = Signal(str)

    def __init__(self, session: Session, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.hide()

    def start(self, d: Dispatch) -> None:
        session = self._session

        def work(_progress: Progress) -> tuple[str, bool]:
            with session.use() as vault:
                return dispatch_recipient(vault, d.id)

        self._runner.run(work, done=lambda who: self._ask(d, *who), parent=self.parentWidget())

    def _ask(self, d: Dispatch, recipient: str, encrypted: bool) -> None:
        dialog = SendDispatchDialog(d, recipient, encrypted, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(d, dialog.signed_pdf()))
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _save(self, d: Dispatch, signed_pdf: Path | None) -> None:
        out = ask_bundle_path(
            self._runner.dialogs, self.parentWidget(), self.tr("Lưu tệp gửi nơi công tác"), bundle_file_name(d)
        )
        if out is None:
            return
        session = self._session

        def work(_progress: Progress) -> BundleWritten:
            with session.use() as vault:
                return send_dispatch(vault, d.id, out, signed_pdf)

        def done(w: BundleWritten) -> None:
            if w.encrypted:
                text = self.tr("Đã lưu tệp {path} ({count} phiếu) gửi {org}; tệp được mã hóa.")
            else:
                text = self.tr("Đã lưu tệp {path} ({count} phiếu) gửi {org}; tệp chỉ được ký, ai có tệp cũng đọc được.")
            self.status.emit(text.format(path=str(w.path), count=w.sheets, org=w.recipient))

        self._runner.run(work, done=done, parent=self.parentWidget(), progress=self.tr("Đang tạo tệp…"))
