"""Party members: their record, dated lifecycle events, and the status that derives from them."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import NewType

from handbook.dates import PartialDate

MemberId = NewType("MemberId", int)
EventId = NewType("EventId", int)


class Gender(StrEnum):
    MALE = "nam"
    FEMALE = "nu"


class EventKind(StrEnum):
    TRANSFER_IN = "transfer_in"  # chuyển đến (chính thức)
    TRANSFER_IN_TEMPORARY = "transfer_in_temporary"  # chuyển sinh hoạt tạm thời đến
    TRANSFER_OUT = "transfer_out"  # chuyển đi (chính thức)
    TRANSFER_OUT_TEMPORARY = "transfer_out_temporary"
    EXEMPTED = "exempted"  # miễn sinh hoạt
    EXEMPTION_ENDED = "exemption_ended"
    SUSPENDED = "suspended"  # đình chỉ sinh hoạt
    SUSPENSION_ENDED = "suspension_ended"
    DISCIPLINED = "disciplined"  # kỷ luật (khiển trách, cảnh cáo, cách chức)
    LEFT = "left"  # xin ra khỏi Đảng
    STRUCK_OFF = "struck_off"  # xóa tên
    EXPELLED = "expelled"  # khai trừ
    DIED = "died"  # từ trần
    BADGE = "badge"  # Huy hiệu Đảng (detail: số năm tuổi Đảng)


class Status(StrEnum):
    PROBATIONARY = "du_bi"
    OFFICIAL = "chinh_thuc"
    TRANSFERRED_OUT = "da_chuyen_di"
    LEFT = "ra_khoi_dang"
    DIED = "tu_tran"


ENDING_KINDS = {
    EventKind.TRANSFER_OUT,
    EventKind.LEFT,
    EventKind.STRUCK_OFF,
    EventKind.EXPELLED,
    EventKind.DIED,
}
BADGE_YEARS = (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)


@dataclass(frozen=True)
class MemberData:
    """Everything a person can type about a member (already normalised by ``normalize_member``)."""

    ho: str = ""
    dem: str = ""
    ten: str = ""
    gender: Gender | None = None
    birth_date: PartialDate | None = None
    hometown: str = ""
    ethnicity: str = ""
    religion: str = ""
    cccd: str = ""
    cmnd: str = ""
    phone: str = ""
    card_no: str = ""
    admitted: PartialDate | None = None
    official: PartialDate | None = None
    education: str = ""
    theory: str = ""
    occupation: str = ""
    workplace: str = ""
    address: str = ""
    note: str = ""
    photo: bytes | None = field(default=None, repr=False)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.ho, self.dem, self.ten) if p)

    def with_changes(self, **changes: object) -> MemberData:
        return replace(self, **changes)  # type: ignore[arg-type]


TEXT_FIELDS = tuple(
    f.name for f in fields(MemberData) if f.name not in ("gender", "birth_date", "admitted", "official", "photo")
)


@dataclass(frozen=True)
class Event:
    id: EventId
    member_id: MemberId
    kind: EventKind
    date: PartialDate
    decision_no: str = ""
    detail: str = ""


@dataclass(frozen=True)
class Member:
    id: MemberId
    data: MemberData
    status: Status
    cell_id: int | None = None
    cell_name: str = ""

    @property
    def full_name(self) -> str:
        return self.data.full_name


def derive_status(data: MemberData, events: list[Event]) -> Status:
    """The current status: the latest ending event wins; a transfer back in reopens the record."""
    status = Status.OFFICIAL if data.official else Status.PROBATIONARY
    for ev in sorted(events, key=lambda e: (e.date.earliest(), e.id)):
        if ev.kind is EventKind.DIED:
            status = Status.DIED
        elif ev.kind in (EventKind.LEFT, EventKind.STRUCK_OFF, EventKind.EXPELLED):
            status = Status.LEFT
        elif ev.kind is EventKind.TRANSFER_OUT:
            status = Status.TRANSFERRED_OUT
        elif ev.kind is EventKind.TRANSFER_IN and status is Status.TRANSFERRED_OUT:
            status = Status.OFFICIAL if data.official else Status.PROBATIONARY
    return status
