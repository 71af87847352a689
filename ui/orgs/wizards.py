"""The merge and split wizards: choose, check a summary with the counts, then the core does it in one dated
transaction. The screen shows the handover record afterwards.

A refusal (the core's sentence) stays in the wizard, on the page where it can be fixed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from handbook.errors import HandbookError, InputError
from handbook.i18n import Lang
from handbook.orgs.model import OrgId
from ui import theme
from ui.actions.orgs import (
    CellsReorganised,
    MemberBrief,
    MergeRequest,
    OrgNode,
    OrgTree,
    SplitRequest,
    cell_members,
    merge,
    split,
    unplaced_refusal,
)
from ui.operations import Progress, Runner
from ui.orgs.fields import DecisionFields, dmy, refusal_label, say
from ui.orgs.split_model import UNPLACED, PartDelegate, SplitModel
from ui.orgs.split_model import Column as SplitColumn
from ui.session import Session

MAX_PARTS = 6


class ReorgWizard(QWizard):
    """What both wizards share: Vietnamese buttons, running the change, keeping a refusal on screen."""

    completed = Signal(object)  # CellsReorganised

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.lang: Lang = lang
        self._running = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Quay lại"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.setModal(True)
        height = self.fontMetrics().height()
        self.resize(height * 46, height * 34)

    def refusal_target(self) -> QLabel:
        raise NotImplementedError

    def request(self) -> Callable[[Progress], CellsReorganised]:
        raise NotImplementedError

    def accept(self) -> None:
        if self._running or not self.validateCurrentPage():
            return
        self._running = True
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(False)
        label = self.refusal_target()
        say(label, "")

        def refused(exc: HandbookError) -> bool:
            say(label, exc.render(self.lang))
            return True

        def settled() -> None:
            self._running = False
            finish.setEnabled(True)

        self.runner.run(self.request(), done=self._done, failed=refused, always=settled, parent=self)

    def _done(self, change: CellsReorganised) -> None:
        self.completed.emit(change)
        QWizard.accept(self)


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


# --- merging ---------------------------------------------------------------------------------------


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


class ReorgSummaryPage(QWizardPage):
    def __init__(self, title: str, describe: Callable[[], str]) -> None:
        super().__init__()
        self._describe = describe
        self.setTitle(title)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusal = refusal_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.refusal)
        layout.addStretch(1)

    def initializePage(self) -> None:
        say(self.refusal, "")
        self.summary.setText(self._describe())


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


class SplitSourcePage(QWizardPage):
    def __init__(self, wizard: SplitWizard, cells: list[OrgNode], selected: OrgId | None) -> None:
        super().__init__()
        self._wizard = wizard
        self._loaded_for: OrgId | None = None
        self.setTitle(self.tr("Chi bộ chia tách và các chi bộ mới"))
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Chi bộ chia tách"))
        for node in cells:
            self.source.addItem(
                self.tr("{name} — {n} đảng viên").format(name=node.org.name, n=node.members), int(node.org.id)
            )
        if selected is not None:
            self.source.setCurrentIndex(max(self.source.findData(int(selected)), 0))
        self.names: list[QLineEdit] = []
        self.names_box = QVBoxLayout()
        self.add_name_button = QPushButton(self.tr("Thêm một chi bộ mới"))
        self.add_name_button.setAutoDefault(False)
        self.decision = DecisionFields()
        self.refusal = refusal_label()
        form = QFormLayout()
        form.addRow(self.tr("Chi bộ chia tách:"), self.source)
        form.addRow(self.tr("Tên các chi bộ mới:"), self.names_box)
        form.addRow("", self.add_name_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.decision)
        layout.addWidget(self.refusal)
        layout.addStretch(1)
        for _ in range(2):
            self.add_name()
        self.add_name_button.clicked.connect(self.add_name)
        self.source.currentIndexChanged.connect(lambda _i: self.load_members())
        self.decision.decision_no.textEdited.connect(lambda _t: say(self.refusal, ""))

    def add_name(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("Tên chi bộ mới thứ {n}").format(n=len(self.names) + 1))
        edit.setAccessibleName(edit.placeholderText())
        edit.textEdited.connect(lambda _t: say(self.refusal, ""))
        self.names.append(edit)
        self.names_box.addWidget(edit)
        self.add_name_button.setEnabled(len(self.names) < MAX_PARTS)
        if len(self.names) > 2:
            edit.setFocus()
        return edit

    def source_id(self) -> OrgId | None:
        data = self.source.currentData()
        return OrgId(int(data)) if data is not None else None

    def part_names(self) -> list[str]:
        return [" ".join(e.text().split()) for e in self.names if e.text().strip()]

    def initializePage(self) -> None:
        self.load_members()

    def load_members(self) -> None:
        source = self.source_id()
        if source is None or source == self._loaded_for:
            return
        self._loaded_for = None
        self.completeChanged.emit()
        session = self._wizard.session

        def work(_progress: Progress) -> list[MemberBrief]:
            with session.use() as vault:
                return cell_members(vault, source)

        def done(members: list[MemberBrief]) -> None:
            if self.source_id() != source:
                return
            self._wizard.model.set_members(members)
            self._loaded_for = source
            self.completeChanged.emit()

        self._wizard.runner.run(work, done=done, parent=self)

    def isComplete(self) -> bool:
        return self._loaded_for is not None and self._loaded_for == self.source_id()

    def validatePage(self) -> bool:
        names = self.part_names()
        lang = self._wizard.lang
        if len(names) < 2:
            say(self.refusal, InputError("reorg.split_too_few").render(lang))
            return False
        if len({" ".join(n.lower().split()) for n in names}) < len(names):
            say(self.refusal, self.tr("Hai chi bộ mới trùng tên. Mỗi chi bộ mới cần một tên riêng."))
            return False
        if not self.decision.decision_no.text().strip():
            say(self.refusal, InputError("reorg.decision_missing").render(lang))
            self.decision.decision_no.setFocus()
            return False
        say(self.refusal, "")
        return True


class DigitKeys(QObject):
    """In the members table, typing 1, 2, 3… puts the selected rows in that new cell; 0 takes them out."""

    def __init__(self, view: QTableView, model: SplitModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
            digit = event.key() - Qt.Key.Key_0
            if plain and 0 <= digit <= 9:
                part = digit - 1 if digit else UNPLACED
                rows = sorted({i.row() for i in self._view.selectionModel().selectedRows()})
                if rows and (part == UNPLACED or part < len(self._model.parts)):
                    self._model.place(rows, part)
                    return True
        return False


class SplitMembersPage(QWizardPage):
    def __init__(self, wizard: SplitWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Xếp đảng viên vào các chi bộ mới"))
        model = wizard.model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(SplitColumn.PART, PartDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Đảng viên của chi bộ chia tách"))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.8))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((SplitColumn.NAME, 26), (SplitColumn.BIRTH, 12), (SplitColumn.CARD, 16)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, chars * char)
        self.table.installEventFilter(DigitKeys(self.table, model))

        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Chi bộ mới cho các dòng đã chọn"))
        self.place_button = QPushButton(self.tr("Xếp các dòng đã chọn"))
        self.select_unplaced = QPushButton(self.tr("Chọn những người chưa xếp"))
        for button in (self.place_button, self.select_unplaced):
            button.setAutoDefault(False)
        self.count = QLabel()
        self.refusal = refusal_label()
        tip = QLabel(self.tr("Mẹo: chọn một hoặc nhiều dòng rồi gõ số 1, 2, 3… để xếp vào chi bộ mới thứ tự đó."))
        tip.setWordWrap(True)
        theme.set_role(tip, "muted")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Xếp vào:")))
        bar.addWidget(self.target, 1)
        bar.addWidget(self.place_button)
        bar.addWidget(self.select_unplaced)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(tip)
        layout.addWidget(self.count)
        layout.addWidget(self.refusal)
        self.place_button.clicked.connect(self.place_selected)
        self.select_unplaced.clicked.connect(self.choose_unplaced)
        model.placement_changed.connect(self._update)

    def initializePage(self) -> None:
        names = self._wizard.source_page.part_names()
        self._wizard.model.set_parts(names)
        self.target.clear()
        for number, name in enumerate(names):
            self.target.addItem(f"{number + 1}. {name}", number)
        self._update()
        self.table.setFocus()
        if self._wizard.model.rowCount():
            self.table.selectRow(0)

    def place_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        part = self.target.currentData()
        if rows and part is not None:
            self._wizard.model.place(rows, int(part))

    def choose_unplaced(self) -> None:
        model = self._wizard.model
        self.table.clearSelection()
        for row in range(model.rowCount()):
            if model.part_of(row) == UNPLACED:
                self.table.selectionModel().select(
                    model.index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows,
                )

    def _update(self) -> None:
        model = self._wizard.model
        total, placed = model.rowCount(), model.placed_count()
        self.count.setText(self.tr("Đã xếp {placed}/{total} đảng viên.").format(placed=placed, total=total))
        if placed == total:
            say(self.refusal, "")

    def validatePage(self) -> bool:
        missing = self._wizard.model.unplaced_names()
        if missing:
            say(self.refusal, unplaced_refusal(missing).render(self._wizard.lang))
            return False
        say(self.refusal, "")
        return True


class SplitWizard(ReorgWizard):
    """Split one cell into two or more new cells, placing every member in exactly one."""

    def __init__(
        self,
        tree: OrgTree,
        session: Session,
        runner: Runner,
        lang: Lang,
        selected: OrgId | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, lang, parent)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Chia tách"))
        self.tree = tree
        self.setWindowTitle(self.tr("Chia tách chi bộ"))
        self.model = SplitModel(self)
        self.source_page = SplitSourcePage(self, tree.cells(), selected)
        self.members_page = SplitMembersPage(self)
        self.summary_page = ReorgSummaryPage(self.tr("Kiểm tra trước khi chia tách"), self.describe)
        for page in (self.source_page, self.members_page, self.summary_page):
            self.addPage(page)

    def refusal_target(self) -> QLabel:
        return self.summary_page.refusal

    def split_request(self) -> SplitRequest:
        source = self.source_page.source_id()
        assert source is not None
        decision = self.source_page.decision
        return SplitRequest(
            source,
            tuple(self.model.parts_with_members()),
            decision.day(),
            decision.decision_no.text(),
            decision.decided_on(),
        )

    def describe(self) -> str:
        request = self.split_request()
        node = self.tree.find(request.source)
        name = node.org.name if node is not None else ""
        head = self.tr("Chia tách “{name}” ({n} đảng viên) thành {k} chi bộ mới, từ ngày {day}:").format(
            name=name, n=self.model.rowCount(), k=len(request.parts), day=dmy(request.when)
        )
        lines = [self.tr("• {name}: {n} đảng viên").format(name=part, n=len(ids)) for part, ids in request.parts]
        tail = [
            self.tr("Theo Quyết định số {no} ngày {day}.").format(
                no=request.decision_no.strip(), day=dmy(request.decision_date)
            ),
            self.tr(
                "“{name}” thôi hoạt động từ ngày đó; lịch sử sinh hoạt của đảng viên vẫn được giữ. "
                "Bấm “Chia tách” để thực hiện, sau đó biên bản bàn giao sẽ hiện ra để in."
            ).format(name=name),
        ]
        return "\n".join([head, *lines, "", *tail])

    def request(self) -> Callable[[Progress], CellsReorganised]:
        request, session = self.split_request(), self.session

        def work(_progress: Progress) -> CellsReorganised:
            with session.use() as vault:
                return split(vault, request)

        return work
