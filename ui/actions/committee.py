"""The committee's profile (names printed on every form) and backups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from handbook.orgs.profile import CommitteeProfile, profile_on, set_profile
from handbook.vault.vault import Vault
from ui.actions.changes import BackupWritten, ProfileChanged


def load_profile(vault: Vault) -> CommitteeProfile | None:
    return profile_on(vault, date.today())


def save_profile(vault: Vault, profile: CommitteeProfile) -> ProfileChanged:
    """A new dated version from today (older versions stay for forms printed before)."""
    set_profile(vault, replace(profile, valid_from=date.today()))
    return ProfileChanged()


def backup(vault: Vault, out: Path) -> BackupWritten:
    return BackupWritten(str(vault.backup_to(out)))
