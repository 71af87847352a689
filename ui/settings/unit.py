"""Cài đặt › Đơn vị: the committee's names as printed on forms; editing opens the profile dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from handbook.i18n import Lang
from handbook.orgs.profile import CommitteeProfile
from handbook.permissions import Op
from ui import theme
from ui.actions.changes import Changed, ProfileChanged
from ui.actions.settings import load_profile
from ui.operations import Progress, Runner
from ui.session import Session
from ui.settings.profile_dialog import open_profile_dialog
from ui.settings.section import Section, heading, note
from ui.widgets.permission import guard


class UnitSection(Section):
    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, lang, parent)
        self.values: dict[str, QLabel] = {}
        card = QFrame()
        theme.set_role(card, "card")
        form = QFormLayout(card)
        form.setContentsMargins(16, 14, 16, 14)
        form.setVerticalSpacing(10)
        for key, label in (
            ("commune", self.tr("Xã, phường:")),
            ("province", self.tr("Tỉnh, thành phố:")),
            ("committee", self.tr("Tên Đảng ủy:")),
            ("advisory", self.tr("Cơ quan tham mưu:")),
            ("place", self.tr("Địa danh:")),
            ("since", self.tr("Áp dụng từ ngày:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            self.values[key] = value
            form.addRow(label, value)
        self.edit_button = QPushButton(self.tr("Sửa thông tin đơn vị…"))
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        self.layout_.addWidget(heading(self.title))
        self.layout_.addWidget(
            note(
                self.tr(
                    "Các tên này in trên mọi biểu mẫu. Mỗi lần sửa là một phiên bản mới có hiệu lực từ hôm nay; "
                    "văn bản đã in trước đó giữ tên cũ."
                )
            )
        )
        self.layout_.addWidget(card)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        self.edit_button.clicked.connect(self.edit)

    @property
    def title(self) -> str:
        return self.tr("Đơn vị")

    def apply_permissions(self) -> None:
        guard(self.edit_button, self._session.actor, Op.SETTINGS_EDIT, self._lang)

    def reload(self) -> None:
        session = self._session

        def work(_progress: Progress) -> CommitteeProfile | None:
            with session.use() as vault:
                return load_profile(vault)

        self._runner.run(work, done=self._show, parent=self)

    def _show(self, profile: CommitteeProfile | None) -> None:
        if profile is None:
            for label in self.values.values():
                label.setText("—")
            return
        self.values["commune"].setText(f"{profile.commune_type.word.capitalize()} {profile.commune_name}")
        self.values["province"].setText(profile.province_name or "—")
        self.values["committee"].setText(profile.committee_name)
        self.values["advisory"].setText(profile.advisory_body)
        self.values["place"].setText(profile.place_name)
        self.values["since"].setText(profile.valid_from.strftime("%d/%m/%Y"))

    def forget(self) -> None:
        for label in self.values.values():
            label.clear()

    def react(self, change: Changed) -> None:
        if isinstance(change, ProfileChanged) and self.loaded:
            self.reload()

    def edit(self) -> None:
        open_profile_dialog(self._session, self._runner, self._lang, self)
