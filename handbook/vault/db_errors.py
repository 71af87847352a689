"""The database's error classes, importable without sqlite-utils (the GUI's error handler loads before any vault)."""

from __future__ import annotations

import sqlcipher3.dbapi2

DatabaseError = sqlcipher3.dbapi2.DatabaseError
OperationalError = sqlcipher3.dbapi2.OperationalError
IntegrityError = sqlcipher3.dbapi2.IntegrityError

__all__ = ["DatabaseError", "IntegrityError", "OperationalError"]
