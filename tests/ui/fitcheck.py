"""Finding controls the person cannot reach: a button, field or table heading cut off by the window's edge.

``clipped(window)`` lists every enabled, shown control of a window that is not wholly inside the visible area
(a page that scrolls up and down counts as visible; one that must scroll sideways does not), every push
button narrower than its own text, and every table heading narrower than its own text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QHeaderView)
INNER = (QAbstractSpinBox, QComboBox, QLineEdit, QTabBar)  # their own small parts are theirs to place


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    if not text and isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {text or name!r}"


def _inner_part(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, INNER):
            return True
        parent = parent.parentWidget()
    return False


def visible_part(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` (in its own coordinates) left after every parent's edges up to ``top``; a page
    scrolling up and down clips only sideways."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        bounds = QRect(QPoint(0, 0), parent.size())
        scroller = parent.parentWidget()
        if isinstance(scroller, QScrollArea) and scroller.viewport() is parent:
            bounds = QRect(0, -(10**6), parent.width(), 2 * 10**6)  # reachable by scrolling down
        offset = child.mapTo(parent, QPoint(0, 0))
        in_parent = rect.translated(offset).intersected(bounds)
        rect = in_parent.translated(-offset)
        if parent is top:
            break
        child, parent = parent, parent.parentWidget()
    return rect


def clipped(top: QWidget) -> list[str]:
    problems: list[str] = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.window() is not top or _inner_part(widget, top):
            continue
        if isinstance(widget, QHeaderView):
            view = widget.parentWidget()
            if widget.orientation() != Qt.Orientation.Horizontal or not isinstance(view, QAbstractItemView):
                continue
        elif isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QAbstractScrollArea):
            continue  # a table's corner button
        full = QRect(QPoint(0, 0), widget.size())
        seen = visible_part(widget, top)
        if seen != full:
            problems.append(f"{describe(widget)}: {seen.width()}×{seen.height()} of {full.width()}×{full.height()}")
        elif isinstance(widget, QPushButton) and widget.width() < widget.sizeHint().width() - 1:
            problems.append(f"{describe(widget)}: text cut ({widget.width()} < {widget.sizeHint().width()})")
        if isinstance(widget, QHeaderView):
            problems += _cut_headings(widget)
    return problems


def _cut_headings(header: QHeaderView) -> list[str]:
    """Column headings narrower than their own text (the heading is elided or cut)."""
    model = header.model()
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or model is None:
            continue
        wanted = header.sectionSizeHint(section)
        if header.sectionSize(section) < wanted - 1:
            name = model.headerData(section, Qt.Orientation.Horizontal)
            cut.append(f"heading {name!r}: {header.sectionSize(section)} px of {wanted}")
    return cut
