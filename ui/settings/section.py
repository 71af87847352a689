"""What every page of the Cài đặt screen shares: loading when first shown, forgetting on lock, and small
building blocks (a heading, a muted note, an error line, a plain table)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from handbook.errors import HandbookError
from handbook.i18n import Lang
from ui import theme
from ui.actions.changes import Changed
from ui.operations import Runner
from ui.session import Session


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(theme.scaled_font(label, 1.3, bold=True))
    return label


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    theme.set_role(label, "muted")
    return label


def message_line(role: str = "error") -> QLabel:
    """A sentence under a form (hidden until there is something to say)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    theme.set_role(label, role)
    label.hide()
    return label


def say(label: QLabel, text: str, role: str) -> None:
    theme.set_role(label, role)
    label.setText(text)
    label.setVisible(bool(text))


def plain_table(accessible_name: str) -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setAccessibleName(accessible_name)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.7))
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class Section(QWidget):
    """One page of the settings. Loads when first shown; forgets what it showed when the session locks."""

    scrolls_itself = False  # True: the page has its own scroll area (the screen does not add one around it)

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self._loaded = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)

    @property
    def title(self) -> str:
        raise NotImplementedError

    @property
    def loaded(self) -> bool:
        return self._loaded

    def activate(self) -> None:
        """First time on screen: load."""
        if self._loaded or self._session.is_locked:
            return
        self._loaded = True
        self.apply_permissions()
        self.reload()

    def reload(self) -> None:
        """Load again what the page shows (override)."""

    def apply_permissions(self) -> None:
        """Enable what the person may do; the rest disabled with the reason (override)."""

    def forget(self) -> None:
        """The session locked: drop what was shown from the vault (override)."""

    def unlocked(self) -> None:
        if self._loaded:
            self.apply_permissions()
            self.reload()

    def react(self, change: Changed) -> None:
        """Something changed elsewhere (override to reload when it concerns this page)."""

    def refused(self, label: QLabel) -> Callable[[HandbookError], bool]:
        """A ``failed`` handler for the runner that shows the core's sentence in ``label``."""

        def show(exc: HandbookError) -> bool:
            say(label, exc.render(self._lang), "error")
            return True

        return show
