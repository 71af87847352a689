"""Fitting the window to the office's screen (1366×768 is common): windows never open larger than the screen,
rows of buttons move what does not fit into a "more" menu, long labels wrap instead of widening the window.

``install_screen_fit`` keeps every window and dialog of the app on the screen it opens on: a window asked to be
larger than the free area (screen minus task bar) is made to fit, and one placed partly off it is moved back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

# What a window's frame (title bar and borders) adds at least: the window system may say less before showing.
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    """The free part of the screen ``widget`` is on (the primary screen if it is on none yet)."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def _frame(widget: QWidget) -> QSize:
    """The frame's size as the window system reports it, but at least a usual title bar's (it may not know yet)."""
    frame = widget.frameGeometry().size() - widget.geometry().size()
    return frame.expandedTo(FRAME_ALLOWANCE)


def fit_size(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted`` bounded by the free area of the screen, less the window frame."""
    return wanted.boundedTo(available_area(widget).size() - _frame(widget))


def keep_on_screen(widget: QWidget) -> None:
    """Shrink ``widget`` (a window) to the free area if it is larger, and move it fully onto it."""
    area = available_area(widget)
    frame = _frame(widget)
    size = widget.size()
    fitted = size.boundedTo(area.size() - frame).expandedTo(widget.minimumSize())
    if fitted != size:
        widget.resize(fitted)
    outer = QRect(widget.pos(), fitted + frame)
    x = min(max(outer.x(), area.left()), max(area.right() + 1 - outer.width(), area.left()))
    y = min(max(outer.y(), area.top()), max(area.bottom() + 1 - outer.height(), area.top()))
    if (x, y) != (outer.x(), outer.y()):
        widget.move(x, y)


def center_on_screen(widget: QWidget) -> None:
    """Place a window (not yet shown) in the middle of the free area of its screen."""
    area = available_area(widget)
    outer = widget.size() + _frame(widget)
    widget.move(area.center() - QPoint(outer.width() // 2, outer.height() // 2))
    keep_on_screen(widget)


class ScreenFit(QObject):
    """An application event filter: each window or dialog, as it is shown, is kept on the screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
            and not watched.isMaximized()
            and not watched.isFullScreen()
        ):
            keep_on_screen(watched)
        return False


_screen_fit: ScreenFit | None = None


def install_screen_fit(app: QApplication) -> None:
    """Keep every window of ``app`` on its screen (once per application; calling again does nothing)."""
    global _screen_fit
    if _screen_fit is None:
        _screen_fit = ScreenFit(app)
        app.installEventFilter(_screen_fit)


def wrapping_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that wraps long text onto more lines rather than widening the window."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 20)
    return label


