"""The Cài đặt screen: a list of pages on the left (as in Picard's options), the chosen page on the right.

Each page loads what it shows the first time it is opened, drops it when the session locks and loads it
again on unlocking. What the person may not do is disabled, with the core's reason as the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import Lang
from ui import theme
from ui.actions.changes import Changed
from ui.operations import Runner
from ui.prefs import PrefsStore
from ui.session import Session
from ui.settings.accounts import AccountsSection
from ui.settings.appearance import AppearanceSection
from ui.settings.backup import BackupSection
from ui.settings.images import ImagesSection
from ui.settings.rules import RulesSection
from ui.settings.section import Section
from ui.settings.signers import SignersSection
from ui.settings.signing import SigningSection
from ui.settings.signing_prefs import SigningPrefsStore
from ui.settings.unit import UnitSection

NAV_STYLE = f"""
QListWidget#settingsNav {{
    background: transparent;
    border: none;
    border-right: 1px solid #e2dcd3;
    outline: 0;
}}
QListWidget#settingsNav::item {{
    padding: 0.45em 0.9em;
    margin: 1px 8px 1px 0;
    border-radius: 5px;
    color: #2b2b2b;
}}
QListWidget#settingsNav::item:selected {{
    background: #efe6e0;
    color: {theme.ACCENT};
    font-weight: bold;
}}
QListWidget#settingsNav::item:hover:!selected {{ background: #f3efe9; }}
"""


class SettingsPage(QWidget):
    open_vault_requested = Signal(object)  # Path: a restored vault to sign in to (the app ends this session)

    def __init__(
        self,
        session: Session,
        runner: Runner,
        lang: Lang,
        *,
        prefs: PrefsStore | None = None,
        signing_prefs: SigningPrefsStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.unit = UnitSection(session, runner, lang)
        self.signers = SignersSection(session, runner, lang)
        self.rules = RulesSection(session, runner, lang)
        self.images = ImagesSection(session, runner, lang)
        self.signing = SigningSection(session, runner, lang, signing_prefs)
        self.accounts = AccountsSection(session, runner, lang)
        self.appearance = AppearanceSection(session, runner, lang, prefs)
        self.backup = BackupSection(session, runner, lang)
        self.sections: list[Section] = [
            self.unit,
            self.signers,
            self.rules,
            self.images,
            self.signing,
            self.accounts,
            self.appearance,
            self.backup,
        ]

        title = QLabel(self.tr("Cài đặt"))
        title.setFont(theme.scaled_font(title, 1.5, bold=True))
        self.nav = QListWidget()
        self.nav.setObjectName("settingsNav")
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setAccessibleName(self.tr("Các mục cài đặt"))
        self.stack = QStackedWidget()
        for section in self.sections:
            QListWidgetItem(section.title, self.nav)
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(18, 0, 4, 0)
            holder_layout.addWidget(section)
            if section.scrolls_itself:
                self.stack.addWidget(holder)
                continue
            scroll = QScrollArea()  # large text or a small screen: the page scrolls rather than clips
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(holder)
            self.stack.addWidget(scroll)
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0) + 36, self.fontMetrics().averageCharWidth() * 24))

        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(body, 1)

        self.nav.currentRowChanged.connect(self._show_row)
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)
        runner.changed.connect(self._changed)
        self.backup.open_vault_requested.connect(self.open_vault_requested)
        self.nav.setCurrentRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.current_section().activate()

    def current_section(self) -> Section:
        return self.sections[max(self.nav.currentRow(), 0)]

    def show_section(self, section: Section) -> None:
        self.nav.setCurrentRow(self.sections.index(section))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if self.isVisible():
            self.sections[row].activate()

    def _locked(self) -> None:
        for section in self.sections:
            section.forget()

    def _unlocked(self) -> None:
        for section in self.sections:
            section.unlocked()

    def _changed(self, change: Changed) -> None:
        for section in self.sections:
            section.react(change)
