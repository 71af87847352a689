"""The exchange actions the screens run off the GUI thread (Qt-free), with the values they hand back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from handbook.errors import InputError
from handbook.exchange import cards as ex_cards
from handbook.exchange.apply import apply_bundle, preview_bundle
from handbook.exchange.build import build_ack, build_dispatch, build_figures, build_requests, write_bundle
from handbook.exchange.describe import Level, describe
from handbook.exchange.model import Kind, Mode, TrustedCard
from handbook.exchange.province import Rollup, rollup
from handbook.exchange.records import ReceivedDispatch, list_received, received_pdf
from handbook.exchange.rollup_doc import Table, rollup_doc, rollup_tables
from handbook.flow.dispatch import get_dispatch
from handbook.flow.model import DispatchId
from handbook.forms.dispatch_letter import render_dispatch
from handbook.i18n import Lang
from handbook.members.model import MemberId, Status
from handbook.members.repo import MemberRow, list_members
from handbook.reports.build import render
from handbook.vault.vault import Vault
from ui.actions.cases import CasesChanged
from ui.actions.changes import Changed
from ui.actions.reports import Rendered


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError("cli.secret_file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None


@dataclass(frozen=True)
class PreviewLine:
    level: Level
    text: str
    indent: bool


@dataclass(frozen=True)
class BundlePreview:
    """What a bundle holds and what applying it would do, already in the user's language."""

    kind: Kind
    lines: tuple[PreviewLine, ...]
    problems: bool  # some lines would not be applied (requests: only with "skip")
    blocking: bool  # nothing can be applied (e.g. an acknowledgement of a dispatch marked already)


def preview(vault: Vault, path: Path, lang: Lang) -> BundlePreview:
    opened, plan = preview_bundle(vault, read_file(path))
    lines = describe(opened, plan)
    problems = any(line.level is Level.PROBLEM for line in lines)
    blocking = opened.header.kind is Kind.ACK and problems
    return BundlePreview(
        opened.header.kind,
        tuple(PreviewLine(line.level, line.message.render(lang), line.indent) for line in lines),
        problems,
        blocking,
    )


@dataclass(frozen=True)
class BundleApplied(CasesChanged):
    """A received bundle was written; cases, dispatches or the province figures may have changed."""

    year: int
    kind: Kind
    sender: str
    summary: tuple[tuple[str, int], ...]


def apply(vault: Vault, path: Path, skip_unmatched: bool) -> BundleApplied:
    done = apply_bundle(vault, read_file(path), skip_unmatched=skip_unmatched)
    return BundleApplied(0, done.kind, done.sender, tuple(done.summary.items()))


@dataclass(frozen=True)
class BundleWritten(Changed):
    path: Path
    recipient: str
    encrypted: bool
    sheets: int


def dispatch_recipient(vault: Vault, dispatch_id: DispatchId) -> tuple[str, bool]:
    """Who the dispatch's bundle would go to, and whether a trusted card lets it be encrypted."""
    d = get_dispatch(vault, dispatch_id)
    row = vault.conn.execute(
        "SELECT name FROM exchange_cards WHERE external_org_id = ? AND trusted = 1", (d.workplace_org_id,)
    ).fetchone()
    return (row[0] if row else d.workplace_name), row is not None


def send_dispatch(vault: Vault, dispatch_id: DispatchId, out: Path, signed_pdf: Path | None) -> BundleWritten:
    """The dispatch as a bundle file: its sheets as data, and the signed PDF chosen (else the PDF built now)."""
    pdf = read_file(signed_pdf) if signed_pdf is not None else render_dispatch(vault, dispatch_id)
    if out.exists():
        raise InputError("excli.out_exists", path=str(out))
    built = build_dispatch(vault, dispatch_id, pdf=pdf)
    write_bundle(out, built.data)
    return BundleWritten(out, built.recipient.name, built.encrypted, built.count)


@dataclass(frozen=True)
class CardsData:
    own_name: str
    own_code: str
    own_fingerprint: str
    mode: Mode
    cards: tuple[TrustedCard, ...]


def load_cards(vault: Vault) -> CardsData:
    me = ex_cards.own_card(vault.conn)
    return CardsData(me.name, me.code, me.fingerprint, me.kind, tuple(ex_cards.list_cards(vault)))


