"""Launch script of the frozen command line ``handbook`` (PyInstaller runs it as ``__main__``)."""

import sys

from handbook.cli.main import main

sys.exit(main())
