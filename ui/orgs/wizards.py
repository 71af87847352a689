"""The merge and split wizards: choose, check a summary with the counts, then the core does it in one dated
transaction. The screen shows the handover record afterwards.

A refusal (the core's sentence) stays in the wizard, on the page where it can be fixed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from handbook.errors import InputError
from handbook.i18n import Lang
from handbook.orgs.model import OrgId
from ui import theme
from ui.actions.orgs import (
    CellsReorganised,
    MergeRequest,
    OrgNode,
    OrgTree,
    merge,
)
from ui.operations import Progress, Runner
from ui.orgs.fields import DecisionFields, dmy, refusal_label, say
from ui.orgs.reorg_base import ReorgSummaryPage, ReorgWizard, _intro
from ui.orgs.split_wizard import SplitWizard as SplitWizard  # where the screen and the tests find it
from ui.session import Session


class MergeSourcesPage(QWizardPage):
    def __init__(self, cells: list[OrgNode]) -> None:
        super().__init__()
        self.setTitle(self.tr("Chọn các chi bộ sáp nhập"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Các chi bộ"))
        for node in cells:
            item = QListWidgetItem(self.tr("{name} — {n} đảng viên").format(name=node.org.name, n=node.members))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, int(node.org.id))
            self.list.addItem(item)
        self.hint = QLabel()
        theme.set_role(self.hint, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(self.tr("Đánh dấu các chi bộ cùng sáp nhập (ít nhất hai). Bấm phím cách để chọn.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.list.itemChanged.connect(lambda _item: self._update())
        self._update()

    def checked(self) -> list[OrgId]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(OrgId(int(item.data(Qt.ItemDataRole.UserRole))))
        return out

    def check(self, org_id: OrgId, on: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if int(item.data(Qt.ItemDataRole.UserRole)) == org_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        n = len(self.checked())
        self.hint.setText(self.tr("Đã chọn %n chi bộ.", "", n))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return len(self.checked()) >= 2


class MergeTargetPage(QWizardPage):
    def __init__(self, wizard: MergeWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Chi bộ sau sáp nhập"))
        self.new_radio = QRadioButton(self.tr("Thành lập chi bộ mới, tên:"))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("ví dụ: Chi bộ thôn Đông Đoài"))
        self.new_name.setAccessibleName(self.tr("Tên chi bộ mới"))
        self.into_radio = QRadioButton(self.tr("Sáp nhập vào chi bộ đã có:"))
        self.into = QComboBox()
        self.into.setAccessibleName(self.tr("Chi bộ nhận"))
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.into_radio)
        self.new_radio.setChecked(True)
        self.decision = DecisionFields()
        self.refusal = refusal_label()
        form = QFormLayout()
        form.addRow(self.new_radio, self.new_name)
        form.addRow(self.into_radio, self.into)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.decision)
        layout.addWidget(self.refusal)
        layout.addStretch(1)
        self.new_radio.toggled.connect(self._mode_changed)
        self.new_name.textEdited.connect(lambda _t: say(self.refusal, ""))
        self.decision.decision_no.textEdited.connect(lambda _t: say(self.refusal, ""))
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.new_name.setEnabled(self.new_radio.isChecked())
        self.into.setEnabled(self.into_radio.isChecked())

    def initializePage(self) -> None:
        current = self.into.currentData()
        self.into.clear()
        for org_id in self._wizard.sources_page.checked():
            node = self._wizard.tree.find(org_id)
            if node is not None:
                self.into.addItem(node.org.name, int(org_id))
        self.into.setCurrentIndex(max(self.into.findData(current), 0))

    def validatePage(self) -> bool:
        if self.new_radio.isChecked() and not self.new_name.text().strip():
            say(self.refusal, InputError("reorg.merge_target").render(self._wizard.lang))
            self.new_name.setFocus()
            return False
        if not self.decision.decision_no.text().strip():
            say(self.refusal, InputError("reorg.decision_missing").render(self._wizard.lang))
            self.decision.decision_no.setFocus()
            return False
        say(self.refusal, "")
        return True


class MergeWizard(ReorgWizard):
    """Merge two or more cells into a new cell or into one of them."""

    def __init__(
        self, tree: OrgTree, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, runner, lang, parent)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Sáp nhập"))
        self.tree = tree
        self.setWindowTitle(self.tr("Sáp nhập chi bộ"))
        self.sources_page = MergeSourcesPage(tree.cells())
        self.target_page = MergeTargetPage(self)
        self.summary_page = ReorgSummaryPage(self.tr("Kiểm tra trước khi sáp nhập"), self.describe)
        for page in (self.sources_page, self.target_page, self.summary_page):
            self.addPage(page)

    def refusal_target(self) -> QLabel:
        return self.summary_page.refusal

    def merge_request(self) -> MergeRequest:
        checked = self.sources_page.checked()
        page = self.target_page
        decision = page.decision
        if page.into_radio.isChecked() and page.into.currentData() is not None:
            into = OrgId(int(page.into.currentData()))
            return MergeRequest(
                tuple(o for o in checked if o != into),
                decision.day(),
                decision.decision_no.text(),
                decision.decided_on(),
                into=into,
            )
        return MergeRequest(
            tuple(checked),
            decision.day(),
            decision.decision_no.text(),
            decision.decided_on(),
            into_name=page.new_name.text(),
        )

    def describe(self) -> str:
        request = self.merge_request()
        counts = {n.org.id: n for n in self.tree.cells()}
        lines = []
        total = 0
        for org_id in request.sources:
            node = counts[org_id]
            total += node.members
            lines.append(self.tr("• {name}: {n} đảng viên").format(name=node.org.name, n=node.members))
        if request.into is not None:
            target = counts[request.into]
            head = self.tr("Sáp nhập {k} chi bộ vào “{target}” (hiện có {n} đảng viên), từ ngày {day}:").format(
                k=len(request.sources), target=target.org.name, n=target.members, day=dmy(request.when)
            )
            after_name, total = target.org.name, total + target.members
        else:
            after_name = " ".join(request.into_name.split())
            head = self.tr("Hợp nhất {k} chi bộ thành chi bộ mới “{name}”, từ ngày {day}:").format(
                k=len(request.sources), name=after_name, day=dmy(request.when)
            )
        tail = [
            self.tr("Sau sáp nhập, “{name}” có {n} đảng viên.").format(name=after_name, n=total),
            self.tr("Theo Quyết định số {no} ngày {day}.").format(
                no=request.decision_no.strip(), day=dmy(request.decision_date)
            ),
            self.tr(
                "Các chi bộ bị sáp nhập thôi hoạt động từ ngày đó; lịch sử sinh hoạt của đảng viên vẫn được giữ. "
                "Bấm “Sáp nhập” để thực hiện, sau đó biên bản bàn giao sẽ hiện ra để in."
            ),
        ]
        return "\n".join([head, *lines, "", *tail])

    def request(self) -> Callable[[Progress], CellsReorganised]:
        request, session = self.merge_request(), self.session

        def work(_progress: Progress) -> CellsReorganised:
            with session.use() as vault:
                return merge(vault, request)

        return work


# --- splitting -------------------------------------------------------------------------------------
