"""Print preview of a form: the PDF shown from memory (QtPdf), printed (QPrinter) or saved where the user says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.vault.atomic import write_atomic
from ui.operations import Runner

PRINT_DPI = 300  # enough for text on A4 without multi-hundred-megabyte page images


class PdfPreviewDialog(QDialog):
    """Shows the pages; Print (Ctrl+P), Save (Ctrl+S), Close (Esc). Nothing is written unless the user saves."""

    def __init__(
        self, runner: Runner, pdf: bytes, *, title: str, suggested_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None
        self.setWindowTitle(title)
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages_label = QLabel(self.tr("{n} trang").format(n=self.document.pageCount()))
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Vừa chiều rộng"), "width")
        self.zoom.addItem(self.tr("Cả trang"), "page")
        self.zoom.addItem("100 %", 1.0)
        self.zoom.addItem("150 %", 1.5)
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setToolTip(self.tr("In ra máy in (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Lưu tệp PDF…"))
        self.save_button.setToolTip(self.tr("Lưu thành tệp PDF (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self).activated.connect(self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save_document)

        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Cỡ xem:")))
        bar.addWidget(self.zoom)
        bar.addSpacing(12)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        em = self.fontMetrics().height()
        self.resize(em * 50, em * 42)

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def go_to_page(self, index: int) -> None:
        """Scroll to page ``index`` (0-based), e.g. where a library search found its words."""
        if 0 <= index < self.page_count:
            self.view.pageNavigator().jump(index, QPointF(), 0)

    @property
    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def _zoom_changed(self) -> None:
        value = self.zoom.currentData()
        if value == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))

    def save_document(self) -> None:
        path = self.runner.dialogs.save_file(
            self, self.tr("Lưu tệp PDF"), Path(self.suggested_name), self.tr("Tệp PDF (*.pdf)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        write_atomic(path, self.pdf)
        self.saved_to = path

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page (or the chosen range) onto ``printer``; returns the number of pages sent."""
        first, last = 0, self.page_count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, min(printer.toPage() - 1, last)
        painter = QPainter()
        if not painter.begin(printer):
            self.runner.dialogs.error(self, self.tr("Không mở được máy in. Hãy kiểm tra máy in rồi thử lại."))
            return 0
        sent = 0
        try:
            for index in range(first, last + 1):
                if sent:
                    printer.newPage()
                target = printer.pageLayout().paintRectPixels(printer.resolution())
                points = self.document.pagePointSize(index)
                scale = min(target.width() / points.width(), target.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                image = self.document.render(index, size)
                painter.drawImage(QRectF(QPointF(0, 0), size.toSizeF()), image)
                sent += 1
        finally:
            painter.end()
        return sent

    def keyPressEvent(self, event: object) -> None:  # Esc closes, as users expect
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


def show_pdf(
    parent: QWidget | None, runner: Runner, pdf: bytes, *, title: str, suggested_name: str, page: int = 0
) -> PdfPreviewDialog:
    """Open a preview window for ``pdf`` (built in memory) at page ``page`` (0-based) and return it (shown)."""
    dialog = PdfPreviewDialog(runner, pdf, title=title, suggested_name=suggested_name, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    if page:
        dialog.go_to_page(page)
    return dialog
