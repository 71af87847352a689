"""Settings actions: signers, rule-set versions, signature images, accounts, vault settings, restoring.

Plain functions over the open vault (no Qt), each returning a typed value; the ones that change something
return a ``Changed`` so screens can react. The core checks every permission again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from handbook import settings
from handbook.errors import InputError
from handbook.flow.rules import list_versions, rule_set_document, rules_in_force, save_version, shipped_rule_sets
from handbook.forms.images import POSITIONS, get_signature_images, set_signature_images
from handbook.orgs import profile
from handbook.orgs.profile import CommitteeProfile, Signer, add_signer, profile_on
from handbook.permissions import Op, Role
from handbook.text.normalize import normalize_text
from handbook.vault import backup as vault_backup
from handbook.vault import keyslots, users
from handbook.vault.users import User
from handbook.vault.vault import Vault
from ui.actions.changes import Changed

# --- what changed --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignersChanged(Changed):
    """A signer was added or their period ended (forms print other names from then on)."""


@dataclass(frozen=True)
class RulesChanged(Changed):
    """A new dated version of the rule set was saved."""

    rule_set_id: int
    effective_from: date


@dataclass(frozen=True)
class ImagesChanged(Changed):
    position: str


@dataclass(frozen=True)
class UsersChanged(Changed):
    username: str


@dataclass(frozen=True)
class PasswordChanged(Changed):
    """The acting person's own password was changed (nothing else in the vault changed)."""


@dataclass(frozen=True)
class AutolockChanged(Changed):
    """The idle time before the window locks itself (the main window applies it at once)."""

    minutes: int


# --- the committee profile -----------------------------------------------------------------------------


def load_profile(vault: Vault) -> CommitteeProfile | None:
    return profile_on(vault, date.today())


# --- signers -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignerRow:
    id: int
    full_name: str
    position: str
    title: str
    valid_from: date
    valid_to: date | None

    def current(self, today: date) -> bool:
        return self.valid_from <= today and (self.valid_to is None or self.valid_to > today)


def list_signers(vault: Vault) -> list[SignerRow]:
    """Every signer ever recorded, newest period first."""
    return [
        SignerRow(r.id, r.signer.full_name, r.signer.position, r.signer.title, r.signer.valid_from, r.signer.valid_to)
        for r in profile.list_signers(vault)
    ]


@dataclass(frozen=True)
class NewSigner:
    full_name: str
    position: str
    title: str
    valid_from: date


def save_signer(vault: Vault, new: NewSigner) -> SignersChanged:
    add_signer(vault, Signer(new.full_name, new.position, new.title, new.valid_from))
    return SignersChanged()


def end_signer(vault: Vault, signer_id: int, last_day: date) -> SignersChanged:
    """End a signer's period after ``last_day`` (they sign nothing dated later). Head only, audited."""
    profile.end_signer(vault, signer_id, last_day)
    return SignersChanged()


# --- rule sets -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleVersion:
    id: int | None  # None: shipped with the program, not yet copied into this vault
    key: str
    effective_from: date
    edited: bool  # False: shipped with the program
    created_at: str
    created_by: str
    in_force: bool = False
    title: str = ""  # the document's name and date, when the version names it

    @property
    def name(self) -> str:
        """The document's name and date, else the key the version was saved under."""
        return self.title or self.key


@dataclass(frozen=True)
class RulesView:
    """The rule set in force today (as the document a head edits) and every version there is."""

    document: dict[str, Any]
    versions: list[RuleVersion]


def load_rules(vault: Vault, today: date | None = None) -> RulesView:
    rs = rules_in_force(vault, today or date.today())
    versions = [
        RuleVersion(int(v.id), v.key, v.effective_from, v.edited, v.created_at, v.created_by, title=v.title)
        for v in list_versions(vault)
    ]
    stored = {(v.key, v.effective_from) for v in versions if not v.edited}
    versions += [
        RuleVersion(None, s.key, s.effective_from, False, "", "", title=s.title)
        for s in shipped_rule_sets()
        if (s.key, s.effective_from) not in stored
    ]

    def in_force(v: RuleVersion) -> bool:
        if rs.id is not None:
            return v.id == rs.id
        # The program's revision of a shipped version the vault has not copied yet: its stored copy stands for it.
        return not v.edited and (v.key, v.effective_from) == (rs.key, rs.effective_from)

    versions = [replace(v, in_force=in_force(v)) for v in versions]
    versions.sort(key=lambda v: (v.effective_from, v.id if v.id is not None else 0), reverse=True)
    return RulesView(rule_set_document(rs), versions)


