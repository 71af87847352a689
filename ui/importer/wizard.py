"""Nhập danh sách đảng viên từ Excel: a wizard from the file to the members saved.

File (with the columns understood and a template) → sheet and header row (found, correctable) → encoding with
a before/after preview → column mapping (save or load a named one) → the cells the file names that the vault
lacks (create or map them; only when there are some) → checking every row against the vault, writing nothing
(errors block, warnings are listed, duplicates handled per rule) → saving everything in one transaction → the
result. Slow steps run through the operations layer with a progress dialog; nothing is saved before the last
step. The pages live in their own modules and see the wizard only as a ``WizardHost``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget, QWizard

from handbook.i18n import Lang
from handbook.permissions import Op
from ui.importer.cells_page import ImportCellsPage
from ui.importer.check import ImportCheckPage, ImportResultPage
from ui.importer.file_page import ImportFilePage
from ui.importer.host import CELLS, CHECK, ENCODING, FILE, MAPPING, RESULT, SHEET
from ui.importer.mapping import ImportMappingPage
from ui.importer.sheet_pages import ImportEncodingPage, ImportSheetPage
from ui.importer.state import ImportState
from ui.operations import Runner
from ui.session import Session

__all__ = ["CELLS", "CHECK", "ENCODING", "FILE", "MAPPING", "RESULT", "SHEET", "ImportWizard", "open_import_wizard"]


class ImportWizard(QWizard):
    """Open with ``open()``; emits the runner's ``changed`` (``MembersImported``) when members were saved."""

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.lang: Lang = lang
        self.state = ImportState()
        self.setWindowTitle(self.tr("Nhập danh sách đảng viên từ Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Xong"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Nhập vào kho dữ liệu"))
        self.file_page = ImportFilePage(self)
        self.sheet_page = ImportSheetPage(self)
        self.encoding_page = ImportEncodingPage(self)
        self.mapping_page = ImportMappingPage(self)
        self.cells_page = ImportCellsPage(self)
        self.check_page = ImportCheckPage(self)
        self.result_page = ImportResultPage(self)
        for page_id, page in (
            (FILE, self.file_page),
            (SHEET, self.sheet_page),
            (ENCODING, self.encoding_page),
            (MAPPING, self.mapping_page),
            (CELLS, self.cells_page),
            (CHECK, self.check_page),
            (RESULT, self.result_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(FILE)
        height = self.fontMetrics().height()
        # Within 1240×680 so it fits a 1280×720 screen with its frame; never wider than the screen.
        limit = QSize(1240, 680).boundedTo(self.screen().availableSize() * 0.95)
        self.resize(QSize(height * 62, height * 40).boundedTo(limit))
        self.working = False  # a page's slow step is running: closing waits for it
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)

    def _locked(self) -> None:
        """Locking drops the key: the checked plan goes too (it holds members' data); the file stays."""
        self.state.plan = None

    def _unlocked(self) -> None:
        if self.currentId() == CHECK and self.state.plan is None and not self.working:
            self.check_page.run_check()

    def reject(self) -> None:
        if self.working:
            return  # reading, checking or saving is under way; its progress dialog can cancel it
        super().reject()


def open_import_wizard(session: Session, runner: Runner, lang: Lang, parent: QWidget | None) -> ImportWizard | None:
    """The wizard, shown (None when the person may not import: the button is disabled then anyway)."""
    if not session.actor.may(Op.MEMBERS_IMPORT):
        return None
    wizard = ImportWizard(session, runner, lang, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
