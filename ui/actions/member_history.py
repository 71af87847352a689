"""One member's lifecycle events (list, add) and the changes made to their record, from the audit log.

The audit log keeps every change as JSON (before/after); this module reads the entries of one member and
turns them into field changes the history tab shows. Reading it needs the audit permission.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import UTC, datetime

from handbook.dates import parse_partial
from handbook.errors import InputError
from handbook.members import repo
from handbook.members.model import Event, EventKind, MemberData, MemberId
from handbook.orgs.repo import list_orgs
from handbook.vault.users import list_users
from handbook.vault.vault import Vault
from ui.actions.changes import MembersChanged

HISTORY_LIMIT = 500


# --- events ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventsView:
    member_id: MemberId
    full_name: str
    events: list[Event]


def load_events(vault: Vault, member_id: MemberId) -> EventsView:
    member = repo.get_member(vault, member_id)
    return EventsView(member_id, member.full_name, repo.list_events(vault, member_id))


@dataclass(frozen=True)
class EventDraft:
    """The add-event form as typed: the date is text (a year, month/year or a full date)."""

    kind: EventKind
    date: str
    decision_no: str = ""
    detail: str = ""


def record_event(vault: Vault, member_id: MemberId, draft: EventDraft, date_label: str) -> MembersChanged:
    when = parse_partial(draft.date, field=date_label)
    if when is None:
        raise InputError("date.unreadable", field=date_label, value="")
    repo.add_event(
        vault,
        member_id,
        draft.kind,
        when,
        decision_no=" ".join(draft.decision_no.split()),
        detail=" ".join(draft.detail.split()),
    )
    return MembersChanged((member_id,))


# --- history from the audit log ------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    field: str  # a member field ("phone"), or "event", "cell", "date", "reason" …
    before: object
    after: object


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: datetime  # local time
    actor: str  # username ("system" for the program itself)
    actor_name: str  # full name when the account is known
    operation: str  # "members.add", "members.update", "members.event", "members.assign" …
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class MemberHistory:
    member_id: MemberId
    entries: list[HistoryEntry]
    cell_names: dict[int, str]  # org id -> name, to show assignments
    truncated: bool = False


def _as_dict(text: str | None) -> dict[str, object]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {"value": value}


def _empty(value: object) -> bool:
    return value in (None, "", 0, [], {})


FIELD_ORDER = {name: n for n, name in enumerate([f.name for f in fields(MemberData)] + ["photo_bytes"])}


def _in_form_order(keys: list[str]) -> list[str]:
    """Member fields in the order of the form (the log keeps them alphabetically); others after."""
    return sorted(keys, key=lambda k: FIELD_ORDER.get(k, len(FIELD_ORDER)))


def changes_of(operation: str, before: dict[str, object], after: dict[str, object]) -> tuple[FieldChange, ...]:
    """The fields an entry changed, in a stable order (a new record lists what it was created with)."""
    if operation == "members.add":
        return tuple(FieldChange(k, None, after[k]) for k in _in_form_order(list(after)) if not _empty(after[k]))
    if operation == "members.event":
        return tuple(
            FieldChange(k, None, after[k]) for k in ("event", "date", "decision_no", "detail", "status") if k in after
        )
    keys = _in_form_order(list(dict.fromkeys([*before, *after])))
    return tuple(
        FieldChange(k, before.get(k), after.get(k))
        for k in keys
        if before.get(k) != after.get(k) and not (_empty(before.get(k)) and _empty(after.get(k)))
    )


def _local(at: str) -> datetime:
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return datetime.now()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def member_history(vault: Vault, member_id: MemberId, limit: int = HISTORY_LIMIT) -> MemberHistory:
    """The audit entries about one member, newest first (at most ``limit``)."""
    rows = [
        (e.seq, e.at, e.actor, e.operation, e.before, e.after) for e in repo.member_history(vault, member_id, limit + 1)
    ]
    names = {u.username: u.full_name for u in list_users(vault)}
    cells = {int(o.id): o.name for o in list_orgs(vault)}
    entries = [
        HistoryEntry(
            int(seq),
            _local(str(at)),
            str(actor),
            names.get(str(actor), ""),
            str(operation),
            changes_of(str(operation), _as_dict(before), _as_dict(after)),
        )
        for seq, at, actor, operation, before, after in rows[:limit]
    ]
    return MemberHistory(member_id, entries, cells, truncated=len(rows) > limit)
