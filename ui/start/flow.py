"""Which window is on screen: the first-run wizard, the unlock window, the main window — and moving between them.

Decides at start (a vault named on the command line, else the last one used on this PC, else the wizard),
remembers the last vault and username in the PC's small preferences file, applies the vault's text size,
language and auto-lock time when a session starts, and ends the session on logout or quit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QWidget

from handbook.i18n import Lang, parse_lang
from ui import theme
from ui.actions.start import CreatedVault, SessionSettings, looks_like_vault, session_settings
from ui.operations import Executor, Progress, Runner
from ui.prefs import PrefsStore
from ui.session import Session
from ui.start.unlock import UnlockWindow
from ui.translations import Translations
from ui.widgets.dialogs import Dialogs
from ui.widgets.fit import center_on_screen

if TYPE_CHECKING:  # the wizard and the main window are imported when first shown: a fast start to unlocking
    from handbook.vault import kdf
    from handbook.vault.vault import Vault
    from ui.start.wizard import StartChoice


@dataclass(frozen=True)
class StartOptions:
    kdf_params: kdf.KdfParams | None  # None: calibrate on this PC; tests pass kdf.TEST_ONLY explicitly
    home: Path  # where new vaults go by default
    demo_path: Path
    demo_password: str
    language_forced: bool = False  # --lang or HANDBOOK_LANG: the vault's setting does not override it
    autolock_ms: int | None = None  # None: the vault's setting


class StartFlow(QObject):
    def __init__(
        self,
        app: QApplication,
        translations: Translations,
        prefs: PrefsStore,
        dialogs: Dialogs,
        executor: Executor,
        options: StartOptions,
    ) -> None:
        super().__init__()
        self._app = app
        self._translations = translations
        self._prefs = prefs
        self._options = options
        self.runner = Runner(executor, dialogs, translations.lang)
        self.window: QWidget | None = None
        self.session: Session | None = None

    @property
    def lang(self) -> Lang:
        return self._translations.lang

    # --- starting --------------------------------------------------------------------------------------

    def start(self, vault_path: Path | None = None) -> None:
        prefs = self._prefs.load()
        if vault_path is not None:
            if looks_like_vault(vault_path):
                self.show_unlock(vault_path)
                return
            self.show_wizard()
            self.runner.dialogs.error(
                self.window,
                QCoreApplication.translate("StartFlow", "Không tìm thấy kho dữ liệu tại {path}.").format(
                    path=str(vault_path)
                ),
            )
            return
        if prefs.last_vault and looks_like_vault(Path(prefs.last_vault)):
            self.show_unlock(Path(prefs.last_vault))
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        from ui.start.wizard import StartWizard

        wizard = StartWizard(
            self.runner,
            self.lang,
            kdf_params=self._options.kdf_params,
            default_base=self._options.home,
            demo_path=self._options.demo_path,
            demo_password=self._options.demo_password,
        )
        wizard.chosen.connect(self._chosen)
        wizard.language_requested.connect(lambda lang: self._switch_language(lang, self.show_wizard))
        self._replace_window(wizard)

    def show_unlock(self, path: Path) -> None:
        prefs = self._prefs.load()
        same = prefs.last_vault and Path(prefs.last_vault) == path
        window = UnlockWindow(
            path,
            self.runner,
            self.lang,
            username=prefs.last_username if same else "",
            note=self._demo_note() if path == self._options.demo_path else "",
        )
        window.panel.unlocked.connect(lambda vault: self._unlocked(path, vault))
        window.other_vault_requested.connect(self.show_wizard)
        window.vault_restored.connect(self.show_unlock)
        window.language_requested.connect(lambda lang: self._switch_language(lang, lambda: self.show_unlock(path)))
        self._replace_window(window)

    def _demo_note(self) -> str:
        return QCoreApplication.translate(
            "StartFlow",
            "Xã mẫu: tài khoản <b>truongban</b>, <b>photruongban</b> hoặc <b>chuyenvien</b>, "
            "mật khẩu <b>{password}</b>.",
        ).format(password=self._options.demo_password)

    def _chosen(self, choice: StartChoice) -> None:
        from ui.start.wizard import OpenExisting

        if isinstance(choice, CreatedVault):
            self._unlocked(choice.root, choice.vault)
        elif isinstance(choice, OpenExisting):
            self.show_unlock(choice.path)

    # --- a session -----------------------------------------------------------------------------------

    def _unlocked(self, path: Path, vault: Vault) -> None:
        self._prefs.update(last_vault=str(path), last_username=vault.actor.username)

        def work(_progress: Progress) -> SessionSettings:
            return session_settings(vault)

        def failed(_exc: object) -> bool:
            vault.close()
            return False

        self.runner.run(work, done=lambda s: self._open_main(path, vault, s), failed=failed, parent=self.window)

    def _open_main(self, path: Path, vault: Vault, settings: SessionSettings) -> None:
        if not self._options.language_forced and self._prefs.load().lang is None and settings.language != self.lang:
            self._translations.install(settings.language)
            self.runner.lang = self._translations.lang
        # The text size is this PC's choice (Cài đặt › Giao diện); the vault's value only fills it the first time.
        theme.set_text_scale(self._app, self._prefs.load().text_scale or settings.text_scale)
        from ui.main_window import MainWindow

        self.session = Session(path, vault)
        autolock = self._options.autolock_ms or settings.autolock_minutes * 60_000
        window = MainWindow(self.session, self.runner, self.lang, autolock_ms=autolock, title=settings.committee_name)
        window.logout_requested.connect(self.logout)
        window.open_vault_requested.connect(self._open_other_vault)
        self._replace_window(window)

    def _open_other_vault(self, path: Path) -> None:
        self.end_session()
        self.show_unlock(path)

    def logout(self) -> None:
        if self.session is None:
            return
        path = self.session.path
        self.end_session()
        self.show_unlock(path)

    def end_session(self) -> None:
        if self.session is not None:
            self.session.end()
            self.session = None

    def shutdown(self) -> None:
        """On quitting: close the vault (the key goes with it)."""
        self.end_session()

    # --- windows and language ------------------------------------------------------------------------

    def _replace_window(self, window: QWidget) -> None:
        old, self.window = self.window, window
        if old is not None and old.screen() is not None:
            window.setScreen(old.screen())
        center_on_screen(window)  # the new window opens whole on the screen, wherever the old one was
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def _switch_language(self, lang: str, rebuild: Callable[[], None]) -> None:
        self._translations.install(parse_lang(lang))
        self.runner.lang = self._translations.lang
        self._prefs.update(language=self._translations.lang)
        rebuild()
