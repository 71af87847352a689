"""The 213 flow's records and the one table of allowed case moves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NewType

from handbook.members.model import MemberId
from handbook.orgs.model import ExternalOrgId, OrgId

RegistrationId = NewType("RegistrationId", int)
CaseId = NewType("CaseId", int)
DispatchId = NewType("DispatchId", int)


class Category(StrEnum):
    NORMAL = "normal"
    EXEMPT_ACTIVITY = "exempt_activity"  # introduced, exempt from residence activity: comment only on request
    EXEMPT_INTRODUCTION = "exempt_introduction"  # never introduced (special-duty forces)


class ResidenceKind(StrEnum):
    PERMANENT = "thuong_tru"
    TEMPORARY = "tam_tru"


class EndReason(StrEnum):
    MOVED = "moved"
    RETIRED = "retired"
    TRANSFERRED = "transferred"
    DIED = "died"
    OTHER = "other"


class Channel(StrEnum):
    PAPER = "paper"
    PORTAL = "portal"  # Cổng Dịch vụ công quốc gia
    APP = "app"  # Sổ tay đảng viên điện tử
    BUNDLE = "bundle"  # a bundle file from the workplace committee's app (handbook/exchange)


# The channels a person picks; BUNDLE is set only by applying a bundle, which also records where it came from.
MANUAL_CHANNELS: tuple[Channel, ...] = (Channel.PAPER, Channel.PORTAL, Channel.APP)


class CaseState(StrEnum):
    REQUESTED = "requested"
    COMMENTED = "commented"
    RETURNED = "returned"
    CONFIRMED = "confirmed"
    DISPATCHED = "dispatched"
    ACKNOWLEDGED = "acknowledged"
    CANCELLED = "cancelled"


class Action(StrEnum):
    COMMENT = "comment"
    CONFIRM = "confirm"
    RETURN = "return"
    DISPATCH = "dispatch"
    ACKNOWLEDGE = "acknowledge"
    CANCEL = "cancel"


S = CaseState
# (from, action) -> to. Anything not listed is refused with a sentence.
TRANSITIONS: dict[tuple[CaseState, Action], CaseState] = {
    (S.REQUESTED, Action.COMMENT): S.COMMENTED,
    (S.COMMENTED, Action.COMMENT): S.COMMENTED,  # correcting before confirmation
    (S.RETURNED, Action.COMMENT): S.COMMENTED,
    (S.COMMENTED, Action.CONFIRM): S.CONFIRMED,
    (S.COMMENTED, Action.RETURN): S.RETURNED,
    (S.CONFIRMED, Action.DISPATCH): S.DISPATCHED,
    (S.DISPATCHED, Action.ACKNOWLEDGE): S.ACKNOWLEDGED,
    (S.REQUESTED, Action.CANCEL): S.CANCELLED,
    (S.COMMENTED, Action.CANCEL): S.CANCELLED,
    (S.RETURNED, Action.CANCEL): S.CANCELLED,
    (S.CONFIRMED, Action.CANCEL): S.CANCELLED,
}


@dataclass(frozen=True)
class Registration:
    id: RegistrationId
    member_id: MemberId
    member_name: str
    workplace_org_id: ExternalOrgId | None
    workplace_name: str
    letter_no: str
    letter_date: date | None
    received_date: date
    residence_kind: ResidenceKind
    residence_address: str
    category: Category
    notes: str
    cell_id: OrgId | None
    cell_name: str
    ended_on: date | None
    end_reason: EndReason | None

    @property
    def active(self) -> bool:
        return self.ended_on is None


@dataclass(frozen=True)
class Case:
    id: CaseId
    registration_id: RegistrationId
    member_id: MemberId
    member_name: str
    year: int
    state: CaseState
    exempt: bool
    requested_by_org_id: ExternalOrgId | None
    requested_by_name: str
    request_doc_no: str
    channel: Channel
    external_dossier_no: str
    received_date: date | None
    deadline: date
    cell_id: OrgId | None
    cell_name: str
    comment_rule_set_id: int | None
    ratings: tuple[int, ...] | None
    other_comment: str
    cell_meeting_date: date | None
    cell_signer_lines: tuple[str, ...]
    cell_signer_name: str
    confirm_rule_set_id: int | None
    confirm_number_text: str
    confirm_date: date | None
    confirm_signer_lines: tuple[str, ...]
    confirm_signer_name: str
    return_reason: str
    cancel_reason: str
    dispatch_id: DispatchId | None


@dataclass(frozen=True)
class Dispatch:
    id: DispatchId
    year: int
    workplace_org_id: ExternalOrgId
    workplace_name: str
    number_text: str
    date: dt.date
    channel: Channel
    rule_set_id: int
    signer_lines: tuple[str, ...]
    signer_name: str
    acknowledged_on: dt.date | None
    case_ids: tuple[CaseId, ...]