class ButtonRow(QWidget):
    """A row of buttons (and a few fields) that never makes the window wider than the row's room.

    When the row is too narrow, buttons move one by one into the "Lệnh khác" menu at the row's end: ordinary
    buttons from the last one back first, the primary button last. A button moved into the menu keeps working
    (the menu item clicks it) and keeps its enabled state and tooltip. Use it like a ``QHBoxLayout``; hide or
    show a button with ``set_shown``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QWidget | int | None] = []  # a widget, a fixed space in pixels, or None for a stretch
        self._wanted: dict[int, bool] = {}  # id(button) -> whether the screen wants it shown
        self._buttons: list[QAbstractButton] = []
        self._arranging = False
        self._overflowed: list[QAbstractButton] = []
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self.more = QToolButton(self)
        self.more.setText(QCoreApplication.translate("ButtonRow", "Lệnh khác"))
        self.more.setAccessibleName(QCoreApplication.translate("ButtonRow", "Các lệnh không đủ chỗ hiện"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu = QMenu(self.more)
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self.fill_menu)
        self.more.setMenu(self.menu)
        self.more.hide()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._row, 1)
        outer.addWidget(self.more)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # --- building, like a QHBoxLayout ---------------------------------------------------------------

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self._row.addWidget(widget, stretch)
        self._items.append(widget)
        if isinstance(widget, QAbstractButton):
            self._buttons.append(widget)
            self._wanted[id(widget)] = not widget.isHidden()
            widget.installEventFilter(self)

    def addSpacing(self, size: int) -> None:
        self._row.addSpacing(size)
        self._items.append(size)

    def addStretch(self, stretch: int = 1) -> None:
        self._row.addStretch(stretch)
        self._items.append(None)

    def set_shown(self, button: QAbstractButton, shown: bool) -> None:
        """Show or hide one of the row's buttons for the screen's own reasons (a button now in the menu
        cannot be hidden with ``hide()``: it is hidden already)."""
        self._wanted[id(button)] = shown
        if not shown:
            self._arranging = True
            try:
                button.hide()
            finally:
                self._arranging = False
        self.updateGeometry()
        self._arrange()

    # --- the overflow menu --------------------------------------------------------------------------

    @property
    def overflowed(self) -> list[QAbstractButton]:
        """The buttons now in the menu rather than in the row, in row order."""
        return list(self._overflowed)

    def fill_menu(self) -> None:
        self.menu.clear()
        for button in self._overflowed:
            action = self.menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
            action.triggered.connect(button.click)

    # --- sizes --------------------------------------------------------------------------------------

    def _width(self, shown: set[int], with_more: bool) -> int:
        spacing = max(self._row.spacing(), 0)
        widths: list[int] = []
        for item in self._items:
            if isinstance(item, QAbstractButton):
                if id(item) in shown:
                    widths.append(item.sizeHint().width())
            elif isinstance(item, QWidget):
                if not item.isHidden():
                    widths.append(max(item.minimumSizeHint().width(), item.minimumWidth()))
            elif isinstance(item, int):
                widths.append(item)
        if with_more:
            widths.append(self.more.sizeHint().width())
        return sum(widths) + spacing * max(len(widths) - 1, 0)

    def _candidates(self) -> list[QAbstractButton]:
        return [b for b in self._buttons if self._wanted.get(id(b), True)]

    def sizeHint(self) -> QSize:
        height = max([b.sizeHint().height() for b in self._buttons] + [self.more.sizeHint().height()])
        return QSize(self._width({id(b) for b in self._candidates()}, False), height)

    def minimumSizeHint(self) -> QSize:
        candidates = self._candidates()
        return QSize(self._width(set(), bool(candidates)), self.sizeHint().height())

    def _arrange(self) -> None:
        if self._arranging:
            return
        candidates = self._candidates()
        order = [b for b in reversed(candidates) if b.property("role") != "primary"]
        order += [b for b in reversed(candidates) if b.property("role") == "primary"]
        shown = {id(b) for b in candidates}
        room = self.width()
        while order and self._width(shown, len(shown) < len(candidates)) > room:
            shown.discard(id(order.pop(0)))
        self._arranging = True
        try:
            for button in self._buttons:
                visible = id(button) in shown
                if button.isHidden() == visible:
                    button.setVisible(visible)
            self._overflowed = [b for b in candidates if id(b) not in shown]
            self.more.setVisible(bool(self._overflowed))
        finally:
            self._arranging = False

    # --- events -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self._arranging and kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._wanted[id(watched)] = kind == QEvent.Type.ShowToParent
            self.updateGeometry()
            self._arrange()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show):
            self._arrange()
        return super().event(event)


class SideBySide(QWidget):
    """Two or more panels side by side when there is room for them, one under another when there is not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._panels: list[QWidget] = []
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self._panels.append(widget)
        self._box.addWidget(widget, stretch)

    def _side_by_side_width(self) -> int:
        spacing = max(self._box.spacing(), 0)
        widths = [max(p.minimumSizeHint().width(), p.minimumWidth()) for p in self._panels]
        return sum(widths) + spacing * max(len(widths) - 1, 0)

    def minimumSizeHint(self) -> QSize:
        stacked = self._box.direction() == QBoxLayout.Direction.TopToBottom
        hint = super().minimumSizeHint()
        widest = max([max(p.minimumSizeHint().width(), p.minimumWidth()) for p in self._panels] or [0])
        if stacked:
            return QSize(widest, hint.height())
        tallest = max([max(p.minimumSizeHint().height(), p.minimumHeight()) for p in self._panels] or [0])
        return QSize(widest, tallest)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self._side_by_side_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._box.direction() != wanted:
            self._box.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)
