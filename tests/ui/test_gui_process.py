"""The real program, as a person starts it: ``handbook gui --demo`` in its own process, offscreen.

It builds the demo vault, shows the unlock window, unlocks as the head, opens every screen of the sidebar in turn
and quits through the window's own close; the process must end by itself with exit 0 and print no traceback.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from handbook.demo import DEMO_PASSWORD


def test_handbook_gui_demo_unlocks_opens_every_screen_and_quits(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HANDBOOK_", "QT_")) and k != "DISPLAY"}
    env |= {
        "HANDBOOK_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "HANDBOOK_USER": "truongban",
        "HANDBOOK_PASSWORD": DEMO_PASSWORD,
    }
    proc = subprocess.run(
        [sys.executable, "-m", "handbook", "gui", "--demo", "--self-check-tour"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    output = proc.stdout + proc.stderr
    assert "Traceback" not in output, output
    assert proc.returncode == 0, output
    lines = [line for line in proc.stdout.splitlines() if line.startswith("tour: ")]
    assert lines[0] == "tour: unlock window shown", output
    match = re.fullmatch(r"tour: main window shown as truongban, (\d+) screens", lines[1])
    assert match, output
    count = int(match[1])
    screens = [line for line in lines if line.startswith("tour: screen ")]
    assert len(screens) == count >= 6, output
    assert all(line.endswith("shown=True") for line in screens), output
    for name in ("Tổng quan", "Đảng viên", "Tổ chức", "Nhận xét & xác nhận", "Cài đặt"):
        assert any(f" {name} shown=" in line for line in screens), name
    assert lines[-2:] == ["tour: main window closed", "tour: done"], output
    assert (tmp_path / "home" / "kho-mau" / "keys.json").exists()
