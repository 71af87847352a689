"""A member's lifecycle events (listed, added with partial dates) and their history from the audit log."""

from __future__ import annotations

from datetime import date

from handbook.dates import PartialDate
from handbook.members import repo
from handbook.members.model import EventKind, MemberId, Status
from handbook.orgs import repo as orgs
from handbook.vault.vault import Vault
from tests.ui.conftest import STAFF_PASSWORD, Commune, type_text
from ui.actions.changes import MembersChanged
from ui.actions.member_history import member_history
from ui.members.events import MemberEventsDialog, MemberEventsWidget
from ui.members.history import MemberHistoryDialog, MemberHistoryWidget, history_rows
from ui.operations import Runner
from ui.session import Session


def first_member(commune: Commune, name: str = "Lê Văn Cường") -> MemberId:
    return next(r.id for r in repo.list_members(commune.vault, statuses=None) if r.full_name == name)


def choose(widget: MemberEventsWidget, kind: EventKind) -> None:
    widget.kind.setCurrentIndex(widget.kind.findData(kind.value))


def test_events_are_listed_and_added(app, commune: Commune, session, runner: Runner, qtbot, dialogs) -> None:
    member_id = first_member(commune)
    repo.add_event(commune.vault, member_id, EventKind.TRANSFER_IN, PartialDate(2015, 3), decision_no="12-QĐ/ĐU")
    widget = MemberEventsWidget(member_id, session, runner, "vi")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    assert [widget.model.data(widget.model.index(0, c)) for c in range(3)] == [
        "03/2015",
        "Chuyển sinh hoạt đến",
        "12-QĐ/ĐU",
    ]
    assert not widget.add_button.isEnabled()  # a date is needed first

    choose(widget, EventKind.BADGE)
    assert "tuổi Đảng" in widget.detail.placeholderText()
    type_text(widget.date, "2024")  # a year alone is enough
    type_text(widget.detail, "30")
    with qtbot.waitSignal(runner.changed) as changed:
        widget.add_button.click()
    assert isinstance(changed.args[0], MembersChanged) and member_id in changed.args[0].ids
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    assert widget.model.data(widget.model.index(1, 1)) == "Tặng Huy hiệu Đảng"
    assert widget.model.data(widget.model.index(1, 0)) == "2024"
    assert widget.date.text() == ""

    choose(widget, EventKind.SUSPENDED)
    type_text(widget.date, "31/02/2025")  # no such day: the core's sentence, nothing saved
    widget.add_button.click()
    assert widget.message.isVisible() and "không có thật" in widget.message.text()
    assert len(repo.list_events(commune.vault, member_id)) == 2

    widget.date.clear()
    choose(widget, EventKind.DIED)
    type_text(widget.date, "05/2025")
    dialogs.answers = [False]  # ending events ask first
    widget.add_button.click()
    assert "Lê Văn Cường" in dialogs.questions[-1]
    assert len(repo.list_events(commune.vault, member_id)) == 2
    dialogs.answers = [True]
    widget.add_button.click()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    assert repo.get_member(commune.vault, member_id).status is Status.DIED
    assert dialogs.errors == []


def test_history_shows_who_changed_what(app, commune: Commune, session, runner: Runner, qtbot) -> None:
    member_id = first_member(commune)
    member = repo.get_member(commune.vault, member_id)
    repo.update_member(
        commune.vault, member_id, member.data.with_changes(phone="0912345678", workplace="Trường Tiểu học Tân An")
    )
    repo.add_event(commune.vault, member_id, EventKind.EXEMPTED, PartialDate(2024, 9, 1), detail="Đi học")
    orgs.assign(commune.vault, member_id, commune.cells["Thôn Đông"], date(2025, 1, 1), reason="Chuyển nơi ở")

    widget = MemberHistoryWidget(member_id, session, runner, "vi")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    model = widget.model
    table = [[model.data(model.index(r, c)) for c in range(6)] for r in range(model.rowCount())]
    by_field: dict[str, list[str]] = {}
    for row in table:
        by_field.setdefault(row[3], row)  # the newest change of each field
    assert by_field["Điện thoại"][4:] == ["—", "0912345678"]
    assert by_field["Nơi làm việc"][5] == "Trường Tiểu học Tân An"
    assert by_field["Chi bộ"][4:] == ["Chi bộ thôn Đoài", "Chi bộ thôn Đông"]
    assert by_field["Sự kiện"][5] == "Miễn sinh hoạt, 01/09/2024: Đi học"
    newest = table[0]  # newest first: the cell assignment
    assert newest[2] == "Xếp chi bộ" and newest[1] == "Nguyễn Thị Hoà (truongban)"
    assert newest[0].count("/") == 2
    operations = [row[2] for row in table if row[2]]
    assert operations == ["Xếp chi bộ", "Ghi sự kiện", "Sửa hồ sơ", "Xếp chi bộ", "Thêm hồ sơ"]
    assert "5 lần thay đổi" in widget.summary.text()

    with qtbot.waitSignal(runner.changed):  # a new change shows at once
        events = MemberEventsWidget(member_id, session, runner, "vi")
        qtbot.addWidget(events)
        events.show()
        type_text(events.date, "2025")
        events.add_button.click()
    qtbot.waitUntil(lambda: model.data(model.index(0, 2)) == "Ghi sự kiện")


