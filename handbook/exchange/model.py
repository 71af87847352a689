"""The records of an exchange: committees' cards, a bundle's header, and the four kinds of payload."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from handbook.dates import PartialDate
from handbook.exchange.crypto import fingerprint

FORMAT = "sotay-bundle"
CARD_FORMAT = "sotay-card"
FORMAT_VERSION = 2  # 2: a commune's figures may carry its reports (``ReportFigures``); nothing else changed
CARD_VERSION = 1


class Kind(StrEnum):
    REQUESTS = "comment_requests"  # a workplace committee asks the commune for comments
    DISPATCH = "dispatch"  # the commune returns confirmed comments (data and the PDF)
    ACK = "acknowledgement"  # the workplace committee says it received a dispatch
    FIGURES = "round_figures"  # a commune's figures of the round, for the province


class Mode(StrEnum):
    """What sort of committee a vault serves (it decides which bundles it takes)."""

    COMMUNE = "commune"
    WORKPLACE = "workplace"
    PROVINCE = "province"


# Which kinds each sort of committee may apply.
ACCEPTS: dict[Mode, frozenset[Kind]] = {
    Mode.COMMUNE: frozenset({Kind.REQUESTS, Kind.ACK}),
    Mode.WORKPLACE: frozenset({Kind.DISPATCH}),
    Mode.PROVINCE: frozenset({Kind.FIGURES}),
}


@dataclass(frozen=True)
class Card:
    """A committee's public card: who it is and its two public keys."""

    name: str
    code: str
    kind: Mode
    sign_key: bytes
    enc_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_key, self.enc_key)


@dataclass(frozen=True)
class TrustedCard:
    card: Card
    trusted: bool
    added_at: str


@dataclass(frozen=True)
class Party:
    """The addressee as the sender knew it; ``fingerprint`` None when the sender had no card for it."""

    name: str
    code: str
    fingerprint: str | None


@dataclass(frozen=True)
class Header:
    id: str
    kind: Kind
    created: datetime
    sender: Card
    recipient: Party
    encryption: str
    ephemeral: bytes | None = None
    nonce: bytes | None = None

    @property
    def encrypted(self) -> bool:
        return self.ephemeral is not None


# --- payloads ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """How two committees recognise one member: CCCD when known, else name and birth date."""

    full_name: str
    birth_date: PartialDate | None
    cccd: str


@dataclass(frozen=True)
class Request:
    ref: str  # the sender's own reference for the line
    person: Person
    note: str = ""


@dataclass(frozen=True)
class RequestsPayload:
    year: int
    doc_no: str
    doc_date: date | None
    deadline: date
    requests: tuple[Request, ...]


@dataclass(frozen=True)
class Rating:
    criterion: str
    choice: str


@dataclass(frozen=True)
class Sheet:
    person: Person
    cell: str
    exempt: bool
    ratings: tuple[Rating, ...]
    other_comment: str
    confirm_number: str
    confirm_date: date | None
    confirm_signer: str
    request_doc_no: str


@dataclass(frozen=True)
class DispatchPayload:
    year: int
    dispatch_id: int
    number: str
    date: date
    signer_name: str
    sheets: tuple[Sheet, ...]
    pdf: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class AckPayload:
    dispatch_bundle_id: str
    dispatch_id: int
    number: str
    received_on: date


@dataclass(frozen=True)
class CellFigures:
    name: str
    members: int
    registered: int  # working members registered at their residence in this cell (213)
    cases: dict[str, int]  # case state -> count


@dataclass(frozen=True)
class ReportFigures:
    """The counts of a commune's reports the province rolls up (format version 2; no names of members).

    ``structure``: dimension key -> (label, count) in the commune's order; ``badges``: level -> members due by
    the ceremony; ``changes``: change kind -> count in the quarter up to the figures' date."""

    structure_day: date
    structure: dict[str, tuple[tuple[str, int], ...]]
    badges_ceremony: date
    badges: dict[int, int]
    changes_start: date
    changes_end: date
    changes: dict[str, int]


@dataclass(frozen=True)
class FiguresPayload:
    year: int
    as_of: date
    commune_code: str
    commune_name: str
    province_code: str
    members: int
    registered: int
    cases: dict[str, int]
    cells: tuple[CellFigures, ...]
    reports: ReportFigures | None = None  # None: a version 1 bundle, made before the reports were carried


Payload = RequestsPayload | DispatchPayload | AckPayload | FiguresPayload


def version_of(payload: Payload) -> int:
    """The oldest format version that holds ``payload``, so an older reader still opens what it can read."""
    return 2 if isinstance(payload, FiguresPayload) and payload.reports is not None else 1


@dataclass(frozen=True)
class Opened:
    """A bundle that passed every check: who sent it, to whom, and what it holds."""

    header: Header
    payload: Payload
    size: int
