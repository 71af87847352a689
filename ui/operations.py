"""Running user actions: off the GUI thread, with progress, errors handled in one place, changes announced.

An action is a plain function (see ``ui.actions``). ``Runner.run`` hands it to an executor — a one-thread
``QThreadPool`` in the app (the vault has one connection, so its work is serial), ``InlineExecutor`` in tests —
and calls back on the GUI thread. A ``HandbookError`` becomes a message box in the user's language unless the
caller claims it (the unlock window shows a wrong password inline, the editor shows field problems). A value
that is a ``Changed`` is emitted on ``Runner.changed`` for every screen to react to.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from handbook.errors import HandbookError
from handbook.i18n import Lang, Message
from ui.actions.changes import Changed
from ui.widgets.dialogs import Dialogs

T = TypeVar("T")
log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The person cancelled a running action; nothing to report."""


class SessionLocked(Exception):
    """The vault was locked (closed) before the action could use it; the lock screen says so already."""


class Progress:
    """Handed to every action: report how far it got, and notice when the person cancels."""

    def __init__(self, on_report: Callable[[int, int], None] | None = None) -> None:
        self._on_report = on_report
        self._cancelled = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self._on_report is not None:
            self._on_report(done, total)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the person asked to stop (call between steps of long work)."""
        if self.cancelled:
            raise Cancelled


class Executor(Protocol):
    """Where actions run. ``on_ok`` / ``on_error`` and posted calls always run on the GUI thread."""

    def start(
        self, fn: Callable[[], T], on_ok: Callable[[T], None], on_error: Callable[[BaseException], None]
    ) -> None: ...

    def post(self, fn: Callable[[], None]) -> None: ...

    def wait(self, msecs: int = -1) -> bool: ...


class InlineExecutor:
    """Runs each action at once on the calling thread (tests: deterministic, no waiting)."""

    def start(self, fn: Callable[[], T], on_ok: Callable[[T], None], on_error: Callable[[BaseException], None]) -> None:
        try:
            value = fn()
        except BaseException as exc:  # every failure goes to the one handler
            on_error(exc)
            return
        on_ok(value)

    def post(self, fn: Callable[[], None]) -> None:
        fn()

    def wait(self, msecs: int = -1) -> bool:
        return True


class DeferredExecutor:
    """Runs each action on the GUI thread at the next turn of the event loop (after the screen shows that it
    started). The fallback where worker threads are unsafe (see ``threads_are_safe``): slow work then holds
    the window for its length, which is better than a crash."""

    def start(self, fn: Callable[[], T], on_ok: Callable[[T], None], on_error: Callable[[BaseException], None]) -> None:
        QTimer.singleShot(0, lambda: InlineExecutor().start(fn, on_ok, on_error))

    def post(self, fn: Callable[[], None]) -> None:
        fn()

    def wait(self, msecs: int = -1) -> bool:
        return True


def threads_are_safe() -> bool:
    """False for PySide6 6.12.0 on Python < 3.12.

    There, a call into Qt from the GUI thread while another thread runs Python corrupts the reference count
    of None/True/False and the process aborts ("Fatal Python error: none_dealloc") within seconds; reproduced
    with nothing but ``QLabel.setText`` in a loop against a Python thread. PySide6 6.11.3 does not do it
    (measured); from Python 3.12 those objects are immortal, so a miscount cannot free them (not measured).
    """
    import PySide6

    return not (PySide6.__version__.startswith("6.12.0") and sys.version_info < (3, 12))


def make_executor() -> Executor:
    """The app's executor: a worker thread, unless this PySide6 and Python cannot share threads safely."""
    if threads_are_safe():
        return ThreadPoolExecutor()
    log.warning("this PySide6 cannot share threads with Python %s: actions run on the GUI thread", sys.version)
    return DeferredExecutor()


