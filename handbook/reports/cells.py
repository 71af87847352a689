"""Members per cell and the organisation tree on a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from handbook.orgs.model import Org, OrgId
from handbook.orgs.repo import TreeNode, org_tree
from handbook.permissions import Op
from handbook.reports.scope import check_past, choose_org
from handbook.vault.vault import Vault


@dataclass(frozen=True)
class TreeRow:
    depth: int
    org_id: int
    name: str
    type_label: str
    residential: bool
    holds_members: bool
    members: int  # assigned to this organisation directly
    total: int  # with everything under it


@dataclass(frozen=True)
class CellsReport:
    day: date
    org_id: int | None
    org_name: str
    rows: tuple[TreeRow, ...]  # the tree, depth first

    @property
    def members(self) -> int:
        return sum(r.members for r in self.rows)

    @property
    def cells(self) -> int:
        return sum(1 for r in self.rows if r.holds_members)

    @property
    def empty(self) -> bool:
        return self.members == 0


def cells_report(vault: Vault, day: date, org: Org | int | None = None, *, today: date | None = None) -> CellsReport:
    vault.actor.require(Op.READ)
    check_past(day, today or date.today())
    choice = choose_org(vault, org, day)
    rows: list[TreeRow] = []

    def walk(nodes: tuple[TreeNode, ...] | list[TreeNode], depth: int, inside: bool) -> None:
        for node in nodes:
            mine = inside or choice.org_id is None or node.org.id == OrgId(choice.org_id)
            if mine:
                o = node.org
                label = o.type.label.render("vi")
                rows.append(
                    TreeRow(
                        depth, int(o.id), o.name, label, o.residential, o.type.holds_members, node.members, node.total
                    )
                )
            walk(node.children, depth + 1 if mine else depth, mine)

    walk(org_tree(vault, on=day), 0, False)
    return CellsReport(day, choice.org_id, choice.name, tuple(rows))
