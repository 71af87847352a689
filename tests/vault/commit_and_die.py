"""A child process that commits a few changes and dies without closing (its WAL stays beside the database).

Usage: python -m tests.vault.commit_and_die VAULT COUNT
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from handbook import settings
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD


def main() -> None:
    vault = Vault.open(Path(sys.argv[1]), username="truongban", password=PASSWORD)
    for i in range(int(sys.argv[2])):
        settings.set_value(vault, settings.AUTOLOCK_MINUTES, 5 + i)
    print("COMMITTED", flush=True)
    os._exit(0)  # no close, no checkpoint: as a power cut would leave it


if __name__ == "__main__":
    main()
