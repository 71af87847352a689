"""``handbook demo`` (a fictional commune to try things on) and ``handbook start`` (the main job)."""

from __future__ import annotations

import os
from pathlib import Path

from handbook.cli.context import Context
from handbook.cli.secrets_input import read_secret_file
from handbook.cli.vault_commands import kdf_params, print_status
from handbook.locations import demo_vault_path
from handbook.permissions import Role
from handbook.vault import kdf, users
from handbook.vault.vault import Vault

DEMO_PASSWORD = "sotay-demo-2026"
DEMO_COMMITTEE = "Đảng ủy xã Tân An"
DEMO_ACCOUNTS = (
    ("truongban", "Nguyễn Thị Hoà", Role.HEAD),
    ("photruongban", "Trần Văn Đức", Role.DEPUTY),
    ("chuyenvien", "Lê Thị Ngọc Ánh", Role.STAFF),
)


def demo_password(ctx: Context) -> tuple[str, bool]:
    """The demo accounts' password and whether it is the printed default."""
    file = getattr(ctx.args, "password_file", None)
    if file:
        return read_secret_file(file), False
    if os.environ.get("HANDBOOK_PASSWORD"):
        return os.environ["HANDBOOK_PASSWORD"], False
    return DEMO_PASSWORD, True


def build_demo(path: Path, password: str, params: kdf.KdfParams | None) -> str:
    """Create the demo vault with its three accounts; returns the recovery code."""
    username, full_name, _ = DEMO_ACCOUNTS[0]
    created = Vault.create(
        path,
        committee_name=DEMO_COMMITTEE,
        username=username,
        full_name=full_name,
        password=password,
        kdf_params=params,
    )
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
    return created.recovery_code


def cmd_demo(ctx: Context) -> int:
    path = Path(ctx.args.vault)
    password, default = demo_password(ctx)
    build_demo(path, password, kdf_params(ctx.args))
    ctx.say("cli.demo_created", path=str(path))
    if default:
        ctx.say("cli.demo_password", password=password)
    return 0


def cmd_start(ctx: Context) -> int:
    """Open the given vault, or the demo vault (made on first use)."""
    given = getattr(ctx.args, "vault", None)
    path = Path(given) if given else demo_vault_path()
    if given is None and not (path / "keys.json").exists():
        password, default = demo_password(ctx)
        build_demo(path, password, kdf_params(ctx.args))
        ctx.say("cli.demo_created", path=str(path))
        if default:
            ctx.say("cli.demo_password", password=password)
        vault = Vault.open(path, username=ctx.user or "truongban", password=password)
    elif given is None:
        ctx.say("cli.demo_exists", path=str(path))
        password, _ = demo_password(ctx)
        vault = Vault.open(path, username=ctx.user or "truongban", password=password)
    else:
        vault = ctx.open_vault(path)
    with vault:
        print_status(ctx, vault)
    return 0
