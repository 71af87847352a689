"""``handbook demo`` (a fictional commune to try things on) and ``handbook start`` (the main job)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from handbook.cli.context import Context
from handbook.cli.secrets_input import read_secret_file
from handbook.cli.vault_commands import kdf_params, print_status
from handbook.demo import DEMO_PASSWORD
from handbook.demo.commune import DemoSummary
from handbook.demo.create import (
    DEMO_ACCOUNTS,
    DEMO_COMMITTEE,
    DEMO_MEMBERS,
    DemoVault,
    create_demo_vault,
)
from handbook.locations import demo_vault_path
from handbook.members.model import Status
from handbook.vault import kdf
from handbook.vault.vault import Vault

__all__ = ["DEMO_ACCOUNTS", "DEMO_COMMITTEE", "DEMO_PASSWORD", "add_demo_arguments", "cmd_demo", "cmd_start"]


def add_demo_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``handbook demo`` (main.py calls this for the ``demo`` subcommand)."""
    p.add_argument(
        "--members",
        type=int,
        default=DEMO_MEMBERS,
        help=f"số đảng viên mẫu (mặc định {DEMO_MEMBERS}) / number of demo members",
    )
    p.add_argument(
        "--seed",
        type=int,
        default=0,
        help="số khởi tạo: cùng số cho cùng dữ liệu / seed: the same seed gives the same data",
    )


def demo_password(ctx: Context) -> tuple[str, bool]:
    """The demo accounts' password and whether it is the printed default."""
    file = getattr(ctx.args, "password_file", None)
    if file:
        return read_secret_file(file), False
    if os.environ.get("HANDBOOK_PASSWORD"):
        return os.environ["HANDBOOK_PASSWORD"], False
    return DEMO_PASSWORD, True


def build_demo(
    path: Path,
    password: str,
    params: kdf.KdfParams | None,
    *,
    members: int = DEMO_MEMBERS,
    seed: int = 0,
) -> DemoVault:
    """Create the demo vault with its three accounts, the fictional commune and its 213 work."""
    return create_demo_vault(path, password, kdf_params=params, members=members, seed=seed)


def say_summary(ctx: Context, s: DemoSummary) -> None:
    ctx.say(
        "demo.summary",
        committee=s.committee_name,
        province=s.province_name,
        code=s.commune_code,
        cells=s.cells,
        residential=s.residential_cells,
        members=s.members,
        official=s.count(Status.OFFICIAL),
        probationary=s.count(Status.PROBATIONARY),
        moved=s.count(Status.TRANSFERRED_OUT),
        died=s.count(Status.DIED),
        first=s.merged_cells[0],
        second=s.merged_cells[-1],
        into=s.merged_into,
    )


def _create(ctx: Context, path: Path) -> str:
    """Build the demo vault at ``path``, say so, and return the password used."""
    password, default = demo_password(ctx)
    members = getattr(ctx.args, "members", None)
    seed = getattr(ctx.args, "seed", None)
    built = build_demo(
        path,
        password,
        kdf_params(ctx.args),
        members=DEMO_MEMBERS if members is None else members,
        seed=0 if seed is None else seed,
    )
    ctx.say("cli.demo_created", path=str(path))
    say_summary(ctx, built.summary)
    f = built.flow
    ctx.say(
        "demo.flow_summary",
        registrations=f.registrations,
        year=f.year,
        cases=sum(f.cases_by_state.values()),
        dispatches=f.dispatches,
    )
    if default:
        ctx.say("cli.demo_password", password=password)
    return password


def cmd_demo(ctx: Context) -> int:
    _create(ctx, Path(ctx.args.vault))
    return 0


def cmd_start(ctx: Context) -> int:
    """Open the given vault, or the demo vault (made on first use)."""
    given = getattr(ctx.args, "vault", None)
    path = Path(given) if given else demo_vault_path()
    if given is None and not (path / "keys.json").exists():
        password = _create(ctx, path)
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
