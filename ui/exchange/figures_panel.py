"""Gửi số liệu cho tỉnh (a commune's side): the round figures of a year as a file for the province office."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from handbook.i18n import Lang
from handbook.permissions import Op
from ui.exchange.actions import BundleWritten, send_figures
from ui.exchange.bundle_file import ask_bundle_path
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.permission import guard


class FiguresPanel(QGroupBox):
    status = Signal(str)

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Gửi số liệu đợt nhận xét cho tỉnh"))
        self._session, self._runner = session, runner
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Năm"))
        self.send_button = QPushButton(self.tr("Lưu tệp số liệu…"))
        guard(self.send_button, session.actor, Op.EXCHANGE_SEND, lang)
        self.result = QLabel()
        self.result.setWordWrap(True)
        row = QHBoxLayout(self)
        row.addWidget(QLabel(self.tr("Năm:")))
        row.addWidget(self.year)
        row.addWidget(self.send_button)
        row.addWidget(self.result, 1)
        self.send_button.clicked.connect(self.send)

    def send(self) -> None:
        year = self.year.value()
        out = ask_bundle_path(self._runner.dialogs, self, self.tr("Lưu tệp số liệu gửi tỉnh"), f"so-lieu-{year}.sotay")
        if out is None:
            return
        session = self._session

        def work(_progress: Progress) -> BundleWritten:
            with session.use() as vault:
                return send_figures(vault, year, out)

        def done(w: BundleWritten) -> None:
            if w.encrypted:
                text = self.tr("Đã lưu {path} gửi {org}; tệp được mã hóa.").format(path=str(w.path), org=w.recipient)
            else:
                text = self.tr(
                    "Đã lưu {path}; chưa có thẻ của tỉnh nên tệp chỉ được ký, ai có tệp cũng đọc được."
                ).format(path=str(w.path))
            self.result.setText(text)
            self.status.emit(text)

        self._runner.run(work, done=done, parent=self)
