"""What the operating system must provide beside pip: Qt's system libraries and SoftHSM2 (standard library only).

``dev.py`` uses it before ``run`` and ``test``; the signing tests use it to find the token module. On Linux the
missing libraries are found by asking ``ldd`` about the PySide6 files the app loads, then named as Debian packages;
as root (or with password-less sudo) ``install`` puts them in with apt-get, saying so, and otherwise prints the one
command that does. Windows and macOS need nothing for Qt; SoftHSM2 there is found where its installers put it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

# sonames Qt's wheels expect from the system -> the Debian/Ubuntu package that ships each.
DEBIAN_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libcups.so.2": "libcups2",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libnss3.so": "libnss3",
    "libasound.so.2": "libasound2",
}

# The PySide6 modules the app imports; ldd on each (and on a platform plugin) lists what the system lacks.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets", "QtCharts", "QtSvg")

SOFTHSM_MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
    "/opt/homebrew/lib/softhsm/libsofthsm2.so",
    r"C:\SoftHSM2\lib\softhsm2-x64.dll",
    r"C:\SoftHSM2\lib\softhsm2.dll",
)

SOFTHSM_HOWTO = (
    "SoftHSM2 (a software PKCS#11 token that stands in for a USB signing token) is needed by the signing tests"
    " and was not found. Install it: on Debian/Ubuntu `sudo apt-get install softhsm2` (python3 dev.py test does"
    " this itself when it runs as root or may use sudo without a password), on macOS `brew install softhsm`, on"
    " Windows the SoftHSM2 installer into C:\\SoftHSM2 — or set SOFTHSM2_MODULE to the module's path."
)


def softhsm_module() -> str | None:
    """The SoftHSM2 PKCS#11 module on this machine: ``SOFTHSM2_MODULE`` if set, else where packages put it."""
    chosen = os.environ.get("SOFTHSM2_MODULE")
    if chosen:
        return chosen if Path(chosen).is_file() else None
    return next((m for m in SOFTHSM_MODULES if Path(m).is_file()), None)


def softhsm_util() -> str | None:
    """``softhsm2-util``: on PATH, or in the ``bin`` folder beside the module (the Windows installer's layout)."""
    found = shutil.which("softhsm2-util")
    if found:
        return found
    module = softhsm_module()
    if module is None:
        return None
    for name in ("softhsm2-util.exe", "softhsm2-util"):
        candidate = Path(module).parent.parent / "bin" / name
        if candidate.is_file():
            return str(candidate)
    return None


def _pyside_files(python: Path, platform_plugin: str) -> list[str]:
    """Paths of the PySide6 extension modules and the Qt platform plugin, asked of the venv's interpreter."""
    code = (
        "import importlib.util, pathlib, sys\n"
        "spec = importlib.util.find_spec('PySide6')\n"
        "root = pathlib.Path(spec.origin).parent\n"
        f"names = {list(QT_MODULES)!r}\n"
        "for n in names:\n"
        "    for f in root.glob(n + '.*.so'):\n"
        "        print(f)\n"
        f"for f in (root / 'Qt' / 'plugins' / 'platforms').glob('libq{platform_plugin}.so'):\n"
        "    print(f)\n"
    )
    proc = subprocess.run([str(python), "-c", code], capture_output=True, text=True, timeout=60)
    return [line for line in proc.stdout.splitlines() if line.strip()] if proc.returncode == 0 else []


def missing_libraries(files: Iterable[str]) -> list[str]:
    """sonames that ``ldd`` reports "not found" for any of ``files`` (Linux only; empty elsewhere)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    missing: set[str] = set()
    for path in files:
        proc = subprocess.run(["ldd", path], capture_output=True, text=True, timeout=60)
        for line in proc.stdout.splitlines():
            if "not found" in line:
                missing.add(line.split("=>")[0].strip())
    return sorted(missing)


def qt_missing(python: Path, platform_plugin: str) -> list[str]:
    """System libraries the venv's Qt lacks for a platform plugin ("offscreen" for tests, "xcb" for a window)."""
    return missing_libraries(_pyside_files(python, platform_plugin))


def packages_for(sonames: Sequence[str]) -> tuple[list[str], list[str]]:
    """(Debian packages that provide the sonames, sonames with no package known here)."""
    packages = sorted({DEBIAN_PACKAGES[s] for s in sonames if s in DEBIAN_PACKAGES})
    unknown = [s for s in sonames if s not in DEBIAN_PACKAGES]
    return packages, unknown


def apt_command(packages: Sequence[str]) -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def _may_install() -> list[str] | None:
    """The prefix to run apt-get with ([] as root, ["sudo", "-n"] with password-less sudo), or None."""
    if not sys.platform.startswith("linux") or shutil.which("apt-get") is None:
        return None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return ["sudo", "-n"]
    return None


def install(packages: Sequence[str], why: str) -> bool:
    """Install Debian packages when this user may, saying so first; False (and the command printed) when not."""
    if not packages:
        return True
    prefix = _may_install()
    if prefix is None:
        print(f"{why}: {' '.join(packages)}. Run: {apt_command(packages)}", flush=True)
        return False
    print(f"{why}: installing {' '.join(packages)} with apt-get (one time; about a minute)…", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    update = subprocess.run([*prefix, "apt-get", "update", "-qq"], env=env)
    done = subprocess.run([*prefix, "apt-get", "install", "-y", "-qq", *packages], env=env, stdout=subprocess.DEVNULL)
    if update.returncode != 0 or done.returncode != 0:
        print(f"apt-get could not install them. Run: {apt_command(packages)}", flush=True)
        return False
    return True
