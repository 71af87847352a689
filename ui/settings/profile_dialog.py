"""Thông tin đơn vị: the committee's names printed on forms (a new dated version; head only)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from handbook.errors import HandbookError
from handbook.i18n import Lang
from handbook.orgs.profile import CommitteeProfile
from handbook.permissions import Op
from ui import theme
from ui.actions.changes import ProfileChanged
from ui.actions.committee import load_profile, save_profile
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.dialogs import localize_buttons


class ProfileDialog(QDialog):
    def __init__(self, profile: CommitteeProfile, session: Session, runner: Runner, lang: Lang, parent: QWidget | None):
        super().__init__(parent)
        self._profile = profile
        self._session = session
        self._runner = runner
        self._lang = lang
        self.setWindowTitle(self.tr("Thông tin đơn vị"))
        where = QLabel(
            self.tr("{commune} — {province}").format(
                commune=f"{profile.commune_type.word.capitalize()} {profile.commune_name}",
                province=profile.province_name,
            )
        )
        theme.set_role(where, "muted")
        self.committee = QLineEdit(profile.committee_name)
        self.advisory = QLineEdit(profile.advisory_body)
        self.place = QLineEdit(profile.place_name)
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.set_role(self.error, "error")
        self.error.hide()
        note = QLabel(self.tr("Thay đổi có hiệu lực từ hôm nay; các văn bản đã in trước đó giữ tên cũ."))
        note.setWordWrap(True)
        theme.set_role(note, "muted")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tên Đảng ủy:"), self.committee)
        form.addRow(self.tr("Cơ quan tham mưu:"), self.advisory)
        form.addRow(self.tr("Địa danh:"), self.place)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def save(self) -> None:
        profile = replace(
            self._profile,
            committee_name=self.committee.text(),
            advisory_body=self.advisory.text(),
            place_name=self.place.text(),
        )
        session = self._session

        def work(_progress: Progress) -> ProfileChanged:
            with session.use() as vault:
                return save_profile(vault, profile)

        self._runner.run(work, done=lambda _c: self.accept(), failed=self._refused, parent=self)

    def _refused(self, exc: HandbookError) -> bool:
        self.error.setText(exc.render(self._lang))
        self.error.show()
        return True


def open_profile_dialog(session: Session, runner: Runner, lang: Lang, parent: QWidget) -> None:
    """Load the profile, then show the dialog (head only; the core refuses others anyway)."""
    if not session.actor.may(Op.SETTINGS_EDIT):
        return

    def work(_progress: Progress) -> CommitteeProfile | None:
        with session.use() as vault:
            return load_profile(vault)

    def show(profile: CommitteeProfile | None) -> None:
        if profile is None:
            runner.dialogs.info(
                parent,
                QCoreApplication.translate("ProfileDialog", "Kho dữ liệu này chưa có thông tin đơn vị (xã, phường)."),
            )
            return
        dialog = ProfileDialog(profile, session, runner, lang, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    runner.run(work, done=show, parent=parent)
