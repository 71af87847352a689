"""Quy định áp dụng › Lời văn biểu mẫu: the sentences of the forms, edited like the criteria and saved with them.

Each sentence is a template; the places in braces ({year}, {cell} …) are filled in when a form is printed, and
the box lists the places each sentence may use (the core refuses any other, naming it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QWidget

from handbook.flow.wording import FIELDS
from ui import theme


def sentence_label(key: str) -> str:
    """Which form and which sentence, in the reader's words."""
    forms = {
        "dispatch": QCoreApplication.translate("WordingBox", "Công văn"),
        "introduction": QCoreApplication.translate("WordingBox", "Giấy giới thiệu"),
        "endorsement": QCoreApplication.translate("WordingBox", "Khối tiếp nhận"),
        "certificate": QCoreApplication.translate("WordingBox", "Giấy xác nhận"),
        "sheet": QCoreApplication.translate("WordingBox", "Phiếu nhận xét"),
        "handover": QCoreApplication.translate("WordingBox", "Biên bản bàn giao"),
    }
    parts = {
        "summary": QCoreApplication.translate("WordingBox", "trích yếu"),
        "greeting": QCoreApplication.translate("WordingBox", "kính gửi"),
        "reply_reference": QCoreApplication.translate("WordingBox", "mở đầu khi phúc đáp"),
        "reference": QCoreApplication.translate("WordingBox", "mở đầu"),
        "body": QCoreApplication.translate("WordingBox", "nội dung"),
        "enclosed": QCoreApplication.translate("WordingBox", "gửi kèm"),
        "closing": QCoreApplication.translate("WordingBox", "câu kết"),
        "title": QCoreApplication.translate("WordingBox", "tên loại"),
        "request": QCoreApplication.translate("WordingBox", "đề nghị"),
        "request_exempt": QCoreApplication.translate("WordingBox", "đề nghị (miễn sinh hoạt)"),
        "received": QCoreApplication.translate("WordingBox", "ngày tiếp nhận"),
        "introduced": QCoreApplication.translate("WordingBox", "đã giới thiệu"),
        "letter": QCoreApplication.translate("WordingBox", "số giấy giới thiệu"),
        "results": QCoreApplication.translate("WordingBox", "kết quả nhận xét"),
        "results_exempt": QCoreApplication.translate("WordingBox", "kết quả (miễn sinh hoạt)"),
        "basis": QCoreApplication.translate("WordingBox", "căn cứ"),
        "today": QCoreApplication.translate("WordingBox", "thời gian, địa điểm"),
        "count": QCoreApplication.translate("WordingBox", "số đảng viên bàn giao"),
        "copies": QCoreApplication.translate("WordingBox", "số bản"),
    }
    form, _, part = key.partition(".")
    return f"{forms.get(form, form)} · {parts.get(part, part.replace('_', ' '))}"


class WordingBox(QGroupBox):
    """One text field per sentence of the rule set's ``wording``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Lời văn biểu mẫu"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        hint = QLabel(
            self.tr(
                "Các câu in trên công văn, giấy giới thiệu, giấy xác nhận, biên bản bàn giao. Chữ trong ngoặc "
                "nhọn như {year} được thay khi in; mỗi câu chỉ dùng được các chỗ ghi dưới nó."
            )
        )
        hint.setWordWrap(True)
        theme.set_role(hint, "muted")
        form.addRow(hint)
        self.edits: dict[str, QPlainTextEdit] = {}
        line = self.fontMetrics().height()
        for key, places in FIELDS.items():
            edit = QPlainTextEdit()
            edit.setAccessibleName(sentence_label(key))
            edit.setFixedHeight(line * 3 + 12)
            self.edits[key] = edit
            usable = ", ".join("{" + p + "}" for p in sorted(places)) or self.tr("(không có chỗ thay)")
            note = QLabel(usable)
            note.setWordWrap(True)  # a long list of places must not widen the page past a 1280 px screen
            theme.set_role(note, "muted")
            form.addRow(sentence_label(key) + ":", edit)
            form.addRow("", note)

    def load(self, document: dict[str, Any]) -> None:
        wording = document.get("wording") or {}
        for key, edit in self.edits.items():
            edit.setPlainText(str(wording.get(key, "")))

    def apply(self, document: dict[str, Any]) -> None:
        document["wording"] = {key: " ".join(edit.toPlainText().split()) for key, edit in self.edits.items()}

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
            edit.setToolTip(reason)
