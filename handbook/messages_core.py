"""Catalogue: roles, operations, permissions, settings and the command line."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "role.head": ("Trưởng ban", "Head of committee"),
    "role.deputy": ("Phó trưởng ban", "Deputy head"),
    "role.staff": ("Chuyên viên", "Staff"),
    "role.viewer": ("Người xem", "Viewer"),
    "op.read": ("xem dữ liệu", "view data"),
    "op.vault.check": ("kiểm tra kho dữ liệu", "check the vault"),
    "op.vault.backup": ("sao lưu kho dữ liệu", "back up the vault"),
    "op.audit.view": ("xem nhật ký thay đổi", "view the audit log"),
    "op.users.own_password": ("đổi mật khẩu của mình", "change one's own password"),
    "op.users.list": ("xem danh sách tài khoản", "list accounts"),
    "op.users.manage": ("quản lý tài khoản", "manage accounts"),
    "op.settings.edit": ("sửa cài đặt", "change settings"),
    "op.rules.edit": (
        "sửa quy định áp dụng (tiêu chí, chữ ký, mã văn bản)",
        "edit rule sets (criteria, signature blocks, document codes)",
    ),
    "op.members.edit": ("thêm, sửa hồ sơ đảng viên", "add or edit party members"),
    "op.members.import": ("nhập danh sách từ Excel", "import lists from Excel"),
    "op.members.export": ("xuất danh sách", "export lists"),
    "op.orgs.edit": ("sửa tổ chức đảng (sáp nhập, chia tách chi bộ)", "edit party organisations"),
    "op.registrations.edit": ("đăng ký sinh hoạt nơi cư trú", "register members at their residence"),
    "op.cases.open_year": ("mở đợt nhận xét của năm", "open the year's comment round"),
    "op.cases.comment": ("nhập nhận xét của chi bộ nơi cư trú", "enter the residence cell's comments"),
    "op.cases.confirm": ("xác nhận nhận xét", "confirm comments"),
    "op.cases.return": ("trả lại nhận xét để chi bộ sửa", "send comments back for correction"),
    "op.cases.cancel": ("hủy phiếu nhận xét", "cancel a case"),
    "op.cases.dispatch": ("gửi nhận xét về cấp ủy nơi công tác", "dispatch comments to workplaces"),
    "op.forms.print": ("in biểu mẫu", "print forms"),
    "op.forms.sign": ("ký số văn bản", "sign documents digitally"),
    "op.library.edit": ("thêm, sửa văn bản trong thư viện", "add or edit documents in the library"),
    "op.library.export": ("lưu văn bản của thư viện ra tệp", "save a library document to a file"),
    "perm.denied": (
        "Tài khoản {role} không được phép {op}. Hãy nhờ Trưởng ban thực hiện hoặc cấp quyền.",
        "A {role} account may not {op}. Ask the head of committee to do it or to grant the role.",
    ),
    "perm.needs_delegation": (
        "Phó trưởng ban chỉ được {op} khi Trưởng ban đã cho phép ký thay (K/T). "
        "Hãy nhờ Trưởng ban bật quyền này trong Cài đặt > Tài khoản.",
        "A deputy may {op} only when the head has allowed signing on the head's behalf (K/T). "
        "Ask the head to allow it in Settings > Accounts.",
    ),
    "setting.session.autolock_minutes": ("Tự khóa sau (phút không dùng)", "Auto-lock after (idle minutes)"),
    "setting.ui.language": ("Ngôn ngữ", "Language"),
    "setting.ui.text_scale_percent": ("Cỡ chữ (%)", "Text size (%)"),
    "setting.forms.font": ("Phông chữ biểu mẫu", "Form font"),
    "setting.forms.confirmation_mode": (
        "Xác nhận in trên phiếu (on_sheet) hay giấy xác nhận riêng (certificate)",
        "Confirmation on the sheet (on_sheet) or a separate certificate (certificate)",
    ),
    "setting.flow.overdue_days": ("Số ngày chờ thì coi là quá hạn", "Days before a case counts as overdue"),
    "settings.unknown": (
        'Không có mục cài đặt "{key}". Các mục có: {known}.',
        'There is no setting "{key}". Known settings: {known}.',
    ),
    "settings.bad_bool": (
        '{label}: "{value}" không hợp lệ. Hãy ghi có hoặc không.',
        '{label}: "{value}" is not valid. Write yes or no.',
    ),
    "settings.bad_int": (
        '{label}: "{value}" không phải là số. Hãy ghi một số nguyên.',
        '{label}: "{value}" is not a number. Write a whole number.',
    ),
    "settings.out_of_range": (
        "{label}: {value} nằm ngoài khoảng cho phép ({min}–{max}).",
        "{label}: {value} is outside the allowed range ({min}–{max}).",
    ),
    "settings.bad_choice": (
        '{label}: "{value}" không hợp lệ. Chọn một trong: {choices}.',
        '{label}: "{value}" is not valid. Choose one of: {choices}.',
    ),
    "cli.error_prefix": ("Lỗi", "Error"),
    "cli.unexpected": (
        "Đã xảy ra lỗi ngoài dự kiến ({kind}). Dữ liệu đã lưu trước đó không bị ảnh hưởng. "
        'Hãy chạy lại; nếu lỗi lặp lại, chạy "handbook check" và báo cho người hỗ trợ.',
        "An unexpected error occurred ({kind}). Data saved before is not affected. Try again; if it "
        'happens again, run "handbook check" and tell your support person.',
    ),
    "cli.interrupted": (
        "Đã dừng theo yêu cầu. Những gì chưa lưu thì không thay đổi.",
        "Stopped on request. Nothing unsaved was changed.",
    ),
    "cli.password_prompt": ("Mật khẩu: ", "Password: "),
    "cli.new_password_prompt": ("Mật khẩu mới: ", "New password: "),
    "cli.new_password_again": ("Nhập lại mật khẩu mới: ", "New password again: "),
    "cli.passwords_differ": (
        "Hai lần nhập mật khẩu mới không giống nhau. Hãy nhập lại.",
        "The two new passwords differ. Please type them again.",
    ),
    "cli.recovery_prompt": ("Mã khôi phục: ", "Recovery code: "),
    "cli.no_password": (
        "Chưa có mật khẩu. Hãy dùng --password-file TỆP, biến môi trường HANDBOOK_PASSWORD, "
        "hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi.",
        "No password given. Use --password-file FILE, the HANDBOOK_PASSWORD environment variable, "
        "or run the command in a terminal to be asked.",
    ),
    "cli.secret_file_unreadable": (
        "Không đọc được tệp {path}: {reason}. Hãy kiểm tra đường dẫn.",
        "Cannot read the file {path}: {reason}. Check the path.",
    ),
    "cli.secret_file_empty": (
        "Tệp {path} không có nội dung. Hãy ghi mật khẩu vào dòng đầu tiên.",
        "The file {path} is empty. Put the password on its first line.",
    ),
    "cli.init_done": (
        "Đã tạo kho dữ liệu tại {path} cho {committee}. Tài khoản Trưởng ban: {user}.",
        "Created the vault at {path} for {committee}. Head's account: {user}.",
    ),
    "cli.recovery_banner": (
        "MÃ KHÔI PHỤC (chỉ hiện một lần — hãy chép ra giấy và cất giữ cẩn thận):",
        "RECOVERY CODE (shown only once — write it on paper and keep it safe):",
    ),
    "cli.recovery_explain": (
        'Khi quên mật khẩu, dùng mã này với lệnh "handbook recover" để đặt mật khẩu mới. '
        "Không lưu mã này trong máy tính.",
        'If a password is forgotten, use this code with "handbook recover" to set a new one. '
        "Do not keep it on the computer.",
    ),
    "cli.user_added": ("Đã thêm tài khoản {user} ({role}).", "Added the account {user} ({role})."),
    "cli.password_changed": ("Đã đổi mật khẩu cho {user}.", "Changed the password of {user}."),
    "cli.recovered": (
        "Đã đặt mật khẩu mới cho {user} bằng mã khôi phục.",
        "Set a new password for {user} with the recovery code.",
    ),
    "cli.check_ok": (
        "Kho dữ liệu nguyên vẹn: mã hóa và cấu trúc tốt, nhật ký {entries} mục liền mạch, "
        "phiên bản cấu trúc {version}.",
        "The vault is intact: encryption and structure fine, audit log of {entries} entries unbroken, "
        "schema version {version}.",
    ),
    "cli.check_failed": ("Kho dữ liệu có vấn đề:", "The vault has problems:"),
    "cli.backup_done": ("Đã sao lưu vào {path}.", "Backed up to {path}."),
    "cli.restore_done": (
        "Đã khôi phục kho dữ liệu vào {path} (bản sao lưu lúc {created}).",
        "Restored the vault to {path} (backup made at {created}).",
    ),
    "cli.restore_moved": ("Kho cũ được giữ nguyên tại {path}.", "The previous vault was kept at {path}."),
    "cli.users_header": (
        "Tên đăng nhập | Họ và tên | Vai trò | Trạng thái",
        "Username | Full name | Role | Status",
    ),
    "cli.user_active": ("đang dùng", "active"),
    "cli.user_inactive": ("đã khóa", "disabled"),
    "cli.user_delegated": ("được ký thay Trưởng ban", "may sign for the head"),
    "cli.setting_set": ("Đã đặt {label} = {value}.", "Set {label} = {value}."),
    "cli.demo_created": (
        "Đã tạo kho dữ liệu mẫu tại {path}. Tài khoản: truongban (Trưởng ban), photruongban "
        "(Phó trưởng ban), chuyenvien (Chuyên viên).",
        "Created the demo vault at {path}. Accounts: truongban (head), photruongban (deputy), chuyenvien (staff).",
    ),
    "cli.demo_password": (
        "Mật khẩu chung của các tài khoản mẫu: {password}",
        "Password of the demo accounts: {password}",
    ),
    "cli.demo_exists": (
        "Đã có kho dữ liệu mẫu tại {path}; mở kho này.",
        "A demo vault already exists at {path}; opening it.",
    ),
    "cli.status": (
        "Kho dữ liệu: {path}\nĐơn vị: {committee}\nNgười dùng: {user} ({role})\n"
        "Phiên bản cấu trúc: {version}; số tài khoản: {users}; số mục nhật ký: {entries}.",
        "Vault: {path}\nCommittee: {committee}\nUser: {user} ({role})\n"
        "Schema version: {version}; accounts: {users}; audit entries: {entries}.",
    ),
    "cli.audit_line": (
        "{seq}. {at} — {actor}: {operation} {entity} {entity_id}",
        "{seq}. {at} — {actor}: {operation} {entity} {entity_id}",
    ),
}
