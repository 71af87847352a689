"""Xuất danh sách: the members list as .xlsx (ready to print) or .csv, or the register Mẫu 7-HSĐV; for the
current members, everyone ever recorded, or one cell. Writing runs as an operation with progress."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError
from handbook.i18n import Lang
from handbook.orgs.model import OrgId
from handbook.permissions import Op
from handbook.text.fold import search_key
from ui import theme
from ui.actions.importing import Exported, ExportKind, ExportRequest, Scope, export, suffix_for
from ui.actions.members import CellChoice, cell_choices
from ui.operations import Progress, Runner
from ui.session import Session
from ui.settings.section import message_line, note, say
from ui.widgets.dialogs import localize_buttons
from ui.widgets.permission import guard


class ExportDialog(QDialog):
    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self.setWindowTitle(self.tr("Xuất danh sách đảng viên"))
        self.kinds: dict[ExportKind, QRadioButton] = {
            "xlsx": QRadioButton(self.tr("Danh sách đảng viên — Excel (.xlsx), in được trên khổ A4 ngang")),
            "csv": QRadioButton(self.tr("Danh sách đảng viên — .csv (cho phần mềm khác)")),
            "register": QRadioButton(self.tr("Sổ danh sách đảng viên (Mẫu 7-HSĐV, .xlsx)")),
        }
        self.scopes: dict[Scope, QRadioButton] = {
            "current": QRadioButton(self.tr("Đảng viên đang sinh hoạt")),
            "all": QRadioButton(self.tr("Tất cả, cả người đã chuyển đi, từ trần, ra khỏi Đảng")),
            "cell": QRadioButton(self.tr("Một chi bộ:")),
        }
        self.cell = QComboBox()
        self.cell.setMinimumContentsLength(24)
        kind_box = QGroupBox(self.tr("Xuất gì"))
        kind_layout = QVBoxLayout(kind_box)
        kind_group = QButtonGroup(self)
        for button in self.kinds.values():
            kind_group.addButton(button)
            kind_layout.addWidget(button)
        scope_box = QGroupBox(self.tr("Những ai"))
        scope_layout = QVBoxLayout(scope_box)
        scope_group = QButtonGroup(self)
        for key, button in self.scopes.items():
            scope_group.addButton(button)
            if key == "cell":
                row = QHBoxLayout()
                row.addWidget(button)
                row.addWidget(self.cell, 1)
                scope_layout.addLayout(row)
            else:
                scope_layout.addWidget(button)
        self.register_note = note(self.tr("Sổ Mẫu 7-HSĐV luôn gồm mọi đảng viên đã có trong kho dữ liệu."))
        scope_layout.addWidget(self.register_note)
        self.scope_box = scope_box
        self.message = message_line()
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Chọn nơi lưu và xuất…"))
        theme.set_role(self.save_button, "primary")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(kind_box)
        layout.addWidget(scope_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.kinds["xlsx"].setChecked(True)
        self.scopes["current"].setChecked(True)
        for button in (*self.kinds.values(), *self.scopes.values()):
            button.toggled.connect(lambda _on: self._update())
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        guard(self.save_button, session.actor, Op.MEMBERS_EXPORT, lang)
        self._update()
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())
        self._load_cells()

    def _load_cells(self) -> None:
        session = self._session

        def work(_progress: Progress) -> list[CellChoice]:
            with session.use() as vault:
                return cell_choices(vault)

        def done(cells: list[CellChoice]) -> None:
            self.cell.clear()
            for choice in cells:
                self.cell.addItem(choice.name, int(choice.id))

        self._runner.run(work, done=done, parent=self)

    def kind(self) -> ExportKind:
        return next(k for k, b in self.kinds.items() if b.isChecked())

    def scope(self) -> Scope:
        return next(k for k, b in self.scopes.items() if b.isChecked())

    def _update(self) -> None:
        register = self.kind() == "register"
        for button in self.scopes.values():
            button.setEnabled(not register)
        self.cell.setEnabled(not register and self.scope() == "cell")
        self.register_note.setVisible(register)

    def suggested_name(self) -> str:
        stamp = date.today().isoformat()
        if self.kind() == "register":
            return f"so-danh-sach-dang-vien-{stamp}.xlsx"
        if self.scope() == "cell" and self.cell.currentText():
            return f"{search_key(self.cell.currentText()).replace(' ', '-')}-{stamp}{suffix_for(self.kind())}"
        return f"danh-sach-dang-vien-{stamp}{suffix_for(self.kind())}"

    def save(self) -> None:
        kind, scope = self.kind(), self.scope()
        cell = self.cell.currentData()
        if scope == "cell" and kind != "register" and cell is None:
            say(self.message, self.tr("Hãy chọn một chi bộ."), "error")
            return
        pattern = self.tr("Tệp CSV (*.csv)") if kind == "csv" else self.tr("Bảng tính Excel (*.xlsx)")
        out = self._runner.dialogs.save_file(self, self.windowTitle(), Path.home() / self.suggested_name(), pattern)
        if out is None:
            return
        request = ExportRequest(out, kind, scope, OrgId(int(cell)) if cell is not None else None)
        session, lang = self._session, self._lang

        def work(_progress: Progress) -> Exported:
            with session.use() as vault:
                return export(vault, request, lang)

        def done(exported: Exported) -> None:
            self.accept()
            self._runner.dialogs.info(
                self.parentWidget(),
                self.tr("Đã xuất {count} đảng viên ra tệp {path}.").format(
                    count=exported.count, path=str(exported.path)
                ),
            )

        def refused(exc: HandbookError) -> bool:
            say(self.message, exc.render(lang), "error")
            return True

        self._runner.run(work, done=done, failed=refused, parent=self, progress=self.tr("Đang xuất danh sách…"))


def open_export_dialog(session: Session, runner: Runner, lang: Lang, parent: QWidget | None) -> ExportDialog:
    dialog = ExportDialog(session, runner, lang, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
