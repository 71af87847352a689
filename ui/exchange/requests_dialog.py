"""Đề nghị nhận xét dạng tệp (a workplace committee's side): choose the members, the commune's card, the request's
number and deadline, and save the bundle file the commune opens in its app."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import Lang
from handbook.members.model import MemberId
from handbook.permissions import Op
from handbook.text.fold import search_key
from ui import theme
from ui.cases.fields import DayField, FieldProblem, date_edit, from_qdate
from ui.exchange.actions import BundleWritten, RequestChoices, RequestsOrder, request_choices, send_requests
from ui.exchange.bundle_file import ask_bundle_path
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.dialogs import localize_buttons
from ui.widgets.permission import guard

NO_CARD = ""  # the recipient choice "no card yet": the bundle is only signed


class SendRequestsDialog(QDialog):
    """The request bundle's content; saving asks where to write the file."""

    def __init__(self, choices: RequestChoices, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setWindowTitle(self.tr("Gửi đề nghị nhận xét dạng tệp"))
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Nơi nhận"))
        for c in choices.communes:
            self.recipient.addItem(f"{c.card.name} ({c.card.code})", c.card.fingerprint)
        self.recipient.addItem(self.tr("Chưa có thẻ của nơi nhận — chỉ ký, không mã hóa"), NO_CARD)
        self.recipient_name = QLineEdit()
        self.recipient_name.setPlaceholderText(self.tr("ví dụ Đảng ủy xã Tân An"))
        self.recipient_name.setAccessibleName(self.tr("Tên nơi nhận"))
        self.security = QLabel()
        self.security.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Năm nhận xét"))
        self.doc_no = QLineEdit()
        self.doc_no.setPlaceholderText(self.tr("ví dụ 45-CV/ĐU"))
        self.doc_date = DayField(self.tr("Ngày văn bản"))
        self.doc_date.set_day(date.today())
        self.deadline = date_edit(date.today() + timedelta(days=30))
        self.deadline.setAccessibleName(self.tr("Hạn trả lời"))
        form = QFormLayout()
        form.addRow(self.tr("Nơi nhận:"), self.recipient)
        form.addRow(self.tr("Tên nơi nhận (khi chưa có thẻ):"), self.recipient_name)
        form.addRow(self.tr("Năm nhận xét:"), self.year)
        form.addRow(self.tr("Số văn bản đề nghị:"), self.doc_no)
        form.addRow(self.tr("Ngày văn bản:"), self.doc_date)
        form.addRow(self.tr("Hạn trả lời:"), self.deadline)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên…"))
        self.search.setAccessibleName(self.tr("Tìm đảng viên"))
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Đảng viên đề nghị nhận xét"))
        for m in choices.members:
            born = self.tr(", sinh {born}").format(born=m.birth_date) if m.birth_date else ""
            item = QListWidgetItem(f"{m.full_name}{born}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, int(m.id))
            item.setData(Qt.ItemDataRole.UserRole + 1, search_key(m.full_name))
            self.members.addItem(item)
        self.members.setMinimumHeight(self.fontMetrics().height() * 8)
        self.all_button = QPushButton(self.tr("Chọn những người đang hiện"))
        self.none_button = QPushButton(self.tr("Bỏ chọn tất cả"))
        self.count = QLabel()
        picks = QHBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch(1)
        picks.addWidget(self.count)
        people = QGroupBox(self.tr("Đảng viên đề nghị nhận xét (đăng ký sinh hoạt ở xã, phường nhận)"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.search)
        people_layout.addWidget(self.members, 1)
        people_layout.addLayout(picks)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        theme.set_role(self.problem, "warning")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(buttons)
        self.save_button = buttons.addButton(self.tr("Lưu tệp…"), QDialogButtonBox.ButtonRole.AcceptRole)
        theme.set_role(self.save_button, "primary")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.security)
        layout.addWidget(people, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().height() * 40)

        self.recipient.currentIndexChanged.connect(lambda _i: self._update())
        self.recipient_name.textChanged.connect(lambda _t: self._update())
        self.members.itemChanged.connect(lambda _item: self._update())
        self.search.textChanged.connect(self._filter)
        self.all_button.clicked.connect(lambda: self._check_shown(Qt.CheckState.Checked))
        self.none_button.clicked.connect(self._uncheck_all)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self._update()

    def _items(self) -> list[QListWidgetItem]:
        return [self.members.item(i) for i in range(self.members.count())]

    def chosen(self) -> tuple[MemberId, ...]:
        return tuple(
            MemberId(int(item.data(Qt.ItemDataRole.UserRole)))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def fingerprint(self) -> str | None:
        return str(self.recipient.currentData()) or None

    def _filter(self, text: str) -> None:
        key = search_key(text)
        for item in self._items():
            item.setHidden(bool(key) and key not in str(item.data(Qt.ItemDataRole.UserRole + 1)))

    def _check_shown(self, state: Qt.CheckState) -> None:
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)

    def _uncheck_all(self) -> None:
        for item in self._items():
            item.setCheckState(Qt.CheckState.Unchecked)

    def _update(self) -> None:
        card = self.fingerprint() is not None
        self.recipient_name.setEnabled(not card)
        if card:
            self.security.setText(self.tr("Có thẻ của nơi nhận: tệp được ký và mã hóa, chỉ nơi nhận mở được."))
        else:
            self.security.setText(
                self.tr(
                    "Chưa có thẻ của nơi nhận: tệp chỉ được ký, không được mã hóa — ai có tệp cũng đọc được. "
                    "Hãy gửi qua đường an toàn, hoặc nhận thẻ của nơi nhận trước."
                )
            )
        theme.set_role(self.security, "muted" if card else "warning")
        n = len(self.chosen())
        self.count.setText(self.tr("Đã chọn {count} người").format(count=n))
        self.save_button.setEnabled(n > 0 and (card or bool(self.recipient_name.text().strip())))

    def order(self) -> RequestsOrder:
        """What was filled in; raises ``FieldProblem`` for a date that cannot be read."""
        return RequestsOrder(
            self.year.value(),
            self.chosen(),
            self.doc_no.text(),
            self.doc_date.day(self._lang),
            from_qdate(self.deadline.date()),
            self.fingerprint(),
            "" if self.fingerprint() else self.recipient_name.text(),
        )

    def _accept(self) -> None:
        try:
            self.order()
        except FieldProblem as problem:
            self.problem.setText(str(problem))
            self.problem.show()
            return
        self.accept()


class RequestsSender(QWidget):
    """The "Gửi đề nghị nhận xét…" step of a workplace committee: ask, choose where to save, write it."""

    dialog_opened = Signal(object)  # the SendRequestsDialog just shown
    status = Signal(str)

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._runner, self._lang = session, runner, lang
        self.button = QPushButton(self.tr("Gửi đề nghị nhận xét dạng tệp…"))
        guard(self.button, session.actor, Op.EXCHANGE_SEND, lang)
        self.button.clicked.connect(self.start)
        self.hide()

    def start(self) -> None:
        session = self._session

        def work(_progress: Progress) -> RequestChoices:
            with session.use() as vault:
                return request_choices(vault)

        self._runner.run(work, done=self._ask, parent=self.parentWidget())

    def _ask(self, choices: RequestChoices) -> None:
        dialog = SendRequestsDialog(choices, self._lang, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(dialog.order()))
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _save(self, order: RequestsOrder) -> None:
        out = ask_bundle_path(
            self._runner.dialogs,
            self.parentWidget(),
            self.tr("Lưu tệp đề nghị nhận xét"),
            f"de-nghi-nhan-xet-{order.year}.sotay",
        )
        if out is None:
            return
        session = self._session

        def work(_progress: Progress) -> BundleWritten:
            with session.use() as vault:
                return send_requests(vault, order, out)

        def done(w: BundleWritten) -> None:
            if w.encrypted:
                text = self.tr("Đã lưu tệp {path} ({count} người) gửi {org}; tệp được mã hóa.")
            else:
                text = self.tr("Đã lưu tệp {path} ({count} người) gửi {org}; tệp chỉ được ký, ai có tệp cũng đọc được.")
            self.status.emit(text.format(path=str(w.path), count=w.sheets, org=w.recipient))

        self._runner.run(work, done=done, parent=self.parentWidget(), progress=self.tr("Đang tạo tệp…"))
