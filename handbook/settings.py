"""Every setting declared once (type, default, label) and stored, audited, in the vault."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from handbook.errors import InputError
from handbook.i18n import Message
from handbook.permissions import Op

if TYPE_CHECKING:
    from handbook.vault.vault import Vault

T = TypeVar("T", int, str, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    @property
    def label(self) -> Message:
        return Message(f"setting.{self.key}")

    def parse(self, raw: str) -> T:
        """Turn what a person typed into a value, or say what is wrong."""
        text = raw.strip()
        value: object
        if self.type is bool:
            if text.lower() not in ("1", "0", "true", "false", "yes", "no", "co", "có", "khong", "không"):
                raise InputError("settings.bad_bool", label=self.label, value=raw)
            value = text.lower() in ("1", "true", "yes", "co", "có")
        elif self.type is int:
            try:
                value = int(text)
            except ValueError:
                raise InputError("settings.bad_int", label=self.label, value=raw) from None
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise InputError(
                    "settings.out_of_range", label=self.label, value=raw, min=self.minimum, max=self.maximum
                )
        else:
            value = text
            if self.choices and text not in self.choices:
                raise InputError("settings.bad_choice", label=self.label, value=raw, choices=", ".join(self.choices))
        return value  # type: ignore[return-value]


AUTOLOCK_MINUTES = Setting("session.autolock_minutes", int, 10, minimum=1, maximum=240)
LANGUAGE = Setting("ui.language", str, "vi", choices=("vi", "en"))
TEXT_SCALE = Setting("ui.text_scale_percent", int, 100, minimum=80, maximum=200)
FORM_FONT = Setting("forms.font", str, "auto", choices=("auto", "times", "liberation"))
RETURN_OVERDUE_DAYS = Setting("flow.overdue_days", int, 30, minimum=1, maximum=365)
BACKUP_SECOND_PLACE = Setting("backup.second_place", str, "")
BACKUP_WARN_DAYS = Setting("backup.warn_after_days", int, 3, minimum=1, maximum=90)
FORM_CONFIRMATION_MODE = Setting("forms.confirmation_mode", str, "on_sheet", choices=("on_sheet", "certificate"))

ALL: tuple[Setting[Any], ...] = (
    AUTOLOCK_MINUTES,
    LANGUAGE,
    TEXT_SCALE,
    FORM_FONT,
    RETURN_OVERDUE_DAYS,
    BACKUP_SECOND_PLACE,
    BACKUP_WARN_DAYS,
)
BY_KEY = {s.key: s for s in ALL}


def lookup(key: str) -> Setting[Any]:
    try:
        return BY_KEY[key]
    except KeyError:
        raise InputError("settings.unknown", key=key, known=", ".join(BY_KEY)) from None


def get(vault: Vault, setting: Setting[T]) -> T:
    row = vault.conn.execute("SELECT value FROM settings WHERE key = ?", (setting.key,)).fetchone()
    if row is None:
        return setting.default
    value = json.loads(row[0])
    return value if isinstance(value, setting.type) else setting.default


def set_value(vault: Vault, setting: Setting[T], value: T) -> None:
    with vault.change(Op.SETTINGS_EDIT) as ch:
        before = get(vault, setting)
        vault.conn.execute(
            "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, datetime('now'), ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,"
            " updated_by = excluded.updated_by",
            (setting.key, json.dumps(value), vault.actor.username),
        )
        ch.record("settings.set", "setting", setting.key, before, value)
