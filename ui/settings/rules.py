"""Cài đặt › Quy định áp dụng: the rule set in force, its dated versions, and the head's edited copy.

The head edits a copy of the rule set in force — criteria and their three labels, signature lines,
document codes, the deadline, meetings per year — and saves it as a new version from a chosen date.
Earlier versions stay: every case prints with the rule set it was made under. The core checks the
document and says what is wrong.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError
from handbook.i18n import Lang
from handbook.permissions import Op
from ui import theme
from ui.actions.changes import Changed
from ui.actions.settings import RulesChanged, RulesView, RuleVersion, load_rules, save_rules
from ui.library.source_link import SourceButton
from ui.operations import Progress, Runner
from ui.session import Session
from ui.settings.dates import DateField, show_date
from ui.settings.rows_model import Col, RowsModel
from ui.settings.section import Section, heading, message_line, note, plain_table, say
from ui.settings.wording_box import WordingBox
from ui.widgets.permission import guard
from ui.widgets.tables import size_columns

DOC_KINDS = ("confirmation", "dispatch", "introduction")


def block_label(key: str) -> str:
    return {
        "head": QCoreApplication.translate("RulesSection", "Trưởng ban ký"),
        "deputy": QCoreApplication.translate("RulesSection", "Phó trưởng ban ký thay (K/T)"),
        "committee": QCoreApplication.translate("RulesSection", "Thay mặt Đảng ủy (T/M)"),
        "committee_deputy": QCoreApplication.translate("RulesSection", "Phó Bí thư ký thay (K/T)"),
    }.get(key, key)


def doc_label(kind: str) -> str:
    return {
        "confirmation": QCoreApplication.translate("RulesSection", "Xác nhận nhận xét"),
        "dispatch": QCoreApplication.translate("RulesSection", "Công văn gửi nơi công tác"),
        "introduction": QCoreApplication.translate("RulesSection", "Giấy giới thiệu về chi bộ"),
    }.get(kind, kind)


class CriterionRow:
    """One criterion: its text and its three labelled choices."""

    def __init__(self, grid: QGridLayout, row: int, number: int) -> None:
        self.number = QLabel(f"{number}.")
        self.text = QLineEdit()
        self.labels = (QLineEdit(), QLineEdit(), QLineEdit())
        grid.addWidget(self.number, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.text, row, 1, 1, 3)
        for i, edit in enumerate(self.labels):
            grid.addWidget(edit, row + 1, 1 + i)

    def fill(self, item: dict[str, Any]) -> None:
        self.text.setText(str(item.get("text", "")))
        for edit, label in zip(self.labels, item.get("labels", ["", "", ""]), strict=False):
            edit.setText(str(label))

    def value(self) -> dict[str, Any]:
        return {"text": self.text.text(), "labels": [e.text() for e in self.labels]}

    def edits(self) -> list[QLineEdit]:
        return [self.text, *self.labels]


class RulesSection(Section):
    scrolls_itself = True

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, lang, parent)
        self._view: RulesView | None = None
        self._read_only = True

        self.in_force = note()
        self.versions: RowsModel[RuleVersion] = RowsModel(
            [
                Col(self.tr("Áp dụng từ"), lambda v: show_date(v.effective_from)),
                Col(self.tr("Tên phiên bản"), lambda v: v.name),
                Col(self.tr("Nguồn"), lambda v: self.tr("Trưởng ban sửa") if v.edited else self.tr("Có sẵn")),
                Col(self.tr("Người lưu"), lambda v: v.created_by if v.edited else ""),
                Col(self.tr("Đang áp dụng"), lambda v: "✓" if v.in_force else ""),
            ],
            tone=lambda v: None if v.in_force else "muted",
            parent=self,
        )
        self.versions_table = plain_table(self.tr("Các phiên bản quy định"))
        self.versions_table.setModel(self.versions)
        self.versions_table.setMinimumHeight(self.versions_table.verticalHeader().defaultSectionSize() * 4)
        size_columns(self.versions_table, dict(enumerate((12, 18, 16, 14))))
        char = self.fontMetrics().averageCharWidth()

        # --- the edited copy ---
        self.effective = DateField(date.today())
        self.key = QLineEdit()
        self.source = QLineEdit()
        self.sheet_title = QPlainTextEdit()
        self.sheet_title.setTabChangesFocus(True)
        self.sheet_title.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.other_label = QLineEdit()
        version_box = QGroupBox(self.tr("Phiên bản mới"))
        version_form = QFormLayout(version_box)
        version_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        version_form.addRow(self.tr("Áp dụng từ ngày:"), self.effective)
        version_form.addRow(self.tr("Tên phiên bản:"), self.key)
        version_form.addRow(self.tr("Căn cứ:"), self.source)
        version_form.addRow(self.tr("Tiêu đề phiếu:"), self.sheet_title)
        version_form.addRow(self.tr("Mục ý kiến khác:"), self.other_label)

        self.normal = self._criteria_box(self.tr("Tiêu chí nhận xét đảng viên (6 tiêu chí)"), 6)
        self.exempt = self._criteria_box(self.tr("Tiêu chí cho đảng viên được miễn sinh hoạt (3 tiêu chí)"), 3)

        self.blocks_box = QGroupBox(self.tr("Phần chữ ký xác nhận (mỗi dòng một hàng)"))
        self.blocks_form = QFormLayout(self.blocks_box)
        self.blocks_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.blocks: dict[str, QPlainTextEdit] = {}

        codes_box = QGroupBox(self.tr("Số và ký hiệu văn bản"))
        codes_grid = QGridLayout(codes_box)
        for column, text in enumerate(
            (self.tr("Văn bản"), self.tr("Loại"), self.tr("Cơ quan ban hành"), self.tr("Ở đặc khu"), self.tr("Ví dụ"))
        ):
            header = QLabel(text)
            theme.set_role(header, "muted")
            codes_grid.addWidget(header, 0, column)
        self.codes: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit, QLabel]] = {}
        for row, kind in enumerate(DOC_KINDS, 1):
            edits = (QLineEdit(), QLineEdit(), QLineEdit())
            sample = QLabel()
            sample.setWordWrap(True)
            codes_grid.addWidget(QLabel(doc_label(kind)), row, 0)
            for column, edit in enumerate(edits, 1):
                edit.setMaximumWidth(char * 14)
                codes_grid.addWidget(edit, row, column)
                edit.textChanged.connect(lambda _t, kind=kind: self._show_sample(kind))
            codes_grid.addWidget(sample, row, 4)
            self.codes[kind] = (*edits, sample)
        codes_grid.setColumnStretch(4, 1)

        self.deadline_day = QSpinBox()
        self.deadline_day.setRange(1, 31)
        self.deadline_month = QSpinBox()
        self.deadline_month.setRange(1, 12)
        self.meetings = QSpinBox()
        self.meetings.setRange(0, 24)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(QLabel(self.tr("ngày")))
        deadline_row.addWidget(self.deadline_day)
        deadline_row.addWidget(QLabel(self.tr("tháng")))
        deadline_row.addWidget(self.deadline_month)
        deadline_row.addStretch(1)
        timing_box = QGroupBox(self.tr("Thời hạn và sinh hoạt"))
        timing_form = QFormLayout(timing_box)
        timing_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        timing_form.addRow(self.tr("Hạn gửi nhận xét hằng năm:"), deadline_row)
        timing_form.addRow(self.tr("Số lần sinh hoạt với chi bộ nơi cư trú mỗi năm:"), self.meetings)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 8, 0)
        self.wording = WordingBox()
        for box in (version_box, self.normal[0], self.exempt[0], self.blocks_box, codes_box, timing_box, self.wording):
            editor_layout.addWidget(box)
        editor_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(editor)

        self.save_button = QPushButton(self.tr("Lưu thành phiên bản mới"))
        theme.set_role(self.save_button, "primary")
        self.reset_button = QPushButton(self.tr("Bỏ các chỗ đã sửa"))
        self.message = message_line()
        self.source_button = SourceButton(session, runner, lang, parent=self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch()
        buttons.addWidget(self.source_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.in_force)
        top_layout.addWidget(self.versions_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.layout_.addWidget(heading(self.title))
        self.layout_.addWidget(
            note(
                self.tr(
                    "Tiêu chí, nhãn đánh giá, phần chữ ký, ký hiệu văn bản và thời hạn là dữ liệu, có ngày áp dụng. "
                    "Trưởng ban sửa một bản sao của quy định đang áp dụng rồi lưu thành phiên bản mới; phiếu đã lập "
                    "vẫn in theo quy định lúc lập."
                )
            )
        )
        self.layout_.addWidget(splitter, 1)
        self.layout_.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self._reset)

    def _criteria_box(self, title: str, count: int) -> tuple[QGroupBox, list[CriterionRow]]:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        grid.setVerticalSpacing(4)
        hint = QLabel(self.tr("Nội dung tiêu chí, dưới là ba mức đánh giá (từ cao đến thấp)."))
        theme.set_role(hint, "muted")
        hint.setWordWrap(True)
        grid.addWidget(hint, 0, 0, 1, 4)
        rows = []
        for n in range(count):
            rows.append(CriterionRow(grid, 1 + n * 2, n + 1))
            if n < count - 1:
                grid.setRowMinimumHeight(2 + n * 2, self.fontMetrics().height() + 8)
        return box, rows

    @property
    def title(self) -> str:
        return self.tr("Quy định áp dụng")

    # --- loading -------------------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        allowed = guard(self.save_button, self._session.actor, Op.RULES_EDIT, self._lang)
        guard(self.reset_button, self._session.actor, Op.RULES_EDIT, self._lang)
        self._read_only = not allowed
        reason = self.save_button.toolTip() if not allowed else ""
        for edit in self._line_edits():
            edit.setReadOnly(not allowed)
            edit.setToolTip(reason)
        for text in (self.sheet_title, *self.blocks.values()):
            text.setReadOnly(not allowed)
            text.setToolTip(reason)
        for widget in (self.effective, self.deadline_day, self.deadline_month, self.meetings):
            widget.setEnabled(allowed)
            widget.setToolTip(reason)
        self.wording.set_read_only(not allowed, reason)

    def _line_edits(self) -> list[QLineEdit]:
        edits = [self.key, self.source, self.other_label]
        for row in self.normal[1] + self.exempt[1]:
            edits += row.edits()
        for type_, issuer, zone, _sample in self.codes.values():
            edits += [type_, issuer, zone]
        return edits

    def reload(self) -> None:
        session = self._session

        def work(_progress: Progress) -> RulesView:
            with session.use() as vault:
                return load_rules(vault)

        self._runner.run(work, done=self._loaded_view, parent=self)
        self.source_button.check()

    def _loaded_view(self, view: RulesView) -> None:
        self._view = view
        self.versions.set_rows(view.versions)
        doc = view.document
        self.in_force.setText(
            self.tr("Đang áp dụng: {key}, từ ngày {day}. Căn cứ: {source}").format(
                key=next((v.name for v in view.versions if v.in_force), doc["key"]),
                day=show_date(date.fromisoformat(doc["effective_from"])),
                source=doc["source"],
            )
        )
        self._fill_from_view()

    def _fill_from_view(self) -> None:
        if self._view is None:
            return
        doc = self._view.document
        self.wording.load(doc)
        self.effective.set_value(max(date.today(), date.fromisoformat(doc["effective_from"])))
        self.key.setText(doc["key"])
        self.source.setText(doc["source"])
        self.sheet_title.setPlainText(doc["sheet_title"])
        self.other_label.setText(doc["other_comment_label"])
        for rows, items in ((self.normal[1], doc["criteria_normal"]), (self.exempt[1], doc["criteria_exempt"])):
            for row, item in zip(rows, items, strict=False):
                row.fill(item)
        self._build_blocks(doc["signature"])
        for kind, (type_, issuer, zone, _sample) in self.codes.items():
            code = doc["document_codes"].get(kind, {})
            type_.setText(code.get("type", ""))
            issuer.setText(code.get("issuer", ""))
            zone.setText(code.get("issuer_special_zone", ""))
        self.deadline_day.setValue(int(doc["deadline"]["day"]))
        self.deadline_month.setValue(int(doc["deadline"]["month"]))
        self.meetings.setValue(int(doc["meetings_per_year"]))
        for edit in self._line_edits():
            edit.setCursorPosition(0)  # long texts show their beginning
        self.apply_permissions()

    def _reset(self) -> None:
        self._fill_from_view()
        self.message.hide()

    def _build_blocks(self, signature: dict[str, Any]) -> None:
        if list(self.blocks) != list(signature):
            while self.blocks_form.rowCount():
                self.blocks_form.removeRow(0)
            self.blocks = {}
            for key in signature:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
                self.blocks[key] = edit
                self.blocks_form.addRow(block_label(key) + ":", edit)
        for key, block in signature.items():
            self.blocks[key].setPlainText("\n".join(block.get("lines", [])))

    def _show_sample(self, kind: str) -> None:
        type_, issuer, _zone, sample = self.codes[kind]
        sample.setText(self.tr("Số 12-{type}/{issuer}").format(type=type_.text().strip(), issuer=issuer.text().strip()))

    def forget(self) -> None:
        self._view = None
        self.versions.clear()
        self.in_force.clear()

    def react(self, change: Changed) -> None:
        if isinstance(change, RulesChanged) and self.loaded:
            self.reload()

    # --- saving --------------------------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        """The edited copy as the document the core reads (fields not shown here are kept as they were)."""
        assert self._view is not None
        doc = copy.deepcopy(self._view.document)
        doc["effective_from"] = self.effective.value().isoformat()
        doc["key"] = self.key.text()
        doc["source"] = self.source.text()
        doc["sheet_title"] = " ".join(self.sheet_title.toPlainText().split())
        doc["other_comment_label"] = self.other_label.text()
        doc["criteria_normal"] = [row.value() for row in self.normal[1]]
        doc["criteria_exempt"] = [row.value() for row in self.exempt[1]]
        for key, edit in self.blocks.items():
            lines = [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]
            doc["signature"][key]["lines"] = lines
        for kind, (type_, issuer, zone, _sample) in self.codes.items():
            doc["document_codes"].setdefault(kind, {})
            doc["document_codes"][kind].update(
                {"type": type_.text(), "issuer": issuer.text(), "issuer_special_zone": zone.text()}
            )
        doc["deadline"] = {"day": self.deadline_day.value(), "month": self.deadline_month.value()}
        doc["meetings_per_year"] = self.meetings.value()
        self.wording.apply(doc)
        return doc

    def save(self) -> None:
        if self._view is None or self._read_only:
            return
        document = self.document()
        session = self._session

        def work(_progress: Progress) -> RulesChanged:
            with session.use() as vault:
                return save_rules(vault, document)

        def done(change: RulesChanged) -> None:
            say(
                self.message,
                self.tr("Đã lưu phiên bản mới, áp dụng từ ngày {day}.").format(day=show_date(change.effective_from)),
                "muted",
            )

        self._runner.run(work, done=done, failed=self._refused, parent=self)

    def _refused(self, exc: HandbookError) -> bool:
        """Say where the core found the copy wrong, in words, and put the cursor there."""
        text = exc.render(self._lang)
        if exc.message.id == "rules.invalid":
            place = self._place(str(exc.message.values.get("what", "")))
            if place is not None:
                words, widget = place
                text = self.tr(
                    "Chưa lưu: {place} chưa đúng. Mỗi mục phải có chữ, ba mức đánh giá phải khác nhau."
                ).format(place=words)
                widget.setFocus()
        say(self.message, text, "error")
        return True

    def _place(self, what: str) -> tuple[str, QWidget] | None:
        match = re.fullmatch(r"(criteria_normal|criteria_exempt)\[(\d+)\]\.(text|labels)", what)
        if match:
            box, rows = self.normal if match[1] == "criteria_normal" else self.exempt
            number = int(match[2])
            if not 1 <= number <= len(rows):
                return None
            row = rows[number - 1]
            part = self.tr("nội dung") if match[3] == "text" else self.tr("ba mức đánh giá")
            widget: QWidget = row.text if match[3] == "text" else row.labels[0]
            return self.tr("{box}, tiêu chí {n} ({part})").format(box=box.title(), n=number, part=part), widget
        match = re.fullmatch(r"signature\.(\w+)\.lines", what)
        if match and match[1] in self.blocks:
            return block_label(match[1]), self.blocks[match[1]]
        match = re.fullmatch(r"document_codes\.(\w+)", what)
        if match and match[1] in self.codes:
            return doc_label(match[1]), self.codes[match[1]][0]
        simple: dict[str, tuple[str, QWidget]] = {
            "key": (self.tr("Tên phiên bản"), self.key),
            "source": (self.tr("Căn cứ"), self.source),
            "sheet_title": (self.tr("Tiêu đề phiếu"), self.sheet_title),
            "other_comment_label": (self.tr("Mục ý kiến khác"), self.other_label),
            "deadline": (self.tr("Hạn gửi nhận xét"), self.deadline_day),
            "effective_from": (self.tr("Ngày áp dụng"), self.effective),
        }
        return simple.get(what)