def save_rules(vault: Vault, document: dict[str, Any]) -> RulesChanged:
    rs = save_version(vault, document)
    assert rs.id is not None
    return RulesChanged(int(rs.id), rs.effective_from)


# --- signature and seal images -------------------------------------------------------------------------


@dataclass(frozen=True)
class PositionImages:
    position: str
    holder: str  # who holds the position today ("" when nobody is recorded)
    signer_name: str  # whose images these are
    signature_png: bytes | None
    seal_png: bytes | None


def load_images(vault: Vault) -> list[PositionImages]:
    today = date.today()
    holders = {s.position: s.full_name for s in reversed(list_signers(vault)) if s.current(today)}
    if "head" not in holders and vault.actor.role is Role.HEAD:
        holders["head"] = vault.actor.full_name  # as the core assumes: a head without a signer record signs
    out: list[PositionImages] = []
    for position in POSITIONS:
        images = get_signature_images(vault, position)
        out.append(
            PositionImages(
                position,
                holders.get(position, ""),
                images.signer_name if images else "",
                images.signature_png if images else None,
                images.seal_png if images else None,
            )
        )
    return out


def save_images(
    vault: Vault, position: str, signature_png: bytes | None, seal_png: bytes | None, signer_name: str
) -> ImagesChanged:
    set_signature_images(vault, position, signature_png, seal_png, signer_name=signer_name.strip() or None)
    return ImagesChanged(position)


def read_image_file(path: Path) -> bytes:
    """The bytes of a picture the person chose (the core checks it is a PNG or JPEG of a sensible size)."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError("cli.secret_file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None


# --- accounts ------------------------------------------------------------------------------------------


def load_users(vault: Vault) -> list[User]:
    return users.list_users(vault)


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    role: Role
    password: str
    delegated: bool = False


def create_user(vault: Vault, new: NewUser) -> UsersChanged:
    user = users.add_user(
        vault,
        username=new.username,
        full_name=new.full_name,
        role=new.role,
        password=new.password,
        delegated=new.delegated,
    )
    return UsersChanged(user.username)


def change_user(vault: Vault, username: str, *, role: Role, delegated: bool, active: bool) -> UsersChanged:
    user = users.update_user(vault, username, role=role, delegated=delegated and role is Role.DEPUTY, active=active)
    return UsersChanged(user.username)


def change_own_password(vault: Vault, current: str, new: str) -> PasswordChanged:
    """Check the current password first (someone may have walked up to an unlocked PC), then change it."""
    vault.actor.require(Op.OWN_PASSWORD)
    keyslots.open_slot(vault.key_file, vault.actor.username, current)
    users.change_own_password(vault, new_password=new)
    return PasswordChanged()


# --- vault settings ------------------------------------------------------------------------------------


def load_autolock(vault: Vault) -> int:
    return settings.get(vault, settings.AUTOLOCK_MINUTES)


def save_autolock(vault: Vault, minutes: int) -> AutolockChanged:
    value = settings.AUTOLOCK_MINUTES.parse(str(minutes))
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, value)
    return AutolockChanged(value)


# --- restoring -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreRequest:
    backup_file: Path
    target: Path
    username: str
    password: str


@dataclass(frozen=True)
class RestoredVault:
    root: Path
    created_at: str


def restore_backup(request: RestoreRequest) -> RestoredVault:
    """Verify the backup and put it in a new folder (never over the vault in use)."""
    target = Path(request.target)
    if target.exists() and any(target.iterdir()):
        raise InputError("backup.target_exists", path=str(target))
    done = vault_backup.restore(
        request.backup_file,
        target,
        username=normalize_text(request.username).lower() or None,
        secret=request.password,
    )
    return RestoredVault(done.root, done.created_at)
