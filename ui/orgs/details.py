"""The Tổ chức screen's details panel: one organisation, its history of merges and splits, its members."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import Lang
from ui import theme
from ui.actions.orgs import (
    OrgDetails,
    Succession,
)
from ui.orgs.fields import dmy

MEMBERS_SHOWN = 500  # the details list shows this many names; the Đảng viên screen shows all


class OrgDetailsPanel(QFrame):
    """One organisation: what it is, its history of merges and splits, and its members on the day shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.set_role(self, "card")
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setFont(theme.scaled_font(self.name, 1.25, bold=True))
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.type = QLabel()
        self.parent_org = QLabel()
        self.parent_org.setWordWrap(True)
        self.residential = QLabel()
        self.active = QLabel()
        self.decision = QLabel()
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.members_title = QLabel()
        self.members_title.setFont(theme.scaled_font(self.members_title, 1.0, bold=True))
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Đảng viên của chi bộ"))
        self.members.setAlternatingRowColors(True)
        self.show_members_button = QPushButton(self.tr("Mở danh sách Đảng viên của chi bộ này"))
        self.hint = QLabel(self.tr("Chọn một tổ chức trong cây bên trái để xem chi tiết."))
        self.hint.setWordWrap(True)
        theme.set_role(self.hint, "muted")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Loại:"), self.type)
        form.addRow(self.tr("Trực thuộc:"), self.parent_org)
        form.addRow(self.tr("Nơi cư trú:"), self.residential)
        form.addRow(self.tr("Hoạt động:"), self.active)
        form.addRow(self.tr("Quyết định:"), self.decision)
        form.addRow(self.tr("Lịch sử:"), self.history)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.name)
        body.addLayout(form)
        body.addSpacing(6)
        body.addWidget(self.members_title)
        body.addWidget(self.members, 1)
        body.addWidget(self.show_members_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.hint)
        layout.addWidget(self.body, 1)
        self.clear()

    def clear(self) -> None:
        self.body.hide()
        self.hint.show()
        self.members.clear()

    def show_details(self, details: OrgDetails, lang: Lang, today: bool) -> None:
        org = details.org
        self.name.setText(org.name)
        self.type.setText(org.type.label.render(lang))
        self.parent_org.setText(details.parent_name or self.tr("(không)"))
        cell = org.type.holds_members
        self.residential.setText(
            (self.tr("Có — chi bộ thôn, tổ dân phố") if org.residential else self.tr("Không")) if cell else "—"
        )
        if org.valid_to is not None:
            active = self.tr("từ {start} đến {end}").format(start=dmy(org.valid_from) or "…", end=dmy(org.valid_to))
        elif org.valid_from is not None:
            active = self.tr("từ {start}").format(start=dmy(org.valid_from))
        else:
            active = self.tr("(không rõ ngày thành lập)")
        self.active.setText(active)
        self.decision.setText(org.founding_decision or "—")
        self.history.setText("\n".join(self._succession(s) for s in details.successions) or "—")
        self.members.clear()
        if cell:
            self.members_title.setText(
                self.tr("Đảng viên ngày {day}: {n}").format(day=dmy(details.day), n=len(details.members))
            )
            for member in details.members[:MEMBERS_SHOWN]:
                born = f" ({member.birth_date})" if member.birth_date else ""
                self.members.addItem(member.full_name + born)
            if len(details.members) > MEMBERS_SHOWN:
                self.members.addItem(self.tr("… và {n} người nữa").format(n=len(details.members) - MEMBERS_SHOWN))
        self.members_title.setVisible(cell)
        self.members.setVisible(cell)
        self.show_members_button.setVisible(cell and today)
        self.hint.hide()
        self.body.show()

    def _succession(self, s: Succession) -> str:
        decision = self.tr(" (QĐ số {no})").format(no=s.decision_no) if s.decision_no else ""
        day = dmy(s.day)
        if s.kind == "merge" and s.came_from:
            return self.tr("{day}: nhận sáp nhập {other}").format(day=day, other=s.other) + decision
        if s.kind == "merge":
            return self.tr("{day}: sáp nhập vào {other}").format(day=day, other=s.other) + decision
        if s.came_from:
            return self.tr("{day}: thành lập do chia tách {other}").format(day=day, other=s.other) + decision
        return self.tr("{day}: chia tách, một phần thành {other}").format(day=day, other=s.other) + decision
