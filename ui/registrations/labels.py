"""Words for the registration's coded values (the core's catalogue has the categories; these are the others)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from handbook.flow.model import Category, EndReason, ResidenceKind
from handbook.i18n import Lang, Message


def residence_text(kind: ResidenceKind) -> str:
    return {
        ResidenceKind.PERMANENT: QCoreApplication.translate("RegistrationLabels", "Thường trú"),
        ResidenceKind.TEMPORARY: QCoreApplication.translate("RegistrationLabels", "Tạm trú"),
    }[kind]


def end_reason_text(reason: EndReason) -> str:
    return {
        EndReason.MOVED: QCoreApplication.translate("RegistrationLabels", "Chuyển nơi cư trú khỏi địa phương"),
        EndReason.RETIRED: QCoreApplication.translate(
            "RegistrationLabels", "Nghỉ hưu, chuyển sinh hoạt đảng về nơi cư trú"
        ),
        EndReason.TRANSFERRED: QCoreApplication.translate(
            "RegistrationLabels", "Chuyển công tác, chuyển sinh hoạt đảng"
        ),
        EndReason.DIED: QCoreApplication.translate("RegistrationLabels", "Từ trần"),
        EndReason.OTHER: QCoreApplication.translate("RegistrationLabels", "Lý do khác"),
    }[reason]


def category_text(category: Category, lang: Lang) -> str:
    return Message(f"category.{category.value}").render(lang)
