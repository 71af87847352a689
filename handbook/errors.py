"""The one root exception of the core, carrying a translatable message."""

from __future__ import annotations

from handbook.i18n import DEFAULT_LANG, Lang, Message


class HandbookError(Exception):
    """Any refusal or failure the core reports to a person (CLI or GUI)."""

    exit_code = 1

    def __init__(self, msg_id: str, /, **values: object) -> None:
        self.message = Message(msg_id, values)
        super().__init__(msg_id)

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        return self.message.render(lang)

    def __str__(self) -> str:
        return self.message.render("en")


class AuthError(HandbookError):
    """Unknown user or wrong password / recovery code."""

    exit_code = 3


class PermissionDenied(HandbookError):
    """The acting user's role may not perform the operation."""

    exit_code = 4


class VaultError(HandbookError):
    """The vault is missing, damaged, tampered with, busy or of an unknown version."""

    exit_code = 5


class InputError(HandbookError):
    """Bad input from the user: says what, where and how to fix it."""

    exit_code = 2