@dataclass(frozen=True)
class CardsChanged(Changed):
    name: str


def export_own_card(vault: Vault, out: Path) -> Path:
    if out.exists():
        raise InputError("excli.out_exists", path=str(out))
    _, data = ex_cards.export_card(vault)
    return write_bundle(out, data)


def trust(vault: Vault, path: Path, fingerprint: str) -> CardsChanged:
    return CardsChanged(ex_cards.trust_card(vault, read_file(path), confirmed_fingerprint=fingerprint).name)


def untrust(vault: Vault, fingerprint: str) -> CardsChanged:
    return CardsChanged(ex_cards.untrust_card(vault, fingerprint).name)


@dataclass(frozen=True)
class RollupView:
    rollup: Rollup
    tables: tuple[Table, ...]


def province_rollup(vault: Vault, year: int) -> RollupView:
    r = rollup(vault, year)
    return RollupView(r, tuple(rollup_tables(r)))


def render_rollup(vault: Vault, year: int, fmt: str) -> Rendered:
    """The roll-up as the printed report (.xlsx or PDF bytes), built in memory."""
    doc = rollup_doc(rollup(vault, year))
    return Rendered(doc, render(vault, doc, fmt), fmt)


@dataclass(frozen=True)
class ReceivedData:
    rows: tuple[ReceivedDispatch, ...]


def load_received(vault: Vault) -> ReceivedData:
    return ReceivedData(tuple(list_received(vault)))


def received_pdf_bytes(vault: Vault, received_id: int) -> bytes:
    pdf = received_pdf(vault, received_id)
    if pdf is None:
        raise InputError("exchange.no_pdf")
    return pdf


def send_ack(vault: Vault, received_id: int, on: date, out: Path) -> BundleWritten:
    """The acknowledgement of a received dispatch, as a bundle file for the commune that sent it."""
    if out.exists():
        raise InputError("excli.out_exists", path=str(out))
    built = build_ack(vault, received_id, on)
    write_bundle(out, built.data)
    return BundleWritten(out, built.recipient.name, built.encrypted, built.count)


@dataclass(frozen=True)
class RequestChoices:
    """What a workplace committee picks a request bundle from: its members now in the Party, the communes' cards."""

    members: tuple[MemberRow, ...]
    communes: tuple[TrustedCard, ...]  # trusted cards of communes (the bundle is encrypted to the one chosen)


def request_choices(vault: Vault) -> RequestChoices:
    members = list_members(vault, statuses=(Status.PROBATIONARY, Status.OFFICIAL))
    cards = tuple(c for c in ex_cards.list_cards(vault) if c.trusted and c.card.kind is Mode.COMMUNE)
    return RequestChoices(tuple(members), cards)


@dataclass(frozen=True)
class RequestsOrder:
    """The request bundle as the person filled it in."""

    year: int
    member_ids: tuple[MemberId, ...]
    doc_no: str
    doc_date: date | None
    deadline: date
    to: str | None  # the fingerprint of a trusted commune card; None: signed only, for ``recipient_name``
    recipient_name: str


def send_requests(vault: Vault, order: RequestsOrder, out: Path) -> BundleWritten:
    """The workplace committee's requests for comments as a bundle file for the commune."""
    if out.exists():
        raise InputError("excli.out_exists", path=str(out))
    built = build_requests(
        vault,
        order.year,
        list(order.member_ids),
        doc_no=order.doc_no,
        deadline=order.deadline,
        doc_date=order.doc_date,
        to=order.to,
        recipient_name=order.recipient_name,
    )
    write_bundle(out, built.data)
    return BundleWritten(out, built.recipient.name, built.encrypted, built.count)


def send_figures(vault: Vault, year: int, out: Path) -> BundleWritten:
    """The commune's round figures for its province office (encrypted when its card is trusted here)."""
    if out.exists():
        raise InputError("excli.out_exists", path=str(out))
    built = build_figures(vault, year)
    write_bundle(out, built.data)
    return BundleWritten(out, built.recipient.name, built.encrypted, built.count)


@dataclass(frozen=True)
class ModeChanged(CardsChanged):
    mode: Mode


def change_mode(vault: Vault, mode: Mode, code: str) -> ModeChanged:
    card = ex_cards.set_mode(vault, mode, code=code.strip() or None)
    return ModeChanged(card.name, card.kind)
