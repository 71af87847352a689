"""The unlocked vault with the person acting, locking (the key dropped) and unlocking, and the idle timer.

The vault is used by actions on the worker thread and locked from the GUI thread. ``use()`` holds a lock for
the length of one action; ``lock()`` never waits for it: if an action is running, the vault is closed the
moment that action lets go of it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from handbook.i18n import Message
from handbook.permissions import Actor
from ui.operations import SessionLocked

if TYPE_CHECKING:
    from handbook.vault.vault import Vault


class Session(QObject):
    """One person's work on one vault, from unlocking to closing the window."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, path: Path, vault: Vault) -> None:
        super().__init__()
        self.path = path
        self.actor: Actor = vault.actor
        self.warnings: list[Message] = list(vault.warnings)  # what the last unlock said (the window shows it)
        self._vault: Vault | None = vault
        self._use = threading.Lock()
        self._close_pending: Vault | None = None
        self._ended = False
        # How a vault no longer in use is closed; ui.backups.scheduler makes it "back up if changed, then close".
        self.on_close: Callable[[Vault], None] = lambda vault: vault.close()

    @property
    def is_locked(self) -> bool:
        return self._vault is None

    @contextmanager
    def use(self) -> Iterator[Vault]:
        """The open vault for the length of one action (raises ``SessionLocked`` when locked)."""
        with self._use:
            vault = self._vault
            if vault is None:
                raise SessionLocked
            try:
                vault.follow_rekey()  # another window may have re-keyed the database since the last action
                yield vault
            finally:
                pending, self._close_pending = self._close_pending, None
                if pending is not None:
                    self.on_close(pending)

    def lock(self) -> None:
        """Drop the key now (or as soon as the running action finishes) and tell the screens to hide data."""
        if self._vault is None:
            return
        vault, self._vault = self._vault, None
        self._close(vault)
        self.locked.emit()

    def resume(self, vault: Vault) -> None:
        """Unlocked again (by the same person): screens reload what they showed."""
        if self._ended:
            vault.close()
            return
        if self._vault is not None:
            self._close(self._vault)
        self._vault = vault
        self.actor = vault.actor
        self.warnings = list(vault.warnings)
        self.unlocked.emit()

    def end(self) -> None:
        """Close for good (logging out, quitting)."""
        self._ended = True
        if self._vault is not None:
            vault, self._vault = self._vault, None
            self._close(vault)

    def _close(self, vault: Vault) -> None:
        if self._use.acquire(blocking=False):
            try:
                self.on_close(vault)
            finally:
                self._use.release()
        else:
            self._close_pending = vault


INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
        QEvent.Type.WindowActivate,  # coming back to the window (or its first showing) counts as use
    }
)


LOCK_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)


class IdleWatcher(QObject):
    """Locks the session after ``timeout_ms`` without keyboard or mouse input anywhere in the app, and on
    Ctrl+L from any window — a dialog included (Qt does not fire a window's shortcuts while a dialog blocks it).
    """

    def __init__(self, session: Session, timeout_ms: int, check_ms: int = 5_000) -> None:
        super().__init__()
        self._session = session
        self._timeout_ms = timeout_ms
        self._since_input = QElapsedTimer()
        self._since_input.start()
        self._check = QTimer(self)
        self._check.setInterval(min(check_ms, max(timeout_ms // 2, 10)))
        self._check.timeout.connect(self._tick)

    def start(self) -> None:
        self._since_input.restart()
        self._check.start()

    def stop(self) -> None:
        self._check.stop()

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            self._since_input.restart()
        if (
            kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.keyCombination() == LOCK_KEYS
            and not self._session.is_locked
        ):
            event.accept()
            self._session.lock()
            return True
        return False

    def _tick(self) -> None:
        if self._session.is_locked:
            return
        if self._since_input.elapsed() >= self._timeout_ms:
            self._session.lock()
