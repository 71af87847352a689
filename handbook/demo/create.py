"""Creating the demo vault: the three demo accounts and the fictional commune, in a new folder."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from handbook.demo.commune import DemoSummary, build_demo_commune
from handbook.demo.flow import FlowSummary, build_demo_flow
from handbook.permissions import Role
from handbook.vault import kdf, users
from handbook.vault.vault import Vault

DEMO_COMMITTEE = "Đảng ủy xã Tân An"
DEMO_MEMBERS = 800
DEMO_ACCOUNTS: tuple[tuple[str, str, Role], ...] = (
    ("truongban", "Nguyễn Thị Hoà", Role.HEAD),
    ("photruongban", "Trần Văn Đức", Role.DEPUTY),
    ("chuyenvien", "Lê Thị Ngọc Ánh", Role.STAFF),
)


@dataclass(frozen=True)
class DemoVault:
    """What ``create_demo_vault`` hands back: the recovery code (shown once) and what was built."""

    recovery_code: str
    summary: DemoSummary
    flow: FlowSummary


def create_demo_vault(
    path: Path,
    password: str,
    *,
    kdf_params: kdf.KdfParams | None = None,
    members: int = DEMO_MEMBERS,
    seed: int = 0,
    today: date | None = None,
) -> DemoVault:
    """A new vault at ``path`` with the demo accounts (all with ``password``) and the demo commune.

    ``kdf_params`` None calibrates the key derivation as for a real vault. When building the commune
    fails, the half-made vault folder is removed again.
    """
    path = Path(path)
    existed = path.exists()
    username, full_name, _ = DEMO_ACCOUNTS[0]
    created = Vault.create(
        path,
        committee_name=DEMO_COMMITTEE,
        username=username,
        full_name=full_name,
        password=password,
        kdf_params=kdf_params,
    )
    try:
        with created.vault as vault:
            for name, full, role in DEMO_ACCOUNTS[1:]:
                users.add_user(
                    vault,
                    username=name,
                    full_name=full,
                    role=role,
                    password=password,
                    delegated=role is Role.DEPUTY,
                )
            summary = build_demo_commune(vault, members=members, seed=seed, today=today)
            flow = build_demo_flow(vault, seed=seed, today=today)
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        if existed:
            path.mkdir()
        raise
    return DemoVault(created.recovery_code, summary, flow)
