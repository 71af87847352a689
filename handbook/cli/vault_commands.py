"""Subcommands for the vault itself: init, users, passwd, recover, check, backup, restore, audit, settings."""

from __future__ import annotations

import argparse
from pathlib import Path

from handbook import settings
from handbook.cli import secrets_input
from handbook.cli.context import Context
from handbook.errors import InputError
from handbook.permissions import Op
from handbook.vault import audit, kdf, users
from handbook.vault.check import accept_current, check_vault
from handbook.vault.vault import Vault


def kdf_params(args: argparse.Namespace) -> kdf.KdfParams | None:
    # The hidden flag exists for the test suite only (hundreds of vaults); a real vault calibrates.
    return kdf.TEST_ONLY if getattr(args, "insecure_test_kdf", False) else None


def print_recovery_code(ctx: Context, code: str) -> None:
    ctx.out("")
    ctx.say("cli.recovery_banner")
    ctx.out("")
    ctx.out(f"    {code}")
    ctx.out("")
    ctx.say("cli.recovery_explain")


def cmd_init(ctx: Context) -> int:
    a = ctx.args
    username = a.user or "truongban"
    created = Vault.create(
        Path(a.vault),
        committee_name=a.committee_name,
        username=username,
        full_name=a.full_name,
        password=ctx.password() if (a.password_file or _env_password()) else ctx.new_password(),
        kdf_params=kdf_params(a),
    )
    with created.vault as vault:
        ctx.say("cli.init_done", path=str(vault.paths.root), committee=a.committee_name, user=vault.actor.username)
    print_recovery_code(ctx, created.recovery_code)
    return 0


def _env_password() -> bool:
    import os

    return bool(os.environ.get("HANDBOOK_PASSWORD"))


def cmd_users_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        ctx.say("cli.users_header")
        for u in users.list_users(vault):
            status = ctx.text("cli.user_active" if u.active else "cli.user_inactive")
            if u.delegated:
                status += ", " + ctx.text("cli.user_delegated")
            ctx.out(f"{u.username} | {u.full_name} | {u.role.label.render(ctx.lang)} | {status}")
    return 0


def cmd_users_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        vault.actor.require(Op.USERS_MANAGE)  # refuse before asking for the new password
        role = users.parse_role(a.role)
        new = users.add_user(
            vault,
            username=a.username,
            full_name=a.full_name,
            role=role,
            password=ctx.new_password(),
            delegated=a.may_sign_for_head,
        )
        ctx.say("cli.user_added", user=new.username, role=new.role.label)
    return 0


def _yes_no(text: str | None) -> bool | None:
    if text is None:
        return None
    return text.strip().lower() in ("yes", "co", "có", "1", "true", "on")


def cmd_users_set(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        changed = users.update_user(
            vault,
            a.username,
            role=users.parse_role(a.role) if a.role else None,
            delegated=_yes_no(a.may_sign_for_head),
            active=_yes_no(a.active),
        )
        status = ctx.text("cli.user_active" if changed.active else "cli.user_inactive")
        if changed.delegated:
            status += ", " + ctx.text("cli.user_delegated")
        ctx.out(f"{changed.username} | {changed.full_name} | {changed.role.label.render(ctx.lang)} | {status}")
        for notice in vault.notices:
            ctx.out(notice.render(ctx.lang))
    return 0


def cmd_passwd(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        users.change_own_password(vault, new_password=ctx.new_password())
        ctx.say("cli.password_changed", user=vault.actor.username)
    return 0


def cmd_recover(ctx: Context) -> int:
    a = ctx.args
    code = secrets_input.recovery_code(a.recovery_code_file, ctx.lang)
    users.recover(Path(a.vault), username=a.username, recovery_code=code, new_password=ctx.new_password())
    ctx.say("cli.recovered", user=a.username)
    return 0


def cmd_check(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        if getattr(ctx.args, "accept_current", False):
            ctx.out(accept_current(vault).render(ctx.lang))
        report = check_vault(vault)
        hint = vault.paths.latest_backup_hint()
    for note in report.repaired:
        ctx.out(f"- {note.render(ctx.lang)}")
    if report.ok:
        ctx.say("cli.check_ok", entries=report.audit_entries, version=report.schema_version)
        return 0
    ctx.say("cli.check_failed")
    for problem in report.problems:
        ctx.out(f"- {problem.render(ctx.lang)}")
    ctx.out(hint.render(ctx.lang))
    return 6


def cmd_backup(ctx: Context) -> int:
    text = str(ctx.args.out)
    if text.endswith(("/", "\\")) and not Path(text).is_dir():  # meant a folder that is not there
        raise InputError("backup.folder_missing", path=text)
    with ctx.open_vault() as vault:
        out = vault.backup_to(Path(ctx.args.out))
    ctx.say("cli.backup_done", path=str(out))
    return 0


def cmd_audit(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        vault.actor.require(Op.AUDIT_VIEW)
        for e in reversed(audit.recent(vault.conn, ctx.args.limit)):
            ctx.say(
                "cli.audit_line",
                seq=e.seq,
                at=e.at,
                actor=e.actor,
                operation=e.operation,
                entity=e.entity,
                entity_id=e.entity_id,
            )
    return 0


def cmd_settings_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        for s in settings.ALL:
            ctx.out(f"{s.key} = {settings.get(vault, s)}    ({s.label.render(ctx.lang)})")
    return 0


def cmd_settings_set(ctx: Context) -> int:
    setting = settings.lookup(ctx.args.key)
    value = setting.parse(ctx.args.value)
    with ctx.open_vault() as vault:
        settings.set_value(vault, setting, value)
        ctx.say("cli.setting_set", label=setting.label, value=value)
    return 0


def cmd_status(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        print_status(ctx, vault)
    return 0


def print_status(ctx: Context, vault: Vault) -> None:
    n_users = vault.conn.execute("SELECT count(*) FROM users").fetchone()[0]
    entries = vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    ctx.say(
        "cli.status",
        path=str(vault.paths.root),
        committee=vault.meta("committee_name") or "",
        user=vault.actor.full_name,
        role=vault.actor.role.label,
        version=vault.schema_version,
        users=n_users,
        entries=entries,
    )
