"""The request of one case: which workplace committee asked, their document number, how and when it came."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError
from handbook.flow.cases import STATE_IDS
from handbook.flow.model import MANUAL_CHANNELS, CaseState, Channel
from handbook.i18n import Lang, Message
from handbook.orgs.model import ExternalOrgId
from handbook.permissions import Op
from ui import theme
from ui.actions.cases import RequestData, RequestDraft, RequestSaved, save_request
from ui.cases.fields import DayField, FieldProblem
from ui.cases.table_model import dmy
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.dialogs import localize_buttons

EDITABLE_STATES = (CaseState.REQUESTED, CaseState.COMMENTED, CaseState.RETURNED)


class RequestDialog(QDialog):
    """Shows the request; staff may correct it while the case is not confirmed yet."""

    saved = Signal(object)  # RequestSaved

    def __init__(self, data: RequestData, session: Session, runner: Runner, lang: Lang, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang = lang
        self._case = case = data.case
        self._saving = False
        reason = session.actor.why_not(Op.CASES_COMMENT)
        self._read_only = reason is not None or case.state not in EDITABLE_STATES

        self.setWindowTitle(self.tr("Thông tin đề nghị nhận xét"))
        self.setModal(True)
        heading = QLabel(case.member_name)
        heading.setFont(theme.scaled_font(heading, 1.3, bold=True))
        state = Message(STATE_IDS[case.state]).render(lang)
        facts = QLabel(
            self.tr("{cell} · năm {year} · {state} · hạn trả {deadline}").format(
                cell=case.cell_name or self.tr("chưa có chi bộ"),
                year=case.year,
                state=state,
                deadline=dmy(case.deadline),
            )
        )
        theme.set_role(facts, "muted")
        facts.setWordWrap(True)

        self.problem = QFrame()
        theme.set_role(self.problem, "errorPanel")
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        QVBoxLayout(self.problem).addWidget(self.problem_label)
        self.problem.hide()

        self.workplace = QComboBox()
        self.workplace.setEditable(True)
        self.workplace.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.workplace.addItem(self.tr("(chưa rõ)"), None)
        for org in data.orgs:
            self.workplace.addItem(org.name, int(org.id))
        completer = QCompleter(self.workplace.model(), self.workplace)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.workplace.setCompleter(completer)
        self.workplace.setMinimumContentsLength(34)
        current = self.workplace.findData(int(case.requested_by_org_id) if case.requested_by_org_id else None)
        if current < 0 and case.requested_by_name:
            self.workplace.addItem(case.requested_by_name, int(case.requested_by_org_id or 0) or None)
            current = self.workplace.count() - 1
        self.workplace.setCurrentIndex(max(current, 0))
        self.doc_no = QLineEdit(case.request_doc_no)
        self.doc_no.setPlaceholderText(self.tr("ví dụ 112-CV/ĐU"))
        self.channel = QComboBox()
        choices = MANUAL_CHANNELS if case.channel in MANUAL_CHANNELS else (*MANUAL_CHANNELS, case.channel)
        for channel in choices:
            self.channel.addItem(Message(f"channel.{channel.value}").render(lang), channel.value)
        self.channel.setCurrentIndex(max(self.channel.findData(case.channel.value), 0))
        self.dossier_no = QLineEdit(case.external_dossier_no)
        self.dossier_no.setPlaceholderText(self.tr("số hồ sơ trên Cổng Dịch vụ công hoặc ứng dụng"))
        self.received = DayField(self.tr("Ngày nhận"))
        self.received.set_day(case.received_date)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Cấp ủy nơi công tác:"), self.workplace)
        form.addRow(self.tr("Số văn bản đề nghị:"), self.doc_no)
        form.addRow(self.tr("Hình thức nhận:"), self.channel)
        form.addRow(self.tr("Số hồ sơ điện tử:"), self.dossier_no)
        form.addRow(self.tr("Ngày nhận:"), self.received)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Lưu"))
        theme.set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(self.buttons)
        note = QLabel()
        note.setWordWrap(True)
        theme.set_role(note, "muted")
        if self._read_only:
            self.save_button.hide()
            cancel.setText(self.tr("Đóng"))
            for widget in (self.workplace, self.channel):
                widget.setEnabled(False)
            for line in (self.doc_no, self.dossier_no, self.received):
                line.setReadOnly(True)
            if reason is not None:
                note.setText(reason.render(lang))
            else:
                note.setText(self.tr("Phiếu đã xác nhận hoặc đã gửi: thông tin đề nghị không sửa được nữa."))
        else:
            note.hide()
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(facts)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().height() * 40, self.sizeHint().height())

    def draft(self) -> RequestDraft:
        """What the form holds; raises ``FieldProblem`` for an unreadable date or an unknown workplace."""
        typed = self.workplace.currentText().strip()
        index = self.workplace.findText(typed, Qt.MatchFlag.MatchFixedString) if typed else 0
        if index < 0:
            raise FieldProblem(
                self.tr(
                    "Không có cấp ủy nơi công tác “{name}” trong danh sách. Hãy chọn trong danh sách; nơi mới được "
                    "thêm khi đăng ký sinh hoạt nơi cư trú."
                ).format(name=typed)
            )
        org = self.workplace.itemData(index)
        return RequestDraft(
            requested_by=ExternalOrgId(int(org)) if org else None,
            doc_no=self.doc_no.text(),
            channel=Channel(str(self.channel.currentData())),
            dossier_no=self.dossier_no.text(),
            received_date=self.received.day(self._lang),
        )

    def save(self) -> None:
        if self._saving or self._read_only:
            return
        try:
            draft = self.draft()
        except FieldProblem as exc:
            self._show_problem(str(exc))
            return
        self._saving = True
        session, case_id = self._session, self._case.id

        def work(_progress: Progress) -> RequestSaved:
            with session.use() as vault:
                return save_request(vault, case_id, draft)

        def settled() -> None:
            self._saving = False

        self._runner.run(work, done=self._saved, failed=self._refused, always=settled, parent=self)

    def _saved(self, change: RequestSaved) -> None:
        self.saved.emit(change)
        self.accept()

    def _refused(self, exc: HandbookError) -> bool:
        self._show_problem(exc.render(self._lang))
        return True

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem.show()
