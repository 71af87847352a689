"""Who may do what: one table of operations by role, consulted by every operation of the core."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from handbook.errors import PermissionDenied
from handbook.i18n import Message


class Role(StrEnum):
    HEAD = "head"  # Trưởng ban
    DEPUTY = "deputy"  # Phó trưởng ban
    STAFF = "staff"  # Chuyên viên
    VIEWER = "viewer"  # read-only, e.g. an inspector of the UBKT

    @property
    def label(self) -> Message:
        return Message(f"role.{self.value}")


class Op(StrEnum):
    """Every operation a person can ask the core to do."""

    READ = "read"
    CHECK = "vault.check"
    BACKUP = "vault.backup"
    AUDIT_VIEW = "audit.view"
    OWN_PASSWORD = "users.own_password"
    USERS_LIST = "users.list"
    USERS_MANAGE = "users.manage"
    SETTINGS_EDIT = "settings.edit"
    RULES_EDIT = "rules.edit"
    MEMBERS_EDIT = "members.edit"
    MEMBERS_IMPORT = "members.import"
    MEMBERS_EXPORT = "members.export"
    ORGS_EDIT = "orgs.edit"
    REGISTRATIONS_EDIT = "registrations.edit"
    CASES_OPEN_YEAR = "cases.open_year"
    CASES_COMMENT = "cases.comment"
    CASES_CONFIRM = "cases.confirm"
    CASES_RETURN = "cases.return"
    CASES_CANCEL = "cases.cancel"
    DISPATCH = "cases.dispatch"
    FORMS_PRINT = "forms.print"
    FORMS_SIGN = "forms.sign"
    EXCHANGE_TRUST = "exchange.trust"  # import another committee's card and trust it (or stop trusting it)
    EXCHANGE_SEND = "exchange.send"  # make a bundle file for another committee
    EXCHANGE_APPLY = "exchange.apply"  # write a received bundle into the vault
    LIBRARY_EDIT = "library.edit"
    LIBRARY_EXPORT = "library.export"


class Grant(StrEnum):
    YES = "yes"
    DELEGATED = "delegated"  # a deputy, only while the head allows them to act on the head's behalf
    NO = "no"


Y, D, N = Grant.YES, Grant.DELEGATED, Grant.NO

# Columns: head, deputy, staff, viewer.
_TABLE: dict[Op, tuple[Grant, Grant, Grant, Grant]] = {
    Op.READ: (Y, Y, Y, Y),
    Op.CHECK: (Y, Y, Y, Y),
    Op.BACKUP: (Y, Y, Y, N),
    Op.AUDIT_VIEW: (Y, Y, N, Y),
    Op.OWN_PASSWORD: (Y, Y, Y, Y),
    Op.USERS_LIST: (Y, Y, Y, Y),
    Op.USERS_MANAGE: (Y, N, N, N),
    Op.SETTINGS_EDIT: (Y, N, N, N),
    Op.RULES_EDIT: (Y, N, N, N),
    Op.MEMBERS_EDIT: (Y, Y, Y, N),
    Op.MEMBERS_IMPORT: (Y, Y, Y, N),
    Op.MEMBERS_EXPORT: (Y, Y, Y, Y),
    Op.ORGS_EDIT: (Y, Y, Y, N),
    Op.REGISTRATIONS_EDIT: (Y, Y, Y, N),
    Op.CASES_OPEN_YEAR: (Y, Y, Y, N),
    Op.CASES_COMMENT: (Y, Y, Y, N),
    Op.CASES_CONFIRM: (Y, D, N, N),
    Op.CASES_RETURN: (Y, D, N, N),
    Op.CASES_CANCEL: (Y, Y, N, N),
    Op.DISPATCH: (Y, Y, Y, N),
    Op.FORMS_PRINT: (Y, Y, Y, Y),
    Op.FORMS_SIGN: (Y, D, N, N),
    Op.EXCHANGE_TRUST: (Y, Y, N, N),
    Op.EXCHANGE_SEND: (Y, Y, Y, N),
    Op.EXCHANGE_APPLY: (Y, Y, Y, N),
    Op.LIBRARY_EDIT: (Y, Y, Y, N),
    Op.LIBRARY_EXPORT: (Y, Y, Y, Y),
}
_COLUMN = {Role.HEAD: 0, Role.DEPUTY: 1, Role.STAFF: 2, Role.VIEWER: 3}


def grant(role: Role, op: Op) -> Grant:
    return _TABLE[op][_COLUMN[role]]


@dataclass(frozen=True)
class Actor:
    """The person acting: their account, role and whether the head lets them act for the head."""

    username: str
    full_name: str
    role: Role
    delegated: bool = False

    def may(self, op: Op) -> bool:
        g = grant(self.role, op)
        return g is Grant.YES or (g is Grant.DELEGATED and self.delegated)

    def why_not(self, op: Op) -> Message | None:
        """None when allowed; else the sentence the CLI prints and the GUI shows as a tooltip."""
        if self.may(op):
            return None
        if grant(self.role, op) is Grant.DELEGATED:
            return Message("perm.needs_delegation", {"op": Message(f"op.{op.value}")})
        return Message("perm.denied", {"op": Message(f"op.{op.value}"), "role": self.role.label})

    def require(self, op: Op) -> None:
        reason = self.why_not(op)
        if reason is not None:
            raise PermissionDenied(reason.id, **reason.values)
