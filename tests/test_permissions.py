"""Every operation × every role, against the matrix the committee office expects."""

from __future__ import annotations

import pytest

from handbook.errors import PermissionDenied
from handbook.i18n import catalogue
from handbook.permissions import Actor, Op, Role

# Spelled out by hand (not derived from the table) so a change to the table must be deliberate.
ALLOWED: dict[Role, set[Op]] = {
    Role.HEAD: set(Op),
    Role.DEPUTY: {
        Op.READ,
        Op.CHECK,
        Op.BACKUP,
        Op.AUDIT_VIEW,
        Op.OWN_PASSWORD,
        Op.USERS_LIST,
        Op.MEMBERS_EDIT,
        Op.MEMBERS_IMPORT,
        Op.MEMBERS_EXPORT,
        Op.ORGS_EDIT,
        Op.REGISTRATIONS_EDIT,
        Op.CASES_OPEN_YEAR,
        Op.CASES_COMMENT,
        Op.CASES_CANCEL,
        Op.DISPATCH,
        Op.FORMS_PRINT,
        Op.EXCHANGE_TRUST,
        Op.EXCHANGE_SEND,
        Op.EXCHANGE_APPLY,
        Op.LIBRARY_EDIT,
        Op.LIBRARY_EXPORT,
    },
    Role.STAFF: {
        Op.READ,
        Op.CHECK,
        Op.BACKUP,
        Op.OWN_PASSWORD,
        Op.USERS_LIST,
        Op.MEMBERS_EDIT,
        Op.MEMBERS_IMPORT,
        Op.MEMBERS_EXPORT,
        Op.ORGS_EDIT,
        Op.REGISTRATIONS_EDIT,
        Op.CASES_OPEN_YEAR,
        Op.CASES_COMMENT,
        Op.DISPATCH,
        Op.FORMS_PRINT,
        Op.EXCHANGE_SEND,
        Op.EXCHANGE_APPLY,
        Op.LIBRARY_EDIT,
        Op.LIBRARY_EXPORT,
    },
    Role.VIEWER: {
        Op.READ,
        Op.CHECK,
        Op.AUDIT_VIEW,
        Op.OWN_PASSWORD,
        Op.USERS_LIST,
        Op.MEMBERS_EXPORT,
        Op.FORMS_PRINT,
        Op.LIBRARY_EXPORT,
    },
}
# What a deputy gains when the head allows signing on the head's behalf (K/T).
DELEGATED = {Op.CASES_CONFIRM, Op.CASES_RETURN, Op.FORMS_SIGN}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("op", list(Op))
def test_every_operation_for_every_role(role: Role, op: Op) -> None:
    plain = Actor("u", "U", role)
    assert plain.may(op) == (op in ALLOWED[role])
    delegated = Actor("u", "U", role, delegated=True)
    expected = op in ALLOWED[role] or (role is Role.DEPUTY and op in DELEGATED)
    assert delegated.may(op) == expected
    if not expected:
        with pytest.raises(PermissionDenied) as info:
            delegated.require(op)
        text = info.value.render("vi")
        assert "không được phép" in text or "ký thay" in text
        assert info.value.render("en") != text


def test_every_operation_and_role_has_both_languages() -> None:
    cat = catalogue()
    for op in Op:
        vi, en = cat[f"op.{op.value}"]
        assert vi and en
    for role in Role:
        assert all(cat[f"role.{role.value}"])
