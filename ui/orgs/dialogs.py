"""Adding an organisation, and moving several members of a cell to another cell at once."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError, InputError
from handbook.i18n import Lang
from handbook.members.model import MemberId
from handbook.orgs.model import OrgId, OrgType
from ui import theme
from ui.actions.orgs import (
    CellDraft,
    CellsReorganised,
    MemberBrief,
    MoveRequest,
    OrgsChanged,
    OrgTree,
    add_cell,
    cell_members,
    move,
)
from ui.operations import Progress, Runner
from ui.orgs.fields import DecisionFields, date_edit, date_of, refusal_label, say
from ui.session import Session
from ui.widgets.dialogs import localize_buttons

# The types a commune adds most often first.
TYPE_ORDER = (
    OrgType.CHI_BO,
    OrgType.CHI_BO_TRUC_THUOC,
    OrgType.CHI_BO_CO_SO,
    OrgType.DANG_BO_BO_PHAN,
    OrgType.DANG_BO_CO_SO,
    OrgType.DANG_UY_XA,
    OrgType.DANG_UY_PHUONG,
    OrgType.DANG_UY_DAC_KHU,
)


def _heading(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setFont(theme.scaled_font(widget, 1.3, bold=True))
    return label


class AddCellDialog(QDialog):
    """A new cell (or committee) in the tree, active from a date."""

    saved = Signal(object)  # OrgsChanged

    def __init__(
        self,
        tree: OrgTree,
        session: Session,
        runner: Runner,
        lang: Lang,
        parent_id: OrgId | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self._saving = False
        self.setWindowTitle(self.tr("Thêm chi bộ"))
        self.setModal(True)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("ví dụ: Chi bộ thôn Đông"))
        self.type = QComboBox()
        for org_type in TYPE_ORDER:
            self.type.addItem(org_type.label.render(lang), org_type.value)
        usual = Counter(node.org.type for node in tree.cells()).most_common(1)
        if usual:  # the kind of cell this commune already has
            self.type.setCurrentIndex(self.type.findData(usual[0][0].value))
        self.parent_org = QComboBox()
        for node in tree.committees():
            self.parent_org.addItem(node.org.name, int(node.org.id))
        if not tree.committees():
            self.parent_org.addItem(self.tr("(không trực thuộc tổ chức nào)"), None)
        if parent_id is not None:
            self.parent_org.setCurrentIndex(max(self.parent_org.findData(int(parent_id)), 0))
        self.residential = QCheckBox(self.tr("Chi bộ nơi cư trú (thôn, tổ dân phố)"))
        self.residential.setChecked(True)
        self.valid_from = date_edit()
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("không bắt buộc, ví dụ: 15-QĐ/ĐU"))
        self.refusal = refusal_label()

        form = QFormLayout()
        form.addRow(self.tr("Tên:"), self.name)
        form.addRow(self.tr("Loại:"), self.type)
        form.addRow(self.tr("Trực thuộc:"), self.parent_org)
        form.addRow("", self.residential)
        form.addRow(self.tr("Hoạt động từ ngày:"), self.valid_from)
        form.addRow(self.tr("Quyết định thành lập:"), self.decision)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Lưu"))
        theme.set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(self.buttons)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Thêm chi bộ"), self))
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)
        self.type.currentIndexChanged.connect(lambda _i: self._type_changed())
        self.name.textEdited.connect(lambda _t: say(self.refusal, ""))
        self._type_changed()
        self.resize(self.fontMetrics().height() * 34, self.sizeHint().height())
        self.name.setFocus()

    def _type_changed(self) -> None:
        holds = OrgType(str(self.type.currentData())).holds_members
        self.residential.setEnabled(holds)
        if not holds:
            self.residential.setChecked(False)

    def draft(self) -> CellDraft:
        parent = self.parent_org.currentData()
        return CellDraft(
            self.name.text(),
            OrgType(str(self.type.currentData())),
            OrgId(int(parent)) if parent is not None else None,
            self.residential.isChecked(),
            date_of(self.valid_from),
            self.decision.text(),
        )

    def save(self) -> None:
        if self._saving:
            return
        draft, session = self.draft(), self._session
        self._saving = True

        def work(_progress: Progress) -> OrgsChanged:
            with session.use() as vault:
                return add_cell(vault, draft)

        def refused(exc: HandbookError) -> bool:
            say(self.refusal, exc.render(self._lang))
            self.name.setFocus()
            return True

        def settled() -> None:
            self._saving = False

        self._runner.run(work, done=self._saved, failed=refused, always=settled, parent=self)

    def _saved(self, change: OrgsChanged) -> None:
        self.saved.emit(change)
        self.accept()


class MoveMembersDialog(QDialog):
    """Tick members of one cell and move them all to another cell, on a date, by a decision."""

    completed = Signal(object)  # CellsReorganised

    def __init__(
        self,
        tree: OrgTree,
        session: Session,
        runner: Runner,
        lang: Lang,
        source: OrgId | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self._running = False
        self._loaded_for: OrgId | None = None
        self.setWindowTitle(self.tr("Chuyển đảng viên sang chi bộ khác"))
        self.setModal(True)

        cells = tree.cells()
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Từ chi bộ"))
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Đến chi bộ"))
        for node in cells:
            self.source.addItem(
                self.tr("{name} — {n} đảng viên").format(name=node.org.name, n=node.members), int(node.org.id)
            )
            self.target.addItem(node.org.name, int(node.org.id))
        if source is not None:
            self.source.setCurrentIndex(max(self.source.findData(int(source)), 0))
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Đảng viên của chi bộ"))
        self.all_button = QPushButton(self.tr("Chọn tất cả"))
        self.none_button = QPushButton(self.tr("Bỏ chọn tất cả"))
        for button in (self.all_button, self.none_button):
            button.setAutoDefault(False)  # Enter moves the members, wherever the focus was
        self.count = QLabel()
        theme.set_role(self.count, "muted")
        self.decision = DecisionFields(with_decision_date=False)
        self.refusal = refusal_label()

        picks = QHBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch(1)
        picks.addWidget(self.count)
        form = QFormLayout()
        form.addRow(self.tr("Từ chi bộ:"), self.source)
        form.addRow(self.tr("Đến chi bộ:"), self.target)

        self.buttons = QDialogButtonBox()
        self.move_button = QPushButton(self.tr("Chuyển"))
        theme.set_role(self.move_button, "primary")
        self.move_button.setDefault(True)
        self.buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Chuyển đảng viên sang chi bộ khác"), self))
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Đánh dấu những đảng viên cần chuyển (phím cách để chọn):")))
        layout.addWidget(self.members, 1)
        layout.addLayout(picks)
        layout.addWidget(self.decision)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

        self.source.currentIndexChanged.connect(lambda _i: self.load_members())
        self.members.itemChanged.connect(lambda _item: self._update_count())
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.move_button.clicked.connect(self.run_move)
        self.buttons.rejected.connect(self.reject)
        height = self.fontMetrics().height()
        self.resize(height * 40, height * 36)
        self._pick_other_target()
        self.load_members()

    def source_id(self) -> OrgId | None:
        data = self.source.currentData()
        return OrgId(int(data)) if data is not None else None

    def _pick_other_target(self) -> None:
        if self.target.currentData() == self.source.currentData() and self.target.count() > 1:
            self.target.setCurrentIndex((self.target.currentIndex() + 1) % self.target.count())

    def load_members(self) -> None:
        source = self.source_id()
        self.members.clear()
        self._loaded_for = None
        self._update_count()
        self._pick_other_target()
        if source is None:
            return
        session = self._session

        def work(_progress: Progress) -> list[MemberBrief]:
            with session.use() as vault:
                return cell_members(vault, source)

        def done(found: list[MemberBrief]) -> None:
            if self.source_id() != source:
                return
            self.members.blockSignals(True)
            for member in found:
                text = f"{member.full_name}  ·  {member.birth_date}" if member.birth_date else member.full_name
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, int(member.id))
                self.members.addItem(item)
            self.members.blockSignals(False)
            self._loaded_for = source
            self._update_count()

        self._runner.run(work, done=done, parent=self)

    def _check_all(self, on: bool) -> None:
        self.members.blockSignals(True)
        for row in range(self.members.count()):
            self.members.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.members.blockSignals(False)
        self._update_count()

    def check(self, member_id: MemberId, on: bool = True) -> None:
        for row in range(self.members.count()):
            item = self.members.item(row)
            if int(item.data(Qt.ItemDataRole.UserRole)) == member_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[MemberId]:
        out = []
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(MemberId(int(item.data(Qt.ItemDataRole.UserRole))))
        return out

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("Đã chọn {n}/{total} đảng viên").format(n=len(self.chosen()), total=self.members.count())
        )
        if self.chosen():
            say(self.refusal, "")

    def run_move(self) -> None:
        if self._running:
            return
        chosen = self.chosen()
        target = self.target.currentData()
        if not chosen or target is None:
            say(self.refusal, InputError("reorg.move_none").render(self._lang))
            return
        if target == self.source.currentData():
            say(self.refusal, self.tr("Chi bộ đến phải khác chi bộ đang sinh hoạt."))
            return
        request = MoveRequest(tuple(chosen), OrgId(int(target)), self.decision.day(), self.decision.decision_no.text())
        session = self._session
        self._running = True
        say(self.refusal, "")

        def work(_progress: Progress) -> CellsReorganised:
            with session.use() as vault:
                return move(vault, request)

        def refused(exc: HandbookError) -> bool:
            say(self.refusal, exc.render(self._lang))
            return True

        def settled() -> None:
            self._running = False

        self._runner.run(work, done=self._moved, failed=refused, always=settled, parent=self)

    def _moved(self, change: CellsReorganised) -> None:
        self.completed.emit(change)
        self.accept()
