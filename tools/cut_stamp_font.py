"""Cut the bundled Noto Serif down to the Vietnamese ranges once, for the signature stamp (run after a font update).

    .venv/bin/python tools/cut_stamp_font.py    # writes resources/fonts/NotoSerif-Regular-vi.ttf

Noto Serif is under the SIL Open Font License 1.1 with no Reserved Font Name, so a cut copy may be shipped
beside the original under the same licence (resources/fonts/LICENSE-NotoSerif.txt).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from handbook.signing.font import FONT_FILE, STAMP_FONT_FILE, cut_font

    fonts = ROOT / "resources" / "fonts"
    out = fonts / STAMP_FONT_FILE
    out.write_bytes(cut_font((fonts / FONT_FILE).read_bytes()))
    print(f"{out}: {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
