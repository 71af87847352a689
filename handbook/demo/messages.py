"""Catalogue: the demo commune (building it and its summary)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "demo.members_range": (
        "Số đảng viên của xã mẫu phải từ {min} đến {max} (đã ghi {value}).",
        "The demo commune's number of members must be from {min} to {max} (got {value}).",
    ),
    "demo.today_too_early": (
        "Xã mẫu cần ngày hiện tại từ {date} trở đi (sau khi sắp xếp đơn vị hành chính năm 2025). "
        "Hãy kiểm tra đồng hồ của máy tính.",
        "The demo commune needs today's date to be {date} or later (after the 2025 reorganisation). "
        "Check the computer's clock.",
    ),
    "demo.not_empty": (
        "Kho dữ liệu {path} đã có đảng viên; chỉ tạo xã mẫu trong một kho mới.",
        "The vault {path} already holds members; the demo commune goes into a new vault only.",
    ),
    "demo.summary": (
        "Xã mẫu: {committee} (tỉnh {province}, mã {code}); {cells} chi bộ ({residential} chi bộ thôn, "
        "tổ dân phố); {members} đảng viên: {official} chính thức, {probationary} dự bị, "
        "{moved} đã chuyển đi, {died} từ trần. Ngày 01/07/2025 sáp nhập {first} và {second} thành {into}. "
        "Người trong xã mẫu là hư cấu.",
        "Demo commune: {committee} ({province} province, code {code}); {cells} party cells "
        "({residential} residential); {members} members: {official} official, {probationary} "
        "probationary, {moved} transferred out, {died} deceased. On 01/07/2025 {first} and {second} merged "
        "into {into}. The people in it are fictional.",
    ),
    "demo.flow_summary": (
        "Sinh hoạt nơi cư trú: {registrations} đảng viên đang công tác đăng ký; năm {year} có {cases} phiếu nhận xét "
        "ở đủ các bước (chờ chi bộ, chờ xác nhận, trả lại, đã xác nhận, đã gửi {dispatches} công văn, đã nhận, đã hủy).",
        "Residence activity: {registrations} working members registered; {year} has {cases} comment cases in every "
        "step (waiting for the cell, for confirmation, sent back, confirmed, {dispatches} dispatches sent, received, "
        "cancelled).",
    ),
}
