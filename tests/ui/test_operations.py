"""The operations layer: work off the GUI thread, errors in one place, changes announced."""

from __future__ import annotations

import threading

import pytest

from handbook.errors import HandbookError, InputError
from handbook.members.model import MemberId
from tests.ui.conftest import FakeDialogs
from ui.actions.changes import MembersChanged
from ui.operations import (
    Cancelled,
    DeferredExecutor,
    InlineExecutor,
    Progress,
    Runner,
    SessionLocked,
    ThreadPoolExecutor,
    threads_are_safe,
)


@pytest.mark.skipif(not threads_are_safe(), reason="PySide6 6.12.0 on Python < 3.12 aborts with worker threads")
def test_work_runs_off_the_gui_thread_and_answers_on_it(app, qtbot) -> None:
    executor = ThreadPoolExecutor()
    runner = Runner(executor, FakeDialogs(), "vi")
    seen: dict[str, object] = {}
    gui = threading.get_ident()

    def work(progress: Progress) -> MembersChanged:
        seen["worker"] = threading.get_ident()
        progress.report(1, 2)
        return MembersChanged((MemberId(7),))

    def done(value: MembersChanged) -> None:
        seen["done"] = threading.get_ident()
        seen["value"] = value

    with qtbot.waitSignal(runner.changed) as changed:
        runner.run(work, done=done)
        assert runner.busy
    assert seen["worker"] != gui and seen["done"] == gui
    assert changed.args[0] == MembersChanged((MemberId(7),))
    qtbot.waitUntil(lambda: not runner.busy)
    assert executor.wait(1000)


def test_core_errors_become_one_message_in_the_users_language(app) -> None:
    dialogs = FakeDialogs()
    runner = Runner(InlineExecutor(), dialogs, "en")
    settled: list[str] = []

    def fail(_progress: Progress) -> None:
        raise InputError("vault.password_too_short", min=8)

    runner.run(fail, always=lambda: settled.append("always"))
    assert dialogs.errors == ["The password is too short. Use at least 8 characters (a memorable sentence is best)."]
    assert settled == ["always"]

    claimed: list[str] = []

    def claim(exc: HandbookError) -> bool:
        claimed.append(exc.render("vi"))
        return True

    runner.lang = "vi"
    runner.run(fail, failed=claim)
    assert claimed and claimed[0].startswith("Mật khẩu quá ngắn")
    assert len(dialogs.errors) == 1  # claimed errors are not shown twice


def test_cancelled_and_locked_work_says_nothing_and_surprises_say_something(app) -> None:
    dialogs = FakeDialogs()
    runner = Runner(InlineExecutor(), dialogs, "vi")

    def cancelled(_progress: Progress) -> None:
        raise Cancelled

    def locked(_progress: Progress) -> None:
        raise SessionLocked

    def broken(_progress: Progress) -> None:
        raise ZeroDivisionError("division by zero")

    runner.run(cancelled)
    runner.run(locked)
    assert dialogs.errors == []
    runner.run(broken)
    assert len(dialogs.errors) == 1
    assert "lỗi ngoài dự kiến" in dialogs.errors[0] and "ZeroDivisionError" in dialogs.errors[0]
    assert not runner.busy


def test_progress_can_be_cancelled() -> None:
    progress = Progress()
    progress.check()
    progress.cancel()
    assert progress.cancelled
    try:
        progress.check()
    except Cancelled:
        pass
    else:
        raise AssertionError("check() should raise once cancelled")


def test_the_fallback_runs_after_the_screen_updates(app, qtbot) -> None:
    runner = Runner(DeferredExecutor(), FakeDialogs(), "vi")
    order: list[str] = []
    runner.run(lambda _p: order.append("work"), done=lambda _v: order.append("done"))
    order.append("returned")
    qtbot.waitUntil(lambda: "done" in order)
    assert order == ["returned", "work", "done"]


def test_a_clash_in_the_database_is_a_sentence(app, runner, dialogs) -> None:
    from handbook.vault.sqlcipher import IntegrityError

    def work(_progress: object) -> None:
        raise IntegrityError("UNIQUE constraint failed: members.cccd")

    runner.run(work)
    assert dialogs.errors and "một cửa sổ khác" in dialogs.errors[-1]
