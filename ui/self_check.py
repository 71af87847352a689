"""The scripted tour behind ``--self-check-tour``: unlock, open every main screen, quit (smoke test, frozen build).

The password comes from ``HANDBOOK_PASSWORD`` and the account from ``HANDBOOK_USER`` (default ``truongban``), never
from the command line. Each step prints one ``tour:`` line; any exception raised in a slot is printed and makes the
exit code 1, so a caller can tell a clean tour from one that only looked clean.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

STEP_MS = 150
SCREEN_MS = 600
TIMEOUT_S = 120.0


def _say(text: str) -> None:
    print(f"tour: {text}", flush=True)


class Tour(QObject):
    """Waits for the unlock window, unlocks, shows each screen of the sidebar in turn, then closes the window."""

    def __init__(self, app: QApplication, window_of: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self._app = app
        self._window_of = window_of
        self._username = os.environ.get("HANDBOOK_USER") or "truongban"
        self._password = os.environ.get("HANDBOOK_PASSWORD", "")
        self._started = time.monotonic()
        self._screen = -1
        self._unlock_sent = False
        self.failures: list[str] = []
        self.finished = False
        self._previous_hook = sys.excepthook
        sys.excepthook = self._on_exception

    def start(self) -> None:
        QTimer.singleShot(0, self._step)

    def _on_exception(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(text)
        self.failures.append(f"{kind.__name__}: {value}")

    def _later(self, ms: int) -> None:
        if time.monotonic() - self._started > TIMEOUT_S:
            self._finish(f"timed out after {TIMEOUT_S:.0f} s")
            return
        QTimer.singleShot(ms, self._step)

    def _step(self) -> None:
        from ui.main_window import MainWindow
        from ui.start.unlock import UnlockWindow

        window = self._window_of()
        if isinstance(window, UnlockWindow) and window.isVisible():
            if not self._unlock_sent:
                _say("unlock window shown")
                window.panel.username.setText(self._username)
                window.panel.password.setText(self._password)
                window.panel.try_unlock()
                self._unlock_sent = True
            self._later(STEP_MS)
            return
        if isinstance(window, MainWindow) and window.isVisible():
            self._tour_main(window)
            return
        self._later(STEP_MS)

    def _tour_main(self, window: QWidget) -> None:
        from ui.main_window import MainWindow

        assert isinstance(window, MainWindow)
        count = window.sidebar.count()
        if self._screen < 0:
            _say(f"main window shown as {self._username}, {count} screens")
        else:
            shown = window.current_screen()
            visible = shown is not None and shown.isVisible()
            _say(f"screen {self._screen + 1}/{count} {window.sidebar.item(self._screen).text()} shown={visible}")
            if not visible:
                self.failures.append(f"screen {self._screen + 1} not shown")
        self._screen += 1
        if self._screen < count:
            window.show_screen(self._screen)
            self._later(SCREEN_MS)
            return
        window.close()
        _say("main window closed")
        self._finish(None)

    def _finish(self, problem: str | None) -> None:
        if problem:
            self.failures.append(problem)
        self.finished = True
        sys.excepthook = self._previous_hook
        _say("done" if not self.failures else "failed: " + "; ".join(self.failures))
        self._app.exit(0 if not self.failures else 1)
