"""Passwords and recovery codes for the command line: from a file, the environment, or a prompt.

Never from a plain argument (it would show in the process list and the shell history).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from handbook.errors import InputError
from handbook.i18n import Lang, Message


def read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError("cli.secret_file_unreadable", path=path, reason=exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise InputError("vault.secret_file_not_utf8", path=path) from None
    line = text.splitlines()[0] if text.strip() else ""
    if not line.strip():
        raise InputError("cli.secret_file_empty", path=path)
    return line.rstrip("\r\n")


def _prompt(prompt_id: str, lang: Lang) -> str:
    if not sys.stdin.isatty():
        raise InputError("cli.no_password")
    return getpass.getpass(Message(prompt_id).render(lang))


def password(file: str | None, lang: Lang, env: str = "HANDBOOK_PASSWORD") -> str:
    if file:
        return read_secret_file(file)
    value = os.environ.get(env)
    if value:
        return value
    return _prompt("cli.password_prompt", lang)


def new_password(file: str | None, lang: Lang) -> str:
    if file:
        return read_secret_file(file)
    first = _prompt("cli.new_password_prompt", lang)
    second = _prompt("cli.new_password_again", lang)
    if first != second:
        raise InputError("cli.passwords_differ")
    return first


def recovery_code(file: str | None, lang: Lang) -> str:
    if file:
        return read_secret_file(file)
    return _prompt("cli.recovery_prompt", lang)
