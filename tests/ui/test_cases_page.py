"""Nhận xét & xác nhận: opening the year, typing in sheets by keyboard (all or nothing), confirming as head
(and being refused as staff), sending back with a reason, and the request of a case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from handbook.flow import cases as fc
from handbook.flow.model import Case, CaseId, CaseState, Category, Channel, ResidenceKind
from handbook.flow.registrations import register
from handbook.members import repo
from handbook.orgs import repo as orgs
from handbook.orgs.model import ExternalOrgId
from handbook.permissions import Role
from handbook.vault import users
from handbook.vault.vault import Vault
from tests.forms.pdftools import pdf_text
from tests.ui.conftest import STAFF_PASSWORD, Commune, make_member, press, type_text
from ui.cases import preview
from ui.cases.batch_entry import BatchEntryDialog, RatingRow
from ui.cases.page import REVIEW_TAB, CasesPage
from ui.cases.request_dialog import RequestDialog
from ui.cases.small_dialogs import ReturnReasonDialog
from ui.cases.table_model import CaseColumn
from ui.operations import InlineExecutor, Runner
from ui.session import Session

YEAR = date.today().year
SCHOOL_MEMBERS = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Đức")


@dataclass
class Flow:
    commune: Commune
    school: ExternalOrgId
    hospital: ExternalOrgId

    @property
    def vault(self) -> Vault:
        return self.commune.vault

    def cases(self, state: CaseState | None = None) -> list[Case]:
        return fc.list_cases(self.vault, YEAR, states=(state,) if state else None)

    def case_of(self, name: str) -> Case:
        return next(c for c in self.cases() if c.member_name == name)


def register_members(commune: Commune) -> Flow:
    """Every member of the small commune registered as working elsewhere (the vault is cheap: see conftest)."""
    vault = commune.vault
    school = orgs.add_external_org(vault, "Đảng ủy Trường Trung học phổ thông Tân An")
    hospital = orgs.add_external_org(vault, "Đảng ủy Bệnh viện Đa khoa tỉnh")
    cell_of = {"Thôn Đông": commune.cells["Thôn Đông"], "Thôn Đoài": commune.cells["Thôn Đoài"]}
    for n, row in enumerate(repo.list_members(vault, limit=100, offset=0)):
        register(
            vault,
            row.id,
            workplace_org_id=school if row.full_name in SCHOOL_MEMBERS else hospital,
            letter_no=f"{10 + n}-GT/ĐU",
            letter_date=date(2024, 3, 1),
            received_date=date(2024, 3, 5),
            residence_kind=ResidenceKind.PERMANENT,
            residence_address="Thôn Đông" if row.cell_id == cell_of["Thôn Đông"] else "Thôn Đoài",
            cell_id=row.cell_id,  # type: ignore[arg-type]
            category=Category.NORMAL,
        )
    return Flow(commune, school, hospital)


@pytest.fixture
def flow(commune: Commune) -> Flow:
    return register_members(commune)


@pytest.fixture
def opened(flow: Flow) -> Flow:
    fc.open_year(flow.vault, YEAR)
    return flow


def comment(flow: Flow, names: list[str], ratings: tuple[int, ...] = (0, 1, 0, 1, 0, 1)) -> list[CaseId]:
    ids = [flow.case_of(n).id for n in names]
    fc.record_comments(
        flow.vault,
        [fc.CommentEntry(i, ratings, "", date.today(), 0, "Phạm Văn Bí") for i in ids],
    )
    return ids


def make_page(session: Session, runner: Runner, qtbot) -> CasesPage:
    page = CasesPage(session, runner, "vi")
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None)
    return page


def as_user(commune: Commune, username: str) -> Session:
    return Session(commune.root, Vault.open(commune.root, username=username, password=STAFF_PASSWORD))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def keys(text: str) -> None:
    """Press keys on whatever has the focus now (the focus moves as the sheet is typed)."""
    for ch in text:
        press(focused(), Qt.Key(ord(ch)))


def open_batch(page: CasesPage, qtbot, cell=None) -> BatchEntryDialog:
    with qtbot.waitSignal(page.batch_opened) as opened:
        page.open_batch(cell)
    dialog: BatchEntryDialog = opened.args[0]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


# --- the year ------------------------------------------------------------------------------------------------


def test_open_the_year_with_the_result_sentence(app, flow: Flow, session, runner, qtbot, dialogs) -> None:
    page = make_page(session, runner, qtbot)
    assert page.data is not None and page.data.year == YEAR
    assert page.cases.stack.currentWidget() is page.cases.empty
    assert f"Năm {YEAR} chưa có phiếu nhận xét" in page.cases.empty.text()
    button = page.cases.open_year_button
    assert button.text() == f"Mở đợt nhận xét năm {YEAR}" and button.isEnabled()

    with qtbot.waitSignal(runner.changed):
        button.click()
    assert dialogs.infos == [
        f"Năm {YEAR}: đã tạo 8 phiếu mới; 0 phiếu đã có từ trước; "
        "0 đảng viên miễn sinh hoạt chỉ có phiếu khi được đề nghị."
    ]
    assert page.status_label.text() == dialogs.infos[0]
    qtbot.waitUntil(lambda: page.cases.model.rowCount() == 8)
    assert page.cases.states.item(1).text() == "Chờ chi bộ nhận xét (8)"
    assert page.cases.states.item(0).text() == "Tất cả (8)"
    assert page.year.currentText() == str(YEAR)
    assert dialogs.errors == []


def test_filters_by_state_cell_and_name(app, opened: Flow, session, runner, qtbot) -> None:
    comment(opened, ["Nguyễn Văn An", "Lê Văn Cường"])
    page = make_page(session, runner, qtbot)
    assert page.cases.model.rowCount() == 8
    page.cases.set_state(CaseState.COMMENTED)
    assert page.cases.model.rowCount() == 2
    assert page.tabs.tabText(REVIEW_TAB) == "Xác nhận (2)"
    page.cases.set_state(None)
    page.cases.cell_filter.setCurrentIndex(page.cases.cell_filter.findText("Chi bộ thôn Đoài"))
    assert page.cases.model.rowCount() == 4
    type_text(page.cases.search, "hoa")  # no tones: finds "Hoà"
    qtbot.waitUntil(lambda: page.cases.model.rowCount() == 1)
    assert page.cases.model.data(page.cases.model.index(0, CaseColumn.NAME)) == "Nguyễn Thị Hoà"
    assert page.cases.search.text() == "hoa"
    assert page.cases.count_label.text() == "1 phiếu"


# --- typing in the sheets ----------------------------------------------------------------------------------


def test_a_click_on_the_sheet_gives_the_keys_back_to_the_criteria(app, opened: Flow, session, runner, qtbot) -> None:
    page = make_page(session, runner, qtbot)
    dialog = open_batch(page, qtbot, opened.commune.cells["Thôn Đông"])
    dialog.list.setFocus()
    assert dialog.keys_hint.isVisible()  # on the list, 1, 2, 3 do not rate: the dialog says so
    qtbot.mouseClick(dialog.form.name, Qt.MouseButton.LeftButton)  # the member's name heading
    assert isinstance(focused(), RatingRow) and focused() is dialog.form.rows[0]
    assert not dialog.keys_hint.isVisible()
    keys("1")
    assert dialog.form.rows[0].value() == 0


def test_enter_three_sheets_by_keyboard_and_save(app, opened: Flow, session, runner, qtbot, dialogs) -> None:
    page = make_page(session, runner, qtbot)
    dialog = open_batch(page, qtbot, opened.commune.cells["Thôn Đông"])
    assert [c.member_name for c in dialog._visible] == [
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Hoàng Văn Đức",
        "Vũ Đình Khánh",
    ]
    assert dialog.current is not None and dialog.current.member_name == "Nguyễn Văn An"
    assert isinstance(focused(), RatingRow) and focused() is dialog.form.rows[0]

    # The first sheet: the cell's meeting and secretary once, then the six choices, then Enter.
    dialog.form.meeting.setText(date.today().strftime("%d/%m/%Y"))
    dialog.form.signer_choice.setCurrentIndex(1)  # T/M CHI BỘ
    dialog.form.signer_name.setText("Phạm Văn Bí")
    dialog.form.rows[0].setFocus()
    keys("123123")
    assert focused() is dialog.form.other  # after the last criterion: "Ý kiến khác"
    type_text(dialog.form.other, "Gương mẫu")
    press(focused(), Qt.Key.Key_Return)
    assert dialog.current is not None and dialog.current.member_name == "Trần Thị Bình"
    assert focused() is dialog.form.rows[0]
    # The meeting date, the signature form and the secretary come from the previous sheet of the cell.
    assert dialog.form.signer_name.text() == "Phạm Văn Bí"
    assert dialog.form.signer_choice.currentIndex() == 1

    keys("111111")
    press(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter in the comment too
    keys("3")
    press(focused(), Qt.Key.Key_Right)  # arrows choose too: the first label…
    press(focused(), Qt.Key.Key_Right)  # …then the second
    press(focused(), Qt.Key.Key_Down)
    keys("2222")
    assert "đã nhập 3 phiếu" in dialog.progress.text()
    assert dialog.save_button.text() == "Lưu 3 phiếu (Ctrl+S)"
    with qtbot.waitSignal(runner.changed):
        press(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert dialogs.errors == []

    an = opened.case_of("Nguyễn Văn An")
    assert an.state is CaseState.COMMENTED and an.ratings == (0, 1, 2, 0, 1, 2)
    assert an.other_comment == "Gương mẫu" and an.cell_signer_lines == ("T/M CHI BỘ", "BÍ THƯ")
    assert opened.case_of("Trần Thị Bình").ratings == (0, 0, 0, 0, 0, 0)
    assert opened.case_of("Trần Thị Bình").other_comment == ""
    duc = opened.case_of("Hoàng Văn Đức")
    assert duc.ratings == (2, 1, 1, 1, 1, 1) and duc.cell_signer_name == "Phạm Văn Bí"
    assert duc.cell_meeting_date == date.today()
    assert opened.case_of("Vũ Đình Khánh").state is CaseState.REQUESTED  # not typed: not saved
    qtbot.waitUntil(lambda: page.tabs.tabText(REVIEW_TAB) == "Xác nhận (3)")
    assert "Đã lưu 3 phiếu nhận xét" in page.status_label.text()


def test_a_batch_with_a_missing_choice_is_refused_and_nothing_saved(
    app, opened: Flow, session, runner, qtbot, dialogs
) -> None:
    page = make_page(session, runner, qtbot)
    dialog = open_batch(page, qtbot, opened.commune.cells["Thôn Đoài"])
    dialog.form.signer_name.setText("Đỗ Thị Thư")
    dialog.form.rows[0].setFocus()
    keys("111111")
    press(focused(), Qt.Key.Key_Return)
    second = dialog.current
    assert second is not None
    keys("1111")  # two criteria left without a choice
    press(focused(), Qt.Key.Key_Down)
    press(focused(), Qt.Key.Key_Return)
    third = dialog.current
    keys("222222")
    assert "1 phiếu còn thiếu" in dialog.progress.text()

    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert f"(phiếu 2) của {second.member_name}" in dialog.problem_label.text()
    assert dialog.current is not None and dialog.current.id == second.id  # the sheet named is shown
    assert [bool(row.property("missing")) for row in dialog.form.rows] == [False] * 4 + [True] * 2
    assert all(c.state is CaseState.REQUESTED for c in opened.cases())  # all or nothing
    assert dialogs.errors == []  # said in the dialog, not in a box

    keys("33")
    assert dialog.form.rows[5].value() == 2
    with qtbot.waitSignal(runner.changed):
        dialog.save_button.click()
    assert third is not None and dialogs.errors == []
    commented = {c.member_name for c in opened.cases(CaseState.COMMENTED)}
    assert len(commented) == 3 and {second.member_name, third.member_name} <= commented


def test_closing_the_batch_with_typed_sheets_asks_first(app, opened: Flow, session, runner, qtbot, dialogs) -> None:
    page = make_page(session, runner, qtbot)
    dialog = open_batch(page, qtbot)
    dialog.form.rows[0].setFocus()
    keys("1")
    dialogs.answers = [False]
    press(focused(), Qt.Key.Key_Escape)
    assert dialog.isVisible() and "Có 1 phiếu đã nhập nhưng chưa lưu" in dialogs.questions[0]
    dialogs.answers = [True]
    dialog.reject()
    assert not dialog.isVisible()


def test_a_bad_meeting_date_names_the_sheet(app, opened: Flow, session, runner, qtbot) -> None:
    page = make_page(session, runner, qtbot)
    dialog = open_batch(page, qtbot, opened.commune.cells["Thôn Đông"])
    dialog.form.rows[0].setFocus()
    keys("111111")
    dialog.form.meeting.setText("31/02/2026")
    dialog.form.signer_name.setText("Phạm Văn Bí")
    dialog.save()
    assert "Phiếu của Nguyễn Văn An" in dialog.problem_label.text()
    assert "không có thật" in dialog.problem_label.text()
    assert all(c.state is CaseState.REQUESTED for c in opened.cases())


def test_a_returned_sheet_opens_with_what_was_typed_and_the_reason(app, opened: Flow, session, runner, qtbot) -> None:
    [case_id] = comment(opened, ["Trần Thị Bình"], (1, 1, 1, 1, 1, 1))
    fc.return_case(opened.vault, case_id, "Thiếu ngày họp")
    page = make_page(session, runner, qtbot)
    with qtbot.waitSignal(page.batch_opened) as shown:
        page.open_batch(None, case_id)
    dialog: BatchEntryDialog = shown.args[0]
    assert dialog.current is not None and dialog.current.id == case_id
    assert [r.value() for r in dialog.form.rows] == [1] * 6
    assert dialog.form.returned.text() == "Trả lại để sửa: Thiếu ngày họp"
    assert dialog.edited_cases() == []  # nothing changed yet: nothing would be saved
    dialog.reject()


# --- the head's review --------------------------------------------------------------------------------------


def test_confirm_all_as_head_with_the_signature_block(app, opened: Flow, session, runner, qtbot, dialogs) -> None:
    comment(opened, ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"])
    page = make_page(session, runner, qtbot)
    page.show_review()
    review = page.review
    assert review.model.rowCount() == 3
    assert review.confirm_all_button.isEnabled() and review.confirm_all_button.text() == "Xác nhận tất cả (3)"
    assert "Nêu gương tốt" in review.detail.text() and "Phạm Văn Bí" in review.detail.text()

    dialogs.answers = [True]
    with qtbot.waitSignal(runner.changed):
        review.confirm_all_button.click()
    [question] = dialogs.questions
    assert question.startswith("Xác nhận 3 phiếu nhận xét?")
    assert "Khối chữ ký sẽ dùng: TRƯỞNG BAN" in question
    confirmed = opened.cases(CaseState.CONFIRMED)
    assert len(confirmed) == 3
    assert {c.confirm_signer_lines for c in confirmed} == {("TRƯỞNG BAN",)}
    assert "Đã xác nhận 3 phiếu" in page.status_label.text()
    qtbot.waitUntil(lambda: review.model.rowCount() == 0)
    assert review.stack.currentWidget() is review.empty
    assert not review.confirm_all_button.isEnabled()
    assert dialogs.errors == []


def test_confirm_the_selected_only(app, opened: Flow, session, runner, qtbot, dialogs) -> None:
    comment(opened, ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"])
    page = make_page(session, runner, qtbot)
    review = page.review
    review.table.selectRow(0)
    review.table.selectionModel().select(
        review.model.index(2, 0),
        review.table.selectionModel().SelectionFlag.Select | review.table.selectionModel().SelectionFlag.Rows,
    )
    assert review.confirm_selected_button.text() == "Xác nhận 2 phiếu đã chọn"
    dialogs.answers = [False]
    review.confirm_selected_button.click()  # said no: nothing happens
    assert opened.cases(CaseState.CONFIRMED) == []
    dialogs.answers = [True]
    review.confirm_selected_button.click()
    assert len(opened.cases(CaseState.CONFIRMED)) == 2
    assert dialogs.errors == []


def test_a_delegated_deputy_confirms_with_the_kt_block(app, opened: Flow, runner, qtbot, dialogs) -> None:
    users.add_user(
        opened.vault,
        username="photruongban",
        full_name="Trần Văn Phó",
        role=Role.DEPUTY,
        password=STAFF_PASSWORD,
        delegated=True,
    )
    users.add_user(opened.vault, username="phokhac", full_name="Lê Văn Khác", role=Role.DEPUTY, password=STAFF_PASSWORD)
    ids = comment(opened, ["Nguyễn Văn An"])
    other = as_user(opened.commune, "phokhac")
    try:
        page = make_page(other, runner, qtbot)
        assert not page.review.confirm_one_button.isEnabled()
        assert "khi Trưởng ban đã cho phép ký thay" in page.review.confirm_one_button.toolTip()
    finally:
        other.end()
    deputy = as_user(opened.commune, "photruongban")
    try:
        page = make_page(deputy, runner, qtbot)
        assert page.review.block_label.text() == "Khối chữ ký khi xác nhận hôm nay: K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN"
        dialogs.answers = [True]
        with qtbot.waitSignal(runner.changed):
            page.review.confirm_one_button.click()
        assert "Xác nhận nhận xét của đảng viên Nguyễn Văn An?" in dialogs.questions[0]
        assert "Khối chữ ký sẽ dùng: K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN" in dialogs.questions[0]
        confirmed = fc.get_case(opened.vault, ids[0])
        assert confirmed.state is CaseState.CONFIRMED
        assert confirmed.confirm_signer_lines == ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")
        assert page.status_label.text().startswith("Đã xác nhận 1 phiếu, số ")
    finally:
        deputy.end()


def test_staff_see_confirmation_disabled_and_the_core_refuses(app, opened: Flow, runner, qtbot, dialogs) -> None:
    ids = comment(opened, ["Nguyễn Văn An"])
    staff = as_user(opened.commune, "chuyenvien")
    try:
        page = make_page(staff, runner, qtbot)
        review = page.review
        assert review.model.rowCount() == 1
        for button in (review.confirm_one_button, review.confirm_all_button, review.return_button):
            assert not button.isEnabled()
        tip = review.confirm_one_button.toolTip()
        assert "xác nhận nhận xét" in tip and "Chuyên viên" in tip
        assert "trả lại nhận xét" in review.return_button.toolTip()
        assert page.cases.batch_button.isEnabled()  # staff type the sheets in

        dialogs.answers = [True]
        review.confirm_ids(ids)  # past the disabled button: the core still says no
        assert dialogs.errors and "Chuyên viên" in dialogs.errors[0]
        assert opened.case_of("Nguyễn Văn An").state is CaseState.COMMENTED
    finally:
        staff.end()


def test_a_viewer_can_read_but_not_type_or_open_the_year(app, opened: Flow, runner, qtbot) -> None:
    viewer = as_user(opened.commune, "thanhtra")
    try:
        page = make_page(viewer, runner, qtbot)
        assert page.cases.model.rowCount() == 8
        assert not page.cases.batch_button.isEnabled() and "Người xem" in page.cases.batch_button.toolTip()
        assert not page.cases.open_year_button.isEnabled()
        assert page.cases.print_button.isEnabled()
    finally:
        viewer.end()


def test_send_back_with_a_required_reason(app, opened: Flow, session, runner, qtbot, dialogs) -> None:
    comment(opened, ["Lê Văn Cường"])
    page = make_page(session, runner, qtbot)
    review = page.review
    with qtbot.waitSignal(review.reason_dialog_opened) as shown:
        review.return_button.click()
    reason: ReturnReasonDialog = shown.args[0]
    assert not reason.ok_button.isEnabled()  # no reason, no sending back
    type_text(reason.reason, "Chưa ghi ngày họp chi bộ")
    assert reason.ok_button.isEnabled()
    with qtbot.waitSignal(runner.changed):
        reason.ok_button.click()
    case = opened.case_of("Lê Văn Cường")
    assert case.state is CaseState.RETURNED and case.return_reason == "Chưa ghi ngày họp chi bộ"
    assert "Đã trả lại nhận xét của Lê Văn Cường" in page.status_label.text()
    qtbot.waitUntil(lambda: page.cases.states.item(3).text() == "Trả lại (1)")
    assert dialogs.errors == []


# --- the request of a case, printing --------------------------------------------------------------------


def test_record_the_request_of_a_case(app, opened: Flow, session, runner, qtbot, dialogs) -> None:
    page = make_page(session, runner, qtbot)
    case = opened.case_of("Phạm Thị Dung")
    with qtbot.waitSignal(page.request_opened) as shown:
        page.open_request(case.id)
    dialog: RequestDialog = shown.args[0]
    assert dialog.workplace.currentText() == "Đảng ủy Trường Trung học phổ thông Tân An"
    dialog.workplace.setEditText("Đảng ủy Bệnh viện")  # not a whole name from the list
    dialog.save_button.click()
    assert "Không có cấp ủy nơi công tác “Đảng ủy Bệnh viện”" in dialog.problem_label.text()
    dialog.workplace.setCurrentIndex(dialog.workplace.findText("Đảng ủy Bệnh viện Đa khoa tỉnh"))
    dialog.doc_no.setText("112-CV/ĐU")
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.PORTAL.value))
    dialog.dossier_no.setText("G22.99-0042")
    dialog.received.setText("32/10/2026")
    dialog.save_button.click()
    assert dialog.isVisible() and "không có thật" in dialog.problem_label.text()
    dialog.received.setText(date.today().strftime("%d/%m/%Y"))
    with qtbot.waitSignal(runner.changed):
        dialog.save_button.click()
    saved = opened.case_of("Phạm Thị Dung")
    assert (saved.request_doc_no, saved.channel, saved.external_dossier_no) == (
        "112-CV/ĐU",
        Channel.PORTAL,
        "G22.99-0042",
    )
    assert saved.received_date == date.today() and saved.requested_by_org_id == opened.hospital
    assert dialogs.errors == []


def test_preview_the_sheets_of_the_filtered_cases(
    app, opened: Flow, session, runner, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[bytes, str, str]] = []
    monkeypatch.setattr(
        preview,
        "show_pdf",
        lambda parent, runner, pdf, *, title, suggested_name: shown.append((pdf, title, suggested_name)),
    )
    comment(opened, ["Nguyễn Văn An"])
    page = make_page(session, runner, qtbot)
    page.cases.cell_filter.setCurrentIndex(page.cases.cell_filter.findText("Chi bộ thôn Đông"))
    assert page.cases.print_button.text() == "Xem / in 4 phiếu…"
    page.cases.print_button.click()
    [(pdf, title, name)] = shown
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 1
    assert title == f"Phiếu nhận xét năm {YEAR} (4 phiếu)" and name.endswith(".pdf")


def test_a_runner_in_english_shows_the_core_sentence_in_english(app, opened: Flow, qtbot, dialogs) -> None:
    ids = comment(opened, ["Nguyễn Văn An"])
    staff = as_user(opened.commune, "chuyenvien")
    try:
        runner = Runner(InlineExecutor(), dialogs, "en")
        page = make_page(staff, runner, qtbot)
        dialogs.answers = [True]
        page.review.confirm_ids(ids)
        assert dialogs.errors and "Staff" in dialogs.errors[0]
    finally:
        staff.end()


def test_asking_for_the_batch_before_the_screen_was_shown_opens_it_once_loaded(
    app, opened: Flow, session, runner, qtbot
) -> None:
    page = CasesPage(session, runner, "vi")  # never shown yet: nothing loaded
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.batch_opened) as shown:
        page.open_batch()
    assert page.data is not None
    dialog: BatchEntryDialog = shown.args[0]
    assert len(dialog._visible) == 8
    dialog.reject()


def test_an_exempt_members_sheet_says_why_it_has_three_criteria(app, opened: Flow, session, runner, qtbot) -> None:
    vault = opened.vault
    cell = opened.commune.cells["Thôn Đông"]
    member = repo.add_member(
        vault, make_member("Trịnh Văn Miễn", "05/05/1950"), cell_id=cell, cell_from=date(2020, 1, 1)
    )
    reg = register(
        vault,
        member,
        workplace_org_id=opened.hospital,
        letter_no="90-GT/ĐU",
        letter_date=date(2024, 3, 1),
        received_date=date(2024, 3, 5),
        residence_kind=ResidenceKind.PERMANENT,
        residence_address="Thôn Đông",
        cell_id=cell,
        category=Category.EXEMPT_ACTIVITY,
    )
    fc.request_case(vault, reg, YEAR, received_date=date.today())
    page = make_page(session, runner, qtbot)
    names = [page.cases.model.data(page.cases.model.index(r, CaseColumn.NAME)) for r in range(9)]
    assert "Trịnh Văn Miễn (miễn sinh hoạt — 3 tiêu chí)" in names
    assert "Nguyễn Văn An" in names  # the others' names stand alone
    dialog = open_batch(page, qtbot, cell)
    assert dialog.go_to(opened.case_of("Trịnh Văn Miễn").id)
    assert "miễn sinh hoạt nơi cư trú — 3 tiêu chí" in dialog.form.facts.text()
    assert len(dialog.form.rows) == 3


def test_the_document_register_of_the_year_prints(
    app, opened: Flow, session, runner, dialogs, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[bytes, str, str]] = []
    monkeypatch.setattr(
        preview,
        "show_pdf",
        lambda parent, runner, pdf, *, title, suggested_name: shown.append((pdf, title, suggested_name)),
    )
    page = make_page(session, runner, qtbot)
    assert page.cases.numbers_button.isEnabled() and page.cases.numbers_button.text() == "Sổ đăng ký văn bản…"
    page.cases.numbers_button.click()  # nothing numbered yet this year: a sentence, no empty book
    assert shown == [] and len(dialogs.errors) == 1 and "chưa có văn bản nào được cấp số" in dialogs.errors[0]

    ids = comment(opened, ["Nguyễn Văn An"])
    fc.confirm(opened.vault, ids, on=date.today())
    page.cases.numbers_button.click()
    [(pdf, title, name)] = shown
    assert title == f"Sổ đăng ký văn bản đi năm {YEAR}" and name == f"so-dang-ky-van-ban-nam-{YEAR}.pdf"
    text = " ".join(pdf_text(pdf).split())
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in text and "Trích yếu nội dung" in text
    assert "Nguyễn Văn An" in text and f"Xác nhận nhận xét năm {YEAR}" in text
