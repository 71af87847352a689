"""Merging, splitting and moving: one transaction, dated, with the decision, history kept, audited."""

from __future__ import annotations

from datetime import date

import pytest

from handbook.errors import InputError
from handbook.members import repo
from handbook.members.model import MemberData
from handbook.orgs import reorg
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgId, OrgType
from handbook.vault import audit
from handbook.vault.check import check_vault
from handbook.vault.vault import Vault

JULY = date(2025, 7, 1)


@pytest.fixture
def cells(vault: Vault) -> tuple[OrgId, OrgId, OrgId]:
    root = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
    made = []
    for name, n in (("Chi bộ thôn Đông", 3), ("Chi bộ thôn Tây", 2), ("Chi bộ thôn Nam", 1)):
        cid = orgs.add_org(vault, name, OrgType.CHI_BO_CO_SO, root, residential=True, valid_from=date(2010, 1, 1))
        for i in range(n):
            repo.add_member(
                vault,
                MemberData(ho="Lê", dem=name.split()[-1], ten=f"Người{i}"),
                cell_id=cid,
                cell_from=date(2015, 1, 1),
                accept=True,
            )
        made.append(cid)
    return made[0], made[1], made[2]


def test_merge_into_new_cell_keeps_history(vault: Vault, cells: tuple[OrgId, OrgId, OrgId]) -> None:
    east, west, _ = cells
    h = reorg.merge_cells(vault, [east, west], when=JULY, decision_no="15-QĐ/ĐU", into_name="Chi bộ thôn Đông Tây")
    assert len(h.lines) == 5 and h.count_from(east) == 3 and h.count_from(west) == 2
    target = h.targets[0]
    assert repo.count_members(vault, cell_id=target.id) == 5
    tree_names = [n.org.name for n in orgs.org_tree(vault, on=date(2025, 8, 1))[0].children]
    assert "Chi bộ thôn Đông" not in tree_names and "Chi bộ thôn Đông Tây" in tree_names
    old_tree = [n.org.name for n in orgs.org_tree(vault, on=date(2025, 6, 30))[0].children]
    assert "Chi bộ thôn Đông" in old_tree
    member_id = h.lines[0].member_id
    history = orgs.cell_history(vault, member_id)
    assert [a.org_name for a in history][-2:] == ["Chi bộ thôn Đông", "Chi bộ thôn Đông Tây"]
    succ = vault.conn.execute("SELECT from_org, to_org, kind, decision_no FROM org_successions").fetchall()
    assert sorted(succ) == sorted([(east, target.id, "merge", "15-QĐ/ĐU"), (west, target.id, "merge", "15-QĐ/ĐU")])
    assert any(e.operation == "orgs.merge" for e in audit.recent(vault.conn, 30))
    assert check_vault(vault).ok


def test_rejected_reorganisation_changes_nothing(vault: Vault, cells: tuple[OrgId, OrgId, OrgId]) -> None:
    east, west, _south = cells
    before = vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(InputError):
        reorg.merge_cells(vault, [east, west], when=JULY, decision_no="", into_name="X")
    with pytest.raises(InputError):
        reorg.merge_cells(vault, [east], when=JULY, decision_no="1", into_name="X")
    east_members = [r.id for r in repo.list_members(vault, cell_id=east)]
    with pytest.raises(InputError) as unplaced:
        reorg.split_cell(
            vault, east, [("A", east_members[:1]), ("B", east_members[1:2])], when=JULY, decision_no="2-QĐ/ĐU"
        )
    assert "chưa được xếp" in unplaced.value.render("vi")
    assert vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == before
    assert repo.count_members(vault, cell_id=east) == 3


def test_split_and_move(vault: Vault, cells: tuple[OrgId, OrgId, OrgId]) -> None:
    east, _, south = cells
    ids = [r.id for r in repo.list_members(vault, cell_id=east)]
    h = reorg.split_cell(
        vault, east, [("Chi bộ xóm 1", ids[:2]), ("Chi bộ xóm 2", ids[2:])], when=JULY, decision_no="3-QĐ/ĐU"
    )
    assert [t.name for t in h.targets] == ["Chi bộ xóm 1", "Chi bộ xóm 2"]
    assert repo.count_members(vault, cell_id=h.targets[0].id) == 2
    with pytest.raises(InputError) as gone:
        reorg.move_members(vault, ids[:1], east, when=date(2025, 8, 1), decision_no="4")
    assert "không còn hoạt động" in gone.value.render("vi")
    moved = reorg.move_members(vault, ids[:2], south, when=date(2025, 8, 1), decision_no="4-QĐ/ĐU")
    assert {ln.from_cell for ln in moved.lines} == {"Chi bộ xóm 1"}
    assert repo.count_members(vault, cell_id=south) == 3
    assert orgs.find_cell(vault, "thon nam").id == south
    with pytest.raises(InputError):
        orgs.find_cell(vault, "chi bo")  # ambiguous


def test_the_tree_on_a_past_day_counts_that_days_members(vault: Vault, cells: tuple[OrgId, OrgId, OrgId]) -> None:
    east, west, _ = cells
    h = reorg.merge_cells(vault, [east, west], when=JULY, decision_no="15-QĐ/ĐU", into_name="Chi bộ thôn Đông Tây")
    before = {n.org.name: n.members for n in orgs.org_tree(vault, on=date(2025, 6, 30))[0].children}
    after = {n.org.name: n.members for n in orgs.org_tree(vault, on=date(2025, 7, 2))[0].children}
    assert before["Chi bộ thôn Đông"] == 3 and before["Chi bộ thôn Tây"] == 2
    assert after["Chi bộ thôn Đông Tây"] == 5
    assert len(orgs.members_on(vault, east, date(2025, 6, 30))) == 3
    assert orgs.members_on(vault, east, date(2025, 7, 2)) == []
    succ = orgs.successions_of(vault, h.targets[0].id)
    assert {(s.kind, s.incoming, s.other_name) for s in succ} == {
        ("merge", True, "Chi bộ thôn Đông"),
        ("merge", True, "Chi bộ thôn Tây"),
    }
    assert [(s.kind, s.incoming) for s in orgs.successions_of(vault, east)] == [("merge", False)]
