"""Launch script of the frozen desktop app ``SoTayDangVien`` (PyInstaller runs it as ``__main__``)."""

import sys

from ui.app import main

sys.exit(main())
