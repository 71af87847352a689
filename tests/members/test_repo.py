"""Members as staff enter them: validation, search, order, events and status, audit."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from handbook.dates import PartialDate, parse_partial
from handbook.errors import InputError, PermissionDenied
from handbook.members import repo
from handbook.members.model import EventKind, Gender, MemberData, Status
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgId, OrgType
from handbook.permissions import Role
from handbook.validation import NeedsConfirmation, ValidationFailed
from handbook.vault import audit, users
from handbook.vault.check import check_vault
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD


def member(full: str, born: str = "12/03/1975", **kw: object) -> MemberData:
    from handbook.text.names import split_full_name

    ho, dem, ten = split_full_name(full)
    return MemberData(ho=ho, dem=dem, ten=ten, birth_date=parse_partial(born), **kw)  # type: ignore[arg-type]


def register_working_members(vault: Vault, cell: OrgId, names: list[str], cccd: list[str | None]) -> None:
    """Working members known here only through a 213 registration: the first an ordinary one, the second exempt."""
    from handbook.flow.model import Category, ResidenceKind
    from handbook.flow.registrations import register

    for name, number, category in zip(names, cccd, (Category.NORMAL, Category.EXEMPT_ACTIVITY), strict=True):
        data = member(name, cccd=number) if number else member(name)
        register(
            vault,
            repo.add_member(vault, data, accept=True),
            workplace_org_id=None,
            letter_no="1",
            letter_date=None,
            received_date=date(2024, 1, 2),
            residence_kind=ResidenceKind.PERMANENT,
            residence_address="",
            cell_id=cell,
            category=category,
        )


@pytest.fixture
def cell(vault: Vault) -> int:
    root = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
    return orgs.add_org(
        vault, "Chi bộ thôn Đông", OrgType.CHI_BO_CO_SO, root, residential=True, valid_from=date(2020, 1, 1)
    )


def test_input_is_normalised_on_the_way_in(vault: Vault) -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn  Văn   Án")
    data = MemberData(
        ho=nfd.split()[0],
        dem="Văn",
        ten=unicodedata.normalize("NFD", "Án"),
        phone="+84 912 345 678",
        cccd=" 087 075 001 234 ",
        hometown="ÐỒNG THÁP",
    )
    mid = repo.add_member(vault, data)
    saved = repo.get_member(vault, mid).data
    assert saved.ho == "Nguyễn" and saved.ten == "Án"
    assert saved.phone == "0912345678" and saved.cccd == "087075001234"
    assert saved.hometown == "ĐỒNG THÁP"


def test_errors_block_and_warnings_need_acceptance(vault: Vault) -> None:
    first = member("Nguyễn Văn An", cccd="087075001234", gender=Gender.MALE)
    repo.add_member(vault, first)
    with pytest.raises(ValidationFailed) as dup_cccd:
        repo.add_member(vault, member("Lê Văn Bình", cccd="087075001234"))
    assert "đã có ở đảng viên Nguyễn Văn An" in dup_cccd.value.render("vi")
    with pytest.raises(ValidationFailed) as short:
        repo.add_member(vault, member("Lê Văn Bình", cccd="0870750012"))
    assert any(p.field == "cccd" for p in short.value.problems)
    with pytest.raises(ValidationFailed) as order:
        repo.add_member(
            vault,
            member("Lê Văn Bình", admitted=parse_partial("01/05/2001"), official=parse_partial("01/05/2000")),
        )
    assert "trước ngày vào Đảng" in order.value.render("vi")
    # Same folded name and birth date: a warning the user may accept.
    twin = member("Nguyen Van An")
    with pytest.raises(NeedsConfirmation) as warn:
        repo.add_member(vault, twin)
    assert warn.value.problems[0].field == "ten"
    repo.add_member(vault, twin, accept={"ten:member.same_name_birth"})
    # CCCD disagreeing with gender: a warning; phone in an odd shape: a warning.
    with pytest.raises(NeedsConfirmation) as gender:
        repo.add_member(
            vault,
            member("Trần Thị Cúc", born="1980", cccd="087080001111", gender=Gender.FEMALE, phone="12345"),
        )
    fields = {p.field for p in gender.value.problems}
    assert fields == {"cccd", "phone"}
    assert repo.count_members(vault) == 2


def test_search_any_order_with_or_without_diacritics(vault: Vault) -> None:
    for full, cccd, card in (
        ("Nguyễn Văn An", "087075001234", "12345678"),
        ("Đặng Thị Hoà", "", ""),
        ("Nguyễn Thị Ánh", "", "87654321"),
        ("Tôn Nữ Minh Thư", "", ""),
    ):
        repo.add_member(vault, member(full, cccd=cccd, card_no=card), accept=True)

    def names(q: str) -> list[str]:
        return [r.full_name for r in repo.list_members(vault, search=q)]

    assert names("ng v an") == ["Nguyễn Văn An"]
    assert names("an van nguyen") == ["Nguyễn Văn An"]
    assert names("an nguyen") == ["Nguyễn Văn An", "Nguyễn Thị Ánh"]  # "an" is also the start of "Ánh"
    assert names("dang") == ["Đặng Thị Hoà"]
    assert names("hòa") == names("hoà") == names("HOA") == ["Đặng Thị Hoà"]
    assert names("0870750") == ["Nguyễn Văn An"]
    assert names("8765") == ["Nguyễn Thị Ánh"]
    assert names("ton nu") == ["Tôn Nữ Minh Thư"]
    assert names("  ") == names("") and len(names("")) == 4
    assert names('"; DROP TABLE members; --') == []


def test_a_search_with_tones_lists_the_exact_spellings_first(vault: Vault) -> None:
    for full in ("Lý Đăng Đại", "Nguyễn Đăng Cẩn", "Đặng Thị Lan", "Trần Văn Hòa", "Đặng Văn Bình"):
        repo.add_member(vault, member(full), accept=True)

    def names(q: str) -> list[str]:
        return [r.full_name for r in repo.list_members(vault, search=q)]

    # Folding stays: every spelling is found; the tones the person typed decide which come first.
    assert names("Đặng") == ["Đặng Văn Bình", "Đặng Thị Lan", "Nguyễn Đăng Cẩn", "Lý Đăng Đại"]
    assert names("Đăng") == ["Nguyễn Đăng Cẩn", "Lý Đăng Đại", "Đặng Văn Bình", "Đặng Thị Lan"]
    assert names("dang") == ["Đặng Văn Bình", "Nguyễn Đăng Cẩn", "Lý Đăng Đại", "Đặng Thị Lan"]  # name order
    assert names("Đặ") == names("Đặng")  # typing: the word so far
    assert names("đặng lan") == ["Đặng Thị Lan"]
    assert names("hoà") == names("Hòa") == ["Trần Văn Hòa"]  # tone placement does not matter
    assert [r.full_name for r in repo.list_members(vault, search="Đặng", limit=2, offset=2)] == [
        "Nguyễn Đăng Cẩn",
        "Lý Đăng Đại",
    ]


def test_list_is_in_vietnamese_name_order(vault: Vault) -> None:
    for full in (
        "Trần Văn Đức",
        "Lê Văn Dũng",
        "Phạm Thị Ăn",
        "Nguyễn Thị An",
        "Hoàng Văn Bình",
        "Vũ Thị Ân",
        "Bùi Văn An",
    ):
        repo.add_member(vault, member(full, born="1970"), accept=True)
    ordered = [r.full_name for r in repo.list_members(vault)]
    # By tên (An < Ăn < Ân < Bình < Dũng < Đức), then đệm (Thị < Văn), then họ.
    assert ordered == [
        "Nguyễn Thị An",
        "Bùi Văn An",
        "Phạm Thị Ăn",
        "Vũ Thị Ân",
        "Hoàng Văn Bình",
        "Lê Văn Dũng",
        "Trần Văn Đức",
    ]


def test_events_drive_status_and_end_the_cell(vault: Vault, cell: int) -> None:
    mid = repo.add_member(
        vault,
        member("Lê Thị Cúc", admitted=parse_partial("2010"), official=parse_partial("2011")),
        cell_id=cell,
        cell_from=date(2020, 1, 1),
    )
    assert repo.get_member(vault, mid).status is Status.OFFICIAL
    repo.add_event(vault, mid, EventKind.TRANSFER_OUT, PartialDate(2024, 5, 1), decision_no="5-QĐ/ĐU")
    m = repo.get_member(vault, mid)
    assert m.status is Status.TRANSFERRED_OUT and m.cell_id is None
    repo.add_event(vault, mid, EventKind.TRANSFER_IN, PartialDate(2025, 1, 2))
    assert repo.get_member(vault, mid).status is Status.OFFICIAL
    repo.add_event(vault, mid, EventKind.DIED, PartialDate(2026, 2, 3))
    assert repo.get_member(vault, mid).status is Status.DIED
    assert repo.count_members(vault, statuses=(Status.DIED,)) == 1
    kinds = [e.kind for e in repo.list_events(vault, mid)]
    assert kinds == [EventKind.TRANSFER_OUT, EventKind.TRANSFER_IN, EventKind.DIED]
    history = orgs.cell_history(vault, mid)
    assert history[0].valid_to == date(2024, 5, 1)


def test_every_edit_is_audited_with_before_and_after(vault: Vault) -> None:
    mid = repo.add_member(vault, member("Nguyễn Văn An"))
    data = repo.get_member(vault, mid).data
    repo.update_member(vault, mid, data.with_changes(phone="0912345678", occupation="Giáo viên"))
    last = audit.recent(vault.conn, 1)[0]
    assert last.operation == "members.update"
    assert '"occupation": ""' in (last.before or "") and "Giáo viên" in (last.after or "")
    assert "ten" not in (last.after or "")  # only what changed
    assert check_vault(vault).ok


def test_viewer_cannot_edit(vault: Vault) -> None:
    users.add_user(vault, username="thanhtra", full_name="Thanh Tra", role=Role.VIEWER, password=PASSWORD)
    mid = repo.add_member(vault, member("Nguyễn Văn An"))
    with Vault.open(vault.paths.root, username="thanhtra", password=PASSWORD) as viewer:
        assert repo.get_member(viewer, mid).full_name == "Nguyễn Văn An"
        with pytest.raises(PermissionDenied):
            repo.add_member(viewer, member("Lê Văn B"))
        with pytest.raises(PermissionDenied):
            repo.add_event(viewer, mid, EventKind.DIED, PartialDate(2026))


def test_scope_tells_commune_members_from_registered_working_members(vault: Vault, cell: int) -> None:
    from handbook.members.repo import Scope

    ours = repo.add_member(vault, member("Lê Văn Mình"), cell_id=cell, cell_from=date(2020, 1, 1))
    root = orgs.list_orgs(vault)[0].id
    village = orgs.add_org(
        vault, "Chi bộ thôn Bắc", OrgType.CHI_BO, root, residential=True, valid_from=date(2015, 1, 1)
    )
    register_working_members(vault, village, ["Trần Văn Khách0", "Trần Văn Khách1"], [None, None])
    assert [r.id for r in repo.list_members(vault, scope=Scope.COMMUNE)] == [ours]
    assert repo.count_members(vault, scope=Scope.REGISTERED) == 2
    assert repo.count_members(vault, scope=Scope.EXEMPT) == 1
    assert repo.count_members(vault) == 3
    # The overview's cards count both active statuses in one pass; each scope gives what counting one by one gives.
    statuses = (Status.OFFICIAL, Status.PROBATIONARY, Status.DIED)
    for scope in Scope:
        one_by_one = {s: repo.count_members(vault, statuses=(s,), scope=scope) for s in statuses}
        assert repo.count_by_status(vault, statuses, scope=scope) == one_by_one
    assert sum(repo.count_by_status(vault, statuses, scope=Scope.COMMUNE).values()) == 1


def test_edit_and_move_cell_in_one_transaction(vault: Vault, cell: int) -> None:
    mid = repo.add_member(vault, member("Lê Văn Mình"))
    before = vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    data = repo.get_member(vault, mid).data
    repo.update_member(vault, mid, data.with_changes(phone="0912345678"), cell_id=cell, cell_from=date(2025, 1, 1))
    m = repo.get_member(vault, mid)
    assert m.cell_id == cell and m.data.phone == "0912345678"
    with pytest.raises(InputError):  # not a cell: nothing of the edit is kept either
        repo.update_member(vault, mid, data.with_changes(phone="0987654321"), cell_id=orgs.list_orgs(vault)[0].id)
    assert repo.get_member(vault, mid).data.phone == "0912345678"
    assert vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == before + 2


def test_member_history_needs_the_audit_right(vault: Vault) -> None:
    mid = repo.add_member(vault, member("Nguyễn Văn An"))
    data = repo.get_member(vault, mid).data
    repo.update_member(vault, mid, data.with_changes(occupation="Nông dân"))
    ops = [e.operation for e in repo.member_history(vault, mid)]
    assert ops == ["members.update", "members.add"]
    users.add_user(vault, username="cv", full_name="C V", role=Role.STAFF, password=PASSWORD)
    with Vault.open(vault.paths.root, username="cv", password=PASSWORD) as staff, pytest.raises(PermissionDenied):
        repo.member_history(staff, mid)


GIVEN = ("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khoa", "Lan", "Minh", "Nam", "Oanh", "Phúc")


# Each way a search can run on the index in memory (handbook/members/index.py): its few matches read whole, or
# (nothing counting as few) bits per word and'ed, and a CCCD's start walked in the folded text.
ROUTES = pytest.mark.parametrize("rare", [2_000, 0], ids=["read-whole", "bits-and-walk"])


def route(monkeypatch: pytest.MonkeyPatch, rare: int) -> None:
    from handbook.members import index

    monkeypatch.setattr(index, "RARE", rare)


@ROUTES
def test_a_broad_search_stops_counting_and_pages_follow_by_position(
    vault: Vault, cell: int, monkeypatch: pytest.MonkeyPatch, rare: int
) -> None:
    for i, ten in enumerate(GIVEN):
        repo.add_member(vault, member(f"Nguyễn Văn {ten}", cccd=f"0870750012{i:02d}"), cell_id=cell)
    repo.add_member(vault, member("Trần Thị Nhung", cccd="087175001299"), cell_id=cell)
    route(monkeypatch, rare)
    monkeypatch.setattr(repo, "SEARCH_COUNT_CAP", 5)
    everyone = repo.list_members(vault, search="nguyen")
    assert [r.ten for r in everyone] == list(GIVEN)  # in name order, however the search ran

    broad = repo.find_members(vault, search="nguyen", limit=4)
    assert broad.more and broad.total == 5 and broad.rows == everyone[:4]
    one = repo.find_members(vault, search="nguyen van a", limit=4)
    assert not one.more and one.total == 1 and [r.ten for r in one.rows] == ["An"]
    prefix = repo.find_members(vault, search="0870750012", limit=2)  # a CCCD prefix: 12 of them
    assert prefix.more and [r.ten for r in prefix.rows] == ["An", "Bình"]
    assert repo.count_members(vault, search="nguyen") == 12  # without a cap: every one

    # Each page asked for after the last row of the one before gives the list the offsets give.
    pages, after = [], None
    while page := repo.list_members(vault, search="nguyen", limit=5, after=after):
        pages += page
        after = page[-1].position
    assert pages == everyone
    full = repo.list_members(vault)
    assert repo.list_members(vault, limit=3, offset=6) == repo.list_members(vault, limit=3, after=full[5].position)
    probationary = (Status.PROBATIONARY,)  # a filter and a position together
    assert repo.list_members(vault, statuses=probationary, limit=5, after=full[0].position) == full[1:6]


def test_the_index_in_memory_follows_each_change(vault: Vault, cell: int, monkeypatch: pytest.MonkeyPatch) -> None:
    for i, ten in enumerate(GIVEN):
        repo.add_member(vault, member(f"Nguyễn Văn {ten}", cccd=f"0870750012{i:02d}"), cell_id=cell)
    route(monkeypatch, 2_000)
    assert [r.ten for r in repo.list_members(vault, search="nguyen", limit=3)] == ["An", "Bình", "Chi"]
    added = repo.add_member(vault, member("Nguyễn Văn Bảo", cccd="087075001288"), cell_id=cell)
    assert [r.ten for r in repo.list_members(vault, search="nguyen", limit=3)] == ["An", "Bảo", "Bình"]
    changed = member("Nguyễn Văn Yên", cccd="087075001288")
    repo.update_member(vault, added, changed)
    rows = repo.list_members(vault, search="nguyen", limit=20)
    assert [r.ten for r in rows][:3] == ["An", "Bình", "Chi"] and rows[-1].ten == "Yên"
    for search in ("yen", "087075001288"):  # the new name and the unchanged CCCD both find the edited member
        assert [r.ten for r in repo.list_members(vault, search=search, limit=5)] == ["Yên"]
    assert repo.list_members(vault, search="bao", limit=5) == []


@ROUTES
def test_searches_on_the_index_filter_as_the_sql_list_does(
    vault: Vault, cell: int, monkeypatch: pytest.MonkeyPatch, rare: int
) -> None:
    from handbook.flow.model import Category, ResidenceKind
    from handbook.flow.registrations import register
    from handbook.members.repo import Scope

    root = orgs.list_orgs(vault)[0].id
    other = orgs.add_org(vault, "Chi bộ thôn Bắc", OrgType.CHI_BO, root, residential=True, valid_from=date(2015, 1, 1))
    for i, ten in enumerate(GIVEN):
        full = f"Nguyễn {'Văn' if i % 2 else 'Thị'} {ten}"
        official = PartialDate(2010) if i % 4 else None
        data = member(full, cccd=f"0870750012{i:02d}", card_no=f"9300{i:04d}", official=official)
        mid = repo.add_member(vault, data, cell_id=cell if i % 3 else other, cell_from=date(2020, 1, 1), accept=True)
        if i == 5:
            repo.add_event(vault, mid, EventKind.DIED, PartialDate(2025, 1, 2))
    register_working_members(vault, other, ["Nguyễn Văn Khách0", "Nguyễn Văn Khách1"], ["087075001300", "087075001301"])
    route(monkeypatch, rare)
    filters: list[dict[str, object]] = [
        {},
        {"statuses": (Status.PROBATIONARY, Status.OFFICIAL)},
        {"statuses": (Status.DIED,)},
        {"scope": Scope.COMMUNE},
        {"scope": Scope.REGISTERED},
        {"scope": Scope.EXEMPT},
        {"cell_id": other},
        {"cell_id": cell, "statuses": (Status.PROBATIONARY,)},
    ]
    searches = ("nguyen", "nguyen van", "ng t", "thi a", "kh", "08707500", "9300000", "0870750013 nguyen", "zz")

    def agree() -> None:
        for kw in filters:
            for search in searches:
                expected = repo.list_members(vault, search=search, **kw)  # type: ignore[arg-type]  # SQL: all rows
                assert repo.list_members(vault, search=search, limit=50, **kw) == expected, (search, kw)  # type: ignore[arg-type]
                found = repo.find_members(vault, search=search, limit=3, **kw)  # type: ignore[arg-type]
                assert found.rows == expected[:3] and found.total == len(expected), (search, kw)
                pages, after = [], None
                while page := repo.list_members(vault, search=search, limit=2, after=after, **kw):  # type: ignore[arg-type]
                    pages += page
                    after = page[-1].position
                assert pages == expected, (search, kw)

    agree()
    assert {r.ten for r in repo.list_members(vault, search="nguyen", scope=Scope.EXEMPT, limit=9)} == {"Khách1"}

    # Edits after the index was built: the members changed are looked up apart (the base stays) and every
    # search, filter and page still agrees with SQL.
    from handbook.members import index

    base = index.search_index(vault).base
    moved = repo.list_members(vault, search="nguyen thi an", limit=1)[0].id
    repo.update_member(vault, moved, repo.get_member(vault, moved).data.with_changes(ten="Yến", dem="Văn"))
    repo.add_member(vault, member("Nguyễn Thị Ánh", cccd="087175001377"), cell_id=other)
    repo.add_event(
        vault, repo.list_members(vault, search="nguyen van binh", limit=1)[0].id, EventKind.DIED, PartialDate(2026)
    )
    orgs.assign(vault, repo.list_members(vault, search="nguyen thi chi", limit=1)[0].id, other, date(2026, 1, 1))
    third = orgs.add_org(vault, "Chi bộ thôn Nam", OrgType.CHI_BO, root, residential=True, valid_from=date(2015, 1, 1))
    orgs.assign(vault, repo.list_members(vault, search="nguyen van dung", limit=1)[0].id, third, date(2026, 1, 1))
    filters.append({"cell_id": third})
    register(
        vault,
        repo.list_members(vault, search="nguyen thi giang", limit=1)[0].id,
        workplace_org_id=None,
        letter_no="2",
        letter_date=None,
        received_date=date(2026, 1, 2),
        residence_kind=ResidenceKind.PERMANENT,
        residence_address="",
        cell_id=other,
        category=Category.EXEMPT_ACTIVITY,
    )
    agree()
    assert index.search_index(vault).base is base
    assert [r.ten for r in repo.list_members(vault, search="nguyen a", limit=5)] == ["Ánh"]  # An is Yến now
    assert [r.id for r in repo.list_members(vault, search="nguyen van yen", limit=5)] == [moved]
    assert [r.cell_name for r in repo.list_members(vault, search="nguyen van dung", limit=5)] == ["Chi bộ thôn Nam"]
    assert {r.ten for r in repo.list_members(vault, search="nguyen", scope=Scope.EXEMPT, limit=9)} == {
        "Khách1",
        "Giang",
    }
