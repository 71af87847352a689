"""What every subcommand gets: the chosen language, an output function, and how to open the vault."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.cli import secrets_input
from handbook.i18n import Lang, Message, parse_lang

if TYPE_CHECKING:
    from handbook.vault.vault import Vault


@dataclass
class Context:
    args: argparse.Namespace
    lang: Lang

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        return cls(args, parse_lang(getattr(args, "lang", None) or os.environ.get("HANDBOOK_LANG")))

    def say(self, msg_id: str, /, **values: object) -> None:
        print(Message(msg_id, values).render(self.lang))

    def text(self, msg_id: str, /, **values: object) -> str:
        return Message(msg_id, values).render(self.lang)

    def out(self, line: str = "") -> None:
        print(line)

    @property
    def user(self) -> str | None:
        return getattr(self.args, "user", None) or os.environ.get("HANDBOOK_USER") or None

    def password(self) -> str:
        return secrets_input.password(getattr(self.args, "password_file", None), self.lang)

    def new_password(self) -> str:
        return secrets_input.new_password(getattr(self.args, "new_password_file", None), self.lang)

    def open_vault(self, path: Path | None = None) -> Vault:
        from handbook.vault.vault import Vault  # loaded by the commands that use a vault, not by sign/verify

        vault = Vault.open(path or Path(self.args.vault), username=self.user, password=self.password())
        self.warn(vault.warnings)
        return vault

    def warn(self, warnings: list[Message]) -> None:
        prefix = Message("vault.warning_prefix").render(self.lang)
        for warning in warnings:
            err(f"{prefix}: {warning.render(self.lang)}")


def err(line: str) -> None:
    print(line, file=sys.stderr)
