"""The demo commune: deterministic, plausible, valid member by member, with a visible 2025 merge."""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

import handbook.demo
from handbook.demo import names as nm
from handbook.demo.commune import MERGE_DAY, MERGE_DECISION, DemoSummary, build_demo_commune
from handbook.demo.create import DEMO_ACCOUNTS, DemoVault, create_demo_vault
from handbook.demo.messages import MESSAGES
from handbook.errors import InputError, PermissionDenied
from handbook.i18n import Message, catalogue, render
from handbook.members import repo
from handbook.members.model import EventKind, Gender, Member, Status
from handbook.members.validate import normalize_member, validate_member
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgType
from handbook.orgs.profile import profile_on, signers_on
from handbook.reference.admin_units import load_admin_units
from handbook.text.fold import matches
from handbook.text.ids import CCCD_PROVINCE_CODES, is_valid_phone
from handbook.text.normalize import normalize_text
from handbook.vault import kdf
from handbook.vault.check import check_vault
from handbook.vault.vault import Vault

TODAY = date(2026, 11, 24)
PASSWORD = "mat-khau-xa-mau"
N = 800


def make(root: Path, members: int = N, seed: int = 0) -> DemoVault:
    # kdf.TEST_ONLY: a deliberately cheap key derivation so the tests make vaults quickly.
    return create_demo_vault(root, PASSWORD, kdf_params=kdf.TEST_ONLY, members=members, seed=seed, today=TODAY)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, DemoSummary]]:
    root = tmp_path_factory.mktemp("demo") / "kho"
    summary = make(root).summary
    with Vault.open(root, username="truongban", password=PASSWORD) as vault:
        yield vault, summary


@pytest.fixture(scope="module")
def members(built: tuple[Vault, DemoSummary]) -> list[Member]:
    vault, _ = built
    working = {r[0] for r in vault.conn.execute("SELECT member_id FROM registrations")}
    return [repo.get_member(vault, r.id) for r in repo.list_members(vault) if r.id not in working]


