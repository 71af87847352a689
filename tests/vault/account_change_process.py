"""A child process for the account-change crash tests: one change, killed at ``HANDBOOK_CRASH_AT``.

Usage: python -m tests.vault.account_change_process VAULT add|passwd|disable
"""

from __future__ import annotations

import sys
from pathlib import Path

from handbook.permissions import Role
from handbook.vault import kdf, users
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD

NEW_USER, NEW_USER_PASSWORD, NEW_PASSWORD = "chuyenvien", "mat-khau-chuyen-vien", "mat-khau-moi-cua-truong-ban"


def main() -> None:
    root, action = Path(sys.argv[1]), sys.argv[2]
    with Vault.open(root, username="truongban", password=PASSWORD) as vault:
        if action == "add":
            users.add_user(
                vault,
                username=NEW_USER,
                full_name="Lê Văn Bình",
                role=Role.STAFF,
                password=NEW_USER_PASSWORD,
                kdf_params=kdf.TEST_ONLY,  # cheap: test suite
            )
        elif action == "disable":
            users.update_user(vault, NEW_USER, active=False)
        else:
            users.change_own_password(vault, new_password=NEW_PASSWORD, kdf_params=kdf.TEST_ONLY)
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
