"""Specimen documents with made-up people: font previews, benchmarks and tests (never real data)."""

from __future__ import annotations

from datetime import date

from handbook.forms.comment_sheet import CommentSheet, Confirmation, Criterion
from handbook.forms.model import DocumentHeader, PartyDocument, Recipients, SignatureBlock

# Criteria as practised under Quy định 213 / Hướng dẫn 33 (the real set comes from the dated rule data).
SPECIMEN_CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        1, "Nêu gương về phẩm chất chính trị, đạo đức, lối sống", ("Nêu gương tốt", "Nêu gương", "Chưa nêu gương")
    ),
    Criterion(
        2,
        "Thực hiện nghĩa vụ công dân; tuyên truyền, vận động gia đình và nhân dân nơi cư trú "
        "thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước "
        "và quy định của địa phương",
        ("Gương mẫu đi đầu", "Gương mẫu", "Chưa gương mẫu"),
    ),
    Criterion(
        3,
        "Tham gia các cuộc họp định kỳ của chi bộ nơi cư trú",
        ("Tham gia đầy đủ", "Tham gia chưa đầy đủ", "Không tham gia"),
    ),
    Criterion(
        4,
        "Giữ mối liên hệ với chi ủy, trưởng thôn (tổ trưởng tổ dân phố) và ban công tác Mặt trận nơi cư trú",
        ("Thường xuyên, tích cực", "Thường xuyên", "Chưa thường xuyên"),
    ),
    Criterion(
        5, "Tham gia các phong trào, hoạt động ở địa phương nơi cư trú", ("Rất tích cực", "Tích cực", "Chưa tích cực")
    ),
    Criterion(6, "Đề nghị của chi bộ nơi cư trú", ("Biểu dương", "Không đề nghị", "Xem xét xử lý")),
)

_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
_MIDDLE = ("Văn", "Thị", "Hữu", "Thị Thanh", "Quốc", "Ngọc", "Đức", "Thị Hồng")
_GIVEN = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Giang",
    "Hương",
    "Khải",
    "Lộc",
    "Mỹ",
    "Nghĩa",
    "Phượng",
    "Quý",
    "Sửu",
    "Thưởng",
    "Uyên",
    "Việt",
    "Xuân",
    "Yến",
)
_CELLS = ("thôn An Phú", "thôn Phú Hòa", "thôn Đồng Nẩy", "khu dân cư số 4", "thôn Ea Kmút")
_WORKPLACES = (
    "Giáo viên, Trường Trung học cơ sở Tân An",
    "Chuyên viên Phòng Kinh tế, Ủy ban nhân dân xã Tân An",
    "Bác sĩ, Trung tâm Y tế khu vực Đức Trọng",
    "Kỹ sư, Công ty cổ phần Thủy điện Đa Nhim – Hàm Thuận – Đa Mi",
    "Đại úy, Công an xã Tân An",
)
_COMMENTS = (
    "",
    "Đồng chí gương mẫu, nhiệt tình ủng hộ quỹ khuyến học và công trình đường giao thông nông thôn của thôn.",
    "Gia đình đồng chí thực hiện tốt quy ước của thôn; đồng chí tích cực vận động bà con hiến đất mở đường, "
    "tham gia tổng vệ sinh môi trường hằng tháng và sinh hoạt đều đặn với chi bộ.",
)

SPECIMEN_HEADER = DocumentHeader(
    superior_body="Đảng bộ xã Tân An",
    issuing_body="Chi bộ thôn An Phú",
    number_text="",
    place="Tân An",
    date=date(2025, 11, 15),
)

SPECIMEN_CONFIRMATION = Confirmation(
    heading=("Xác nhận của", "Ban Xây dựng Đảng"),
    number_text="Số 12-XN/BXDĐ",
    place="Tân An",
    date=date(2025, 11, 20),
    signature=SignatureBlock(("Trưởng ban",), "Phạm Quốc Việt"),
)


def _choice(seed: int) -> int | None:
    """Mostly the first label, sometimes the second, rarely the third or none."""
    step = seed % 20
    return None if step == 19 else 2 if step == 18 else 1 if step >= 14 else 0


def specimen_sheet(index: int = 0) -> CommentSheet:
    """A made-up but varied comment sheet: names, cells, choices and comments change with ``index``."""
    name = f"{_SURNAMES[index % 12]} {_MIDDLE[index % 8]} {_GIVEN[index % 18]}"
    cell = _CELLS[index % len(_CELLS)]
    criteria = tuple(
        Criterion(c.number, c.text, c.labels, _choice(index * 7 + c.number * 3)) for c in SPECIMEN_CRITERIA
    )
    confirmation = Confirmation(
        SPECIMEN_CONFIRMATION.heading,
        f"Số {12 + index}-XN/BXDĐ",
        SPECIMEN_CONFIRMATION.place,
        SPECIMEN_CONFIRMATION.date,
        SPECIMEN_CONFIRMATION.signature,
    )
    return CommentSheet(
        header=DocumentHeader(
            SPECIMEN_HEADER.superior_body, f"Chi bộ {cell}", "", "Tân An", date(2025, 11, 1 + index % 28)
        ),
        member_name=name,
        birth_year=1960 + index % 40,
        workplace=_WORKPLACES[index % len(_WORKPLACES)],
        residence=f"Số {index % 200 + 1}, {cell}, xã Tân An, tỉnh Lâm Đồng",
        criteria=criteria,
        other_comments=_COMMENTS[index % len(_COMMENTS)],
        cell_signature=SignatureBlock(("T/M Chi ủy", "Bí thư"), f"Lê Văn {_GIVEN[(index // 5) % 18]}"),
        confirmation=confirmation,
    )


def specimen_document() -> PartyDocument:
    """An introduction letter, for previews of the document layout and font choice."""
    return PartyDocument(
        header=DocumentHeader("Đảng ủy xã Tân An", "Ban Xây dựng Đảng", "Số 12-GGT/BXDĐ", "Tân An", date(2026, 2, 5)),
        title="Giấy giới thiệu",
        summary="về sinh hoạt nơi cư trú",
        body=(
            "Ban Xây dựng Đảng Đảng ủy xã Tân An trân trọng giới thiệu đồng chí Nguyễn Thị Hương Giang, "
            "sinh năm 1985, đảng viên Chi bộ Trường Trung học cơ sở Tân An, về thường xuyên giữ mối liên hệ "
            "với Chi bộ thôn An Phú theo Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị.",
            "Đề nghị Chi ủy Chi bộ thôn An Phú tiếp nhận, tạo điều kiện để đồng chí thực hiện trách "
            "nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân "
            "nơi cư trú.",
        ),
        signature=SignatureBlock(("K/T Trưởng ban", "Phó trưởng ban"), "Trần Thị Bình"),
        recipients=Recipients(("Như trên,", "Chi bộ Trường THCS Tân An,", "Lưu Ban XDĐ.")),
    )
