"""Catalogue: automatic backups, the second place, listing, restoring and health."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "setting.backup.second_place": (
        "Nơi sao lưu thứ hai (USB, ổ mạng)",
        "Second backup place (USB stick, network share)",
    ),
    "setting.backup.warn_after_days": (
        "Cảnh báo khi quá số ngày chưa sao lưu",
        "Warn after this many days without a backup",
    ),
    "backup.write_in_progress": (
        "Đang có một thay đổi chưa ghi xong nên chưa sao lưu; phần mềm sẽ thử lại sau.",
        "A change is still being written, so no backup was taken; the app will try again.",
    ),
    "backup.verify_failed": (
        "Tệp sao lưu {path} đọc lại không khớp nên đã bị bỏ; các bản sao lưu cũ vẫn còn. Hãy kiểm tra ổ đĩa.",
        "The backup {path} did not read back correctly and was discarded; older backups are kept. Check the disk.",
    ),
    "backup.too_new": (
        "Bản sao lưu {path} được tạo bởi phiên bản phần mềm mới hơn (cấu trúc dữ liệu {version}). "
        "Hãy cập nhật phần mềm rồi khôi phục lại.",
        "The backup {path} was made by a newer version of the app (data structure {version}). "
        "Update the app, then restore again.",
    ),
    "backup.other_vault": (
        "Bản sao lưu {path} thuộc một kho dữ liệu khác, không phải kho đang mở. Hãy chọn bản sao lưu của kho "
        "này, hoặc khôi phục vào một thư mục mới.",
        "The backup {path} belongs to another vault, not the one open now. Choose a backup of this vault, "
        "or restore into a new folder.",
    ),
    "backups.copy_mismatch": (
        "Bản sao ở {path} đọc lại không khớp nên đã bị bỏ. Hãy kiểm tra USB hoặc ổ mạng.",
        "The copy at {path} did not read back correctly and was discarded. Check the USB stick or network share.",
    ),
    "backups.folder_gone": (
        "Không sao lưu được: thư mục {path} không còn. Phần mềm sẽ thử lại; các bản sao lưu cũ vẫn còn.",
        "No backup was taken: the folder {path} is gone. The app will try again; older backups are kept.",
    ),
    "backups.read_only": (
        "Không sao lưu được: không được phép ghi vào {path}. Hãy chọn thư mục khác hoặc cấp quyền ghi; "
        "phần mềm sẽ thử lại.",
        "No backup was taken: {path} cannot be written. Choose another folder or allow writing; "
        "the app will try again.",
    ),
    "backups.disk_full": (
        "Không sao lưu được: ổ đĩa chứa {path} đã đầy. Hãy giải phóng chỗ trống; các bản sao lưu cũ vẫn còn "
        "và phần mềm sẽ thử lại.",
        "No backup was taken: the disk holding {path} is full. Free some space; older backups are kept and "
        "the app will try again.",
    ),
    "backups.failed": (
        "Không sao lưu được vào {path} ({detail}). Phần mềm sẽ thử lại; các bản sao lưu cũ vẫn còn.",
        "No backup was taken in {path} ({detail}). The app will try again; older backups are kept.",
    ),
    "backups.second_missing": (
        "Không thấy nơi sao lưu thứ hai {path} (USB chưa cắm hoặc ổ mạng chưa kết nối). Bản sao lưu vẫn được "
        "lưu trong kho; sẽ chép sang khi nơi đó có lại.",
        "The second backup place {path} is not there (USB stick not plugged in or share not connected). The "
        "backup is kept in the vault and will be copied when the place is back.",
    ),
    "backups.none_found": ("Không tìm thấy bản sao lưu nào.", "No backups were found."),
    "backups.list_heading": (
        "Ngày giờ | Nơi | Người | Dung lượng | Đảng viên | Hồ sơ | Tệp",
        "Date and time | Place | Who | Size | Members | Cases | File",
    ),
    "backups.place_local": ("trong kho", "in the vault"),
    "backups.place_second": ("nơi thứ hai", "second place"),
    "backups.place_file": ("tệp đã chọn", "chosen file"),
    "backups.damaged_line": ("{path}: {reason}", "{path}: {reason}"),
    "backups.verified": (
        "Bản sao lưu {path} nguyên vẹn: {members} đảng viên, {cases} hồ sơ, thay đổi mới nhất lúc {newest}.",
        "The backup {path} is intact: {members} members, {cases} cases, newest change at {newest}.",
    ),
    "backups.compare": (
        "So với kho hiện tại: đảng viên {members_now} → {members}, hồ sơ {cases_now} → {cases}, "
        "thay đổi mới nhất {newest_now} → {newest}.",
        "Against today's vault: members {members_now} → {members}, cases {cases_now} → {cases}, "
        "newest change {newest_now} → {newest}.",
    ),
    "backups.interrupted_restore": (
        "Một lần khôi phục trước bị ngắt; kho dữ liệu cũ được giữ nguyên ở {path}.",
        "An earlier restore was interrupted; the previous vault is kept unchanged at {path}.",
    ),
    "health.never": ("chưa có", "never"),
    "health.no_second_place": ("chưa chọn", "not chosen"),
    "health.backup_old": (
        "Đã {days} ngày chưa sao lưu (ngưỡng cảnh báo {limit} ngày). Hãy mở và đóng phần mềm, hoặc bấm Sao lưu ngay.",
        "No backup for {days} days (warning after {limit}). Close the app once, or press Back up now.",
    ),
    "health.second_missing_since": (
        "Nơi sao lưu thứ hai {path} không thấy từ {since}.",
        "The second backup place {path} has been missing since {since}.",
    ),
    "health.check_failed": (
        "Lần kiểm tra gần nhất thấy kho dữ liệu có lỗi. Hãy khôi phục bản sao lưu gần nhất (Cài đặt › Sao lưu "
        "› Khôi phục).",
        "The last check found problems in the vault. Restore the latest backup (Settings › Backup › Restore).",
    ),
    "health.keys_ok": ("nguyên vẹn", "intact"),
    "health.keys_bad": (
        "tệp khóa đã bị thay đổi hoặc hỏng — hãy khôi phục bản sao lưu gần nhất",
        "the key file was changed or is damaged — restore the latest backup",
    ),
}
