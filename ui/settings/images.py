"""Cài đặt › Chữ ký & con dấu: the signature and seal pictures printed on forms, kept inside the vault.

One pair of pictures per signer position (Trưởng ban, Phó trưởng ban …), for a named person: documents
signed by someone else never get them. Head only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.forms.images import POSITIONS
from handbook.i18n import Lang
from handbook.permissions import Op
from ui import theme
from ui.actions.changes import Changed
from ui.actions.settings import ImagesChanged, PositionImages, load_images, read_image_file, save_images
from ui.operations import Progress, Runner
from ui.session import Session
from ui.settings.file_field import FileField
from ui.settings.section import Section, heading, message_line, note, say
from ui.settings.signers import position_label
from ui.widgets.permission import guard


class ImagePane(QGroupBox):
    """One picture: a preview, the file to take it from, and a button to leave it out."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.data: bytes | None = None
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        height = self.fontMetrics().height()
        self.preview.setFixedSize(QSize(height * 16, height * 9))
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setStyleSheet("background: white;")
        self.file = FileField(title, self.tr("Ảnh PNG hoặc JPEG (*.png *.jpg *.jpeg)"))
        self.clear_button = QPushButton(self.tr("Bỏ ảnh này"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.file)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self.clear_button.clicked.connect(self.clear)
        self.show_image(None)

    def clear(self) -> None:
        self.file.edit.blockSignals(True)
        self.file.set_path(None)
        self.file.edit.blockSignals(False)
        self.show_image(None)

    def show_image(self, data: bytes | None) -> bool:
        """Show ``data``; False when it is not a picture Qt can read (it is then not kept)."""
        pixmap = QPixmap()
        if data is not None and not pixmap.loadFromData(data):
            return False
        self.data = data
        if data is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("(chưa có ảnh)"))
            return True
        self.preview.setText("")
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size() - QSize(12, 12),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        return True


class ImagesSection(Section):
    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, lang, parent)
        self._stored: dict[str, PositionImages] = {}
        self.position = QComboBox()
        for position in POSITIONS:
            self.position.addItem(position_label(position), position)
        self.signer_name = QLineEdit()
        self.signer_name.setPlaceholderText(self.tr("Họ tên người có chữ ký này"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Chức vụ:"), self.position)
        form.addRow(self.tr("Chữ ký của đồng chí:"), self.signer_name)
        self.signature = ImagePane(self.tr("Ảnh chữ ký"))
        self.seal = ImagePane(self.tr("Ảnh con dấu"))
        panes = QHBoxLayout()
        panes.addWidget(self.signature)
        panes.addWidget(self.seal)
        panes.addStretch(1)
        self.save_button = QPushButton(self.tr("Lưu ảnh vào kho dữ liệu"))
        theme.set_role(self.save_button, "primary")
        self.message = message_line()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        self.layout_.addWidget(heading(self.title))
        self.layout_.addWidget(
            note(
                self.tr(
                    "Ảnh chữ ký và con dấu in lên văn bản do chính người này ký; văn bản người khác ký không có ảnh. "
                    "Ảnh PNG nền trong suốt in đẹp nhất; con dấu in đè lên một phần ba bên trái chữ ký. "
                    "Ảnh được lưu trong kho dữ liệu đã mã hóa."
                )
            )
        )
        self.layout_.addLayout(form)
        self.layout_.addLayout(panes)
        self.layout_.addLayout(buttons)
        self.layout_.addStretch(1)
        self.position.currentIndexChanged.connect(lambda _i: self._show_position())
        self.save_button.clicked.connect(self.save)
        for pane in (self.signature, self.seal):
            pane.file.picked.connect(lambda pane=pane: self._file_chosen(pane))

    @property
    def title(self) -> str:
        return self.tr("Chữ ký & con dấu")

    def current_position(self) -> str:
        return str(self.position.currentData())

    def apply_permissions(self) -> None:
        actor = self._session.actor
        widgets: list[QWidget] = [self.signer_name, self.save_button]  # any position may be looked at
        for pane in (self.signature, self.seal):
            widgets += [pane.file.edit, pane.file.button, pane.clear_button]
        for widget in widgets:
            guard(widget, actor, Op.SETTINGS_EDIT, self._lang)

    def reload(self) -> None:
        session = self._session

        def work(_progress: Progress) -> list[PositionImages]:
            with session.use() as vault:
                return load_images(vault)

        self._runner.run(work, done=self._loaded_images, parent=self)

    def _loaded_images(self, images: list[PositionImages]) -> None:
        self._stored = {i.position: i for i in images}
        self._show_position()

    def _show_position(self) -> None:
        stored = self._stored.get(self.current_position())
        self.signer_name.setText((stored.signer_name or stored.holder) if stored else "")
        for pane, data in (
            (self.signature, stored.signature_png if stored else None),
            (self.seal, stored.seal_png if stored else None),
        ):
            pane.clear()
            pane.show_image(data)

    def _file_chosen(self, pane: ImagePane) -> None:
        path = pane.file.path()
        if path is None or not path.is_file():
            return
        chosen: Path = path

        def work(_progress: Progress) -> bytes:
            return read_image_file(chosen)

        def done(data: bytes) -> None:
            if pane.show_image(data):
                self.message.hide()
            else:
                say(self.message, self.tr("Tệp {name} không phải là ảnh đọc được.").format(name=chosen.name), "error")

        self._runner.run(work, done=done, failed=self.refused(self.message), parent=self)

    def forget(self) -> None:
        self._stored = {}
        for pane in (self.signature, self.seal):
            pane.show_image(None)

    def react(self, change: Changed) -> None:
        if isinstance(change, ImagesChanged) and self.loaded:
            self.reload()

    def save(self) -> None:
        position = self.current_position()
        signature, seal, name = self.signature.data, self.seal.data, self.signer_name.text()
        session = self._session

        def work(_progress: Progress) -> ImagesChanged:
            with session.use() as vault:
                return save_images(vault, position, signature, seal, name)

        def done(_change: ImagesChanged) -> None:
            if signature is None and seal is None:
                say(
                    self.message,
                    self.tr("Đã xóa ảnh của chức vụ {position}.").format(position=position_label(position)),
                    "muted",
                )
            else:
                say(self.message, self.tr("Đã lưu ảnh vào kho dữ liệu."), "muted")

        self._runner.run(work, done=done, failed=self.refused(self.message), parent=self)
