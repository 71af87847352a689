"""Choosing the commune-level unit (xã, phường, đặc khu) from the 3,321-unit list: a province and a search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from handbook.reference.admin_units import AdminUnits, CommuneUnit, Province, fold, load_admin_units
from ui import theme

SEARCH_DELAY_MS = 150
MAX_RESULTS = 300


class CommunePicker(QWidget):
    """A province filter, a search box (tones and "đ" optional) and the matching units."""

    unit_changed = Signal(object)  # CommuneUnit | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._units: AdminUnits | None = None
        self.province = QComboBox()
        self.province.setAccessibleName(self.tr("Tỉnh, thành phố"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Gõ tên xã, phường hoặc đặc khu (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Các xã, phường, đặc khu tìm thấy"))
        self.results.setMinimumHeight(self.fontMetrics().height() * 8)
        self.hint = QLabel()
        theme.set_role(self.hint, "muted")
        self.hint.setWordWrap(True)

        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.tr("Tỉnh, thành phố:"), self.province)
        layout.addRow(self.tr("Tìm xã, phường:"), self.search)
        layout.addRow(self.results)
        layout.addRow(self.hint)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._fill)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.province.currentIndexChanged.connect(lambda _i: self._fill())
        self.results.currentItemChanged.connect(lambda *_: self.unit_changed.emit(self.unit()))

    def ensure_loaded(self) -> None:
        """Read the reference list (once; about 0.15 s) and fill the province list."""
        if self._units is not None:
            return
        self._units = load_admin_units()
        self.province.blockSignals(True)
        self.province.addItem(self.tr("Tất cả tỉnh, thành phố"), None)
        for province in sorted(self._units.provinces, key=lambda p: fold(p.name)):
            self.province.addItem(province.full_name, province.code)
        self.province.blockSignals(False)
        self._fill()

    @property
    def units(self) -> AdminUnits:
        self.ensure_loaded()
        assert self._units is not None
        return self._units

    def unit(self) -> CommuneUnit | None:
        item = self.results.currentItem()
        if item is None:
            return None
        return self.units.unit(str(item.data(Qt.ItemDataRole.UserRole)))

    def province_of(self, unit: CommuneUnit) -> Province:
        return self.units.province_of(unit)

    def select(self, code: str) -> bool:
        """Show and select the unit with this code (e.g. the vault's own commune)."""
        unit = self.units.unit(code)
        if unit is None:
            return False
        self.province.setCurrentIndex(max(self.province.findData(unit.province_code), 0))
        self._fill()
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == unit.code:
                self.results.setCurrentItem(item)
                return True
        return False

    def _fill(self) -> None:
        self._timer.stop()
        units = self.units
        code = self.province.currentData()
        query = self.search.text().strip()
        if query:
            found = units.search_units(query, province_code=code, limit=MAX_RESULTS)
        elif code is not None:
            found = tuple(sorted(units.communes_of(code), key=lambda u: (fold(u.name), u.code)))
        else:
            found = ()
        selected = self.unit()
        self.results.blockSignals(True)
        self.results.clear()
        for unit in found:
            text = unit.full_name if code is not None else f"{unit.full_name} — {units.province_of(unit).full_name}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            self.results.addItem(item)
            if selected is not None and unit.code == selected.code:
                self.results.setCurrentItem(item)
        self.results.blockSignals(False)
        if not found:
            self.hint.setText(
                self.tr("Không tìm thấy. Hãy kiểm tra tên, hoặc chọn “Tất cả tỉnh, thành phố”.")
                if query
                else self.tr("Chọn tỉnh, thành phố hoặc gõ tên xã, phường để tìm.")
            )
        elif len(found) == 1 and self.results.currentItem() is None:
            self.results.setCurrentRow(0)
            self.hint.clear()
        else:
            self.hint.setText(self.tr("Bấm chọn đúng đơn vị trong danh sách."))
        self.unit_changed.emit(self.unit())
