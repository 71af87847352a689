"""Party organisations as a dated tree, their successions, and external workplace organisations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NewType

from handbook.i18n import Message

OrgId = NewType("OrgId", int)
ExternalOrgId = NewType("ExternalOrgId", int)


class OrgType(StrEnum):
    DANG_UY_XA = "dang_uy_xa"
    DANG_UY_PHUONG = "dang_uy_phuong"
    DANG_UY_DAC_KHU = "dang_uy_dac_khu"
    DANG_BO_CO_SO = "dang_bo_co_so"
    CHI_BO_CO_SO = "chi_bo_co_so"
    DANG_BO_BO_PHAN = "dang_bo_bo_phan"
    CHI_BO_TRUC_THUOC = "chi_bo_truc_thuoc"
    CHI_BO = "chi_bo"

    @property
    def label(self) -> Message:
        return Message(f"orgtype.{self.value}")

    @property
    def holds_members(self) -> bool:
        """Members are assigned to cells (chi bộ), not to committees above them."""
        return self in (OrgType.CHI_BO_CO_SO, OrgType.CHI_BO_TRUC_THUOC, OrgType.CHI_BO)


@dataclass(frozen=True)
class Org:
    id: OrgId
    name: str
    type: OrgType
    parent_id: OrgId | None
    residential: bool
    valid_from: date | None
    valid_to: date | None
    founding_decision: str = ""
    note: str = ""

    def active_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day < self.valid_to)


@dataclass(frozen=True)
class Succession:
    from_org: OrgId
    to_org: OrgId
    kind: str
    date: dt.date
    decision_no: str
    decision_date: dt.date | None


@dataclass(frozen=True)
class ExternalOrg:
    """A workplace party committee outside the commune: a recipient, not part of our tree."""

    id: ExternalOrgId
    name: str
    superior: str = ""
    address: str = ""
    note: str = ""