def test_staff_see_why_the_history_is_hidden(app, commune: Commune, runner: Runner, qtbot) -> None:
    vault = Vault.open(commune.root, username="chuyenvien", password=STAFF_PASSWORD)
    session = Session(commune.root, vault)
    try:
        widget = MemberHistoryWidget(first_member(commune), session, runner, "vi")
        qtbot.addWidget(widget)
        widget.show()
        assert widget.refused.isVisible() and not widget.table.isVisible()
        assert "Chuyên viên" in widget.refused.text() and "nhật ký" in widget.refused.text()
        assert widget.model.rowCount() == 0
        events = MemberEventsWidget(first_member(commune), session, runner, "vi")  # staff may add events
        qtbot.addWidget(events)
        events.show()
        assert events.form_box.isEnabled()
    finally:
        session.end()


def test_a_viewer_cannot_add_events(app, commune: Commune, runner: Runner, qtbot) -> None:
    vault = Vault.open(commune.root, username="thanhtra", password=STAFF_PASSWORD)
    session = Session(commune.root, vault)
    try:
        events = MemberEventsWidget(first_member(commune), session, runner, "vi")
        qtbot.addWidget(events)
        events.show()
        assert not events.form_box.isEnabled() and "Người xem" in events.form_box.toolTip()
        history = MemberHistoryWidget(first_member(commune), session, runner, "vi")  # a viewer may read the log
        qtbot.addWidget(history)
        history.show()
        qtbot.waitUntil(lambda: history.model.rowCount() > 0)
    finally:
        session.end()


def test_dialogs_and_models(app, commune: Commune, session, runner: Runner, qtbot, qtmodeltester) -> None:
    member_id = first_member(commune)
    repo.add_event(commune.vault, member_id, EventKind.BADGE, PartialDate(2020), detail="30")
    events = MemberEventsDialog(member_id, "Lê Văn Cường", session, runner, "vi")
    qtbot.addWidget(events)
    events.show()
    qtbot.waitUntil(lambda: events.events.model.rowCount() == 1)
    assert events.windowTitle().endswith("Lê Văn Cường")
    qtmodeltester.check(events.events.model)
    history = MemberHistoryDialog(member_id, "Lê Văn Cường", session, runner, "vi")
    qtbot.addWidget(history)
    history.show()
    qtbot.waitUntil(lambda: history.history.model.rowCount() > 0)
    qtmodeltester.check(history.history.model)
    rows = history_rows(member_history(commune.vault, member_id))
    assert rows[0].first and rows[0].entry.operation == "members.event"


def test_locking_forgets_the_rows(app, commune: Commune, session: Session, runner: Runner, qtbot) -> None:
    widget = MemberHistoryWidget(first_member(commune), session, runner, "vi")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    session.lock()
    assert widget.model.rowCount() == 0


def test_record_buttons_for_the_editor(app, commune: Commune, session, runner: Runner, qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QWidget

    from ui.members.events import add_record_buttons

    host = QWidget()
    qtbot.addWidget(host)
    box = QDialogButtonBox()
    member_id = first_member(commune)
    events, history = add_record_buttons(box, member_id, "Lê Văn Cường", session, runner, "vi", host)
    assert events.text() == "Quá trình…" and history.text() == "Lịch sử thay đổi…"
    events.click()
    history.click()
    shown = [w for w in host.findChildren(MemberEventsDialog) + host.findChildren(MemberHistoryDialog)]
    assert len(shown) == 2 and all(w.isVisible() for w in shown)
    for dialog in shown:
        dialog.close()


def test_an_imported_member_s_history_names_the_cell_the_import_put_them_in(
    app, commune: Commune, session, runner: Runner, qtbot, tmp_path
) -> None:
    from handbook.spreadsheet.importer import import_members
    from tests.spreadsheet.sheets import HEADER, write_xlsx

    row = [1, "Đinh Văn Toàn", "02/09/1970", "Nam", "", "", "", "Chi bộ thôn Đoài"]
    result = import_members(commune.vault, write_xlsx(tmp_path / "ds.xlsx", [["DANH SÁCH"], HEADER, row]))
    assert result.committed and result.created == 1
    widget = MemberHistoryWidget(first_member(commune, "Đinh Văn Toàn"), session, runner, "vi")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    model = widget.model
    table = [[model.data(model.index(r, c)) for c in range(6)] for r in range(model.rowCount())]
    assert [row[2] for row in table if row[2]] == ["Thêm hồ sơ"]  # one entry: the record and its cell
    by_field = {row[3]: row[5] for row in table}
    assert by_field["Tên"] == "Toàn" and by_field["Chi bộ"] == "Chi bộ thôn Đoài"
    assert by_field["Từ ngày"] == date.today().strftime("%d/%m/%Y") and "ds.xlsx" in by_field["Lý do"]
