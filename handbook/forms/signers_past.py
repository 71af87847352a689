"""Who signs a form of a past date, and a sentence naming the period when nobody is recorded for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from handbook.errors import InputError
from handbook.forms.sources import signer_name
from handbook.i18n import Message
from handbook.vault.vault import Vault


@dataclass(frozen=True)
class SignerGap:
    """A stretch of time in which no signer is recorded for a position (``None``: open at that end)."""

    position: str
    first_day: date | None  # the day after the previous holder's last day
    last_day: date | None  # the day before the next holder's first day

    def period(self) -> Message:
        if self.first_day and self.last_day:
            return Message("forms.period_between", {"start": _dmy(self.first_day), "end": _dmy(self.last_day)})
        if self.last_day:
            return Message("forms.period_until", {"end": _dmy(self.last_day)})
        if self.first_day:
            return Message("forms.period_since", {"start": _dmy(self.first_day)})
        return Message("forms.period_any")


def _dmy(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def signer_gap(vault: Vault, position: str, day: date) -> SignerGap | None:
    """The gap around ``day`` in the records of ``position``'s signers, or ``None`` when someone held it."""
    if not position or signer_name(vault, position, day):
        return None
    iso = day.isoformat()
    before = vault.conn.execute(
        "SELECT max(valid_to) FROM signers WHERE position = ? AND valid_to IS NOT NULL AND valid_to <= ?",
        (position, iso),
    ).fetchone()[0]
    after = vault.conn.execute(
        "SELECT min(valid_from) FROM signers WHERE position = ? AND valid_from > ?", (position, iso)
    ).fetchone()[0]
    first = date.fromisoformat(before) if before else None  # valid_to is the first day out of office
    last = date.fromisoformat(after) - timedelta(days=1) if after else None
    return SignerGap(position, first, last)


def known_signer(vault: Vault, position: str, day: date, *, form: Message, blank: bool = False) -> str:
    """The name to print under a form dated ``day``; unknown, it is refused with a sentence naming the
    period and where to record the signer, unless ``blank`` asks to leave room for a handwritten name."""
    gap = signer_gap(vault, position, day)
    if gap is None:
        return signer_name(vault, position, day)
    if blank:
        return ""
    raise InputError(
        "forms.signer_unknown",
        form=form,
        date=_dmy(day),
        position=Message(f"position.{position}"),
        period=gap.period(),
    )
