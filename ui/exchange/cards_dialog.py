"""Thẻ cấp ủy: this committee's card and fingerprint, the trusted cards, importing one (fingerprint compared
over the phone); in a province office the roll-up of the communes' figures, in a workplace committee the
dispatches received as files and sending requests for comments as a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.exchange.model import Mode
from handbook.i18n import Lang, Message
from handbook.permissions import Op
from ui import theme
from ui.exchange.actions import (
    CardsChanged,
    CardsData,
    ModeChanged,
    change_mode,
    export_own_card,
    load_cards,
    trust,
    untrust,
)
from ui.exchange.figures_panel import FiguresPanel
from ui.exchange.models import CardColumn, CardsModel
from ui.exchange.received import ReceivedPanel
from ui.exchange.requests_dialog import RequestsSender
from ui.exchange.rollup_panel import RollupPanel
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.dialogs import localize_buttons
from ui.widgets.permission import guard
from ui.widgets.tables import list_table


class TrustCardDialog(QDialog):
    """A card file and the fingerprint its owner read out; the core refuses when they differ."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhận thẻ của cấp ủy khác"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Tệp thẻ"))
        browse = QPushButton(self.tr("Chọn…"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("XXXX XXXX XXXX XXXX XXXX XXXX")
        self.fingerprint.setAccessibleName(self.tr("Dấu vân tay"))
        hint = QLabel(
            self.tr(
                "Gọi điện cho nơi gửi thẻ và nhờ họ đọc dấu vân tay trên máy của họ; gõ lại đúng như nghe được. "
                "Nếu khác với thẻ, thẻ sẽ không được nhận."
            )
        )
        hint.setWordWrap(True)
        theme.set_role(hint, "muted")
        form = QFormLayout()
        form.addRow(self.tr("Tệp thẻ:"), row)
        form.addRow(self.tr("Dấu vân tay nghe qua điện thoại:"), self.fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(buttons)
        self.ok_button = buttons.addButton(self.tr("Nhận thẻ"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        browse.clicked.connect(self._browse)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp thẻ"), "", self.tr("Thẻ cấp ủy (*.card *.json);;Mọi tệp (*)")
        )
        if chosen:
            self.path.setText(chosen)


class CardsDialog(QDialog):
    trust_dialog_opened = Signal(object)

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang = lang
        self.setWindowTitle(self.tr("Thẻ cấp ủy và trao đổi tệp"))
        self.own = QLabel()
        self.own.setWordWrap(True)
        self.own_fingerprint = QLabel()
        big = QFont(self.own_fingerprint.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.own_fingerprint.setFont(big)
        self.export_button = QPushButton(self.tr("Lưu thẻ của mình ra tệp…"))
        own_box = QGroupBox(self.tr("Thẻ của cấp ủy mình"))
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(self.own)
        own_layout.addWidget(self.own_fingerprint)
        own_layout.addWidget(self.export_button)
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Kho này phục vụ"))
        for m in Mode:
            self.mode.addItem(Message(f"exchange.mode.{m.value}").render(lang), m.value)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Mã trên thẻ"))
        self.code.setPlaceholderText(self.tr("mặc định: mã đơn vị hành chính"))
        self.mode_button = QPushButton(self.tr("Lưu"))
        mode_row = QHBoxLayout()
        mode_row.addWidget(QLabel(self.tr("Kho này phục vụ:")))
        mode_row.addWidget(self.mode)
        mode_row.addWidget(QLabel(self.tr("Mã trên thẻ:")))
        mode_row.addWidget(self.code)
        mode_row.addWidget(self.mode_button)
        mode_row.addStretch(1)
        own_layout.addLayout(mode_row)

        self.cards = CardsModel(lang, self)
        self.table = list_table(
            self,
            self.cards,
            self.tr("Thẻ đã nhận"),
            {CardColumn.NAME: 34, CardColumn.CODE: 8, CardColumn.KIND: 22, CardColumn.FINGERPRINT: 38},
        )
        self.trust_button = QPushButton(self.tr("Nhận thẻ…"))
        self.untrust_button = QPushButton(self.tr("Thôi tin cậy"))
        row = QHBoxLayout()
        row.addWidget(self.trust_button)
        row.addWidget(self.untrust_button)
        row.addStretch(1)
        cards_box = QGroupBox(self.tr("Thẻ đã nhận"))
        cards_layout = QVBoxLayout(cards_box)
        self.table.setMinimumHeight(self.fontMetrics().height() * 5)
        cards_layout.addWidget(self.table, 1)
        cards_layout.addLayout(row)

        self.province_box = RollupPanel(session, runner, lang, self)
        self.province_box.setVisible(False)
        self.received = ReceivedPanel(session, runner, lang, self)
        self.received.setVisible(False)
        self.figures = FiguresPanel(session, runner, lang, self)
        self.figures.setVisible(False)
        self.requests = RequestsSender(session, runner, lang, self)
        self.requests_box = QGroupBox(self.tr("Đề nghị nhận xét gửi xã, phường nơi cư trú"))
        self.requests_result = QLabel()
        self.requests_result.setWordWrap(True)
        requests_row = QHBoxLayout(self.requests_box)
        requests_row.addWidget(self.requests.button)
        requests_row.addWidget(self.requests_result, 1)
        self.requests_box.setVisible(False)
        self.requests.status.connect(self.requests_result.setText)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        localize_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(cards_box, 1)
        layout.addWidget(self.province_box, 2)
        layout.addWidget(self.received, 2)
        layout.addWidget(self.requests_box)
        layout.addWidget(self.figures)
        layout.addWidget(buttons)
        line = self.fontMetrics().height()
        self.resize(line * 60, line * 40)

        guard(self.mode_button, session.actor, Op.SETTINGS_EDIT, lang)
        self.mode.setEnabled(session.actor.may(Op.SETTINGS_EDIT))
        self.code.setEnabled(session.actor.may(Op.SETTINGS_EDIT))
        self.mode_button.clicked.connect(self.save_mode)
        guard(self.trust_button, session.actor, Op.EXCHANGE_TRUST, lang)
        guard(self.untrust_button, session.actor, Op.EXCHANGE_TRUST, lang)
        self.export_button.clicked.connect(self.export)
        self.trust_button.clicked.connect(self.ask_trust)
        self.untrust_button.clicked.connect(self.untrust_selected)
        buttons.rejected.connect(self.reject)
        runner.changed.connect(lambda change: self.reload() if isinstance(change, CardsChanged) else None)
        self.reload()

    def reload(self) -> None:
        session = self._session

        def work(_progress: Progress) -> CardsData:
            with session.use() as vault:
                return load_cards(vault)

        self._runner.run(work, done=self._show, parent=self)

    def _show(self, data: CardsData) -> None:
        mode = Message(f"exchange.mode.{data.mode.value}").render(self._lang)
        self.own.setText(
            self.tr("{name} — mã {code} ({mode}). Dấu vân tay:").format(
                name=data.own_name, code=data.own_code, mode=mode
            )
        )
        self.own_fingerprint.setText(data.own_fingerprint)
        self.mode.setCurrentIndex(self.mode.findData(data.mode.value))
        self.code.setText(data.own_code)
        self.cards.set_cards(data.cards)
        may = self._session.actor.may(Op.EXCHANGE_TRUST)
        self.untrust_button.setEnabled(may and bool(data.cards))
        if data.mode is Mode.PROVINCE:
            self.province_box.setVisible(True)
            self.province_box.reload()
        self.province_box.setVisible(data.mode is Mode.PROVINCE)
        self.received.setVisible(data.mode is Mode.WORKPLACE)
        self.requests_box.setVisible(data.mode is Mode.WORKPLACE)
        self.figures.setVisible(data.mode is Mode.COMMUNE)
        if data.mode is Mode.WORKPLACE:
            self.received.setVisible(True)
            self.received.reload()

    def save_mode(self) -> None:
        session, mode, code = self._session, Mode(str(self.mode.currentData())), self.code.text()

        def work(_progress: Progress) -> ModeChanged:
            with session.use() as vault:
                return change_mode(vault, mode, code)

        self._runner.run(work, parent=self)

    def export(self) -> None:
        out = self._runner.dialogs.save_file(
            self, self.tr("Lưu thẻ của cấp ủy mình"), Path.home() / "the-cap-uy.card", self.tr("Thẻ cấp ủy (*.card)")
        )
        if out is None:
            return
        session = self._session

        def work(_progress: Progress) -> Path:
            with session.use() as vault:
                return export_own_card(vault, out)

        self._runner.run(
            work,
            done=lambda p: self._runner.dialogs.info(
                self,
                self.tr("Đã lưu thẻ vào {path}. Gửi tệp này cho nơi cần trao đổi, rồi đọc dấu vân tay cho họ.").format(
                    path=str(p)
                ),
            ),
            parent=self,
        )

    def ask_trust(self) -> None:
        dialog = TrustCardDialog(self)
        dialog.accepted.connect(lambda: self._trust(Path(dialog.path.text().strip()), dialog.fingerprint.text()))
        dialog.open()
        self.trust_dialog_opened.emit(dialog)

    def _trust(self, path: Path, fingerprint: str) -> None:
        session = self._session

        def work(_progress: Progress) -> CardsChanged:
            with session.use() as vault:
                return trust(vault, path, fingerprint)

        self._runner.run(work, parent=self)

    def untrust_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        card = self.cards.card_at(rows[0].row()) if rows else None
        if card is None:
            return
        question = self.tr("Thôi tin cậy thẻ của {name}? Tệp do nơi này ký sẽ không được nhận nữa.").format(
            name=card.card.name
        )
        if not self._runner.dialogs.ask(self, question, yes=self.tr("Thôi tin cậy"), no=self.tr("Không")):
            return
        session, fingerprint = self._session, card.card.fingerprint

        def work(_progress: Progress) -> CardsChanged:
            with session.use() as vault:
                return untrust(vault, fingerprint)

        self._runner.run(work, parent=self)
