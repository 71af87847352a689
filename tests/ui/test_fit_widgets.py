"""The fit rules themselves: a row of buttons hands what does not fit to its menu, and keeps it working."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from ui import theme
from ui.widgets.fit import ButtonRow


def test_buttons_that_do_not_fit_move_into_the_menu_and_still_work(app, qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = ButtonRow(holder)
    primary = QPushButton("Tạo công văn cho tất cả")
    theme.set_role(primary, "primary")
    clicked: list[str] = []
    buttons = [primary] + [QPushButton(f"Một lệnh khá dài số {n}") for n in range(1, 5)]
    for button in buttons:
        row.addWidget(button)
        text = button.text()
        button.clicked.connect(lambda _c=False, text=text: clicked.append(text))
    buttons[2].setEnabled(False)
    holder.show()
    row.resize(row.sizeHint())
    assert row.overflowed == [] and not row.more.isVisible()

    row.resize(row.minimumSizeHint().width() + primary.sizeHint().width() + 20, row.height())
    assert row.overflowed == buttons[1:]  # ordinary buttons go first, the primary one stays
    assert primary.isVisible() and row.more.isVisible()
    row.fill_menu()
    actions = row.menu.actions()
    assert [a.text() for a in actions] == [b.text() for b in buttons[1:]]
    assert not actions[1].isEnabled()  # the disabled button stays disabled in the menu
    actions[0].trigger()
    assert clicked == ["Một lệnh khá dài số 1"]

    row.set_shown(buttons[4], False)  # the screen hides a button: it is in neither the row nor the menu
    row.resize(row.sizeHint())
    assert row.overflowed == [] and not buttons[4].isVisible()
