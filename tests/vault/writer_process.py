"""A child process for the crash and concurrency tests: commits in a loop and reports each commit.

Usage: python -m tests.vault.writer_process VAULT USER PASSWORD TAG COUNT
Prints "ACK <TAG> <i>" (flushed) only after the transaction holding row i has committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from handbook.permissions import Op
from handbook.vault.vault import Vault


def main() -> None:
    root, user, password, tag, count = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    with Vault.open(Path(root), username=user, password=password) as vault:
        for i in range(count):
            with vault.change(Op.SETTINGS_EDIT) as ch:
                vault.conn.execute(
                    "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, 'now', ?)",
                    (f"test.{tag}.{i}", str(i), user),
                )
                ch.record("settings.set", "setting", f"test.{tag}.{i}", None, i)
            print(f"ACK {tag} {i}", flush=True)


if __name__ == "__main__":
    main()
