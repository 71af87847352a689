"""Named steps of multi-file changes where the crash tests stop the process dead.

``HANDBOOK_CRASH_AT=<name>`` makes the process exit at once, without cleanup, when it reaches
that step (exactly as a power cut would leave the files). Unset, ``reached`` does nothing.
"""

from __future__ import annotations

import os

ENV = "HANDBOOK_CRASH_AT"
CRASH_EXIT_CODE = 86


def reached(name: str) -> None:
    if os.environ.get(ENV) == name:
        os._exit(CRASH_EXIT_CODE)
