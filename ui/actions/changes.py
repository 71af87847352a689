"""What an action changed: typed values the operations layer announces and screens react to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handbook.members.model import MemberId


class Changed:
    """Base of every "what changed" value. The runner emits these after an action succeeds."""


@dataclass(frozen=True)
class MembersChanged(Changed):
    """Members were added or edited (their ids), so lists, counts and overviews are stale."""

    ids: tuple[MemberId, ...]
    added: bool = False


@dataclass(frozen=True)
class ProfileChanged(Changed):
    """The committee profile got a new version (names on the overview and on forms)."""


@dataclass(frozen=True)
class BackupWritten(Changed):
    path: str
