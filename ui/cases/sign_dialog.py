"""Where the signing key is: a PKCS#12 file (.p12/.pfx) with its password, or a USB token through its PKCS#11
library with the PIN (and, when several tokens are plugged in, the token's label). Nothing here is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from handbook.flow.model import Dispatch
from handbook.signing import Pkcs11Signer, Pkcs12Signer, SignerSpec
from ui import theme
from ui.settings.signing_prefs import SigningPrefs
from ui.widgets.dialogs import localize_buttons

P12, P11 = 0, 1


def _path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


class DispatchSignDialog(QDialog):
    """Asks for the key; ``signer()`` gives it to the signing action."""

    def __init__(self, dispatch: Dispatch, prefs: SigningPrefs | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ký số công văn"))
        self.setModal(True)
        heading = QLabel(
            self.tr("Ký số công văn {number} gửi {org}.").format(
                number=dispatch.number_text, org=dispatch.workplace_name
            )
        )
        heading.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Chữ ký số đặt vào ô chữ ký của công văn; ảnh chữ ký và con dấu không in kèm. "
                "Mật khẩu và mã PIN không được lưu lại."
            )
        )
        note.setWordWrap(True)
        theme.set_role(note, "muted")

        self.use_p12 = QRadioButton(self.tr("Tệp chữ ký số (.p12, .pfx)"))
        self.use_p11 = QRadioButton(self.tr("Thiết bị ký số USB (token PKCS#11)"))
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.use_p12, P12)
        self.kind.addButton(self.use_p11, P11)
        self.use_p12.setChecked(True)

        self.p12_path = QLineEdit()
        self.p12_path.setPlaceholderText(self.tr("đường dẫn tệp .p12 hoặc .pfx"))
        self.p12_browse = QPushButton(self.tr("Chọn tệp…"))
        self.p12_password = QLineEdit()
        self.p12_password.setEchoMode(QLineEdit.EchoMode.Password)
        p12 = QWidget()
        p12_form = QFormLayout(p12)
        p12_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        p12_form.addRow(self.tr("Tệp:"), _path_row(self.p12_path, self.p12_browse))
        p12_form.addRow(self.tr("Mật khẩu của tệp:"), self.p12_password)

        self.p11_module = QLineEdit()
        self.p11_module.setPlaceholderText(self.tr("thư viện PKCS#11 của hãng (.dll hoặc .so)"))
        self.p11_browse = QPushButton(self.tr("Chọn tệp…"))
        self.p11_pin = QLineEdit()
        self.p11_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.p11_label = QLineEdit()
        self.p11_label.setPlaceholderText(self.tr("để trống nếu chỉ cắm một thiết bị"))
        p11 = QWidget()
        p11_form = QFormLayout(p11)
        p11_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        p11_form.addRow(self.tr("Thư viện:"), _path_row(self.p11_module, self.p11_browse))
        p11_form.addRow(self.tr("Mã PIN:"), self.p11_pin)
        p11_form.addRow(self.tr("Tên thiết bị:"), self.p11_label)

        self.pages = QStackedWidget()
        self.pages.addWidget(p12)
        self.pages.addWidget(p11)

        self.buttons = QDialogButtonBox()
        self.sign_button = QPushButton(self.tr("Ký số"))
        theme.set_role(self.sign_button, "primary")
        self.sign_button.setDefault(True)
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(self.buttons)

        kinds = QHBoxLayout()
        kinds.addWidget(self.use_p12)
        kinds.addWidget(self.use_p11)
        kinds.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(kinds)
        layout.addWidget(self.pages)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

        self.kind.idClicked.connect(self._kind_changed)
        for edit in (self.p12_path, self.p12_password, self.p11_module, self.p11_pin):
            edit.textChanged.connect(lambda _t: self._update())
        self.p12_browse.clicked.connect(self._browse_p12)
        self.p11_browse.clicked.connect(self._browse_p11)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if prefs is not None:
            self._prefill(prefs)
        self._update()
        self.resize(self.fontMetrics().height() * 40, self.sizeHint().height())

    def _prefill(self, prefs: SigningPrefs) -> None:
        """Where this PC's key is, as set in Cài đặt (never a password or PIN)."""
        self.p12_path.setText(prefs.pkcs12_path)
        self.p11_module.setText(prefs.pkcs11_module)
        self.p11_label.setText(prefs.token_label)
        if prefs.kind == "pkcs11":
            self.use_p11.setChecked(True)
            self.pages.setCurrentIndex(P11)
            self.p11_pin.setFocus()
        elif prefs.kind == "pkcs12":
            self.p12_password.setFocus()

    def _kind_changed(self, kind: int) -> None:
        self.pages.setCurrentIndex(kind)
        self._update()

    def _update(self) -> None:
        if self.kind.checkedId() == P12:
            ready = bool(self.p12_path.text().strip())
        else:
            ready = bool(self.p11_module.text().strip() and self.p11_pin.text())
        self.sign_button.setEnabled(ready)

    def _browse_p12(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp chữ ký số"), str(Path.home()), self.tr("Tệp chữ ký số (*.p12 *.pfx)")
        )
        if chosen:
            self.p12_path.setText(chosen)

    def _browse_p11(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn thư viện PKCS#11"), str(Path.home()), self.tr("Thư viện (*.dll *.so *.dylib)")
        )
        if chosen:
            self.p11_module.setText(chosen)

    def signer(self) -> SignerSpec:
        if self.kind.checkedId() == P12:
            return Pkcs12Signer(Path(self.p12_path.text().strip()), self.p12_password.text())
        label = self.p11_label.text().strip()
        return Pkcs11Signer(self.p11_module.text().strip(), self.p11_pin.text(), token_label=label or None)

    def forget(self) -> None:
        """Clear the password and PIN from the fields."""
        self.p12_password.clear()
        self.p11_pin.clear()
