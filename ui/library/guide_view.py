"""The guide window: contents on the left, the section on the right, links between sections, and search
(the library's folded search: tones optional, đ = d, word prefixes). F1 and "?" open it at a screen's section."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import Lang
from handbook.library.guide import LINK, Guide, GuideIndex, GuideSection, load_guide
from ui.library.table_model import passage_html
from ui.widgets.dialogs import localize_buttons

SEARCH_DELAY_MS = 200
_NUMBERED = re.compile(r"^\d+\.\s")


def section_html(guide: Guide, section: GuideSection, lang: Lang) -> str:
    """A section as simple HTML: paragraphs, bullet lists, and links to other sections (``guide:<id>``)."""

    def linked(line: str) -> str:
        out, last = [], 0
        for m in LINK.finditer(line):
            out.append(html.escape(line[last : m.start()]))
            target = guide.section(m.group(1))
            label = m.group(2) or (target.title[lang] if target else m.group(1))
            out.append(f'<a href="guide:{m.group(1)}">{html.escape(label)}</a>')
            last = m.end()
        out.append(html.escape(line[last:]))
        return "".join(out)

    parts = [f"<h2>{html.escape(section.title[lang])}</h2>"]
    in_list = False
    for line in section.body[lang]:
        bullet = line.startswith("- ")
        if bullet and not in_list:
            parts.append("<ul>")
        if not bullet and in_list:
            parts.append("</ul>")
        in_list = bullet
        parts.append(f"<li>{linked(line[2:])}</li>" if bullet else f"<p>{linked(line)}</p>")
    if in_list:
        parts.append("</ul>")
    return "".join(parts)


class GuideDialog(QDialog):
    """The guide, not modal: it stays open beside the screen it explains."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self.guide = load_guide()
        self._index: GuideIndex | None = None
        self.current: GuideSection | None = None
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm trong hướng dẫn"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Tìm trong hướng dẫn"))
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Mục lục hướng dẫn"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Nội dung hướng dẫn"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        localize_buttons(buttons)
        buttons.rejected.connect(self.close)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.contents, 1)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addWidget(self.text, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.contents.currentItemChanged.connect(lambda item, _prev: self._picked(item))
        self.text.anchorClicked.connect(self._link)
        self._fill_contents()
        em = self.fontMetrics().height()
        self.resize(em * 60, em * 38)

    def _fill_contents(self, hits: list[tuple[GuideSection, str]] | None = None) -> None:
        self.contents.blockSignals(True)
        self.contents.clear()
        for section, tip in hits if hits is not None else [(s, "") for s in self.guide.sections]:
            item = QListWidgetItem(section.title[self._lang], self.contents)
            item.setData(0x0100, section.id)  # Qt.UserRole
            if tip:
                item.setToolTip(tip)
        self.contents.blockSignals(False)

    def show_section(self, section_id: str) -> None:
        section = self.guide.section(section_id) or self.guide.section(self.guide.start)
        assert section is not None
        self.current = section
        self.text.setHtml(section_html(self.guide, section, self._lang))
        for i in range(self.contents.count()):
            item = self.contents.item(i)
            if item.data(0x0100) == section.id:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
                break

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_section(str(item.data(0x0100)))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "guide":
            self.show_section(url.path())

    def _search(self) -> None:
        query = self.search.text()
        if not query.strip():
            self._fill_contents()
            if self.current is not None:
                self.show_section(self.current.id)
            return
        if self._index is None:
            self._index = GuideIndex(self.guide, self._lang)
        hits = self._index.search(query)
        self._fill_contents([(h.section, h.passage.text) for h in hits])
        if hits:
            self.current = hits[0].section
            self.text.setHtml(
                section_html(self.guide, hits[0].section, self._lang)
                + f"<hr><p><i>{html.escape(self.tr('Đoạn khớp'))}:</i> {passage_html(hits[0].passage)}</p>"
            )
            self.contents.blockSignals(True)
            self.contents.setCurrentRow(0)
            self.contents.blockSignals(False)
        else:
            self.text.setHtml(f"<p>{html.escape(self.tr('Không có mục nào khớp. Hãy gõ ít chữ hơn.'))}</p>")

    def closeEvent(self, event: object) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
        super().closeEvent(event)  # type: ignore[arg-type]


def open_guide(owner: QWidget, lang: Lang, section_id: str | None = None) -> GuideDialog:
    """Show the guide (one window per owner, reused) at ``section_id`` or the contents."""
    dialog: GuideDialog | None = getattr(owner, "_guide_dialog", None)
    if dialog is None:
        dialog = GuideDialog(lang, owner)
        owner._guide_dialog = dialog  # type: ignore[attr-defined]
    dialog.show_section(section_id or dialog.guide.start)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
