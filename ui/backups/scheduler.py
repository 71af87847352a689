"""When the desktop app backs up: on lock and on closing after changes, and at least daily while open.

The session hands a vault it no longer uses to ``close_vault`` (no action holds it, so no write is
half-done); the backup then runs through the runner, off the GUI thread, and the vault is closed
after it. A failure is a sentence in the status bar and on Tổng quan; the hourly tick retries it.
The start-up ``check`` (at most once a day) runs from here as well.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from handbook.backups import automatic, health
from handbook.errors import HandbookError
from handbook.i18n import Lang, Message
from handbook.vault.vault import Vault
from ui.operations import Progress, Runner
from ui.session import Session

TICK_MS = 60 * 60 * 1000


def back_up_and_close(vault: Vault, clock: Callable[[], datetime]) -> automatic.Outcome:
    try:
        return automatic.back_up(vault, clock=clock)
    finally:
        vault.close()


class BackupScheduler(QObject):
    finished = Signal(object)  # an automatic.Outcome
    checked = Signal(bool)  # the daily check passed

    def __init__(
        self,
        session: Session,
        runner: Runner,
        lang: Lang,
        status: QStatusBar | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__()
        self._session = session
        self._runner = runner
        self._lang = lang
        self._status = status
        self._clock = clock
        session.on_close = self.close_vault
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.finished.connect(self._show)

    def close_vault(self, vault: Vault) -> None:
        clock = self._clock
        self._runner.run(lambda _p: back_up_and_close(vault, clock), done=self.finished.emit, failed=self._failed)

    def tick(self) -> None:
        """Back up if the vault has changes and the last backup is older than the policy's interval."""
        if self._session.is_locked:
            return
        session, clock = self._session, self._clock

        def work(_progress: Progress) -> automatic.Outcome:
            with session.use() as vault:
                if not automatic.due(vault, clock()):
                    return automatic.Outcome(skipped=True)
                return automatic.back_up(vault, clock=clock)

        self._runner.run(work, done=self.finished.emit, failed=self._failed)

    def start_up(self) -> None:
        """The daily check, then a backup if one is due."""
        if self._session.is_locked:
            return
        session, clock = self._session, self._clock

        def work(_progress: Progress) -> bool | None:
            with session.use() as vault:
                report = health.daily_check(vault, clock())
            return None if report is None else report.ok

        def done(ok: bool | None) -> None:
            if ok is not None:
                self.checked.emit(ok)
                if not ok:
                    self._say(Message("health.check_failed").render(self._lang))
            self.tick()

        self._runner.run(work, done=done, failed=self._failed)

    def _failed(self, exc: HandbookError) -> bool:
        self._say(exc.render(self._lang))
        return True

    def _show(self, outcome: automatic.Outcome) -> None:
        if outcome.problems:
            self._say(" ".join(p.render(self._lang) for p in outcome.problems))

    def _say(self, text: str) -> None:
        if self._status is None:
            return
        with contextlib.suppress(RuntimeError):  # the window is already gone (the app is quitting)
            self._status.showMessage(text)
