"""Starting the desktop app: ``main(argv)`` (``python -m ui``; ``handbook gui`` and ``handbook-gui`` call it)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

START = time.perf_counter()

FROZEN = getattr(sys, "frozen", False)


def version() -> str:
    try:
        from importlib.metadata import version as dist_version

        return dist_version("sotay-dangvien")
    except Exception:  # not installed (running from a checkout or a frozen build without metadata)
        return "0.1.0"


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="handbook-gui",
        description="Sổ tay Đảng viên — cửa sổ làm việc / the desktop window",
    )
    p.add_argument("vault", nargs="?", help="thư mục kho dữ liệu / vault folder (default: the last one used)")
    p.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ / language (default: vi, or HANDBOOK_LANG)")
    p.add_argument("--version", action="store_true", help="in số phiên bản rồi thoát / print the version and exit")
    p.add_argument(
        "--self-check-start",
        action="store_true",
        help="mở cửa sổ đầu tiên rồi thoát (kiểm tra cài đặt) / show the first window, then quit (self-check)",
    )
    p.add_argument(
        "--self-check-tour",
        action="store_true",
        help="mở khóa (HANDBOOK_USER, HANDBOOK_PASSWORD), mở lần lượt mọi màn hình rồi thoát"
        " / unlock, open every screen in turn, then quit (smoke test)",
    )
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the app; ``argv`` are the arguments after the program name (default ``sys.argv[1:]``)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        print(f"Sổ tay Đảng viên {version()}")
        return 0
    if args.self_check_start or args.self_check_tour:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from handbook.i18n import parse_lang
    from handbook.locations import app_home, demo_vault_path
    from ui import prefs as prefs_module
    from ui import theme
    from ui.operations import make_executor
    from ui.start.flow import StartFlow, StartOptions
    from ui.translations import Translations
    from ui.widgets.dialogs import QtDialogs

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] if sys.argv else "sotay"])
    app.setApplicationName("Sổ tay Đảng viên")
    app.setOrganizationName("SoTayDangVien")
    app.setDesktopFileName("sotay-dangvien")

    store = prefs_module.PrefsStore(app_home() / prefs_module.FILE_NAME)
    saved = store.load()
    forced = args.lang or os.environ.get("HANDBOOK_LANG")
    translations = Translations(app)
    translations.install(parse_lang(forced or saved.language or "vi"))
    theme.apply(app, saved.text_scale or 100)

    from handbook.demo import DEMO_PASSWORD

    executor = make_executor()
    flow = StartFlow(
        app,
        translations,
        store,
        QtDialogs(),
        executor,
        StartOptions(
            kdf_params=None,  # calibrated on this PC when a vault is created
            home=app_home(),
            demo_path=demo_vault_path(),
            demo_password=DEMO_PASSWORD,
            language_forced=bool(forced),
        ),
    )
    flow.start(Path(args.vault) if args.vault else None)

    if args.self_check_start:

        def report() -> None:
            window = flow.window
            shown = window is not None and window.isVisible()
            name = type(window).__name__ if window is not None else "none"
            print(f"self-check: {name} shown={shown} after {time.perf_counter() - START:.3f} s", flush=True)
            app.exit(0 if shown else 1)

        QTimer.singleShot(0, report)

    tour = None
    if args.self_check_tour:
        from ui.self_check import Tour

        tour = Tour(app, lambda: flow.window)
        tour.start()

    code = app.exec()
    if tour is not None and not tour.finished:
        code = 1
    flow.shutdown()
    executor.wait()
    return int(code)
