"""The first-run wizard: create a vault for the commune, or open an existing vault folder, or the demo commune.

Creating asks for the commune (from the 3,321-unit list), the committee's names (prefilled from the unit:
Ban Tổ chức in a special zone), the head's account, then shows the recovery code once, big, with a page to
print, and will not finish until the person says they copied it to paper.

Slow steps (the key derivation, building the demo) run through the operations layer: the page's
``validatePage`` starts them and returns False; when they are done the wizard moves on by itself.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from handbook.errors import HandbookError
from handbook.i18n import Lang
from handbook.orgs.profile import CommitteeProfile, profile_for_unit
from handbook.reference.admin_units import CommuneUnit
from handbook.vault import kdf
from handbook.vault.vault import Vault
from ui import theme
from ui.actions.start import CreatedVault, DemoReady, NewVault, create_vault
from ui.operations import Progress, Runner
from ui.settings.signers_past import PastSignersPage
from ui.start.wizard_pages import DemoPage, OpenPage, RecoveryPage, error_label, free_folder
from ui.start.wizard_pages import OpenExisting as OpenExisting  # where the start flow and the tests find it
from ui.widgets.commune_picker import CommunePicker
from ui.widgets.password import StrengthHint

INTRO, COMMUNE, COMMITTEE, ACCOUNT, RECOVERY, OPEN, DEMO, SIGNERS = range(8)
StartChoice = CreatedVault | OpenExisting


class IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Chào mừng đến với Sổ tay Đảng viên"))
        self.setSubTitle(self.tr("Phần mềm lưu hồ sơ đảng viên trên máy này, đã mã hóa. Hãy chọn cách bắt đầu."))
        self.create_choice = QRadioButton(self.tr("Tạo kho dữ liệu mới cho đơn vị"))
        self.open_choice = QRadioButton(self.tr("Mở kho dữ liệu đã có (trên máy này hoặc USB)"))
        self.demo_choice = QRadioButton(self.tr("Mở xã mẫu để dùng thử"))
        self.create_choice.setChecked(True)
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        details = (
            self.tr("Dùng lần đầu: chọn xã, phường của đơn vị, đặt tài khoản Trưởng ban."),
            self.tr("Kho dữ liệu là một thư mục; chọn thư mục đó."),
            self.tr("Dữ liệu hư cấu, để tập sử dụng; không dùng cho công việc thật."),
        )
        for button, detail in zip((self.create_choice, self.open_choice, self.demo_choice), details, strict=True):
            button.setFont(theme.scaled_font(button, 1.1, bold=True))
            group.addButton(button)
            layout.addWidget(button)
            text = QLabel(detail)
            text.setWordWrap(True)
            text.setIndent(28)
            theme.set_role(text, "muted")
            layout.addWidget(text)
            layout.addSpacing(10)
        layout.addStretch(1)
        self.language = QPushButton()
        self.language.setFlat(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.language)
        layout.addLayout(row)

    def nextId(self) -> int:
        if self.open_choice.isChecked():
            return OPEN
        if self.demo_choice.isChecked():
            return DEMO
        return COMMUNE


class CommunePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Đơn vị của bạn"))
        self.setSubTitle(self.tr("Chọn xã, phường hoặc đặc khu nơi Đảng ủy của bạn đóng (theo danh mục từ 01/7/2025)."))
        self.picker = CommunePicker()
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        self.picker.unit_changed.connect(lambda _u: self.completeChanged.emit())

    def initializePage(self) -> None:
        self.picker.ensure_loaded()
        self.picker.search.setFocus()

    def isComplete(self) -> bool:
        return self.picker.unit() is not None

    def unit(self) -> CommuneUnit | None:
        return self.picker.unit()


class CommitteePage(QWizardPage):
    def __init__(self, commune: CommunePage, default_base: Path, wizard: StartWizard) -> None:
        super().__init__()
        self._commune = commune
        self._default_base = default_base
        self._wizard = wizard
        self._unit_code = ""
        self.setTitle(self.tr("Tên đơn vị"))
        self.setSubTitle(self.tr("Các tên này in trên mọi biểu mẫu. Đã điền sẵn theo đơn vị đã chọn; sửa nếu cần."))
        self.committee = QLineEdit()
        self.advisory = QLineEdit()
        self.place = QLineEdit()
        self.folder = QLineEdit()
        self.choose = QPushButton(self.tr("Chọn…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        place_hint = QLabel(self.tr("Dùng trong dòng ngày tháng, ví dụ: “Tân An, ngày 05 tháng 02 năm 2026”."))
        place_hint.setWordWrap(True)
        theme.set_role(place_hint, "muted")
        folder_hint = QLabel(self.tr("Kho dữ liệu là một thư mục đã mã hóa. Nên để mặc định."))
        folder_hint.setWordWrap(True)
        theme.set_role(folder_hint, "muted")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tên Đảng ủy:"), self.committee)
        form.addRow(self.tr("Cơ quan tham mưu:"), self.advisory)
        form.addRow(self.tr("Địa danh:"), self.place)
        form.addRow("", place_hint)
        form.addRow(self.tr("Nơi lưu kho:"), folder_row)
        form.addRow("", folder_hint)
        for edit in (self.committee, self.advisory, self.place, self.folder):
            edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.choose.clicked.connect(self._choose_folder)

    def initializePage(self) -> None:
        unit = self._commune.unit()
        if unit is None or unit.code == self._unit_code:
            return  # keep what the person edited when they come back without changing the commune
        self._unit_code = unit.code
        profile = profile_for_unit(unit, self._commune.picker.province_of(unit), date.today())
        self.committee.setText(profile.committee_name)
        self.advisory.setText(profile.advisory_body)
        self.place.setText(profile.place_name)
        if not self.folder.text():
            self.folder.setText(str(free_folder(self._default_base)))

    def isComplete(self) -> bool:
        return all(e.text().strip() for e in (self.committee, self.advisory, self.place, self.folder))

    def profile(self) -> CommitteeProfile:
        unit = self._commune.unit()
        assert unit is not None
        base = profile_for_unit(unit, self._commune.picker.province_of(unit), date.today())
        return CommitteeProfile(
            valid_from=base.valid_from,
            commune_type=base.commune_type,
            commune_name=base.commune_name,
            committee_name=self.committee.text(),
            advisory_body=self.advisory.text(),
            place_name=self.place.text(),
            province_code=base.province_code,
            province_name=base.province_name,
            commune_code=base.commune_code,
        )

    def _choose_folder(self) -> None:
        start = Path(self.folder.text()).parent if self.folder.text() else self._default_base
        chosen = self._wizard.runner.dialogs.choose_folder(self, self.tr("Chọn nơi lưu kho dữ liệu"), start)
        if chosen is None:
            return
        empty = chosen.is_dir() and not any(chosen.iterdir())
        self.folder.setText(str(chosen if empty else free_folder(chosen)))


class AccountPage(QWizardPage):
    def __init__(self, wizard: StartWizard, committee: CommitteePage) -> None:
        super().__init__()
        self._wizard = wizard
        self._committee = committee
        self._busy = False
        self.setTitle(self.tr("Tài khoản Trưởng ban"))
        self.setSubTitle(
            self.tr("Người tạo kho là Trưởng ban; sau đó Trưởng ban thêm tài khoản cho Phó trưởng ban, chuyên viên.")
        )
        self.setCommitPage(True)
        self.full_name = QLineEdit()
        self.username = QLineEdit("truongban")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = StrengthHint()
        self.mismatch = QLabel(self.tr("Hai lần nhập mật khẩu chưa giống nhau."))
        theme.set_role(self.mismatch, "error")
        self.mismatch.hide()
        self.error = error_label()
        self.busy = QLabel(self.tr("Đang tạo kho dữ liệu và khóa mã hóa, xin chờ vài giây…"))
        theme.set_role(self.busy, "muted")
        self.busy.hide()
        username_hint = QLabel(self.tr("Chữ thường không dấu, không cách, ví dụ: truongban."))
        theme.set_role(username_hint, "muted")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Họ và tên:"), self.full_name)
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow("", username_hint)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow("", self.strength)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.repeat)
        form.addRow("", self.mismatch)
        form.addRow(self.error)
        form.addRow(self.busy)
        for edit in (self.full_name, self.username, self.password, self.repeat):
            edit.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.strength.update_for(self.password.text())
        self.mismatch.setVisible(bool(self.repeat.text()) and self.repeat.text() != self.password.text())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            not self._busy
            and bool(self.full_name.text().strip() and self.username.text().strip() and self.password.text())
            and self.password.text() == self.repeat.text()
        )

    def validatePage(self) -> bool:
        if self._wizard.created is not None:
            return True
        self.error.hide()
        self._set_busy(True)
        request = NewVault(
            root=Path(self._committee.folder.text().strip()),
            profile=self._committee.profile(),
            username=self.username.text(),
            full_name=self.full_name.text(),
            password=self.password.text(),
        )
        params = self._wizard.kdf_params

        def work(_progress: Progress) -> CreatedVault:
            return create_vault(request, params)

        self._wizard.runner.run(
            work,
            done=self._created,
            failed=self._refused,
            always=lambda: self._set_busy(False),
            parent=self,
            progress=self.tr("Đang tạo kho dữ liệu…"),
        )
        return False

    def _created(self, created: CreatedVault) -> None:
        self._wizard.created = created
        self.password.clear()
        self.repeat.clear()
        QTimer.singleShot(0, self._wizard.next)

    def _refused(self, exc: HandbookError) -> bool:
        self.error.setText(exc.render(self._wizard.lang))
        self.error.show()
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.completeChanged.emit()


class StartWizard(QWizard):
    """Emits ``chosen`` with a ``CreatedVault`` (already unlocked) or an ``OpenExisting`` path."""

    chosen = Signal(object)
    language_requested = Signal(str)

    def __init__(
        self,
        runner: Runner,
        lang: Lang,
        *,
        kdf_params: kdf.KdfParams | None,
        default_base: Path,
        demo_path: Path,
        demo_password: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.lang: Lang = lang
        self.kdf_params = kdf_params  # None: calibrate on this PC (the real app); tests pass kdf.TEST_ONLY
        self.demo_path = demo_path
        self.demo_password = demo_password
        self.created: CreatedVault | None = None
        self.demo_ready: DemoReady | None = None

        self.setWindowTitle(self.tr("Sổ tay Đảng viên — Bắt đầu"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Xong"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Tạo kho dữ liệu"))

        self.intro = IntroPage()
        self.commune = CommunePage()
        self.committee = CommitteePage(self.commune, default_base, self)
        self.account = AccountPage(self, self.committee)
        self.recovery = RecoveryPage(self)
        self.open_page = OpenPage(self)
        self.demo = DemoPage(self)
        for page_id, page in (
            (INTRO, self.intro),
            (COMMUNE, self.commune),
            (COMMITTEE, self.committee),
            (ACCOUNT, self.account),
            (RECOVERY, self.recovery),
            (OPEN, self.open_page),
            (DEMO, self.demo),
            (SIGNERS, PastSignersPage(runner, self._created_vault, lang)),
        ):
            self.setPage(page_id, page)
        self.recovery.setFinalPage(True)  # "Xong" here, or "Tiếp" to record the signers of past periods
        self.setStartId(INTRO)
        other = "en" if lang == "vi" else "vi"
        self.intro.language.setText("English" if other == "en" else "Tiếng Việt")
        self.intro.language.clicked.connect(lambda: self.language_requested.emit(other))
        font_height = self.fontMetrics().height()
        self.resize(font_height * 40, font_height * 30)

    def _created_vault(self) -> AbstractContextManager[Vault]:
        assert self.created is not None
        return nullcontext(self.created.vault)

    def accept(self) -> None:
        if not self.validateCurrentPage():
            return  # slow work started (the demo); it calls accept again when done
        choice = self._choice()
        if choice is None:
            return
        QDialog.accept(self)
        self.chosen.emit(choice)

    def _choice(self) -> StartChoice | None:
        if self.created is not None:
            return self.created
        if self.currentId() == DEMO and self.demo_ready is not None:
            return OpenExisting(self.demo_ready.path, demo=True)
        if self.currentId() == OPEN:
            return OpenExisting(Path(self.open_page.path.text().strip()))
        return None

    def reject(self) -> None:
        if self.created is not None:
            return  # the vault exists: finish by noting the recovery code, never by losing it
        super().reject()
