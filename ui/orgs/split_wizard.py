"""The split wizard: the cell to split and its parts, then which member goes to which part (digit keys), a
summary with the counts, then the core splits in one dated transaction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
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
    MemberBrief,
    OrgNode,
    OrgTree,
    SplitRequest,
    cell_members,
    split,
    unplaced_refusal,
)
from ui.operations import Progress, Runner
from ui.orgs.fields import DecisionFields, dmy, refusal_label, say
from ui.orgs.reorg_base import MAX_PARTS, ReorgSummaryPage, ReorgWizard
from ui.orgs.split_model import UNPLACED, PartDelegate, SplitModel
from ui.orgs.split_model import Column as SplitColumn
from ui.session import Session


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
