"""What the import wizard's pages need from the wizard that holds them (so no page imports the wizard)."""

from __future__ import annotations

from typing import Protocol

from handbook.i18n import Lang
from ui.importer.state import ImportState
from ui.operations import Runner
from ui.session import Session


class WizardHost(Protocol):
    """The wizard as its pages see it: the shared state, where slow work runs, and moving on."""

    state: ImportState
    runner: Runner
    session: Session
    lang: Lang
    working: bool  # a page's slow step is running: closing waits for it

    def next(self) -> None: ...


# The wizard's pages, in order (CELLS only when the file names cells the vault lacks).
FILE, SHEET, ENCODING, MAPPING, CELLS, CHECK, RESULT = range(7)
