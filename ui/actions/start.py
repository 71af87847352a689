"""Actions before and around a session: create a vault, build the demo, unlock, read the session's settings.

The start flow imports this before the unlock window shows, so the vault layer (SQLCipher, sqlite-utils,
the committee profile) is imported inside the functions that use it, once the person acts.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.i18n import Lang, parse_lang
from handbook.vault.paths import VaultPaths

if TYPE_CHECKING:
    from handbook.orgs.model import OrgType
    from handbook.orgs.profile import CommitteeProfile, CommuneType
    from handbook.vault import kdf
    from handbook.vault.vault import Vault


def root_type(commune_type: CommuneType) -> OrgType:
    """The type of the commune's own Party committee (the root of the organisation tree)."""
    from handbook.orgs.model import OrgType
    from handbook.orgs.profile import CommuneType

    return {
        CommuneType.XA: OrgType.DANG_UY_XA,
        CommuneType.PHUONG: OrgType.DANG_UY_PHUONG,
        CommuneType.DAC_KHU: OrgType.DANG_UY_DAC_KHU,
    }[commune_type]


def looks_like_vault(path: Path) -> bool:
    """A folder with a key file or a database (the core says more when it is opened)."""
    paths = VaultPaths(path)
    return paths.keys.exists() or paths.db.exists()


@dataclass(frozen=True)
class NewVault:
    """Everything the first-run wizard collects."""

    root: Path
    profile: CommitteeProfile
    username: str
    full_name: str
    password: str


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_code: str
    root: Path


def create_vault(request: NewVault, kdf_params: kdf.KdfParams | None) -> CreatedVault:
    """A new vault with the head's account, the committee profile and the commune's Party committee.

    ``kdf_params`` None calibrates the key derivation on this PC (the real app); tests pass ``kdf.TEST_ONLY``.
    """
    from handbook.orgs.profile import set_profile
    from handbook.orgs.repo import add_org
    from handbook.vault.vault import Vault

    existed = request.root.exists()  # an empty folder the person chose; Vault.create refuses anything else
    created = Vault.create(
        request.root,
        committee_name=request.profile.committee_name,
        username=request.username,
        full_name=request.full_name,
        password=request.password,
        kdf_params=kdf_params,
    )
    vault = created.vault
    try:
        set_profile(vault, request.profile)
        add_org(
            vault,
            request.profile.committee_name,
            root_type(request.profile.commune_type),
            valid_from=request.profile.valid_from,
        )
    except BaseException:
        # Nothing half-made stays behind: the folder is new, and its recovery code was never shown.
        vault.close()
        shutil.rmtree(request.root, ignore_errors=True)
        if existed:
            request.root.mkdir()
        raise
    return CreatedVault(vault, created.recovery_code, request.root)


@dataclass(frozen=True)
class DemoReady:
    path: Path
    created: bool  # False: it was there already


def open_or_build_demo(path: Path, password: str, kdf_params: kdf.KdfParams | None) -> DemoReady:
    """The demo commune at ``path``, built on first use (with the demo accounts' password)."""
    if looks_like_vault(path):
        return DemoReady(path, False)
    from handbook.cli.demo_commands import build_demo

    build_demo(path, password, kdf_params)
    return DemoReady(path, True)


def unlock(path: Path, username: str, password: str) -> Vault:
    from handbook.vault.vault import Vault

    return Vault.open(path, username=username, password=password)


@dataclass(frozen=True)
class SessionSettings:
    autolock_minutes: int
    language: Lang
    text_scale: int
    committee_name: str


def session_settings(vault: Vault) -> SessionSettings:
    from handbook import settings
    from handbook.orgs.profile import profile_on

    profile = profile_on(vault, date.today())
    return SessionSettings(
        autolock_minutes=settings.get(vault, settings.AUTOLOCK_MINUTES),
        language=parse_lang(settings.get(vault, settings.LANGUAGE)),
        text_scale=settings.get(vault, settings.TEXT_SCALE),
        committee_name=profile.committee_name if profile else (vault.meta("committee_name") or ""),
    )
