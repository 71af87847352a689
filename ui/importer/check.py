"""The import wizard's last two steps: checking every row (nothing written; errors block, warnings are
listed; duplicates handled per rule) and saving all of it in one transaction, then the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from handbook.errors import HandbookError
from handbook.spreadsheet.importer import DuplicatePolicy, DuplicateRules, ImportPlan, ImportResult
from handbook.spreadsheet.rows import RowProblem
from ui import theme
from ui.actions.importing import MembersImported, commit, make_source, plan, save_report
from ui.importer.host import WizardHost
from ui.operations import Progress
from ui.settings.rows_model import Col, RowsModel
from ui.settings.section import message_line, plain_table, say


def reporting(progress: Progress) -> Callable[[int, int], None]:
    """The core's ``(done, total)`` rows shown as a percentage; cancelling stops the core between rows."""

    def report(done: int, total: int) -> None:
        progress.report(done, total)
        progress.check()

    return report


def problems_model(wizard: WizardHost, parent: QWizardPage) -> RowsModel[RowProblem]:
    lang = wizard.lang

    severity = {
        "error": QCoreApplication.translate("ImportProblems", "Lỗi"),
        "warning": QCoreApplication.translate("ImportProblems", "Lưu ý"),
    }
    return RowsModel(
        [
            Col(
                QCoreApplication.translate("ImportProblems", "Dòng"), lambda p: str(p.row) if p.row else "", right=True
            ),
            Col(QCoreApplication.translate("ImportProblems", "Cột"), lambda p: p.letter),
            Col(QCoreApplication.translate("ImportProblems", "Tiêu đề cột"), lambda p: p.header),
            Col(QCoreApplication.translate("ImportProblems", "Giá trị"), lambda p: p.value),
            Col(QCoreApplication.translate("ImportProblems", "Mức"), lambda p: severity.get(p.severity, p.severity)),
            Col(QCoreApplication.translate("ImportProblems", "Nội dung"), lambda p: p.message.render(lang)),
        ],
        tone=lambda p: "error" if p.is_error else "warning",
        tooltip=lambda p: p.message.render(lang),
        parent=parent,
    )


def ordered(problems: tuple[RowProblem, ...]) -> list[RowProblem]:
    """Errors first (they block), each kind in the order of the file."""
    return sorted(problems, key=lambda p: (not p.is_error, p.row, p.letter))


class ReportButton(QPushButton):
    """Saves the problems as an .xlsx the office can work through (row, column, value, message)."""

    def __init__(self, wizard: WizardHost, message: QLabel) -> None:
        super().__init__(QCoreApplication.translate("ReportButton", "Lưu danh sách lỗi và lưu ý (.xlsx)…"))
        self._wizard = wizard
        self._message = message
        self.problems: tuple[RowProblem, ...] = ()
        self.clicked.connect(self.save)

    def save(self) -> None:
        wizard = self._wizard
        source = wizard.state.path
        suggested = source.with_name(f"{source.stem}-loi.xlsx") if source else Path.home() / "loi-nhap.xlsx"
        out = wizard.runner.dialogs.save_file(
            self, self.tr("Lưu danh sách lỗi"), suggested, self.tr("Bảng tính Excel (*.xlsx)")
        )
        if out is None:
            return
        problems, lang, name = self.problems, wizard.lang, source.name if source else ""

        def work(_progress: Progress) -> Path:
            return save_report(out, problems, lang, name)

        def done(path: Path) -> None:
            say(self._message, self.tr("Đã lưu danh sách vào tệp {path}.").format(path=str(path)), "muted")

        def refused(exc: HandbookError) -> bool:
            say(self._message, exc.render(lang), "error")
            return True

        wizard.runner.run(work, done=done, failed=refused, parent=self)


