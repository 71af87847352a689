"""The restore wizard: choose a backup (both places or any file), verify it with a password or the recovery
code, see what it holds against today's vault, then restore into a new folder or in place (the current vault
is kept aside). Reachable from Cài đặt › Sao lưu and from the unlock window; a damaged vault opens it with the
latest good backup chosen. At most 1240×680 so it fits a 1280×720 screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handbook.backups import listing
from handbook.backups import restore as restoring
from handbook.errors import HandbookError
from handbook.i18n import Lang, Message
from handbook.vault.backup import Restored
from ui import theme
from ui.operations import Progress, Runner
from ui.settings.file_field import FileField

MAX_W, MAX_H = 1240, 680


@dataclass(frozen=True)
class Checked:
    verified: restoring.Verified
    now: restoring.Now | None


def free_folder(current: Path, today: date | None = None) -> Path:
    stem = f"{current.name}-khoi-phuc-{(today or date.today()).isoformat()}"
    candidate, n = current.parent / stem, 2
    while candidate.exists():
        candidate, n = current.parent / f"{stem}-{n}", n + 1
    return candidate


class RestoreWizard(QDialog):
    restored = Signal(object)  # Restored

    def __init__(
        self,
        vault_root: Path,
        runner: Runner,
        lang: Lang,
        *,
        username: str = "",
        in_place_allowed: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.setMaximumSize(MAX_W, MAX_H)
        self._root = vault_root
        self._runner = runner
        self._lang = lang
        self._extra: list[Path] = []
        self.found: list[listing.Listed] = []
        self.checked: Checked | None = None

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ngày giờ"), self.tr("Nơi"), self.tr("Người"), self.tr("Dung lượng"), self.tr("Đảng viên"),
             self.tr("Hồ sơ")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Các bản sao lưu"))
        self.other_file = FileField(self.tr("Tệp sao lưu khác"), self.tr("Tệp sao lưu (*.sotaybak)"))
        self.add_file = QPushButton(self.tr("Thêm vào danh sách"))
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Tệp khác:")))
        pick.addWidget(self.other_file, 1)
        pick.addWidget(self.add_file)

        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("Tên đăng nhập"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Mật khẩu hoặc mã khôi phục"))
        self.use_recovery = QCheckBox(self.tr("Dùng mã khôi phục thay cho mật khẩu"))
        self.verify_button = QPushButton(self.tr("Kiểm tra bản sao lưu"))
        theme.set_role(self.verify_button, "primary")
        creds = QFormLayout()
        creds.addRow(self.tr("Tên đăng nhập (lúc sao lưu):"), self.username)
        creds.addRow(self.tr("Mật khẩu:"), self.secret)
        creds.addRow("", self.use_recovery)

        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.PlainText)
        self.into_new = QRadioButton(self.tr("Khôi phục vào thư mục mới:"))
        self.into_new.setChecked(True)
        self.target = FileField(self.tr("Thư mục mới cho kho khôi phục"), mode="folder")
        self.target.edit.setText(str(free_folder(vault_root)))
        self.in_place = QRadioButton(self.tr("Thay kho hiện tại"))
        kept = QLabel(self.tr("Kho hiện tại được giữ nguyên bên cạnh, không bị xóa."))
        kept.setWordWrap(True)
        theme.set_role(kept, "muted")
        self.in_place.setEnabled(in_place_allowed)
        self.restore_button = QPushButton(self.tr("Khôi phục"))
        theme.set_role(self.restore_button, "primary")
        self.restore_button.setEnabled(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QPushButton(self.tr("Đóng"))

        step1 = QGroupBox(self.tr("1. Chọn bản sao lưu"))
        s1 = QVBoxLayout(step1)
        s1.addWidget(self.table, 1)
        s1.addLayout(pick)
        step2 = QGroupBox(self.tr("2. Kiểm tra"))
        s2 = QVBoxLayout(step2)
        s2.addLayout(creds)
        s2.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        s2.addWidget(self.report)
        step3 = QGroupBox(self.tr("3. Khôi phục"))
        s3 = QFormLayout(step3)
        s3.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # the folder field goes below at 125 % text
        s3.addRow(self.into_new, self.target)
        s3.addRow(self.in_place)
        s3.addRow(kept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        lower = QHBoxLayout()
        lower.addWidget(step2, 1)
        lower.addWidget(step3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(step1, 3)
        layout.addLayout(lower, 2)
        layout.addLayout(buttons)

        self.add_file.clicked.connect(self._add_other)
        self.other_file.picked.connect(self._add_other)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.verify_button.clicked.connect(self.verify)
        self.restore_button.clicked.connect(self.restore)
        self.close_button.clicked.connect(self.reject)
        self.use_recovery.toggled.connect(lambda on: self.username.setEnabled(not on))
        height = self.fontMetrics().height()
        self.report.setMinimumHeight(height * 4)
        self.table.setMinimumHeight(height * 6)
        self.resize(min(MAX_W, height * 70), min(MAX_H, height * 40))
        self.reload()

    # --- listing ------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.found = listing.list_backups(self._root, files=self._extra)
        self.table.setRowCount(len(self.found))
        for row, item in enumerate(self.found):
            s = item.summary
            place = {
                listing.Place.LOCAL: self.tr("trong kho"),
                listing.Place.SECOND: self.tr("nơi thứ hai"),
                listing.Place.FILE: self.tr("tệp đã chọn"),
            }[item.place]
            cells = (
                [listing.shown_time(s.created_at), place, s.created_by, listing.shown_size(item.size),
                 str(s.members), str(s.cases)]
                if s is not None
                else [item.problem.render(self._lang) if item.problem else "", place, "", "", "", ""]
            )  # fmt: skip
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(str(item.path))
                self.table.setItem(row, column, cell)
        latest = listing.latest_good(self.found)
        if latest is not None:
            self.table.selectRow(self.found.index(latest))

    def choose(self, path: Path) -> None:
        for row, item in enumerate(self.found):
            if item.path == path:
                self.table.selectRow(row)

    def selected(self) -> listing.Listed | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _add_other(self) -> None:
        path = self.other_file.path()
        if path is None or path in self._extra:
            return
        self._extra.append(path)
        self.reload()
        self.choose(path)

    def _selection_changed(self) -> None:
        self.checked = None
        self.restore_button.setEnabled(False)
        self.report.clear()
        item = self.selected()
        if item is not None and item.problem is not None:
            self.report.setText(item.problem.render(self._lang))

    # --- verifying and restoring --------------------------------------------------------------------

    def _credentials(self) -> tuple[str | None, str, bool]:
        recovery = self.use_recovery.isChecked()
        return (None if recovery else self.username.text().strip() or None), self.secret.text(), recovery

    def verify(self) -> None:
        item = self.selected()
        if item is None or not self.secret.text():
            self._say(self.tr("Hãy chọn một bản sao lưu và nhập mật khẩu (hoặc mã khôi phục)."), "error")
            return
        username, secret, recovery = self._credentials()
        root = self._root

        def work(_progress: Progress) -> Checked:
            verified = restoring.verify(item.path, username=username, secret=secret, recovery=recovery)
            now = None if recovery else restoring.now_of_vault_at(root, username, secret)
            return Checked(verified, now)

        self._runner.run(
            work, done=self._verified, failed=self._refused, parent=self, progress=self.tr("Đang kiểm tra…")
        )

    def _verified(self, checked: Checked) -> None:
        self.checked = checked
        s = checked.verified.summary
        lines = [
            Message(
                "backups.verified",
                {"path": checked.verified.path.name, "members": s.members, "cases": s.cases,
                 "newest": listing.shown_time(s.newest_change)},
            ).render(self._lang)
        ]  # fmt: skip
        if checked.now is not None:
            n = checked.now
            lines.append(
                Message(
                    "backups.compare",
                    {"members_now": n.members, "members": s.members, "cases_now": n.cases, "cases": s.cases,
                     "newest_now": listing.shown_time(n.newest_change), "newest": listing.shown_time(s.newest_change)},
                ).render(self._lang)
            )  # fmt: skip
        self.report.setText("\n".join(lines))
        theme.set_role(self.report, "")
        self.restore_button.setEnabled(True)
        self._say("", "muted")

    def _refused(self, exc: HandbookError) -> bool:
        self.checked = None
        self.restore_button.setEnabled(False)
        self.report.setText(exc.render(self._lang))
        theme.set_role(self.report, "error")
        return True

    def restore(self) -> None:
        if self.checked is None:
            return
        source = self.checked.verified.path
        username, secret, recovery = self._credentials()
        replace = self.in_place.isChecked()
        target = self._root if replace else self.target.path()
        if target is None:
            self._say(self.tr("Hãy chọn thư mục mới."), "error")
            return

        def work(_progress: Progress) -> Restored:
            return restoring.restore(
                source, target, username=username, secret=secret, recovery=recovery, replace=replace
            )

        self._runner.run(
            work, done=self._restored, failed=self._restore_refused, parent=self, progress=self.tr("Đang khôi phục…")
        )

    def _restored(self, done: Restored) -> None:
        self.secret.clear()
        text = self.tr("Đã khôi phục vào thư mục {path}.").format(path=str(done.root))
        if done.previous_moved_to is not None:
            text += " " + self.tr("Kho trước đó được giữ nguyên tại {path}.").format(path=str(done.previous_moved_to))
        self._say(text, "muted")
        self.restore_button.setEnabled(False)
        self.restored.emit(done)

    def _restore_refused(self, exc: HandbookError) -> bool:
        self._say(exc.render(self._lang), "error")
        return True

    def _say(self, text: str, role: str) -> None:
        theme.set_role(self.message, role)
        self.message.setText(text)
