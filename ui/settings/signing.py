"""Cài đặt › Chữ ký số: where this PC's signing key is (a PKCS#12 file, or a USB token's library and label).

Only paths and a label are remembered on this PC; the file's password and the token's PIN are asked each
time a document is signed and never kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import Lang
from handbook.permissions import Op
from ui import theme
from ui.operations import Runner
from ui.session import Session
from ui.settings.file_field import FileField
from ui.settings.section import Section, heading, message_line, note, say
from ui.settings.signing_prefs import Kind, SigningPrefs, SigningPrefsStore
from ui.widgets.permission import guard


class SigningSection(Section):
    def __init__(
        self,
        session: Session,
        runner: Runner,
        lang: Lang,
        store: SigningPrefsStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, lang, parent)
        self.store = store or SigningPrefsStore()
        self.none_choice = QRadioButton(self.tr("Không dùng chữ ký số trên máy này"))
        self.p12_choice = QRadioButton(self.tr("Tệp chứng thư số (.p12, .pfx)"))
        self.token_choice = QRadioButton(self.tr("USB token (PKCS#11)"))
        group = QButtonGroup(self)
        for button in (self.none_choice, self.p12_choice, self.token_choice):
            group.addButton(button)
        self.p12_path = FileField(self.tr("Tệp chứng thư số"), self.tr("Chứng thư số (*.p12 *.pfx)"))
        self.module_path = FileField(
            self.tr("Thư viện của token"),
            self.tr("Thư viện PKCS#11 (*.dll *.so *.dylib)"),
            placeholder=self.tr("ví dụ C:\\Windows\\System32\\eTPKCS11.dll"),
        )
        self.token_label = QLineEdit()
        self.token_label.setPlaceholderText(self.tr("để trống nếu chỉ cắm một token"))

        p12_box = QGroupBox(self.tr("Tệp chứng thư số"))
        p12_form = QFormLayout(p12_box)
        p12_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        p12_form.addRow(self.tr("Đường dẫn tệp:"), self.p12_path)
        token_box = QGroupBox(self.tr("USB token"))
        token_form = QFormLayout(token_box)
        token_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        token_form.addRow(self.tr("Thư viện PKCS#11:"), self.module_path)
        token_form.addRow(self.tr("Tên token:"), self.token_label)
        self.p12_box, self.token_box = p12_box, token_box

        self.save_button = QPushButton(self.tr("Lưu"))
        theme.set_role(self.save_button, "primary")
        self.message = message_line()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        choices = QVBoxLayout()
        for button in (self.none_choice, self.p12_choice, self.token_choice):
            choices.addWidget(button)

        self.layout_.addWidget(heading(self.title))
        self.layout_.addWidget(
            note(
                self.tr(
                    "Chữ ký số dùng để ký văn bản gửi đi (PDF). Máy này chỉ nhớ đường dẫn và tên token; mật khẩu "
                    "tệp chứng thư và mã PIN của token không bao giờ được lưu, phần mềm hỏi mỗi lần ký."
                )
            )
        )
        self.layout_.addLayout(choices)
        self.layout_.addWidget(p12_box)
        self.layout_.addWidget(token_box)
        self.layout_.addLayout(buttons)
        self.layout_.addStretch(1)
        for button in (self.none_choice, self.p12_choice, self.token_choice):
            button.toggled.connect(lambda _on: self._update_boxes())
        self.save_button.clicked.connect(self.save)
        self.none_choice.setChecked(True)

    @property
    def title(self) -> str:
        return self.tr("Chữ ký số")

    def apply_permissions(self) -> None:
        actor = self._session.actor
        for widget in (self.none_choice, self.p12_choice, self.token_choice, self.save_button):
            guard(widget, actor, Op.FORMS_SIGN, self._lang)
        self._update_boxes()

    def _update_boxes(self) -> None:
        allowed = self._session.actor.may(Op.FORMS_SIGN)
        self.p12_box.setEnabled(allowed and self.p12_choice.isChecked())
        self.token_box.setEnabled(allowed and self.token_choice.isChecked())

    def reload(self) -> None:
        prefs = self.store.load()
        self.p12_path.set_path(prefs.pkcs12_path or None)
        self.module_path.set_path(prefs.pkcs11_module or None)
        self.token_label.setText(prefs.token_label)
        {"": self.none_choice, "pkcs12": self.p12_choice, "pkcs11": self.token_choice}[prefs.kind].setChecked(True)
        self._update_boxes()

    def kind(self) -> Kind:
        if self.p12_choice.isChecked():
            return "pkcs12"
        if self.token_choice.isChecked():
            return "pkcs11"
        return ""

    def save(self) -> None:
        kind = self.kind()
        p12 = self.p12_path.path()
        module = self.module_path.path()
        if kind == "pkcs12" and (p12 is None or not p12.is_file()):
            say(self.message, self.tr("Chưa có tệp chứng thư số ở đường dẫn đã ghi. Hãy chọn lại tệp."), "error")
            return
        if kind == "pkcs11" and (module is None or not module.is_file()):
            say(self.message, self.tr("Chưa có thư viện của token ở đường dẫn đã ghi. Hãy chọn lại tệp."), "error")
            return
        prefs = SigningPrefs(
            kind=kind,
            pkcs12_path=str(p12) if p12 else "",
            pkcs11_module=str(module) if module else "",
            token_label=" ".join(self.token_label.text().split()),
        )
        if self.store.save(prefs):
            say(self.message, self.tr("Đã lưu trên máy này."), "muted")
        else:
            say(
                self.message,
                self.tr("Không ghi được tệp cài đặt của máy này ({path}).").format(path=str(self.store.path)),
                "error",
            )
