"""Window benchmark: cold start to the unlock window, the members page at 50,000 members, search, memory.

Run: ``python -m bench.bench_gui`` (offscreen). The vault uses the cheap test key cost and is filled with raw
inserts inside one ``vault.change`` (this measures the window, not unlocking or validation).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.table import Row, ms, peak_rss_mb, print_table
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgType
from handbook.permissions import Op
from handbook.text.fold import search_key
from handbook.text.sortkey import name_sort_key
from handbook.vault import kdf
from handbook.vault.audit import now_iso
from handbook.vault.vault import Vault

MEMBERS = 50_000
CELLS = 40
PASSWORD = "mat-khau-do"
COLD_START_RUNS = 3
SEARCHES = ("nguyen van", "thi hoa", "tran", "le thi ng", "pham minh", "dang", "vu duc t", "hoang thi lan")

HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương")
DEM = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thị Thu", "Văn Hoàng", "Đình", "Xuân")
TEN = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hải",
    "Hạnh",
    "Hoa",
    "Hòa",
    "Hùng",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Minh",
    "Nam",
    "Nga",
    "Phong",
    "Phương",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Thủy",
    "Trang",
    "Tuấn",
    "Vân",
    "Yến",
)


def populate(vault: Vault, n: int) -> None:
    rng = random.Random(213)
    root = orgs.add_org(vault, "Đảng ủy xã Đo", OrgType.DANG_UY_XA)
    cells = [
        orgs.add_org(vault, f"Chi bộ thôn {i}", OrgType.CHI_BO, root, residential=True, valid_from=date(2015, 1, 1))
        for i in range(CELLS)
    ]
    stamp = now_iso()
    with vault.change(Op.MEMBERS_EDIT):
        conn = vault.conn
        for i in range(n):
            ho, dem, ten = rng.choice(HO), rng.choice(DEM), rng.choice(TEN)
            full = f"{ho} {dem} {ten}"
            cccd = f"040{rng.randint(0, 3)}{rng.randint(50, 99):02d}{i:06d}"
            cur = conn.execute(
                "INSERT INTO members (ho, dem, ten, gender, birth_date, cccd, status, name_key, sort_key, search_text,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ho,
                    dem,
                    ten,
                    "nu" if "Thị" in dem else "nam",
                    f"19{rng.randint(40, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    cccd,
                    "chinh_thuc" if rng.random() < 0.9 else "du_bi",
                    search_key(full),
                    name_sort_key(ho, dem, ten),
                    f"{search_key(full)} {cccd}",
                    stamp,
                    stamp,
                ),
            )
            conn.execute(
                "INSERT INTO assignments (member_id, org_id, valid_from) VALUES (?, ?, '2020-01-01')",
                (cur.lastrowid, cells[i % CELLS]),
            )


def cold_start(args: list[str], env: dict[str, str], marker: str) -> float:
    """Seconds from spawning the process until it says its first window is on screen."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if marker not in line:
        raise RuntimeError(f"unexpected self-check output: {line!r}")
    return elapsed


BARE_QT = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication(sys.argv)\n"
    "w = QLabel('x'); w.show(); app.processEvents()\n"
    "print('bare shown', flush=True)\n"
)