def dump(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Everything the build wrote except the moments it was written."""
    queries = {
        "members": "SELECT * FROM members ORDER BY id",
        "events": "SELECT * FROM member_events ORDER BY id",
        "assignments": "SELECT * FROM assignments ORDER BY id",
        "orgs": "SELECT * FROM orgs ORDER BY id",
        "successions": "SELECT * FROM org_successions ORDER BY id",
        "external": "SELECT * FROM external_orgs ORDER BY id",
        "signers": "SELECT * FROM signers ORDER BY id",
    }
    out: dict[str, list[tuple[object, ...]]] = {}
    for name, sql in queries.items():
        cur = vault.conn.execute(sql)
        cols = [d[0] for d in cur.description]
        keep = [i for i, c in enumerate(cols) if c not in ("created_at", "updated_at")]
        out[name] = [tuple(row[i] for i in keep) for row in cur.fetchall()]
    return out


def test_same_seed_same_commune_other_seed_other_people(tmp_path: Path) -> None:
    first, second, other = (make(tmp_path / name, 150, seed) for name, seed in (("a", 4), ("b", 4), ("c", 5)))
    assert first.summary == second.summary and other.summary.members == 150
    with (
        Vault.open(tmp_path / "a", username="truongban", password=PASSWORD) as a,
        Vault.open(tmp_path / "b", username="truongban", password=PASSWORD) as b,
        Vault.open(tmp_path / "c", username="chuyenvien", password=PASSWORD) as c,
    ):
        assert dump(a) == dump(b)
        assert dump(a)["members"] != dump(c)["members"]
    assert first.recovery_code != second.recovery_code


def test_counts_are_in_range(built: tuple[Vault, DemoSummary]) -> None:
    vault, s = built
    assert 20 <= s.cells <= 40
    assert s.cells_created == s.cells + 2  # two cells merged away, into a new one
    assert 17 <= s.residential_cells < s.cells
    assert s.members == N == sum(s.by_status.values())
    assert s.count(Status.OFFICIAL) > 0.8 * N
    assert s.count(Status.PROBATIONARY) >= 5
    assert s.count(Status.TRANSFERRED_OUT) == s.transfers_out >= 10
    assert s.count(Status.DIED) == s.deaths >= 5
    assert s.transfers_in >= 50 and s.badges >= 100 and s.exempted >= 3
    assert s.external_orgs >= 8
    # The commune's own members hold cells; working members registered at their residence (213) come on top.
    assert vault.conn.execute("SELECT count(DISTINCT member_id) FROM assignments").fetchone()[0] == N
    assert (s.province_name, s.commune_name) == ("Nghệ An", "Tân An")


def test_every_member_is_valid_except_old_mobile_numbers(
    built: tuple[Vault, DemoSummary], members: list[Member]
) -> None:
    """The only warnings are deliberate: a few 11-digit mobile numbers from before 2018."""
    vault, s = built
    warnings: Counter[str] = Counter()
    for m in members:
        assert normalize_member(m.data) == m.data
        for p in validate_member(vault.conn, m.data, m.id, today=TODAY):
            assert not p.is_error, (m.full_name, p.render())
            warnings[f"{p.field}:{p.message.id}"] += 1
    assert set(warnings) == {"phone:text.phone.unusual"}
    assert warnings["phone:text.phone.unusual"] == s.unusual_phones >= 1


def test_identity_numbers(members: list[Member]) -> None:
    cccds = [m.data.cccd for m in members]
    assert all(re.fullmatch(r"\d{12}", c) for c in cccds)
    assert len(set(cccds)) == len(cccds)
    assert {c[:3] for c in cccds} <= CCCD_PROVINCE_CODES.keys()
    assert Counter(c[:3] for c in cccds).most_common(1)[0][0] == "040"  # mostly born in Nghệ An
    cards = [m.data.card_no for m in members if m.data.card_no]
    assert len(cards) > N // 2 and len(set(cards)) == len(cards)
    assert all(re.fullmatch(r"[1-9]\d{7}", c) for c in cards)
    assert all(m.data.official for m in members if m.data.card_no)
    phones = [m.data.phone for m in members if m.data.phone]
    assert len(phones) > 0.8 * N
    assert sum(is_valid_phone(p) for p in phones) > 0.97 * len(phones)
    cmnd = [m.data.cmnd for m in members if m.data.cmnd]
    assert cmnd and all(re.fullmatch(r"18\d{7}", c) for c in cmnd)


def test_dates_are_consistent(members: list[Member]) -> None:
    for m in members:
        d = m.data
        assert d.birth_date and d.admitted
        assert 1940 <= d.birth_date.year <= 2004
        assert 18 <= d.admitted.year - d.birth_date.year <= 60
        assert d.admitted.latest() <= TODAY
        if d.official is None:
            assert m.status is not Status.OFFICIAL
            assert d.admitted.earliest() > TODAY - timedelta(days=365 + 46)
        else:
            gap = d.official.earliest() - d.admitted.latest()
            assert timedelta(days=300) <= gap <= timedelta(days=460)
    partial = [m for m in members if m.data.birth_date and not m.data.birth_date.is_full]
    assert partial and all(m.data.birth_date and m.data.birth_date.year < 1955 for m in partial)


def test_names_are_plausible_with_rare_and_compound_family_names(members: list[Member]) -> None:
    family = Counter(m.data.ho for m in members)
    assert family.most_common(1)[0][0] == "Nguyễn"
    rare = {"Khúc", "Ông", "Lạc", "Mạc", "Thân", "Kiều", "Giang", "Âu", "La", "Ninh", "Mẫn", "Diệp"}
    assert len(rare & family.keys()) >= 4
    assert any(" " in ho for ho in family)
    for m in members:
        d = m.data
        assert d.ho and d.ten and d.gender
        if d.dem.startswith("Thị"):
            assert d.gender is Gender.FEMALE
        if d.dem == "Văn":
            assert d.gender is Gender.MALE
    assert {m.data.ethnicity for m in members} >= {"Kinh", "Thái"}
    assert Counter(m.data.religion for m in members).most_common(1)[0][0] == "Không"
    assert Counter(m.data.ethnicity for m in members).most_common(1)[0][0] == "Kinh"


def test_name_data_is_clean_text() -> None:
    lists: list[tuple[str, ...]] = [
        nm.MALE_GIVEN,
        nm.FEMALE_GIVEN,
        nm.VILLAGE_NAMES,
        nm.STREET_GROUP_NAMES,
        nm.MERGED_VILLAGE_NAMES,
        nm.OLD_COMMUNE_NAMES,
        tuple(n for n, _ in nm.FAMILY_NAMES),
        tuple(n for n, _ in nm.MALE_MIDDLE_OLD),
        tuple(n for n, _ in nm.MALE_MIDDLE_YOUNG),
        tuple(n for n, _ in nm.FEMALE_MIDDLE_OLD),
        tuple(n for n, _ in nm.FEMALE_MIDDLE_YOUNG),
    ]
    for values in lists:
        assert len(set(values)) == len(values)
        assert all(normalize_text(v) == v and v[:1].isupper() for v in values)
    assert not set(nm.MERGED_VILLAGE_NAMES) & set(nm.VILLAGE_NAMES)


def test_profile_signers_and_tree(built: tuple[Vault, DemoSummary]) -> None:
    vault, s = built
    profile = profile_on(vault, date(2025, 7, 1))
    assert profile is not None and profile_on(vault, date(2025, 6, 30)) is None
    unit = load_admin_units().unit(profile.commune_code)
    assert unit is not None and unit.name == profile.commune_name == "Tân An" and unit.type == "xã"
    assert profile.province_name == "Nghệ An" and profile.committee_name == "Đảng ủy xã Tân An"
    assert profile.advisory_body == "Ban Xây dựng Đảng"
    signers = {x.position: x for x in signers_on(vault, TODAY)}
    assert signers["head"].full_name == DEMO_ACCOUNTS[0][1] and signers["head"].title == "Trưởng ban"
    assert signers["deputy"].username == "photruongban" and signers["secretary"].title == "Bí thư"

    tree = orgs.org_tree(vault, on=TODAY)
    assert len(tree) == 1 and tree[0].org.type is OrgType.DANG_UY_XA
    cells = tree[0].children
    assert len(cells) == s.cells and tree[0].total == s.count(Status.OFFICIAL) + s.count(Status.PROBATIONARY)
    names = [c.org.name for c in cells]
    assert all(n.startswith("Chi bộ ") for n in names)
    assert any(n.startswith("Chi bộ thôn ") for n in names)
    assert any(n.startswith("Chi bộ tổ dân phố ") for n in names)
    for institution in ("Chi bộ Công an xã", "Chi bộ Quân sự xã", "Chi bộ Trạm Y tế xã"):
        assert institution in names
    assert any(n.startswith("Chi bộ Trường") for n in names)
    for c in cells:
        assert c.org.residential == (c.org.name.startswith(("Chi bộ thôn", "Chi bộ tổ dân phố")))
    external = orgs.list_external_orgs(vault)
    assert len(external) == s.external_orgs and all(e.name.startswith("Đảng ủy ") for e in external)


def test_the_2025_merge_shows_in_successions_and_histories(built: tuple[Vault, DemoSummary]) -> None:
    vault, s = built
    rows = vault.conn.execute(
        "SELECT f.name, f.valid_to, t.name, t.valid_from, s.kind, s.date, s.decision_no"
        " FROM org_successions s JOIN orgs f ON f.id = s.from_org JOIN orgs t ON t.id = s.to_org"
    ).fetchall()
    assert len(rows) == 2
    assert {r[0] for r in rows} == set(s.merged_cells)
    for _, ended, into, started, kind, when, decision in rows:
        assert (into, kind, decision) == (s.merged_into, "merge", MERGE_DECISION)
        assert ended == started == when == MERGE_DAY.isoformat()
    merged = vault.conn.execute(
        "SELECT DISTINCT member_id FROM assignments WHERE reason = 'Sáp nhập chi bộ'"
    ).fetchall()
    assert len(merged) >= 4
    for (member_id,) in merged:
        history = orgs.cell_history(vault, member_id)
        before = [h for h in history if h.org_name in s.merged_cells]
        after = [h for h in history if h.org_name == s.merged_into]
        assert before and before[-1].valid_to == MERGE_DAY
        assert after and after[0].valid_from == MERGE_DAY and after[0].decision_no == MERGE_DECISION
    after_closing = vault.conn.execute(
        "SELECT count(*) FROM assignments a JOIN orgs o ON o.id = a.org_id WHERE o.valid_to IS NOT NULL"
        " AND (a.valid_from >= o.valid_to OR a.valid_to IS NULL OR a.valid_to > o.valid_to)"
    ).fetchone()[0]
    assert after_closing == 0  # nobody stays in, or joins, a cell after it was merged away


def test_history_events_agree_with_status(built: tuple[Vault, DemoSummary], members: list[Member]) -> None:
    vault, _ = built
    kinds: Counter[EventKind] = Counter()
    for m in members:
        events = repo.list_events(vault, m.id)
        kinds.update(e.kind for e in events)
        ended = [e for e in events if e.kind in (EventKind.DIED, EventKind.TRANSFER_OUT)]
        assert len(ended) <= 1
        history = orgs.cell_history(vault, m.id)
        assert history, m.full_name
        if ended:
            assert m.cell_id is None and history[-1].valid_to == ended[0].date.earliest()
        else:
            assert m.cell_id is not None and history[-1].valid_to is None
        assert m.data.admitted is not None
        for e in events:
            assert e.date.earliest() <= TODAY
            if e.kind is EventKind.BADGE:
                years = int(e.detail.split()[2])
                assert e.date.year - m.data.admitted.year in (years, years + 1)
            if e.kind is EventKind.TRANSFER_IN:
                assert history[0].valid_from == e.date.earliest() and e.decision_no
    assert set(kinds) >= {
        EventKind.TRANSFER_IN,
        EventKind.TRANSFER_OUT,
        EventKind.DIED,
        EventKind.BADGE,
        EventKind.EXEMPTED,
    }


def test_check_passes_and_search_finds_demo_people(built: tuple[Vault, DemoSummary]) -> None:
    vault, _ = built
    report = check_vault(vault)
    assert report.ok, [p.render() for p in report.problems]
    found = repo.list_members(vault, search="ng v", limit=20)
    assert found and all(matches("ng v", r.full_name) for r in found)
    assert any(r.ho == "Nguyễn" and r.dem == "Văn" for r in found)
    someone = repo.list_members(vault, limit=1)[0]
    assert [r.id for r in repo.list_members(vault, search=someone.cccd)] == [someone.id]


def test_refuses_bad_sizes_a_full_vault_and_non_heads(built: tuple[Vault, DemoSummary], tmp_path: Path) -> None:
    vault, _ = built
    with pytest.raises(InputError) as exc:
        build_demo_commune(vault, members=10, today=TODAY)
    assert exc.value.message.id == "demo.not_empty"
    with pytest.raises(InputError) as exc:
        make(tmp_path / "zero", members=0)
    assert exc.value.message.id == "demo.members_range"
    assert not (tmp_path / "zero").exists()  # a failed build leaves no half-made vault
    staff = Vault.open(vault.paths.root, username="chuyenvien", password=PASSWORD)
    with staff, pytest.raises(PermissionDenied):
        build_demo_commune(staff, members=10, today=TODAY)


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_messages_are_catalogued_and_render() -> None:
    merged = catalogue()
    for msg_id, (vi, en) in MESSAGES.items():
        assert msg_id.startswith("demo.") and merged[msg_id] == (vi, en)
        assert fields(vi) == fields(en)
        assert render(Message(msg_id, {f: "X" for f in fields(vi)}), "en")
    source = Path(handbook.demo.__file__).parent
    used: set[str] = set()
    for path in [*source.glob("*.py"), source.parent / "cli" / "demo_commands.py"]:
        used |= set(re.findall(r'"(demo\.[a-z_]+)"', path.read_text(encoding="utf-8")))
    assert used and used <= MESSAGES.keys()
