"""Recording the signers of past periods in one step (name, post, from, to): in Cài đặt and the first-run wizard.

Old papers (an introduction letter received before the commune's current officers took office) print the
name of whoever held the post on their date; without a record for that period the forms refuse to print.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from handbook.errors import HandbookError
from handbook.forms.images import POSITIONS
from handbook.i18n import Lang
from handbook.orgs.profile import Signer, add_signer, list_signers
from handbook.vault.vault import Vault
from ui.actions.settings import SignersChanged
from ui.operations import Progress, Runner
from ui.settings.dates import DateField, show_date
from ui.settings.section import message_line, note, say
from ui.settings.signers import default_title, position_label
from ui.widgets.dialogs import WidgetDialog

UseVault = Callable[[], AbstractContextManager[Vault]]


def record_past_signer(vault: Vault, signer: Signer) -> SignersChanged:
    """One signer with a closed period (``signer.valid_to`` is the first day out of office)."""
    add_signer(vault, signer)
    return SignersChanged()


def signer_lines(vault: Vault) -> list[str]:
    """Every recorded signer as one readable line, newest period first."""
    out = []
    for record in list_signers(vault):
        s = record.signer
        until = show_date(s.valid_to - timedelta(days=1)) if s.valid_to else "…"
        out.append(f"{position_label(s.position)}: {s.full_name} ({show_date(s.valid_from)} – {until})")
    return out


class PastSignersPanel(QWidget):
    """A small form for one past period and the list of what is recorded."""

    def __init__(
        self,
        runner: Runner,
        use: UseVault,
        lang: Lang,
        *,
        changed: Callable[[SignersChanged], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._use = use
        self._lang = lang
        self._changed = changed
        self.name = QLineEdit()
        self.position = QComboBox()
        for position in POSITIONS:
            self.position.addItem(position_label(position), position)
        self.position.setCurrentIndex(max(0, self.position.findData("secretary")))
        self.title_edit = QLineEdit(default_title("secretary"))
        self.since = DateField(date(2020, 1, 1))
        self.until = DateField(date(2025, 6, 30))
        self.save_button = QPushButton(self.tr("Ghi người ký"))
        self.recorded = QListWidget()
        self.recorded.setAccessibleName(self.tr("Người ký đã ghi"))
        self.message = message_line()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Họ và tên:"), self.name)
        form.addRow(self.tr("Chức vụ:"), self.position)
        form.addRow(self.tr("Chức danh in:"), self.title_edit)
        form.addRow(self.tr("Giữ chức từ ngày:"), self.since)
        form.addRow(self.tr("Đến hết ngày:"), self.until)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Giấy tờ của ngày đã qua in tên người giữ chức vào ngày đó. Ghi mỗi người một lần, với "
                    "khoảng thời gian họ giữ chức (ví dụ Bí thư Đảng ủy xã trước khi sáp nhập)."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.recorded, 1)
        self.position.currentIndexChanged.connect(
            lambda _i: self.title_edit.setText(default_title(str(self.position.currentData())))
        )
        self.save_button.clicked.connect(self.save)

    def reload(self) -> None:
        use = self._use

        def work(_progress: Progress) -> list[str]:
            with use() as vault:
                return signer_lines(vault)

        self._runner.run(work, done=self._show, parent=self)

    def _show(self, lines: list[str]) -> None:
        self.recorded.clear()
        self.recorded.addItems(lines)

    def save(self) -> None:
        last = self.until.value()
        signer = Signer(
            self.name.text(),
            str(self.position.currentData()),
            self.title_edit.text(),
            self.since.value(),
            last + timedelta(days=1),
        )
        use = self._use

        def work(_progress: Progress) -> SignersChanged:
            with use() as vault:
                return record_past_signer(vault, signer)

        def done(change: SignersChanged) -> None:
            say(
                self.message,
                self.tr("Đã ghi {name}: {start} – {end}.").format(
                    name=signer.full_name.strip(), start=show_date(signer.valid_from), end=show_date(last)
                ),
                "muted",
            )
            self.name.clear()
            self.reload()
            if self._changed is not None:
                self._changed(change)

        def failed(exc: HandbookError) -> bool:
            say(self.message, exc.render(self._lang), "error")
            return True

        self._runner.run(work, done=done, failed=failed, parent=self)


def past_signers_dialog(
    runner: Runner,
    use: UseVault,
    lang: Lang,
    *,
    changed: Callable[[SignersChanged], None] | None = None,
    parent: QWidget | None = None,
) -> WidgetDialog:
    panel = PastSignersPanel(runner, use, lang, changed=changed)
    dialog = WidgetDialog(
        QCoreApplication.translate("PastSignersPanel", "Ghi người ký thời kỳ trước"),
        panel,
        width_lines=34,
        height_lines=26,
        parent=parent,
    )
    panel.reload()
    return dialog


class PastSignersPage(QWizardPage):
    """The first-run wizard's last page: the signers of earlier periods, to skip or fill."""

    def __init__(self, runner: Runner, use: UseVault, lang: Lang) -> None:
        super().__init__()
        self.setTitle(self.tr("Người ký các thời kỳ trước"))
        self.setSubTitle(
            self.tr(
                "Nếu sẽ in giấy tờ của ngày đã qua, ghi người ký của từng thời kỳ. Có thể bỏ qua và ghi sau ở "
                "Cài đặt › Người ký."
            )
        )
        self.panel = PastSignersPanel(runner, use, lang)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def initializePage(self) -> None:
        self.panel.reload()

    def nextId(self) -> int:
        return -1
