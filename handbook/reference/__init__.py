"""Reference lists the core looks things up in: Vietnam's administrative units (2025) and old CCCD codes."""

from __future__ import annotations

from handbook.reference.admin_units import (
    PROVINCE_TYPES,
    UNIT_TYPES,
    AdminUnits,
    CommuneUnit,
    OldProvince,
    Province,
    ProvinceType,
    UnitType,
    fold,
    load_admin_units,
)

__all__ = [
    "PROVINCE_TYPES",
    "UNIT_TYPES",
    "AdminUnits",
    "CommuneUnit",
    "OldProvince",
    "Province",
    "ProvinceType",
    "UnitType",
    "fold",
    "load_admin_units",
]
