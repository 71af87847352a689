"""Catalogue: members, dates, validation, statuses and lifecycle events."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "validation.failed": (
        "Chưa lưu{where}: có {count} lỗi cần sửa.",
        "Not saved{where}: {count} error(s) to fix.",
    ),
    "validation.needs_confirmation": (
        "Chưa lưu{where}: có {count} điều cần xem lại. Nếu đã kiểm tra và thấy đúng, hãy xác nhận để lưu.",
        "Not saved{where}: {count} warning(s) to review. If you have checked and they are right, confirm to save.",
    ),
    "date.unreadable": (
        '{field}: không đọc được ngày "{value}". Hãy ghi theo dạng ngày/tháng/năm (05/02/1975), '
        "tháng/năm (02/1975) hoặc chỉ năm (1975).",
        '{field}: cannot read the date "{value}". Write day/month/year (05/02/1975), month/year '
        "(02/1975) or just the year (1975).",
    ),
    "date.impossible": (
        '{field}: ngày "{value}" không có thật (ví dụ 31/02). Hãy kiểm tra lại ngày, tháng.',
        '{field}: "{value}" is not a real date (e.g. 31/02). Check the day and month.',
    ),
    "member.name_missing": (
        "Tên: chưa có tên. Hãy ghi họ và tên đầy đủ.",
        "Given name: missing. Write the full name.",
    ),
    "member.birth_in_future": (
        "Ngày sinh: {value} là ngày trong tương lai. Hãy kiểm tra lại năm sinh.",
        "Date of birth: {value} is in the future. Check the year.",
    ),
    "member.date_in_future": (
        "Ngày {value} nằm trong tương lai. Hãy kiểm tra lại.",
        "The date {value} is in the future. Check it.",
    ),
    "member.official_before_admitted": (
        "Ngày chính thức ({official}) trước ngày vào Đảng ({admitted}). Hãy sửa một trong hai ngày.",
        "Made official ({official}) before admitted ({admitted}). Correct one of the two dates.",
    ),
    "member.admitted_young": (
        "Ngày vào Đảng: đảng viên mới {age} tuổi khi vào Đảng. Hãy kiểm tra lại ngày sinh hoặc ngày vào Đảng.",
        "Date admitted: the member was only {age} when admitted. Check the birth date or admission date.",
    ),
    "member.cccd_taken": (
        "Số CCCD {cccd} đã có ở đảng viên {name}. Mỗi người một số; hãy kiểm tra lại số CCCD.",
        "CCCD {cccd} already belongs to {name}. Each person has their own; check the number.",
    ),
    "member.same_name_birth": (
        "Đã có đảng viên {name} sinh {birth}. Nếu là hai người khác nhau, hãy xác nhận để lưu.",
        "There is already a member {name} born {birth}. If they are different people, confirm to save.",
    ),
    "member.not_found": ("Không tìm thấy đảng viên số {id}.", "No member with id {id}."),
    "member.event_before_birth": (
        "Ngày {date} trước ngày sinh của đảng viên. Hãy kiểm tra lại ngày.",
        "The date {date} is before the member's birth. Check the date.",
    ),
    "status.du_bi": ("Dự bị", "Probationary"),
    "status.chinh_thuc": ("Chính thức", "Full member"),
    "status.da_chuyen_di": ("Đã chuyển đi", "Transferred out"),
    "status.ra_khoi_dang": ("Ra khỏi Đảng", "No longer a member"),
    "status.tu_tran": ("Từ trần", "Deceased"),
    "event.transfer_in": ("Chuyển sinh hoạt đến", "Transferred in"),
    "event.transfer_in_temporary": ("Chuyển sinh hoạt tạm thời đến", "Temporarily transferred in"),
    "event.transfer_out": ("Chuyển sinh hoạt đi", "Transferred out"),
    "event.transfer_out_temporary": ("Chuyển sinh hoạt tạm thời đi", "Temporarily transferred out"),
    "event.exempted": ("Miễn sinh hoạt", "Exempted from activity"),
    "event.exemption_ended": ("Thôi miễn sinh hoạt", "Exemption ended"),
    "event.suspended": ("Đình chỉ sinh hoạt", "Suspended"),
    "event.suspension_ended": ("Hết đình chỉ sinh hoạt", "Suspension ended"),
    "event.disciplined": ("Kỷ luật", "Disciplined"),
    "event.left": ("Xin ra khỏi Đảng", "Left the Party"),
    "event.struck_off": ("Xóa tên", "Struck off"),
    "event.expelled": ("Khai trừ", "Expelled"),
    "event.died": ("Từ trần", "Died"),
    "event.badge": ("Tặng Huy hiệu Đảng", "Party badge awarded"),
    "field.ho": ("Họ", "Family name"),
    "field.dem": ("Tên đệm", "Middle name"),
    "field.ten": ("Tên", "Given name"),
    "field.gender": ("Giới tính", "Gender"),
    "field.birth_date": ("Ngày sinh", "Date of birth"),
    "field.hometown": ("Quê quán", "Hometown"),
    "field.ethnicity": ("Dân tộc", "Ethnicity"),
    "field.religion": ("Tôn giáo", "Religion"),
    "field.cccd": ("Số CCCD", "Citizen ID (CCCD)"),
    "field.cmnd": ("Số CMND cũ", "Old ID (CMND)"),
    "field.phone": ("Điện thoại", "Phone"),
    "field.card_no": ("Số thẻ đảng viên", "Party card number"),
    "field.admitted": ("Ngày vào Đảng", "Date admitted"),
    "field.official": ("Ngày chính thức", "Date made official"),
    "field.education": ("Trình độ học vấn", "Education"),
    "field.theory": ("Lý luận chính trị", "Political theory"),
    "field.occupation": ("Nghề nghiệp", "Occupation"),
    "field.workplace": ("Nơi làm việc", "Workplace"),
    "field.address": ("Nơi cư trú", "Residence"),
    "field.note": ("Ghi chú", "Note"),
    "field.cell": ("Chi bộ", "Party cell"),
    "field.full_name": ("Họ và tên", "Full name"),
    "field.status": ("Tình trạng", "Status"),
    "gender.nam": ("Nam", "Male"),
    "gender.nu": ("Nữ", "Female"),
    "member.too_long": (
        "{field}: dài {length} ký tự, quá mức cho phép ({max} ký tự). Hãy kiểm tra xem có dán nhầm "
        "hoặc lệch cột khi nhập từ tệp không.",
        "{field}: {length} characters, more than the {max} allowed. Check for a wrong paste or a shifted "
        "column in the imported file.",
    ),
}
