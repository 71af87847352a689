"""The form describing a library document: title, number, date, issuing body, type, status, tags."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import Lang
from handbook.library.model import DOC_KINDS, DocMeta, DocStatus
from ui import theme
from ui.cases.fields import DayField, FieldProblem
from ui.widgets.dialogs import localize_buttons


class DocumentDialog(QDialog):
    """Fill in or correct what the office records about a document; ``meta()`` is the result once accepted."""

    def __init__(self, meta: DocMeta, lang: Lang, *, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self.setWindowTitle(title)
        self.title = QLineEdit(meta.title)
        self.number = QLineEdit(meta.number)
        self.number.setPlaceholderText(self.tr("ví dụ: 213-QĐ/TW"))
        self.issued_on = DayField(self.tr("Ngày ban hành"))
        self.issued_on.set_day(meta.issued_on)
        self.issuer = QLineEdit(meta.issuer)
        self.issuer.setPlaceholderText(self.tr("ví dụ: Bộ Chính trị"))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.addItems(["", *DOC_KINDS])
        self.kind.setCurrentText(meta.kind)
        self.status = QComboBox()
        self.status.addItem(self.tr("Còn hiệu lực"), DocStatus.IN_FORCE.value)
        self.status.addItem(self.tr("Đã được thay thế"), DocStatus.REPLACED.value)
        self.status.setCurrentIndex(self.status.findData(meta.status.value))
        self.replaced_by = QLineEdit(meta.replaced_by)
        self.replaced_by.setPlaceholderText(self.tr("số văn bản thay thế"))
        self.replaced_on = DayField(self.tr("Ngày bị thay thế"))
        self.replaced_on.set_day(meta.replaced_on)
        self.tags = QLineEdit(", ".join(meta.tags))
        self.tags.setPlaceholderText(self.tr("cách nhau bằng dấu phẩy, ví dụ: 213, nơi cư trú"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        theme.set_role(self.problem, "error")

        form = QFormLayout()
        form.addRow(self.tr("Trích yếu (tên văn bản):"), self.title)
        form.addRow(self.tr("Số, ký hiệu:"), self.number)
        form.addRow(self.tr("Ngày ban hành:"), self.issued_on)
        form.addRow(self.tr("Cơ quan ban hành:"), self.issuer)
        form.addRow(self.tr("Loại văn bản:"), self.kind)
        form.addRow(self.tr("Hiệu lực:"), self.status)
        form.addRow(self.tr("Thay thế bởi:"), self.replaced_by)
        form.addRow(self.tr("Ngày bị thay thế:"), self.replaced_on)
        form.addRow(self.tr("Từ khóa:"), self.tags)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._meta: DocMeta | None = None
        self.resize(self.fontMetrics().height() * 36, self.sizeHint().height())

    def meta(self) -> DocMeta | None:
        return self._meta

    def accept(self) -> None:
        try:
            issued, replaced_on = self.issued_on.day(self._lang), self.replaced_on.day(self._lang)
        except FieldProblem as exc:
            self.problem.setText(str(exc))
            return
        if not self.title.text().strip():
            self.problem.setText(self.tr("Hãy ghi trích yếu (tên) của văn bản."))
            self.title.setFocus()
            return
        self._meta = DocMeta(
            title=self.title.text(),
            number=self.number.text(),
            issued_on=issued,
            issuer=self.issuer.text(),
            kind=self.kind.currentText(),
            status=DocStatus(self.status.currentData()),
            replaced_by=self.replaced_by.text(),
            replaced_on=replaced_on,
            tags=tuple(t for t in self.tags.text().split(",") if t.strip()),
        )
        super().accept()
