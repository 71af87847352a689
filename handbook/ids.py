"""Typed identifiers of the core's records."""

from __future__ import annotations

from typing import NewType

UserId = NewType("UserId", int)
AuditSeq = NewType("AuditSeq", int)
