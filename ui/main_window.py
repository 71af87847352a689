"""The main window: a sidebar of screens, the menus with their shortcuts, and the lock screen.

Locking (Ctrl+L, or idle for the time set in Settings) swaps the screens for the lock form, hides any open
dialog, closes the vault (the key is dropped) and makes the screens forget their rows. Unlocking reopens the
vault and brings back the same screen and the hidden dialogs, with whatever was typed in them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import Lang
from handbook.library.guide import load_guide
from handbook.permissions import Op
from handbook.vault.vault import Vault
from ui.actions.changes import BackupWritten
from ui.actions.committee import backup
from ui.actions.settings import AutolockChanged
from ui.backups.scheduler import BackupScheduler
from ui.cases.page import CasesPage
from ui.library.guide_view import GuideDialog, open_guide
from ui.library.page import LibraryPage
from ui.members.page import MembersPage
from ui.operations import Progress, Runner
from ui.orgs.page import OrgsPage
from ui.overview import navigate
from ui.overview.page import OverviewPage
from ui.registrations.page import RegistrationsPage
from ui.reports.page import ReportsPage
from ui.session import IdleWatcher, Session
from ui.settings.page import SettingsPage
from ui.settings.profile_dialog import open_profile_dialog
from ui.start.unlock import UnlockPanel
from ui.widgets.fit import center_on_screen, fit_size
from ui.widgets.permission import guard
from ui.widgets.warning_bar import WarningBar


class MainWindow(QMainWindow):
    logout_requested = Signal()
    open_vault_requested = Signal(object)  # a Path: Settings › Sao lưu restored a vault into a new folder

    def __init__(
        self,
        session: Session,
        runner: Runner,
        lang: Lang,
        *,
        autolock_ms: int,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.lang: Lang = lang
        self._hidden_dialogs: list[QDialog] = []
        self._focus_before_lock: QWidget | None = None
        self._idle_started = False
        self.setWindowTitle(f"{title} — Sổ tay Đảng viên" if title else "Sổ tay Đảng viên")

        self.overview = OverviewPage(session, runner, lang)
        # The first screen's counts start now, on the worker thread, while the rest of the window is built (most
        # of a second of widgets): Tổng quan opens with its numbers and charts rather than filling them in after.
        self.overview.activate()
        self.members = MembersPage(session, runner, lang)
        self.cases = CasesPage(session, runner, lang)
        self.orgs = OrgsPage(session, runner, lang)
        self.registrations = RegistrationsPage(session, runner, lang)
        self.library = LibraryPage(session, runner, lang)
        self.settings = SettingsPage(session, runner, lang)
        self.reports = ReportsPage(session, runner, lang)
        self.screens: list[tuple[str, QWidget]] = [
            (self.tr("Tổng quan"), self.overview),
            (self.tr("Đảng viên"), self.members),
            (self.tr("Tổ chức"), self.orgs),
            (self.tr("Sinh hoạt nơi cư trú (213)"), self.registrations),
            (self.tr("Nhận xét & xác nhận"), self.cases),
            (self.tr("Báo cáo"), self.reports),
            (self.tr("Thư viện văn bản"), self.library),
            (self.tr("Cài đặt"), self.settings),
        ]
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Các màn hình"))
        self.pages = QStackedWidget()
        for name, widget in self.screens:
            QListWidgetItem(name, self.sidebar)
            self.pages.addWidget(widget)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for name, _widget in self.screens)
        self.sidebar.setFixedWidth(widest + int(metrics.height() * 2.2) + 24)  # the item padding (theme) and margins
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)

        workspace = QWidget()
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.vault_warnings = WarningBar()
        column.addWidget(self.vault_warnings)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        column.addLayout(row, 1)

        self.lock_panel = UnlockPanel(
            session.path,
            runner,
            lang,
            title=self.tr("Đã khóa màn hình"),
            username=session.actor.username,
            fixed_user=True,
            note=self.tr("Dữ liệu đã được ẩn và khóa lại. Nhập mật khẩu để làm tiếp."),
        )
        self.logout_button = QPushButton(self.tr("Đăng xuất"))
        self.logout_button.setFlat(True)
        self.lock_panel.buttons.insertWidget(0, self.logout_button)
        self.stack = QStackedWidget()
        self.stack.addWidget(workspace)
        self.stack.addWidget(self.lock_panel)
        self.setCentralWidget(self.stack)

        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)

        self.backups = BackupScheduler(session, runner, lang, self.statusBar())
        self.backups.finished.connect(self.overview.health.refresh)
        self.backups.checked.connect(self.overview.health.refresh)
        self.backups.start_up()
        self._build_menus()
        self.idle = IdleWatcher(session, autolock_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

        self.lock_panel.unlocked.connect(self._unlocked_with)
        self.logout_button.clicked.connect(self.logout_requested)
        self.lock_panel.switch_user_requested.connect(self.logout_requested)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self._on_unlocked)
        self.overview.add_member_requested.connect(self.add_member)
        self.overview.find_member_requested.connect(self.find_member)
        self.overview.edit_profile_requested.connect(self.edit_profile)
        self.orgs.show_members_of.connect(self.show_members_of_cell)
        navigate.connect(self)
        self.settings.open_vault_requested.connect(self.open_vault_requested)
        runner.changed.connect(self._settings_changed)
        self.apply_permissions()
        self.vault_warnings.show_messages(session.warnings, lang)
        self.sidebar.setCurrentRow(0)
        height = self.fontMetrics().height()
        self.resize(fit_size(self, QSize(height * 72, height * 44)))
        center_on_screen(self)

    # --- menus ---------------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        file_menu.setToolTipsVisible(True)
        self.lock_action = self._action(self.tr("Khóa màn hình"), "Ctrl+L")
        self.profile_action = self._action(self.tr("Thông tin đơn vị…"))
        self.backup_action = self._action(self.tr("Sao lưu kho dữ liệu…"), "Ctrl+Shift+S")
        self.logout_action = self._action(self.tr("Đăng xuất"))
        self.quit_action = self._action(self.tr("Thoát"), "Ctrl+Q")
        for action in (self.lock_action, None, self.profile_action, self.backup_action, None, self.logout_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&Xem"))
        self.screen_actions: list[QAction] = []
        for n, (name, _widget) in enumerate(self.screens):
            action = self._action(name, f"Ctrl+{n + 1}")
            action.triggered.connect(lambda _checked=False, n=n: self.show_screen(n))
            view_menu.addAction(action)
            self.screen_actions.append(action)

        members_menu = bar.addMenu(self.tr("Đả&ng viên"))
        members_menu.setToolTipsVisible(True)
        self.add_member_action = self._action(self.tr("Thêm đảng viên"), "Ctrl+N")
        self.edit_member_action = self._action(self.tr("Xem / sửa hồ sơ đang chọn"), "Ctrl+E")
        self.find_member_action = self._action(self.tr("Tìm đảng viên"), "Ctrl+F")
        for action in (self.add_member_action, self.edit_member_action, self.find_member_action):
            members_menu.addAction(action)

        cases_menu = bar.addMenu(self.tr("Nhận &xét"))
        cases_menu.setToolTipsVisible(True)
        self.enter_comments_action = self._action(self.tr("Nhập phiếu nhận xét…"), "Ctrl+Shift+N")
        self.review_action = self._action(self.tr("Xác nhận nhận xét"), "Ctrl+Shift+X")
        cases_menu.addAction(self.enter_comments_action)
        cases_menu.addAction(self.review_action)

        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        self.guide_action = self._action(self.tr("Hướng dẫn cho màn hình này"), "F1")
        self.about_action = self._action(self.tr("Giới thiệu"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)
        # The "?" of every screen: one button at the window's top right, opening the current screen's section.
        self.guide_button = QToolButton()
        self.guide_button.setText("?")
        self.guide_button.setAccessibleName(self.tr("Hướng dẫn cho màn hình này"))
        self.guide_button.setToolTip(self.tr("Hướng dẫn cho màn hình này (F1)"))
        self.guide_button.clicked.connect(self.show_guide)
        bar.setCornerWidget(self.guide_button, Qt.Corner.TopRightCorner)
        self.guide_action.triggered.connect(self.show_guide)

        self.lock_action.triggered.connect(self.session.lock)
        self.profile_action.triggered.connect(self.edit_profile)
        self.backup_action.triggered.connect(self.back_up)
        self.logout_action.triggered.connect(self.logout_requested)
        self.quit_action.triggered.connect(self.close)
        self.add_member_action.triggered.connect(self.add_member)
        self.edit_member_action.triggered.connect(self.edit_member)
        self.find_member_action.triggered.connect(self.find_member)
        self.about_action.triggered.connect(self.about)
        self.enter_comments_action.triggered.connect(self.enter_comments)
        self.review_action.triggered.connect(self.review_comments)

    def apply_permissions(self) -> None:
        actor = self.session.actor
        guard(self.add_member_action, actor, Op.MEMBERS_EDIT, self.lang)
        guard(self.profile_action, actor, Op.SETTINGS_EDIT, self.lang)
        guard(self.backup_action, actor, Op.BACKUP, self.lang)
        guard(self.enter_comments_action, actor, Op.CASES_COMMENT, self.lang)
        role = actor.role.label.render(self.lang)
        self.user_label.setText(self.tr("{name} · {role}").format(name=actor.full_name, role=role))

    # --- screens -------------------------------------------------------------------------------------

    def show_screen(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def current_screen(self) -> QWidget | None:
        return self.pages.currentWidget()

    def add_member(self) -> None:
        if self.session.actor.may(Op.MEMBERS_EDIT):
            self.show_screen(self.pages.indexOf(self.members))
            self.members.add_member()

    def edit_member(self) -> None:
        self.show_screen(self.pages.indexOf(self.members))
        self.members.edit_selected()

    def _settings_changed(self, change: object) -> None:
        if isinstance(change, AutolockChanged):
            self.idle.set_timeout(change.minutes * 60_000)

    def enter_comments(self) -> None:
        self.show_screen(self.pages.indexOf(self.cases))
        self.cases.open_batch()

    def review_comments(self) -> None:
        self.show_screen(self.pages.indexOf(self.cases))
        self.cases.show_review()

    def show_members_of_cell(self, cell_id: int) -> None:
        self.show_screen(self.pages.indexOf(self.members))
        self.members.show_cell(cell_id)

    def find_member(self) -> None:
        self.show_screen(self.pages.indexOf(self.members))
        self.members.focus_search()

    def show_guide(self) -> GuideDialog:
        """The guide at the section of the screen on show (F1, the "?" button)."""
        screen = self.current_screen()
        section = load_guide().for_screen(type(screen).__name__) if screen is not None else None
        return open_guide(self, self.lang, section.id if section else None)

    def edit_profile(self) -> None:
        open_profile_dialog(self.session, self.runner, self.lang, self)

    def back_up(self) -> None:
        suggested = Path.home() / f"sao-luu-{date.today().isoformat()}.sotaybak"
        out = self.runner.dialogs.save_file(
            self, self.tr("Sao lưu kho dữ liệu"), suggested, self.tr("Tệp sao lưu (*.sotaybak)")
        )
        if out is None:
            return
        session = self.session

        def work(_progress: Progress) -> BackupWritten:
            with session.use() as vault:
                return backup(vault, out)

        self.runner.run(
            work,
            done=lambda written: self.runner.dialogs.info(
                self, self.tr("Đã sao lưu vào tệp {path}.").format(path=written.path)
            ),
            parent=self,
            progress=self.tr("Đang sao lưu…"),
        )

    def about(self) -> None:
        self.runner.dialogs.info(
            self,
            QCoreApplication.translate(
                "MainWindow",
                "Sổ tay Đảng viên — công cụ làm việc của Ban Xây dựng Đảng cấp xã: hồ sơ đảng viên trong kho dữ liệu "
                "đã mã hóa, quy trình nhận xét đảng viên nơi cư trú và các biểu mẫu.",
            ),
        )

    # --- locking ---------------------------------------------------------------------------------------

    def _on_locked(self) -> None:
        focus = QApplication.focusWidget()
        self._focus_before_lock = focus if focus is not None and self.isAncestorOf(focus) else None
        self._hidden_dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible() and self._owns(w)
        ]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self.menuBar().setEnabled(False)
        for action in self.actions():
            if action is not self.quit_action:
                action.setEnabled(False)
        self.stack.setCurrentWidget(self.lock_panel)
        self.vault_warnings.hide()
        self.lock_panel.reset()

    def _unlocked_with(self, vault: Vault) -> None:
        if vault.actor.username != self.session.actor.username:  # the lock screen unlocks only its own user
            vault.close()
            self.lock_panel.reset()
            return
        self.session.resume(vault)

    def _on_unlocked(self) -> None:
        self.menuBar().setEnabled(True)
        for action in self.actions():
            action.setEnabled(True)
        self.apply_permissions()
        self.vault_warnings.show_messages(self.session.warnings, self.lang)
        self.stack.setCurrentIndex(0)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._idle_started:  # idle time counts from when the window (and its first screen) is up
            self._idle_started = True
            self.idle.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.stop()
        super().closeEvent(event)