class _Relay(QObject):
    """Lives on the GUI thread; worker threads send it closures to call there."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._call, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _call(self, fn: Callable[[], None]) -> None:
        fn()


class ThreadPoolExecutor:
    """One worker thread: the vault's single connection sees one action at a time, the GUI never waits."""

    def __init__(self) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._relay = _Relay()

    def start(self, fn: Callable[[], T], on_ok: Callable[[T], None], on_error: Callable[[BaseException], None]) -> None:
        relay = self._relay

        def work() -> None:
            try:
                value = fn()
            except BaseException as exc:  # handed to the GUI thread's handler
                error = exc
                relay.deliver.emit(lambda: on_error(error))
                return
            relay.deliver.emit(lambda: on_ok(value))

        self._pool.start(work)

    def post(self, fn: Callable[[], None]) -> None:
        self._relay.deliver.emit(fn)

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued work is done (on quitting, so nothing is cut off half-way)."""
        return self._pool.waitForDone(msecs)


class Runner(QObject):
    """Runs actions for the screens and handles what comes back."""

    changed = Signal(object)  # a ``Changed`` value
    busy_changed = Signal(bool)

    def __init__(self, executor: Executor, dialogs: Dialogs, lang: Lang) -> None:
        super().__init__()
        self._executor = executor
        self._dialogs = dialogs
        self.lang: Lang = lang
        self._running = 0

    @property
    def dialogs(self) -> Dialogs:
        return self._dialogs

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        fn: Callable[[Progress], T],
        *,
        done: Callable[[T], None] | None = None,
        failed: Callable[[HandbookError], bool] | None = None,
        always: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        progress: str | None = None,
    ) -> Progress:
        """Run ``fn`` off the GUI thread; then ``done(value)`` (or the error handling), then ``always()``.

        ``failed`` may claim a ``HandbookError`` by returning True (else it becomes a message box).
        ``progress`` is the label of a cancellable progress dialog shown when the work takes a while.
        """
        dialog = self._progress_dialog(parent, progress) if progress else None
        state = Progress(self._reporter(dialog) if dialog is not None else None)
        if dialog is not None:
            dialog.canceled.connect(state.cancel)
        self._set_running(+1)

        def finish() -> None:
            if dialog is not None:
                dialog.canceled.disconnect(state.cancel)
                dialog.reset()
                dialog.hide()
                dialog.deleteLater()
            self._set_running(-1)
            if always is not None:
                always()

        def ok(value: T) -> None:
            try:
                if done is not None:
                    done(value)
                if isinstance(value, Changed):
                    self.changed.emit(value)
            finally:
                finish()

        def error(exc: BaseException) -> None:
            try:
                self._handle(exc, failed, parent)
            finally:
                finish()

        self._executor.start(lambda: fn(state), ok, error)
        return state

    def post(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the GUI thread: from inside an action, to show part of its result before the rest."""
        self._executor.post(fn)

    def _handle(
        self, exc: BaseException, failed: Callable[[HandbookError], bool] | None, parent: QWidget | None
    ) -> None:
        """The one place errors of actions end up."""
        if isinstance(exc, Cancelled | SessionLocked):
            return
        if isinstance(exc, HandbookError):
            if failed is not None and failed(exc):
                return
            self._dialogs.error(parent, exc.render(self.lang))
            return
        from handbook.vault.db_errors import IntegrityError  # loaded here: the unlock window starts without it

        if isinstance(exc, IntegrityError):  # another window saved something clashing a moment ago
            self._dialogs.error(parent, Message("vault.conflict").render(self.lang))
            return
        if not isinstance(exc, Exception):
            raise exc  # KeyboardInterrupt, SystemExit
        log.error("unexpected error in an action", exc_info=exc)
        self._dialogs.error(
            parent,
            self.tr(
                "Đã xảy ra lỗi ngoài dự kiến, việc vừa làm chưa hoàn thành. Dữ liệu đã lưu trước đó không bị ảnh "
                "hưởng. Chi tiết kỹ thuật: {detail}"
            ).format(detail=f"{type(exc).__name__}: {exc}"),
        )

    def _set_running(self, delta: int) -> None:
        before = self.busy
        self._running += delta
        if self.busy != before:
            self.busy_changed.emit(self.busy)

    def _progress_dialog(self, parent: QWidget | None, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Hủy"), 0, 0, parent)
        dialog.setWindowTitle(self.tr("Đang làm việc"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(600)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog

    def _reporter(self, dialog: QProgressDialog) -> Callable[[int, int], None]:
        def report(done: int, total: int) -> None:
            def show() -> None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total > 0 else 0)

            self._executor.post(show)

        return report
