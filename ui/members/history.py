"""Lịch sử thay đổi of one member, from the audit log: who, when, what — each field before → after.

Reading the audit log is for the head, the deputies and viewers; staff see why not. ``MemberHistoryWidget``
fits a tab of the member editor; ``MemberHistoryDialog`` wraps it for a button.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from handbook.dates import PartialDate
from handbook.i18n import Lang, Message, catalogue
from handbook.members.model import MemberId
from handbook.permissions import Op
from ui.actions.changes import Changed, MembersChanged
from ui.actions.member_history import FieldChange, HistoryEntry, MemberHistory, member_history
from ui.operations import Progress, Runner
from ui.session import Session
from ui.settings.rows_model import Col, RowsModel
from ui.settings.section import note, plain_table
from ui.widgets.dialogs import WidgetDialog

DATE_FIELDS = frozenset({"birth_date", "admitted", "official", "date", "from", "valid_from", "valid_to"})
EMPTY = "—"


@dataclass(frozen=True)
class HistoryRow:
    """One line of the table: a field change, the first of its entry carrying who and when."""

    entry: HistoryEntry
    change: FieldChange | None
    first: bool


def operation_label(operation: str) -> str:
    return {
        "members.add": QCoreApplication.translate("MemberHistory", "Thêm hồ sơ"),
        "members.update": QCoreApplication.translate("MemberHistory", "Sửa hồ sơ"),
        "members.event": QCoreApplication.translate("MemberHistory", "Ghi sự kiện"),
        "members.assign": QCoreApplication.translate("MemberHistory", "Xếp chi bộ"),
    }.get(operation, operation)


def field_label(name: str, lang: Lang) -> str:
    if f"field.{name}" in catalogue():
        return Message(f"field.{name}").render(lang)
    return {
        "event": QCoreApplication.translate("MemberHistory", "Sự kiện"),
        "date": QCoreApplication.translate("MemberHistory", "Ngày"),
        "decision_no": QCoreApplication.translate("MemberHistory", "Số quyết định"),
        "detail": QCoreApplication.translate("MemberHistory", "Ghi chú"),
        "from": QCoreApplication.translate("MemberHistory", "Từ ngày"),
        "reason": QCoreApplication.translate("MemberHistory", "Lý do"),
        "photo_bytes": QCoreApplication.translate("MemberHistory", "Ảnh"),
    }.get(name, name)


def value_text(name: str, value: object, lang: Lang, cells: dict[int, str]) -> str:
    """A value as the person reads it: dates dd/mm/yyyy, codes as words, cells by name."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("MemberHistory", "có")
            if value
            else QCoreApplication.translate("MemberHistory", "không")
        )
    if name in DATE_FIELDS and isinstance(value, str):
        day = PartialDate.from_iso(value)
        return day.display() if day else value
    if name in ("gender", "status", "event") and isinstance(value, str):
        key = f"{name}.{value}"
        return Message(key).render(lang) if key in catalogue() else value
    if name == "cell" and isinstance(value, int):
        return cells.get(value, str(value))
    if name == "photo_bytes" and isinstance(value, int):
        return QCoreApplication.translate("MemberHistory", "có ảnh ({size} KB)").format(size=max(value // 1024, 1))
    return " ".join(str(value).split())


def event_text(entry: HistoryEntry, lang: Lang) -> str:
    """An event entry in one line: "Tặng Huy hiệu Đảng, 19/05/2025, số 812-QĐ/TU: Huy hiệu 65 năm tuổi Đảng"."""
    values = {c.field: c.after for c in entry.changes}
    parts = [value_text("event", values.get("event"), lang, {})]
    if values.get("date"):
        parts.append(value_text("date", values["date"], lang, {}))
    if values.get("decision_no"):
        parts.append(QCoreApplication.translate("MemberHistory", "số {number}").format(number=values["decision_no"]))
    text = ", ".join(parts)
    detail = values.get("detail")
    return f"{text}: {detail}" if detail else text


def history_rows(history: MemberHistory) -> list[HistoryRow]:
    """One line per changed field; an event is one line; the first line of each change says who and when."""
    rows: list[HistoryRow] = []
    for entry in history.entries:
        changes = entry.changes
        if entry.operation == "members.event":
            changes = tuple(c for c in changes if c.field == "event")
        if not changes:
            rows.append(HistoryRow(entry, None, True))
            continue
        rows += [HistoryRow(entry, change, n == 0) for n, change in enumerate(changes)]
    return rows


class MemberHistoryWidget(QWidget):
    """The changes to ``member_id``, newest first; loads when first shown and after each change to them."""

    def __init__(
        self, member_id: MemberId, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.member_id = member_id
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self._loaded = False
        self._cells: dict[int, str] = {}

        def who(row: HistoryRow) -> str:
            if not row.first:
                return ""
            entry = row.entry
            return f"{entry.actor_name} ({entry.actor})" if entry.actor_name else entry.actor

        def change_text(row: HistoryRow, before: bool) -> str:
            if row.change is None:
                return ""
            if before and row.entry.operation in ("members.add", "members.event"):
                return ""
            if row.entry.operation == "members.event":
                return event_text(row.entry, lang)
            value = row.change.before if before else row.change.after
            return value_text(row.change.field, value, lang, self._cells)

        self.model: RowsModel[HistoryRow] = RowsModel(
            [
                Col(
                    self.tr("Thời điểm"),
                    lambda r: r.entry.at.strftime("%d/%m/%Y %H:%M") if r.first else "",
                    emphasis=True,
                ),
                Col(self.tr("Người thực hiện"), who),
                Col(self.tr("Việc"), lambda r: operation_label(r.entry.operation) if r.first else "", emphasis=True),
                Col(self.tr("Thông tin"), lambda r: field_label(r.change.field, lang) if r.change else ""),
                Col(self.tr("Trước"), lambda r: change_text(r, True)),
                Col(self.tr("Sau"), lambda r: change_text(r, False)),
            ],
            tooltip=lambda r: f"{change_text(r, True)} → {change_text(r, False)}" if r.change else "",
            bold=lambda r: r.first,
            parent=self,
        )
        self.table = plain_table(self.tr("Lịch sử thay đổi hồ sơ"))
        self.table.setModel(self.model)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate((16, 26, 12, 18, 18)):
            self.table.setColumnWidth(column, chars * char)
        self.summary = note()
        self.refused = QLabel()
        self.refused.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.refused)
        layout.addWidget(self.table, 1)
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)
        runner.changed.connect(self._changed)
        self.apply_permissions()

    def apply_permissions(self) -> None:
        reason = self._session.actor.why_not(Op.AUDIT_VIEW)
        self.table.setVisible(reason is None)
        self.summary.setVisible(reason is None)
        self.refused.setVisible(reason is not None)
        if reason is not None:
            self.refused.setText(reason.render(self._lang))
        self.setToolTip(reason.render(self._lang) if reason is not None else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        if self._session.is_locked or not self._session.actor.may(Op.AUDIT_VIEW):
            return
        self._loaded = True
        session, member_id = self._session, self.member_id

        def work(_progress: Progress) -> MemberHistory:
            with session.use() as vault:
                return member_history(vault, member_id)

        self._runner.run(work, done=self._show, parent=self)

    def _show(self, history: MemberHistory) -> None:
        self._cells = history.cell_names
        self.model.set_rows(history_rows(history))
        count = len(history.entries)
        if not count:
            self.summary.setText(self.tr("Chưa có thay đổi nào được ghi."))
        elif history.truncated:
            self.summary.setText(self.tr("{n} lần thay đổi gần nhất, mới nhất ở trên.").format(n=count))
        else:
            self.summary.setText(self.tr("{n} lần thay đổi, mới nhất ở trên.").format(n=count))

    def _locked(self) -> None:
        self.model.clear()
        self._cells = {}

    def _unlocked(self) -> None:
        self.apply_permissions()
        if self._loaded:
            self.reload()

    def _changed(self, change: Changed) -> None:
        if isinstance(change, MembersChanged) and self.member_id in change.ids and self._loaded:
            self.reload()


class MemberHistoryDialog(WidgetDialog):
    """The history widget in its own window (for a "Lịch sử thay đổi…" button)."""

    def __init__(
        self,
        member_id: MemberId,
        full_name: str,
        session: Session,
        runner: Runner,
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        self.history = MemberHistoryWidget(member_id, session, runner, lang)
        title = QCoreApplication.translate("MemberHistoryDialog", "Lịch sử thay đổi: {name}").format(name=full_name)
        super().__init__(title, self.history, width_lines=62, height_lines=34, parent=parent)
