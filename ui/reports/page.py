"""Báo cáo: choose the report, its period and organisation, then preview and print, or save .xlsx / PDF."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import Lang
from handbook.permissions import Op
from handbook.reports.build import ONE_DAY, ReportKind, ReportRequest
from handbook.text.fold import search_key
from ui import theme
from ui.actions.reports import OrgOption, Rendered, build_rendered, org_options, save_rendered
from ui.cases import preview
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.permission import guard


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ReportsPage(QWidget):
    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang = lang
        self._orgs_loaded = False
        self.last: Rendered | None = None

        title = QLabel(self.tr("Báo cáo"))
        title.setFont(theme.scaled_font(title, 1.6, bold=True))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Loại báo cáo"))
        labels = {
            ReportKind.CHANGES: self.tr("Biến động đảng viên trong kỳ"),
            ReportKind.STRUCTURE: self.tr("Cơ cấu đảng viên"),
            ReportKind.BADGES: self.tr("Đảng viên đến hạn Huy hiệu Đảng"),
            ReportKind.ROUND: self.tr("Nhận xét nơi cư trú (213) theo chi bộ"),
            ReportKind.CELLS: self.tr("Số đảng viên theo chi bộ"),
        }
        for kind, label in labels.items():
            self.kind.addItem(label, kind.value)
        today = date.today()
        self.start = QDateEdit(_qdate(date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)))
        self.end = QDateEdit(_qdate(today))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("Từ ngày"))
        self.end.setAccessibleName(self.tr("Đến ngày"))
        self.end_label = QLabel()
        self.org = QComboBox()
        self.org.setAccessibleName(self.tr("Tổ chức"))
        self.org.addItem(self.tr("Toàn Đảng bộ"), None)
        self.org.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.org.setMinimumContentsLength(20)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        theme.set_role(self.hint, "muted")

        form = QFormLayout()
        form.addRow(self.tr("Báo cáo"), self.kind)
        form.addRow(self.tr("Từ ngày"), self.start)
        form.addRow(self.end_label, self.end)
        form.addRow(self.tr("Tổ chức"), self.org)

        self.preview_button = QPushButton(self.tr("Xem trước và in…"))
        theme.set_role(self.preview_button, "primary")
        self.xlsx_button = QPushButton(self.tr("Lưu Excel…"))
        self.pdf_button = QPushButton(self.tr("Lưu PDF…"))
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.xlsx_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.preview_button.clicked.connect(self.preview)
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        session.unlocked.connect(self.apply_permissions)
        self._kind_changed()
        self.apply_permissions()

    def apply_permissions(self) -> None:
        actor = self._session.actor
        for button in (self.preview_button, self.pdf_button):
            guard(button, actor, Op.FORMS_PRINT, self._lang)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._orgs_loaded and not self._session.is_locked:
            self._orgs_loaded = True
            session = self._session

            def work(_progress: Progress) -> list[OrgOption]:
                with session.use() as vault:
                    return org_options(vault)

            self._runner.run(work, done=self._set_orgs, parent=self)

    def _set_orgs(self, options: list[OrgOption]) -> None:
        current = self.org.currentData()
        self.org.clear()
        self.org.addItem(self.tr("Toàn Đảng bộ"), None)
        for o in options:
            self.org.addItem("    " * o.depth + o.name, o.org_id)
        index = self.org.findData(current)
        self.org.setCurrentIndex(max(index, 0))

    def chosen_kind(self) -> ReportKind:
        return ReportKind(str(self.kind.currentData()))

    def _kind_changed(self) -> None:
        kind = self.chosen_kind()
        self.start.setEnabled(kind is ReportKind.CHANGES)
        texts = {
            ReportKind.CHANGES: (
                self.tr("Đến ngày"),
                self.tr("Những thay đổi trong kỳ, tính ở chi bộ đảng viên sinh hoạt vào ngày thay đổi."),
            ),
            ReportKind.STRUCTURE: (
                self.tr("Ngày báo cáo"),
                self.tr("Đảng viên sinh hoạt tại chi bộ vào ngày báo cáo."),
            ),
            ReportKind.BADGES: (
                self.tr("Ngày trao Huy hiệu"),
                self.tr(
                    "Thường vào 3/2, 19/5, 2/9, 7/11. Tuổi Đảng tính từ ngày vào Đảng, "
                    "trừ thời gian không sinh hoạt Đảng."
                ),
            ),
            ReportKind.ROUND: (
                self.tr("Năm của ngày"),
                self.tr("Đợt nhận xét của năm có ngày này; số đăng ký tính đến ngày đó."),
            ),
            ReportKind.CELLS: (self.tr("Ngày báo cáo"), self.tr("Hệ thống tổ chức và số đảng viên vào ngày báo cáo.")),
        }
        label, hint = texts[kind]
        self.end_label.setText(label)
        self.hint.setText(hint)

    def show_report(self, kind: ReportKind, start: date | None = None, end: date | None = None) -> None:
        """Choose a report (from Tổng quan's to-dos and charts)."""
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        if start is not None:
            self.start.setDate(_qdate(start))
        if end is not None:
            self.end.setDate(_qdate(end))

    def request(self) -> ReportRequest:
        kind = self.chosen_kind()
        end = _pydate(self.end.date())
        start = end if kind in ONE_DAY or kind is ReportKind.ROUND else _pydate(self.start.date())
        org = self.org.currentData()
        return ReportRequest(kind, start, end, int(org) if org is not None else None)

    def _file_name(self, fmt: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", search_key(self.kind.currentText())).strip("-")
        return f"bao-cao-{base}-{_pydate(self.end.date()).isoformat()}.{fmt}"

    def _build(self, fmt: str, then: object) -> None:
        session, req = self._session, self.request()

        def work(_progress: Progress) -> Rendered:
            with session.use() as vault:
                return build_rendered(vault, req, fmt)

        def done(rendered: Rendered) -> None:
            self.last = rendered
            note = rendered.doc.note
            self.result.setText(f"{rendered.doc.title} – {rendered.doc.summary}" + (f"\n{note}" if note else ""))
            then(rendered)  # type: ignore[operator]

        self._runner.run(work, done=done, parent=self, progress=self.tr("Đang lập báo cáo…"))

    def preview(self) -> None:
        def show(rendered: Rendered) -> None:
            preview.show_pdf(
                self, self._runner, rendered.data, title=rendered.doc.title, suggested_name=self._file_name("pdf")
            )

        self._build("pdf", show)

    def save(self, fmt: str) -> None:
        pattern = self.tr("Bảng tính Excel (*.xlsx)") if fmt == "xlsx" else self.tr("Tệp PDF (*.pdf)")
        out = self._runner.dialogs.save_file(self, self.tr("Lưu báo cáo"), Path.home() / self._file_name(fmt), pattern)
        if out is None:
            return

        def write(rendered: Rendered) -> None:
            runner = self._runner

            def work(_progress: Progress) -> Path:
                return save_rendered(rendered, out)

            runner.run(
                work,
                done=lambda p: self.result.setText(self.tr("Đã lưu báo cáo vào {path}.").format(path=p)),
                parent=self,
            )

        self._build(fmt, write)
