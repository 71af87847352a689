"""Thin table models: the trusted cards."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from handbook.exchange.model import TrustedCard
from handbook.i18n import Lang, Message
from ui.widgets.tables import ROOT, AnyIndex, ColumnsModel


class CardColumn(IntEnum):
    NAME = 0
    CODE = 1
    KIND = 2
    FINGERPRINT = 3
    TRUSTED = 4

    def header(self) -> str:
        return {
            CardColumn.NAME: QCoreApplication.translate("ExchangeTables", "Cấp ủy"),
            CardColumn.CODE: QCoreApplication.translate("ExchangeTables", "Mã"),
            CardColumn.KIND: QCoreApplication.translate("ExchangeTables", "Loại"),
            CardColumn.FINGERPRINT: QCoreApplication.translate("ExchangeTables", "Dấu vân tay"),
            CardColumn.TRUSTED: QCoreApplication.translate("ExchangeTables", "Tin cậy"),
        }[self]


class CardsModel(ColumnsModel):
    columns = tuple(CardColumn)

    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._cards: list[TrustedCard] = []

    def set_cards(self, cards: Sequence[TrustedCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def card_at(self, row: int) -> TrustedCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.card_at(index.row()) if index.isValid() else None
        if c is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = CardColumn(index.column())
        if column is CardColumn.NAME:
            return c.card.name
        if column is CardColumn.CODE:
            return c.card.code
        if column is CardColumn.KIND:
            return Message(f"exchange.mode.{c.card.kind.value}").render(self._lang)
        if column is CardColumn.FINGERPRINT:
            return c.card.fingerprint
        yes = QCoreApplication.translate("ExchangeTables", "Có")
        return yes if c.trusted else QCoreApplication.translate("ExchangeTables", "Thôi tin cậy")
