"""Tổng quan's to-do list: one line per kind of waiting work, each a link to the place where it is done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from handbook.reports.dashboard import Place, ToDoItem
from ui import theme


class ToDoList(QWidget):
    go_to = Signal(str)  # a Place value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[ToDoItem, ...] = ()
        self.buttons: dict[Place, QPushButton] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.nothing = QLabel(self.tr("Không có việc nào đang chờ."))
        theme.set_role(self.nothing, "muted")
        self._layout.addWidget(self.nothing)

    def text_for(self, item: ToDoItem) -> str:
        n = item.count
        if item.place is Place.OVERDUE:
            return self.tr("Quá hạn: %n phiếu chưa xong", "", n)
        if item.place is Place.WAITING_CELL:
            text = self.tr("Chờ chi bộ nơi cư trú nhận xét: %n phiếu", "", n)
            if item.included:
                text += " " + self.tr("(gồm %n phiếu bị trả lại để sửa)", "", item.included)
            return text
        if item.place is Place.REVIEW:
            return self.tr("Chờ Trưởng ban xác nhận: %n phiếu", "", n)
        if item.place is Place.DISPATCH:
            return self.tr("Đã xác nhận, chưa gửi về nơi công tác: %n phiếu", "", n)
        if item.place is Place.NO_CELL:
            return self.tr("Đăng ký sinh hoạt chưa xếp chi bộ: %n người", "", n)
        if item.place is Place.REGISTRATIONS_TO_END:
            return self.tr("Đăng ký cần kết thúc (đã chuyển đi, từ trần…): %n người", "", n)
        return self.tr("Đến hạn Huy hiệu Đảng dịp {day}: %n đảng viên", "", n).format(day=item.detail)

    def set_items(self, items: tuple[ToDoItem, ...]) -> None:
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        self.items = items
        self.nothing.setVisible(not items)
        for item in items:
            button = QPushButton("• " + self.text_for(item))
            button.setFlat(True)
            button.setToolTip(self.tr("Mở nơi làm việc này"))
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setStyleSheet("text-align: left; padding: 3px 6px;")
            place = item.place
            button.clicked.connect(lambda _checked=False, p=place: self.go_to.emit(p.value))
            self._layout.addWidget(button)
            self.buttons[place] = button

    def clear(self) -> None:
        self.set_items(())
