"""Cài đặt › Người ký: who signs, with which title, from when to when (add one; end a period)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from handbook.forms.images import POSITIONS
from handbook.i18n import Lang
from handbook.permissions import Op
from ui.actions.changes import Changed
from ui.actions.settings import NewSigner, SignerRow, SignersChanged, end_signer, list_signers, save_signer
from ui.operations import Progress, Runner
from ui.session import Session
from ui.settings.dates import DateField, show_date
from ui.settings.rows_model import Col, RowsModel
from ui.settings.section import Section, heading, message_line, note, plain_table, say
from ui.widgets.fit import SideBySide
from ui.widgets.permission import guard
from ui.widgets.tables import size_columns


def position_label(position: str) -> str:
    return {
        "head": QCoreApplication.translate("Signers", "Trưởng ban"),
        "deputy": QCoreApplication.translate("Signers", "Phó trưởng ban"),
        "secretary": QCoreApplication.translate("Signers", "Bí thư Đảng ủy"),
        "deputy_secretary": QCoreApplication.translate("Signers", "Phó Bí thư Đảng ủy"),
    }.get(position, position)


def default_title(position: str) -> str:
    """The title as printed (Vietnamese documents, whatever the window's language)."""
    return {
        "head": "Trưởng ban",
        "deputy": "Phó Trưởng ban",
        "secretary": "Bí thư",
        "deputy_secretary": "Phó Bí thư",
    }.get(position, "")


class SignersSection(Section):
    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, lang, parent)
        today = date.today()
        self.model: RowsModel[SignerRow] = RowsModel(
            [
                Col(self.tr("Họ và tên"), lambda s: s.full_name),
                Col(self.tr("Chức vụ"), lambda s: position_label(s.position)),
                Col(self.tr("Chức danh in trên văn bản"), lambda s: s.title),
                Col(self.tr("Từ ngày"), lambda s: show_date(s.valid_from)),
                Col(
                    self.tr("Đến ngày"),
                    lambda s: show_date(s.valid_to - timedelta(days=1)) if s.valid_to else self.tr("đang giữ chức"),
                ),
            ],
            tone=lambda s: None if s.current(today) else "muted",
            parent=self,
        )
        self.table = plain_table(self.tr("Danh sách người ký"))
        self.table.setModel(self.model)
        size_columns(self.table, dict(enumerate((26, 18, 26, 12))))

        self.name = QLineEdit()
        self.position = QComboBox()
        for position in POSITIONS:
            self.position.addItem(position_label(position), position)
        self.title_edit = QLineEdit(default_title(POSITIONS[0]))
        self.since = DateField(today)
        self.add_button = QPushButton(self.tr("Thêm người ký"))
        add_box = QGroupBox(self.tr("Thêm người ký"))
        add_form = QFormLayout(add_box)
        add_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_form.addRow(self.tr("Họ và tên:"), self.name)
        add_form.addRow(self.tr("Chức vụ:"), self.position)
        add_form.addRow(self.tr("Chức danh in:"), self.title_edit)
        add_form.addRow(self.tr("Giữ chức từ ngày:"), self.since)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        add_form.addRow(add_row)

        self.last_day = DateField(today)
        self.end_button = QPushButton(self.tr("Kết thúc nhiệm kỳ"))
        end_box = QGroupBox(self.tr("Người đang chọn thôi giữ chức"))
        end_form = QFormLayout(end_box)
        end_form.addRow(self.tr("Ngày cuối giữ chức:"), self.last_day)
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        end_row.addWidget(self.end_button)
        end_form.addRow(end_row)

        self.past_button = QPushButton(self.tr("Ghi người ký thời kỳ trước…"))
        add_row.insertWidget(0, self.past_button)

        self.message = message_line()
        boxes = SideBySide()
        boxes.addWidget(add_box, 3)
        boxes.addWidget(end_box, 2)
        self.layout_.addWidget(heading(self.title))
        self.layout_.addWidget(
            note(
                self.tr(
                    "Người ký và chức danh in dưới phần chữ ký của văn bản. Khi đổi người, thêm người mới và "
                    "kết thúc nhiệm kỳ người cũ; văn bản cũ vẫn in đúng người ký lúc đó."
                )
            )
        )
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(boxes)
        self.layout_.addWidget(self.message)

        self.position.currentIndexChanged.connect(self._position_changed)
        self.add_button.clicked.connect(self.add)
        self.end_button.clicked.connect(self.end)
        self.past_button.clicked.connect(self.record_past)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_end())

    @property
    def title(self) -> str:
        return self.tr("Người ký")

    def apply_permissions(self) -> None:
        actor = self._session.actor
        for widget in (
            self.name,
            self.position,
            self.title_edit,
            self.since,
            self.add_button,
            self.last_day,
            self.past_button,
        ):
            guard(widget, actor, Op.SETTINGS_EDIT, self._lang)
        self._update_end()

    def _update_end(self) -> None:
        allowed = guard(self.end_button, self._session.actor, Op.SETTINGS_EDIT, self._lang)
        selected = self.selected()
        if allowed:
            self.end_button.setEnabled(selected is not None and selected.valid_to is None)
            self.end_button.setToolTip(self.tr("Chọn một người đang giữ chức trong bảng."))

    def selected(self) -> SignerRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def reload(self) -> None:
        session = self._session

        def work(_progress: Progress) -> list[SignerRow]:
            with session.use() as vault:
                return list_signers(vault)

        self._runner.run(work, done=self._show, parent=self)

    def _show(self, rows: list[SignerRow]) -> None:
        self.model.set_rows(rows)
        self._update_end()

    def forget(self) -> None:
        self.model.clear()

    def react(self, change: Changed) -> None:
        if isinstance(change, SignersChanged) and self.loaded:
            self.reload()

    def _position_changed(self) -> None:
        self.title_edit.setText(default_title(str(self.position.currentData())))

    def add(self) -> None:
        new = NewSigner(self.name.text(), str(self.position.currentData()), self.title_edit.text(), self.since.value())
        session = self._session

        def work(_progress: Progress) -> SignersChanged:
            with session.use() as vault:
                return save_signer(vault, new)

        def done(_change: SignersChanged) -> None:
            say(self.message, self.tr("Đã thêm người ký {name}.").format(name=new.full_name.strip()), "muted")
            self.name.clear()

        self._runner.run(work, done=done, failed=self.refused(self.message), parent=self)

    def end(self) -> None:
        signer = self.selected()
        if signer is None:
            return
        last_day = self.last_day.value()
        session = self._session

        def work(_progress: Progress) -> SignersChanged:
            with session.use() as vault:
                return end_signer(vault, signer.id, last_day)

        def done(_change: SignersChanged) -> None:
            say(
                self.message,
                self.tr("{name} thôi giữ chức sau ngày {day}.").format(name=signer.full_name, day=show_date(last_day)),
                "muted",
            )

        self._runner.run(work, done=done, failed=self.refused(self.message), parent=self)

    def record_past(self) -> None:
        from ui.settings.signers_past import past_signers_dialog  # it uses this module's labels

        dialog = past_signers_dialog(
            self._runner, self._session.use, self._lang, changed=lambda _c: self.reload(), parent=self
        )
        dialog.open()  # modal, without a nested event loop (the screen goes on reacting; tests can drive it)
