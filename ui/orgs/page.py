"""The Tổ chức screen: the tree of organisations active on a chosen day with member counts, one organisation's
details, and adding, merging, splitting cells and moving members between them (each followed by the handover
record's preview).

Changes are always made on today's tree (a wizard names the day they take effect); the day selector only
chooses what is shown. ``show_members_of(cell_id)`` asks the window to open the Đảng viên list of a cell.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import Lang
from handbook.orgs.model import OrgId
from handbook.orgs.reorg import Handover
from handbook.permissions import Op
from ui import theme
from ui.actions.changes import Changed, MembersChanged
from ui.actions.orgs import (
    CellsReorganised,
    OrgDetails,
    OrgsChanged,
    OrgTree,
    handover_pdf,
    handover_pdf_into,
    load_details,
    load_tree,
)
from ui.operations import Progress, Runner
from ui.orgs.details import OrgDetailsPanel
from ui.orgs.dialogs import AddCellDialog, MoveMembersDialog
from ui.orgs.fields import date_edit, date_of, dmy, set_date
from ui.orgs.tree_model import Column, OrgTreeModel
from ui.orgs.wizards import MergeWizard, SplitWizard
from ui.session import Session
from ui.widgets import pdf_preview
from ui.widgets.fit import ButtonRow
from ui.widgets.list_page import title_row
from ui.widgets.permission import guard

TREE_SHARE = 0.7  # of the width, at first: the rest is the details panel


class OrgsPage(QWidget):
    """The tree and its details; opens the dialogs that change it. Loads nothing until first shown."""

    show_members_of = Signal(int)  # a cell's id: the window shows the Đảng viên list filtered to it
    dialog_opened = Signal(object)  # the dialog or wizard just shown (tests drive it)
    preview_shown = Signal(bytes)  # the PDF just handed to the preview

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self._loaded = False
        self._tree_generation = 0
        self._details_generation = 0
        self._details: OrgDetails | None = None
        self._select_after_load: OrgId | None = None

        self.count_label = QLabel()

        self.day = date_edit()
        self.day.setAccessibleName(self.tr("Xem cây tổ chức vào ngày"))
        self.day.setToolTip(self.tr("Xem các tổ chức đang hoạt động và số đảng viên vào một ngày đã qua."))
        self.today_button = QPushButton(self.tr("Hôm nay"))
        self.day_note = QLabel()
        theme.set_role(self.day_note, "warning")

        self.add_button = QPushButton(self.tr("Thêm chi bộ…"))
        self.merge_button = QPushButton(self.tr("Sáp nhập chi bộ…"))
        self.split_button = QPushButton(self.tr("Chia tách chi bộ…"))
        self.move_button = QPushButton(self.tr("Chuyển đảng viên…"))
        self.handover_button = QPushButton(self.tr("In biên bản bàn giao"))

        self.model = OrgTreeModel(lang, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Cây tổ chức đảng"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Names are read whole; the type (also in the details) takes the room that is left. A tree holds tens
        # of rows, so fitting columns to their contents is cheap.
        for column in Column:
            mode = QHeaderView.ResizeMode.Stretch if column is Column.TYPE else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)

        self.details = OrgDetailsPanel()
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self._sized = False

        top = title_row(self.tr("Tổ chức đảng"), self.count_label)
        day_row = QHBoxLayout()
        day_label = QLabel(self.tr("Xem vào ngày:"))
        day_label.setBuddy(self.day)
        day_row.addWidget(day_label)
        day_row.addWidget(self.day)
        day_row.addWidget(self.today_button)
        day_row.addSpacing(12)
        day_row.addWidget(self.day_note, 1)
        actions = ButtonRow()
        for button in (self.add_button, self.merge_button, self.split_button, self.move_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.handover_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(day_row)
        layout.addWidget(actions)
        layout.addWidget(splitter, 1)

        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.today_button.clicked.connect(lambda: set_date(self.day, date.today()))
        self.tree.selectionModel().currentRowChanged.connect(lambda current, _prev: self._current_changed(current))
        self.add_button.clicked.connect(self.add_cell)
        self.merge_button.clicked.connect(self.merge_cells)
        self.split_button.clicked.connect(self.split_cell)
        self.move_button.clicked.connect(self.move_members)
        self.handover_button.clicked.connect(self.print_handover)
        self.details.show_members_button.clicked.connect(self._show_members)
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)
        runner.changed.connect(self._changed)
        self.apply_permissions()

    # --- permissions ---------------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        actor, lang = self._session.actor, self._lang
        guard(self.add_button, actor, Op.ORGS_EDIT, lang, self.tr("Thêm một chi bộ vào cây tổ chức"))
        guard(self.merge_button, actor, Op.ORGS_EDIT, lang, self.tr("Sáp nhập hai hay nhiều chi bộ thành một"))
        guard(self.split_button, actor, Op.ORGS_EDIT, lang, self.tr("Chia một chi bộ thành các chi bộ mới"))
        guard(self.move_button, actor, Op.ORGS_EDIT, lang, self.tr("Chuyển nhiều đảng viên sang chi bộ khác"))
        self._update_handover_button()

    def _update_handover_button(self) -> None:
        allowed = guard(
            self.handover_button,
            self._session.actor,
            Op.FORMS_PRINT,
            self._lang,
            self.tr(
                "In lại biên bản bàn giao của lần sáp nhập hoặc chia tách đã tạo nên chi bộ đang chọn "
                "(chỉ có với chi bộ được lập do sáp nhập hoặc chia tách)"
            ),
        )
        if allowed:
            made = self._details is not None and any(s.came_from for s in self._details.successions)
            self.handover_button.setEnabled(made)

    # --- loading -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([int(width * TREE_SHARE), width - int(width * TREE_SHARE)])
        self.activate()

    def activate(self) -> None:
        if self._loaded or self._session.is_locked:
            return
        self._loaded = True
        self.refresh()

    def shown_day(self) -> date:
        return date_of(self.day)

    def refresh(self) -> None:
        if not self._loaded or self._session.is_locked:
            return
        self._tree_generation += 1
        generation, day, session = self._tree_generation, self.shown_day(), self._session
        today = day == date.today()
        self.day_note.setText(
            "" if today else self.tr("Đang xem cây tổ chức ngày {day}, không phải hôm nay.").format(day=dmy(day))
        )

        def work(_progress: Progress) -> OrgTree:
            with session.use() as vault:
                return load_tree(vault, day)

        self._runner.run(work, done=lambda tree: self._tree_loaded(generation, tree), parent=self)

    def _tree_loaded(self, generation: int, tree: OrgTree) -> None:
        if generation != self._tree_generation:
            return
        wanted = self._select_after_load or self.selected_org()
        self._select_after_load = None
        self.model.set_tree(tree)
        self.tree.expandAll()
        cells = tree.cells()
        members = sum(r.total for r in tree.roots)
        self.count_label.setText(
            self.tr("Số chi bộ: {cells} · Số đảng viên: {members}").format(cells=len(cells), members=members)
        )
        index = self.model.index_of(wanted) if wanted is not None else QModelIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            index = self.model.index(0, 0)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        else:
            self._show_nothing()

    def selected_org(self) -> OrgId | None:
        node = self.model.node(self.tree.currentIndex())
        return node.org.id if node is not None else None

    def select(self, org_id: OrgId) -> None:
        index = self.model.index_of(org_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _current_changed(self, current: QModelIndex) -> None:
        node = self.model.node(current)
        if node is None:
            self._show_nothing()
            return
        self._details_generation += 1
        generation, org_id, day, session = self._details_generation, node.org.id, self.shown_day(), self._session

        def work(_progress: Progress) -> OrgDetails:
            with session.use() as vault:
                return load_details(vault, org_id, day)

        self._runner.run(work, done=lambda details: self._details_loaded(generation, details), parent=self)

    def _details_loaded(self, generation: int, details: OrgDetails) -> None:
        if generation != self._details_generation:
            return
        self._details = details
        self.details.show_details(details, self._lang, details.day == date.today())
        self._update_handover_button()

    def _show_nothing(self) -> None:
        self._details_generation += 1
        self._details = None
        self.details.clear()
        self._update_handover_button()

    # --- reacting -----------------------------------------------------------------------------------

    def _changed(self, change: Changed) -> None:
        if not self._loaded:
            return
        if isinstance(change, OrgsChanged) and change.ids:
            self._select_after_load = change.ids[0]
        elif isinstance(change, CellsReorganised) and change.handover is not None:
            self._select_after_load = change.handover.targets[0].id
        if isinstance(change, OrgsChanged | MembersChanged):
            self.refresh()

    def _locked(self) -> None:
        self._tree_generation += 1
        self.model.clear()
        self._show_nothing()
        self.count_label.clear()

    def _unlocked(self) -> None:
        if self._loaded:
            self.apply_permissions()
            self.refresh()

    def _show_members(self) -> None:
        if self._details is not None:
            self.show_members_of.emit(int(self._details.org.id))

    # --- changing the tree ----------------------------------------------------------------------------

    def _with_today_tree(self, use: Callable[[OrgTree], None]) -> None:
        """Changes are made on today's organisations, whatever day the screen shows."""
        tree = self.model.tree
        if tree is not None and tree.day == date.today():
            use(tree)
            return
        session, today = self._session, date.today()

        def work(_progress: Progress) -> OrgTree:
            with session.use() as vault:
                return load_tree(vault, today)

        self._runner.run(work, done=use, parent=self)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def add_cell(self) -> None:
        if not self._session.actor.may(Op.ORGS_EDIT):
            return
        node = self.model.node(self.tree.currentIndex())
        parent_id = None
        if node is not None:
            parent_id = node.org.parent_id if node.org.type.holds_members else node.org.id

        def show(tree: OrgTree) -> None:
            self._open(AddCellDialog(tree, self._session, self._runner, self._lang, parent_id, self))

        self._with_today_tree(show)

    def merge_cells(self) -> None:
        if not self._session.actor.may(Op.ORGS_EDIT):
            return
        selected = self.selected_org()

        def show(tree: OrgTree) -> None:
            wizard = MergeWizard(tree, self._session, self._runner, self._lang, self)
            if selected is not None:
                wizard.sources_page.check(selected)
            wizard.completed.connect(self._reorganised)
            self._open(wizard)

        self._with_today_tree(show)

    def split_cell(self) -> None:
        if not self._session.actor.may(Op.ORGS_EDIT):
            return
        selected = self.selected_org()

        def show(tree: OrgTree) -> None:
            wizard = SplitWizard(tree, self._session, self._runner, self._lang, selected, self)
            wizard.completed.connect(self._reorganised)
            self._open(wizard)

        self._with_today_tree(show)

    def move_members(self) -> None:
        if not self._session.actor.may(Op.ORGS_EDIT):
            return
        selected = self.selected_org()

        def show(tree: OrgTree) -> None:
            dialog = MoveMembersDialog(tree, self._session, self._runner, self._lang, selected, self)
            dialog.completed.connect(self._reorganised)
            self._open(dialog)

        self._with_today_tree(show)

    # --- the handover record ------------------------------------------------------------------------

    def _reorganised(self, change: CellsReorganised) -> None:
        if change.handover is not None:
            self.preview_handover(change.handover)

    def preview_handover(self, handover: Handover) -> None:
        session = self._session

        def work(_progress: Progress) -> bytes:
            with session.use() as vault:
                return handover_pdf(vault, handover)

        name = f"bien-ban-ban-giao-{handover.date.isoformat()}.pdf"
        self._runner.run(work, done=lambda pdf: self._preview(pdf, name), parent=self, progress=self._making())

    def print_handover(self) -> None:
        org_id = self.selected_org()
        if org_id is None:
            return
        session = self._session

        def work(_progress: Progress) -> bytes:
            with session.use() as vault:
                return handover_pdf_into(vault, org_id)

        name = f"bien-ban-ban-giao-{int(org_id)}.pdf"
        self._runner.run(work, done=lambda pdf: self._preview(pdf, name), parent=self, progress=self._making())

    def _making(self) -> str:
        return self.tr("Đang tạo biên bản bàn giao…")

    def _preview(self, pdf: bytes, suggested_name: str) -> None:
        self.preview_shown.emit(pdf)
        pdf_preview.show_pdf(self, self._runner, pdf, title=self.tr("Biên bản bàn giao"), suggested_name=suggested_name)