def main() -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui import theme
    from ui.members.page import MembersPage
    from ui.operations import Runner, ThreadPoolExecutor, make_executor
    from ui.session import Session
    from ui.widgets.dialogs import QtDialogs

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "kho"
        created = Vault.create(
            root,
            committee_name="Đảng ủy xã Đo",
            username="truongban",
            full_name="Người Đo",
            password=PASSWORD,
            kdf_params=kdf.TEST_ONLY,  # cheap on purpose: this measures the window, not the key derivation
        )
        created.vault.close()

        env = {**os.environ, "HANDBOOK_HOME": str(Path(tmp) / "home"), "QT_QPA_PLATFORM": "offscreen"}
        starts = [
            cold_start(["-m", "ui", "--self-check-start", str(root)], env, "UnlockWindow shown=True")
            for _ in range(COLD_START_RUNS)
        ]
        bare = [cold_start(["-c", BARE_QT], env, "bare shown") for _ in range(COLD_START_RUNS)]
        start_s, bare_s = statistics.median(starts), statistics.median(bare)
        rows.append(
            Row("cold start to the unlock window", ms(start_s), ms(bare_s), f"{start_s / bare_s:.1f}×", "< 500 ms",
                start_s < 0.5)
        )  # fmt: skip

        vault = Vault.open(root, username="truongban", password=PASSWORD)
        t0 = time.perf_counter()
        populate(vault, MEMBERS)
        t_fill = time.perf_counter() - t0
        print(f"(filled {MEMBERS:,} members in {t_fill:.1f} s)")

        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        theme.apply(app, 100)
        executor = make_executor()
        threaded = isinstance(executor, ThreadPoolExecutor)
        print(f"(actions run {'on a worker thread' if threaded else 'on the GUI thread: PySide6 6.12.0 fallback'})")
        runner = Runner(executor, QtDialogs(), "vi")
        session = Session(root, vault)

        def wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
            # A nested event loop polled by a 1 ms timer (not processEvents: see ui.operations.threads_are_safe).
            deadline = time.perf_counter() + timeout_s
            loop = QEventLoop()
            poll = QTimer()
            poll.setInterval(1)
            poll.timeout.connect(lambda: loop.quit() if condition() or time.perf_counter() > deadline else None)
            if condition():
                return
            poll.start()
            loop.exec()
            poll.stop()
            if not condition():
                raise TimeoutError("the window did not answer in time")

        first_rows: list[float] = []
        for _ in range(5):
            page = MembersPage(session, runner, "vi")
            page.resize(1280, 800)
            t0 = time.perf_counter()
            page.show()
            wait_until(lambda page=page: page.model.rowCount() > 0)  # type: ignore[misc]
            page.table.viewport().repaint()
            first_rows.append(time.perf_counter() - t0)
            page.close()
            page.deleteLater()
        first = statistics.median(first_rows)
        rows.append(
            Row(f"members page first rows ({MEMBERS:,})", ms(first), "", "", "< 300 ms", first < 0.3)
        )  # fmt: skip

        page = MembersPage(session, runner, "vi")
        page.resize(1280, 800)
        page.show()
        wait_until(lambda: page.model.rowCount() == MEMBERS)
        t0 = time.perf_counter()
        page.table.scrollToBottom()
        last = MEMBERS - 1
        wait_until(lambda: page.model.row_at(last) is not None)
        page.table.viewport().repaint()
        t_end = time.perf_counter() - t0
        rows.append(Row("scroll to the last rows (offset 49,800)", ms(t_end), "", "", "< 300 ms", t_end < 0.3))
        page.table.scrollToTop()

        latencies: list[float] = []
        for text in SEARCHES:
            page.search.setText(text)  # arms the debounce timer, as typing does
            page.search_timer.stop()
            before = page.model.query
            t0 = time.perf_counter()
            page.refresh()  # what the timer does when typing pauses
            wait_until(lambda before=before: page.model.query is not before)  # type: ignore[misc]
            page.table.viewport().repaint()
            latencies.append(time.perf_counter() - t0)
        latencies.sort()
        worst = latencies[-1]
        med = statistics.median(latencies)
        rows.append(
            Row(f"search results after the debounce (median of {len(SEARCHES)})", ms(med), "", "", "< 100 ms",
                med < 0.1)
        )  # fmt: skip
        rows.append(Row("search results after the debounce (worst)", ms(worst), "", "", "< 100 ms", worst < 0.1))

        page.search.setText("")
        page.search_timer.stop()
        page.refresh()
        wait_until(lambda: page.model.rowCount() == MEMBERS)
        page.close()
        session.end()
        executor.wait()
        rss = peak_rss_mb()
        rows.append(Row("peak RSS (this process)", f"{rss:.0f} MB", "", "", "< 300 MB", rss < 300))
    print_table("GUI (offscreen)", rows)


if __name__ == "__main__":
    main()
