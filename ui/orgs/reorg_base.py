"""What the merge and split wizards share: the wizard frame (a refusal stays on the page where it can be fixed),
the page introduction and the summary page with the counts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from handbook.errors import HandbookError
from handbook.i18n import Lang
from ui.actions.orgs import (
    CellsReorganised,
)
from ui.operations import Progress, Runner
from ui.orgs.fields import refusal_label, say
from ui.session import Session

MAX_PARTS = 6


class ReorgWizard(QWizard):
    """What both wizards share: Vietnamese buttons, running the change, keeping a refusal on screen."""

    completed = Signal(object)  # CellsReorganised

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.lang: Lang = lang
        self._running = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Quay lại"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.setModal(True)
        height = self.fontMetrics().height()
        self.resize(height * 46, height * 34)

    def refusal_target(self) -> QLabel:
        raise NotImplementedError

    def request(self) -> Callable[[Progress], CellsReorganised]:
        raise NotImplementedError

    def accept(self) -> None:
        if self._running or not self.validateCurrentPage():
            return
        self._running = True
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(False)
        label = self.refusal_target()
        say(label, "")

        def refused(exc: HandbookError) -> bool:
            say(label, exc.render(self.lang))
            return True

        def settled() -> None:
            self._running = False
            finish.setEnabled(True)

        self.runner.run(self.request(), done=self._done, failed=refused, always=settled, parent=self)

    def _done(self, change: CellsReorganised) -> None:
        self.completed.emit(change)
        QWizard.accept(self)


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


# --- merging ---------------------------------------------------------------------------------------


class ReorgSummaryPage(QWizardPage):
    def __init__(self, title: str, describe: Callable[[], str]) -> None:
        super().__init__()
        self._describe = describe
        self.setTitle(title)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusal = refusal_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.refusal)
        layout.addStretch(1)

    def initializePage(self) -> None:
        say(self.refusal, "")
        self.summary.setText(self._describe())
