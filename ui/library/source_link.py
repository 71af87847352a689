""" "Xem văn bản": a button beside the rules (rule-set screen, comment sheet entry, confirmation) that opens the
document the rules in force come from, at its article, when the library holds it; hidden when it does not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from handbook.flow.rules import RuleSet, rules_in_force
from handbook.i18n import Lang
from handbook.vault.vault import Vault
from ui.actions.changes import Changed
from ui.library.actions import LibraryChanged, SourceLookup, open_source
from ui.library.viewer import show_page
from ui.operations import Progress, Runner
from ui.session import Session

RulesFor = Callable[[Vault], RuleSet]


def rules_today(vault: Vault) -> RuleSet:
    return rules_in_force(vault, date.today())


class SourceButton(QPushButton):
    """Shown only once the library is known to hold the source document of the rules ``rules_for`` picks."""

    def __init__(
        self,
        session: Session,
        runner: Runner,
        lang: Lang,
        rules_for: RulesFor = rules_today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Xem văn bản"), parent)
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self._rules_for = rules_for
        self.lookup: SourceLookup | None = None
        self.opened: object = None  # the window last opened (tests look at it)
        self.setVisible(False)
        self.clicked.connect(self.open)
        runner.changed.connect(self._changed)
        session.unlocked.connect(self.check)
        QTimer.singleShot(0, self, self.check)  # once the screen holding it is built, not in its constructor

    def check(self) -> None:
        """Look the source up again (after showing the screen, or when the library changed)."""
        session, rules_for = self._session, self._rules_for

        def work(_progress: Progress) -> SourceLookup:
            with session.use() as vault:
                return open_source(vault, rules_for(vault))

        self._runner.run(work, done=self._found, parent=self.window())

    def _found(self, lookup: SourceLookup) -> None:
        self.lookup = lookup
        held = lookup.page is not None
        if lookup.ref is not None:
            tip = self.tr("Mở {doc} trong Thư viện văn bản") if held else ""
            self.setToolTip(tip.format(doc=lookup.ref.label))
        self.setVisible(held)

    def open(self) -> None:
        if self.lookup is not None and self.lookup.page is not None:
            self.opened = show_page(self.window(), self._runner, self.lookup.page)

    def _changed(self, change: Changed) -> None:
        if isinstance(change, LibraryChanged):
            self.check()
