"""Cài đặt › Giao diện: language and text size on this PC, and the vault's auto-lock time."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QSpinBox, QWidget

from handbook import settings
from handbook.i18n import Lang
from handbook.locations import app_home
from handbook.permissions import Op
from ui.actions.changes import Changed
from ui.actions.settings import AutolockChanged, load_autolock, save_autolock
from ui.operations import Progress, Runner
from ui.prefs import FILE_NAME, PrefsStore
from ui.session import Session
from ui.settings.section import Section, heading, message_line, note, say
from ui.widgets.permission import guard


class AppearanceSection(Section):
    def __init__(
        self,
        session: Session,
        runner: Runner,
        lang: Lang,
        prefs: PrefsStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, lang, parent)
        self.prefs = prefs or PrefsStore(app_home() / FILE_NAME)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.text_scale = QSpinBox()
        self.text_scale.setRange(settings.TEXT_SCALE.minimum or 80, settings.TEXT_SCALE.maximum or 200)
        self.text_scale.setSingleStep(10)
        self.text_scale.setSuffix(" %")
        width = self.fontMetrics().averageCharWidth() * 18
        for widget in (self.language, self.text_scale):
            widget.setMinimumWidth(width)
        self.save_pc = QPushButton(self.tr("Lưu"))
        self.pc_message = message_line()
        pc_box = QGroupBox(self.tr("Trên máy này"))
        pc_form = QFormLayout(pc_box)
        pc_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        pc_form.addRow(self.tr("Ngôn ngữ:"), self.language)
        pc_form.addRow(self.tr("Cỡ chữ:"), self.text_scale)
        pc_form.addRow(
            note(
                self.tr(
                    "Ngôn ngữ và cỡ chữ có hiệu lực khi mở lại cửa sổ: đăng xuất rồi đăng nhập lại, "
                    "hoặc mở lại phần mềm."
                )
            )
        )
        pc_row = QHBoxLayout()
        pc_row.addWidget(self.pc_message, 1)
        pc_row.addStretch()
        pc_row.addWidget(self.save_pc)
        pc_form.addRow(pc_row)

        self.autolock = QSpinBox()
        self.autolock.setRange(settings.AUTOLOCK_MINUTES.minimum or 1, settings.AUTOLOCK_MINUTES.maximum or 240)
        self.autolock.setSuffix(self.tr(" phút"))
        self.autolock.setMinimumWidth(width)
        self.save_vault = QPushButton(self.tr("Lưu"))
        self.vault_message = message_line()
        vault_box = QGroupBox(self.tr("Cho cả kho dữ liệu"))
        vault_form = QFormLayout(vault_box)
        vault_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        vault_form.addRow(self.tr("Tự khóa màn hình sau khi không dùng:"), self.autolock)
        vault_form.addRow(
            note(self.tr("Áp dụng cho mọi người dùng kho này, có hiệu lực ngay. Khóa ngay lúc nào cũng được: Ctrl+L."))
        )
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vault_message, 1)
        vault_row.addStretch()
        vault_row.addWidget(self.save_vault)
        vault_form.addRow(vault_row)

        self.layout_.addWidget(heading(self.title))
        self.layout_.addWidget(pc_box)
        self.layout_.addWidget(vault_box)
        self.layout_.addStretch(1)
        self.save_pc.clicked.connect(self.save_this_pc)
        self.save_vault.clicked.connect(self.save_for_vault)

    @property
    def title(self) -> str:
        return self.tr("Giao diện")

    def apply_permissions(self) -> None:
        actor = self._session.actor
        guard(self.autolock, actor, Op.SETTINGS_EDIT, self._lang)
        guard(self.save_vault, actor, Op.SETTINGS_EDIT, self._lang)

    def reload(self) -> None:
        prefs = self.prefs.load()
        self.language.setCurrentIndex(max(self.language.findData(prefs.lang or self._lang), 0))
        self.text_scale.setValue(prefs.text_scale or 100)
        session = self._session

        def work(_progress: Progress) -> int:
            with session.use() as vault:
                return load_autolock(vault)

        self._runner.run(work, done=self.autolock.setValue, parent=self)

    def react(self, change: Changed) -> None:
        if isinstance(change, AutolockChanged):
            self.autolock.setValue(change.minutes)

    def save_this_pc(self) -> None:
        self.prefs.update(language=str(self.language.currentData()), text_scale=self.text_scale.value())
        say(self.pc_message, self.tr("Đã lưu. Mở lại cửa sổ để thấy thay đổi."), "muted")

    def save_for_vault(self) -> None:
        minutes = self.autolock.value()
        session = self._session

        def work(_progress: Progress) -> AutolockChanged:
            with session.use() as vault:
                return save_autolock(vault, minutes)

        def done(change: AutolockChanged) -> None:
            say(self.vault_message, self.tr("Đã lưu: tự khóa sau {n} phút.").format(n=change.minutes), "muted")

        self._runner.run(work, done=done, failed=self.refused(self.vault_message), parent=self)