class ImportCheckPage(QWizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wizard = wizard
        self._busy = False
        self.setTitle(self.tr("Kiểm tra trước khi nhập"))
        self.setSubTitle(self.tr("Mọi dòng được kiểm tra với kho dữ liệu; chưa có gì được lưu."))
        self.setCommitPage(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(theme.scaled_font(self.summary, 1.1, bold=True))
        self.banner = QFrame()
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        QVBoxLayout(self.banner).addWidget(self.banner_text)
        self.banner.hide()
        self.same_cccd = QComboBox()
        for policy, text in (
            (DuplicatePolicy.UPDATE, self.tr("cập nhật hồ sơ đã có")),
            (DuplicatePolicy.SKIP, self.tr("bỏ qua dòng đó")),
            (DuplicatePolicy.CREATE, self.tr("thêm người mới (sẽ báo lỗi: mỗi số CCCD chỉ của một người)")),
        ):
            self.same_cccd.addItem(text, policy.value)
        self.same_name = QComboBox()
        for policy, text in (
            (DuplicatePolicy.SKIP, self.tr("bỏ qua dòng đó (có thể là hai người khác nhau)")),
            (DuplicatePolicy.UPDATE, self.tr("cập nhật hồ sơ đã có")),
            (DuplicatePolicy.CREATE, self.tr("thêm người mới")),
        ):
            self.same_name.addItem(text, policy.value)
        rules = QFormLayout()
        rules.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        rules.addRow(self.tr("Trùng số CCCD với người đã có:"), self.same_cccd)
        rules.addRow(self.tr("Trùng họ tên và ngày sinh:"), self.same_name)
        self.model = problems_model(wizard, self)
        self.table = plain_table(self.tr("Lỗi và lưu ý theo từng ô"))
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate((7, 6, 18, 18, 8)):
            self.table.setColumnWidth(column, chars * char)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.message = message_line()
        self.report = ReportButton(wizard, self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch()
        bottom.addWidget(self.report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addLayout(rules)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.same_cccd.activated.connect(lambda _i: self._rules_changed())
        self.same_name.activated.connect(lambda _i: self._rules_changed())

    def initializePage(self) -> None:
        state = self._wizard.state
        self.same_cccd.setCurrentIndex(self.same_cccd.findData(state.duplicates.same_cccd.value))
        self.same_name.setCurrentIndex(self.same_name.findData(state.duplicates.same_name_birth.value))
        if state.plan is None:
            self.run_check()
        else:
            self._show(state.plan)

    def _rules_changed(self) -> None:
        state = self._wizard.state
        rules = DuplicateRules(
            DuplicatePolicy(str(self.same_cccd.currentData())), DuplicatePolicy(str(self.same_name.currentData()))
        )
        if rules != state.duplicates:
            state.duplicates = rules
            self.run_check()

    def run_check(self) -> None:
        state = self._wizard.state
        state.plan = None
        self.model.clear()
        self.detail.clear()
        self.summary.setText(self.tr("Đang kiểm tra…"))
        self.banner.hide()
        self.message.hide()
        self._set_busy(True)
        table, encoding, mapping, rules = state.table, state.encoding, state.current_mapping(), state.duplicates
        cells = state.cells
        session = self._wizard.session

        def work(progress: Progress) -> ImportPlan:
            source = make_source(table, encoding, mapping)
            progress.check()
            with session.use() as vault:
                return plan(vault, source, rules, cells, reporting(progress))

        def done(checked: ImportPlan) -> None:
            state.plan = checked
            self._show(checked)

        self._wizard.runner.run(
            work,
            done=done,
            failed=self._refused,
            always=lambda: self._set_busy(False),
            parent=self,
            progress=self.tr("Đang kiểm tra từng dòng… (số dòng đã kiểm tra)"),
        )

    def _show(self, checked: ImportPlan) -> None:
        from handbook.spreadsheet.importer import Action

        errors = [p for p in checked.problems if p.is_error]
        warnings = [p for p in checked.problems if not p.is_error]
        self.summary.setText(
            self.tr(
                "Đã đọc {rows} dòng: thêm mới {create}, cập nhật {update}, không đổi {same}, bỏ qua {skip}. "
                "{errors} lỗi, {warnings} lưu ý."
            ).format(
                rows=checked.rows_read,
                create=checked.count(Action.CREATE),
                update=checked.count(Action.UPDATE),
                same=checked.count(Action.UNCHANGED),
                skip=checked.count(Action.SKIP),
                errors=len(errors),
                warnings=len(warnings),
            )
        )
        if errors:
            rows = len({p.row for p in errors})
            self.banner_text.setText(
                self.tr(
                    "Có lỗi ở {rows} dòng nên chưa nhập được: không có gì được lưu. Sửa các ô ghi dưới đây trong tệp "
                    "rồi nhập lại (có thể lưu danh sách lỗi ra Excel để sửa), hoặc quay lại sửa cách ghép cột."
                ).format(rows=rows)
            )
            theme.set_role(self.banner, "errorPanel")
            self.banner.show()
        elif warnings:
            self.banner_text.setText(
                self.tr("Không có lỗi. Các lưu ý dưới đây không chặn việc nhập; hãy đọc qua trước khi bấm nhập.")
            )
            theme.set_role(self.banner, "warningPanel")
            self.banner.show()
        else:
            self.banner.hide()
        self.model.set_rows(ordered(checked.problems))
        if self.model.rows:
            self.table.selectRow(0)
        else:
            self.detail.clear()
        self.report.problems = checked.problems
        self.report.setEnabled(bool(checked.problems))
        self.completeChanged.emit()

    def _show_detail(self) -> None:
        """The whole sentence of the chosen problem (the table cuts long ones short)."""
        rows = self.table.selectionModel().selectedRows()
        problem = self.model.row(rows[0].row()) if rows else None
        self.detail.setText(problem.render(self._wizard.lang) if problem is not None else "")

    def _refused(self, exc: HandbookError) -> bool:
        self.summary.setText(self.tr("Chưa kiểm tra được."))
        say(self.message, exc.render(self._wizard.lang), "error")
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._wizard.working = busy
        for combo in (self.same_cccd, self.same_name):
            combo.setEnabled(not busy)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        checked = self._wizard.state.plan
        return not self._busy and checked is not None and not checked.has_errors

    # --- committing ----------------------------------------------------------------------------------

    def validatePage(self) -> bool:
        state = self._wizard.state
        if state.result is not None and state.result.committed:
            return True
        checked = state.plan
        if checked is None or checked.has_errors or self._busy:
            return False
        self._set_busy(True)
        session = self._wizard.session

        def work(progress: Progress) -> MembersImported | ImportResult:
            progress.check()
            with session.use() as vault:
                return commit(vault, checked, reporting(progress))

        self._wizard.runner.run(
            work,
            done=self._committed,
            failed=self._refused,
            always=lambda: self._set_busy(False),
            parent=self,
            progress=self.tr("Đang lưu vào kho dữ liệu… (số dòng đã ghi)"),
        )
        return False

    def _committed(self, outcome: MembersImported | ImportResult) -> None:
        state = self._wizard.state
        if isinstance(outcome, MembersImported):
            state.result = outcome.result
            QTimer.singleShot(0, self._wizard.next)
            return
        # Someone changed the vault meanwhile and checking again found errors: nothing was saved.
        state.result = None
        self.run_check()
        say(self.message, self.tr("Kho dữ liệu vừa thay đổi; đã kiểm tra lại và thấy lỗi. Chưa lưu gì."), "error")


class ImportResultPage(QWizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Đã nhập xong"))
        self.setSubTitle(self.tr("Danh sách đã được lưu vào kho dữ liệu, trong một lần, đủ cả."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(theme.scaled_font(self.summary, 1.1, bold=True))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        theme.set_role(self.detail, "muted")
        self.message = message_line()
        self.report = ReportButton(wizard, self.message)
        row = QHBoxLayout()
        row.addWidget(self.report)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self._wizard.state.result
        if result is None:
            return
        summary = self.tr("Đã thêm {created} đảng viên mới và cập nhật {updated} hồ sơ.").format(
            created=result.created, updated=result.updated
        )
        if result.cells_created:
            summary += " " + self.tr("Đã tạo {count} chi bộ mới.").format(count=result.cells_created)
        self.summary.setText(summary)
        self.detail.setText(
            self.tr(
                "Từ tệp {file}: {rows} dòng; {same} hồ sơ không đổi, {skipped} dòng bỏ qua, {warnings} lưu ý. "
                "Mỗi người được xếp vào chi bộ ghi trong tệp từ hôm nay. Mọi thay đổi đã ghi vào nhật ký."
            ).format(
                file=result.source,
                rows=result.rows_read,
                same=result.unchanged,
                skipped=result.skipped,
                warnings=len(result.warnings),
            )
        )
        self.report.problems = result.problems
        self.report.setVisible(bool(result.problems))
