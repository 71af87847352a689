"""Messages of the reference lists (administrative units), in Vietnamese and English."""

from __future__ import annotations

_FIX_VI = (
    "Hãy dùng tệp danh mục đúng định dạng (tạo bằng công cụ tools/gen_admin_units.py), "
    "hoặc bỏ tệp thay thế này để dùng danh mục kèm theo chương trình."
)
_FIX_EN = (
    "Use a list file in the right format (made with tools/gen_admin_units.py), "
    "or remove this override to use the list shipped with the app."
)

MESSAGES: dict[str, tuple[str, str]] = {
    "reference.file_missing": (
        "Không tìm thấy tệp danh mục đơn vị hành chính {path}. "
        "Hãy kiểm tra lại đường dẫn, hoặc bỏ tệp thay thế để dùng danh mục kèm theo chương trình.",
        "The administrative units file {path} was not found. "
        "Check the path, or remove the override to use the list shipped with the app.",
    ),
    "reference.file_unreadable": (
        "Không mở được tệp danh mục đơn vị hành chính {path} (tệp bị khóa hoặc không có quyền đọc). "
        "Hãy đóng chương trình đang dùng tệp hoặc chép tệp sang thư mục khác rồi chọn lại.",
        "The administrative units file {path} could not be opened (it is locked or not readable). "
        "Close the program that uses it, or copy it to another folder and choose it again.",
    ),
    "reference.file_not_json": (
        "Tệp danh mục đơn vị hành chính {path} không phải tệp JSON UTF-8 hợp lệ (lỗi ở dòng {line}, "
        "cột {column}). " + _FIX_VI,
        "The administrative units file {path} is not valid UTF-8 JSON (error at line {line}, "
        "column {column}). " + _FIX_EN,
    ),
    "reference.file_format": (
        "Tệp danh mục đơn vị hành chính {path} có định dạng phiên bản {format}, chương trình này chỉ đọc "
        "được phiên bản {supported}. " + _FIX_VI,
        "The administrative units file {path} is in format version {format}; this app reads only "
        "version {supported}. " + _FIX_EN,
    ),
    "reference.file_bad_field": (
        "Tệp danh mục đơn vị hành chính {path} thiếu hoặc sai giá trị ở mục {where}. " + _FIX_VI,
        "The administrative units file {path} has a missing or wrong value at {where}. " + _FIX_EN,
    ),
    "reference.file_duplicate_code": (
        "Tệp danh mục đơn vị hành chính {path} có mã {code} xuất hiện hai lần. " + _FIX_VI,
        "The administrative units file {path} lists the code {code} twice. " + _FIX_EN,
    ),
    "reference.file_unknown_province": (
        "Trong tệp danh mục đơn vị hành chính {path}, đơn vị mã {code} thuộc tỉnh mã {province_code} "
        "nhưng tệp không có tỉnh này. " + _FIX_VI,
        "In the administrative units file {path}, unit {code} belongs to province {province_code}, "
        "which the file does not list. " + _FIX_EN,
    ),
}
