"""Disabling what the person may not do, with a tooltip that says why (the core refuses it anyway)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from handbook.i18n import Lang
from handbook.permissions import Actor, Op


def guard(target: QWidget | QAction, actor: Actor, op: Op, lang: Lang, tip: str = "") -> bool:
    """Enable ``target`` if ``actor`` may do ``op``; else disable it and explain in the tooltip.

    ``tip`` is the tooltip when allowed. Returns whether it is allowed.
    """
    reason = actor.why_not(op)
    target.setEnabled(reason is None)
    text = tip if reason is None else reason.render(lang)
    target.setToolTip(text)
    target.setStatusTip(text)
    return reason is None
