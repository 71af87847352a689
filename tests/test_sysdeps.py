"""tools/sysdeps.py: what dev.py asks the system for, named as packages, and the sentence when it cannot install."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tools import sysdeps


def test_missing_sonames_become_one_apt_command() -> None:
    packages, unknown = sysdeps.packages_for(
        ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libglib-2.0.so.0", "libzz.so.9"]
    )
    assert packages == ["libglib2.0-0", "libxcb-icccm4", "libxcb-keysyms1"] and unknown == ["libzz.so.9"]
    assert sysdeps.apt_command(packages) == "sudo apt-get install -y libglib2.0-0 libxcb-icccm4 libxcb-keysyms1"


def test_ldd_not_found_lines_are_collected(monkeypatch: pytest.MonkeyPatch) -> None:
    out = (
        "\tlibQt6Gui.so.6 => /x/libQt6Gui.so.6 (0x1)\n\tlibxcb-icccm.so.4 => not found\n\tlibc.so.6 => /lib/libc.so.6\n"
    )

    def fake_run(args: list[str], **_kw: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(args, 0, out, "")

    monkeypatch.setattr("tools.sysdeps.subprocess.run", fake_run)
    monkeypatch.setattr("tools.sysdeps.sys.platform", "linux")  # the parsing is the same on any machine
    monkeypatch.setattr("tools.sysdeps.shutil.which", lambda _name: "/usr/bin/ldd")
    assert sysdeps.missing_libraries(["/x/libqxcb.so"]) == ["libxcb-icccm.so.4"]


def test_this_machines_qt_has_what_the_tests_need() -> None:
    """dev.py test installed them; a missing one would make every GUI test fail in a confusing way."""
    assert sysdeps.qt_missing(Path(sys.executable), "offscreen") == []


def test_without_permission_the_command_is_printed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sysdeps, "_may_install", lambda: None)
    assert sysdeps.install(["softhsm2"], "The signing tests need SoftHSM2") is False
    assert (
        capsys.readouterr().out.strip()
        == "The signing tests need SoftHSM2: softhsm2. Run: sudo apt-get install -y softhsm2"
    )


def test_the_token_module_is_found_where_the_env_says(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    module = tmp_path / "lib" / "softhsm2-x64.dll"
    module.parent.mkdir()
    module.write_bytes(b"MZ")
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "softhsm2-util.exe").write_bytes(b"MZ")
    monkeypatch.setenv("SOFTHSM2_MODULE", str(module))
    monkeypatch.setattr("tools.sysdeps.shutil.which", lambda _name: None)
    assert sysdeps.softhsm_module() == str(module)
    assert sysdeps.softhsm_util() == str(tmp_path / "bin" / "softhsm2-util.exe")
    monkeypatch.setenv("SOFTHSM2_MODULE", str(tmp_path / "nope.dll"))
    assert sysdeps.softhsm_module() is None
