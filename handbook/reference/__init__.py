"""Reference lists the core looks things up in: Vietnam's administrative units (2025) and old CCCD codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handbook.lazy import lazy_names

if TYPE_CHECKING:
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

# Each name's module, loaded on first use: the message catalogue imports ``handbook.reference.messages``, and a
# command that needs none of these (``handbook sign``) must not pay for loading them.
_HOMES: dict[str, str] = {
    "AdminUnits": "handbook.reference.admin_units",
    "CommuneUnit": "handbook.reference.admin_units",
    "OldProvince": "handbook.reference.admin_units",
    "PROVINCE_TYPES": "handbook.reference.admin_units",
    "Province": "handbook.reference.admin_units",
    "ProvinceType": "handbook.reference.admin_units",
    "UNIT_TYPES": "handbook.reference.admin_units",
    "UnitType": "handbook.reference.admin_units",
    "fold": "handbook.reference.admin_units",
    "load_admin_units": "handbook.reference.admin_units",
}

__getattr__ = lazy_names(__name__, _HOMES)
