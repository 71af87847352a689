"""The exchange buttons of the dispatch screen: send the chosen dispatch as a file, receive a file, the cards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from handbook.flow.model import Dispatch
from handbook.i18n import Lang
from handbook.permissions import Op
from ui.exchange.cards_dialog import CardsDialog
from ui.exchange.import_dialog import ImportBundleDialog
from ui.exchange.send_dialog import DispatchSender
from ui.operations import Runner
from ui.session import Session
from ui.widgets.permission import guard


class ExchangeButtons(QObject):
    """Owned by the dispatch panel, which places the buttons (send beside print, the others at the end)."""

    status = Signal(str)
    dialog_opened = Signal(object)  # any dialog these buttons open (tests drive it)

    def __init__(
        self,
        session: Session,
        runner: Runner,
        lang: Lang,
        selected: Callable[[], Dispatch | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._session, self._runner, self._lang, self._selected, self._parent = session, runner, lang, selected, parent
        self.send_button = QPushButton(self.tr("Gửi dạng tệp…"))
        self.send_button.setToolTip(self.tr("Lưu công văn và các phiếu thành một tệp ký số, mã hóa cho nơi nhận"))
        self.import_button = QPushButton(self.tr("Nhận tệp…"))
        self.cards_button = QPushButton(self.tr("Thẻ cấp ủy…"))
        self.dispatch_sender = DispatchSender(session, runner, parent)
        self.dispatch_sender.status.connect(self.status)
        self.dispatch_sender.dialog_opened.connect(self.dialog_opened)
        self.send_button.clicked.connect(self.send_selected)
        self.import_button.clicked.connect(self.open_import)
        self.cards_button.clicked.connect(self.open_cards)
        self.apply_permissions()

    def apply_permissions(self) -> None:
        guard(self.send_button, self._session.actor, Op.EXCHANGE_SEND, self._lang)
        guard(self.import_button, self._session.actor, Op.EXCHANGE_APPLY, self._lang)
        self.update()

    def update(self) -> None:
        self.send_button.setEnabled(self._session.actor.may(Op.EXCHANGE_SEND) and self._selected() is not None)
        self.import_button.setEnabled(self._session.actor.may(Op.EXCHANGE_APPLY))

    def send_selected(self) -> None:
        d = self._selected()
        if d is not None and self._session.actor.may(Op.EXCHANGE_SEND):
            self.dispatch_sender.start(d)

    def open_import(self) -> None:
        dialog = ImportBundleDialog(self._session, self._runner, self._lang, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(
            lambda change: self.status.emit(self.tr("Đã nhập tệp từ {sender}.").format(sender=change.sender))
        )
        dialog.open()
        self.dialog_opened.emit(dialog)

    def open_cards(self) -> None:
        dialog = CardsDialog(self._session, self._runner, self._lang, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_opened.emit(dialog)
