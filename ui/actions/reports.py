"""Report actions for the screens (run off the GUI thread): build, render in memory, save a file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from handbook.orgs.repo import list_orgs
from handbook.reports.build import ReportRequest, build_report, render, report_doc
from handbook.reports.tables import ReportDoc
from handbook.vault.atomic import write_atomic
from handbook.vault.vault import Vault


@dataclass(frozen=True)
class OrgOption:
    org_id: int
    name: str
    depth: int


@dataclass(frozen=True)
class Rendered:
    doc: ReportDoc
    data: bytes
    fmt: str


def org_options(vault: Vault) -> list[OrgOption]:
    """Every organisation ever recorded (a past report may name a closed cell), as an indented tree."""
    orgs = list_orgs(vault)
    ids = {o.id for o in orgs}
    children: dict[int | None, list[int]] = {}
    by_id = {o.id: o for o in orgs}
    for o in orgs:
        parent = o.parent_id if o.parent_id in ids else None
        children.setdefault(parent, []).append(o.id)
    out: list[OrgOption] = []

    def walk(parent: int | None, depth: int) -> None:
        for oid in children.get(parent, []):
            org = by_id[oid]  # type: ignore[index]
            out.append(OrgOption(int(oid), org.name, depth))
            walk(oid, depth + 1)

    walk(None, 0)
    return out


def build_rendered(vault: Vault, req: ReportRequest, fmt: str, today: date | None = None) -> Rendered:
    doc = report_doc(build_report(vault, req, today=today))
    return Rendered(doc, render(vault, doc, fmt), fmt)


def save_rendered(rendered: Rendered, path: Path) -> Path:
    write_atomic(path, rendered.data)
    return path
