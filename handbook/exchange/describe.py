"""The preview in words: what a bundle is and what applying it would do, as sentences for the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from handbook.exchange.model import Opened
from handbook.exchange.preview import AckPlan, DispatchPlan, FiguresPlan, Plan, RequestsPlan
from handbook.exchange.reader import KIND_IDS
from handbook.i18n import Message

MAX_NAMES = 200  # lines listed per group; the count is always given


class Level(StrEnum):
    INFO = "info"  # what the bundle is
    WRITE = "write"  # what will be written
    SKIP = "skip"  # what stays as it is
    PROBLEM = "problem"  # what will not be applied, and why


@dataclass(frozen=True)
class Line:
    level: Level
    message: Message
    indent: bool = False


def _when(opened: Opened) -> str:
    return opened.header.created.strftime("%d/%m/%Y %H:%M UTC")


def describe(opened: Opened, plan: Plan) -> list[Line]:
    h = opened.header
    lines = [
        Line(
            Level.INFO,
            Message(
                "exchange.preview.head",
                {
                    "kind": Message(KIND_IDS[h.kind]),
                    "sender": h.sender.name,
                    "fingerprint": h.sender.fingerprint,
                    "when": _when(opened),
                },
            ),
        ),
        Line(Level.INFO, Message("exchange.preview.encrypted" if h.encrypted else "exchange.preview.signed_only")),
    ]
    if isinstance(plan, RequestsPlan):
        lines += _requests(plan)
    elif isinstance(plan, DispatchPlan):
        lines.append(
            Line(
                Level.WRITE,
                Message(
                    "exchange.preview.dispatch",
                    {"number": plan.number, "date": plan.date.strftime("%d/%m/%Y"), "count": len(plan.sheets)},
                ),
            )
        )
        lines.append(Line(Level.INFO, Message("exchange.preview.pdf" if plan.has_pdf else "exchange.preview.no_pdf")))
        if plan.replaces is not None:
            on = f"{plan.replaces_on[8:10]}/{plan.replaces_on[5:7]}/{plan.replaces_on[:4]}"
            lines.append(Line(Level.WRITE, Message("exchange.preview.replaces", {"on": on})))
        for s in plan.unmatched[:MAX_NAMES]:
            why = s.problem or Message("exchange.unmatched.nobody")
            lines.append(
                Line(
                    Level.PROBLEM,
                    Message("exchange.preview.line", {"name": s.sheet.person.full_name, "why": why}),
                    True,
                )
            )
    elif isinstance(plan, AckPlan):
        if plan.problem is not None:
            lines.append(Line(Level.PROBLEM, plan.problem))
        else:
            lines.append(
                Line(
                    Level.WRITE,
                    Message(
                        "exchange.preview.ack",
                        {"org": plan.workplace, "number": plan.number, "date": plan.received_on.strftime("%d/%m/%Y")},
                    ),
                )
            )
    elif isinstance(plan, FiguresPlan):
        lines.append(
            Line(
                Level.WRITE,
                Message(
                    "exchange.preview.figures", {"commune": plan.commune, "year": plan.year, "members": plan.members}
                ),
            )
        )
        reports = "exchange.preview.figures_reports" if plan.reports else "exchange.preview.figures_no_reports"
        lines.append(Line(Level.INFO, Message(reports)))
        if plan.previous_sent_at is not None:
            msg = "exchange.preview.figures_newer" if plan.newer else "exchange.preview.figures_older"
            lines.append(Line(Level.INFO, Message(msg, {"previous": plan.previous_sent_at[:10]})))
    return lines


def _requests(plan: RequestsPlan) -> list[Line]:
    lines = [
        Line(
            Level.INFO,
            Message(
                "exchange.preview.workplace_known" if plan.workplace_id else "exchange.preview.workplace_new",
                {"org": plan.workplace_name, "year": plan.year},
            ),
        )
    ]
    groups = (
        (Level.WRITE, "exchange.preview.new", plan.new),
        (Level.WRITE, "exchange.preview.update", plan.update),
        (Level.SKIP, "exchange.preview.already", plan.already),
        (Level.PROBLEM, "exchange.preview.unmatched", plan.unmatched),
        (Level.PROBLEM, "exchange.preview.conflicts", plan.conflicts),
    )
    for level, msg_id, items in groups:
        if not items:
            continue
        lines.append(Line(level, Message(msg_id, {"count": len(items)})))
        for item in items[:MAX_NAMES]:
            p = item.request.person
            name = p.full_name + (f" (CCCD {p.cccd})" if p.cccd else "")
            if item.reason is not None:
                lines.append(Line(level, Message("exchange.preview.line", {"name": name, "why": item.reason}), True))
            elif item.by:
                how = Message(f"exchange.matched.{item.by}", {"here": item.name})
                lines.append(Line(level, Message("exchange.preview.line", {"name": name, "why": how}), True))
            else:
                lines.append(Line(level, Message("exchange.preview.name", {"name": name}), True))
    return lines
