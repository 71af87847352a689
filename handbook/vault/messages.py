"""Catalogue: the vault, key slots, backups, audit and integrity checks."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "vault.bad_credentials": ("Sai tên đăng nhập hoặc mật khẩu.", "Wrong username or password."),
    "vault.bad_recovery_code": (
        "Mã khôi phục không đúng. Hãy đối chiếu từng ký tự với bản giấy đã cất giữ.",
        "The recovery code is wrong. Compare it character by character with the paper copy.",
    ),
    "vault.user_required": (
        "Kho dữ liệu có nhiều tài khoản. Hãy cho biết ai đang làm việc bằng --user TÊN "
        "(hoặc biến môi trường HANDBOOK_USER).",
        "The vault has several accounts. Say who is acting with --user NAME (or HANDBOOK_USER).",
    ),
    "vault.username_invalid": (
        'Tên đăng nhập "{username}" không hợp lệ. Hãy dùng 2–32 ký tự: chữ thường không dấu, số, '
        "dấu chấm, gạch ngang hoặc gạch dưới, ví dụ: truongban.",
        'The username "{username}" is not valid. Use 2–32 characters: lower-case letters without '
        "accents, digits, dot, dash or underscore, e.g. truongban.",
    ),
    "vault.password_too_short": (
        "Mật khẩu quá ngắn. Hãy dùng ít nhất {min} ký tự (nên dùng một câu dễ nhớ).",
        "The password is too short. Use at least {min} characters (a memorable sentence is best).",
    ),
    "vault.full_name_missing": (
        "Chưa có họ và tên. Hãy ghi đầy đủ họ và tên.",
        "The full name is missing. Please write the full name.",
    ),
    "vault.committee_name_missing": (
        "Chưa có tên đơn vị. Hãy ghi tên Đảng ủy, ví dụ: Đảng ủy xã Tân An.",
        "The committee name is missing, e.g. Đảng ủy xã Tân An.",
    ),
    "vault.exists": (
        "Đã có tệp hoặc thư mục tại {path}. Phần mềm không ghi đè; hãy chọn một chỗ khác.",
        "Something already exists at {path}. Nothing is overwritten; choose another place.",
    ),
    "vault.not_found": (
        'Không tìm thấy kho dữ liệu tại {path}. Hãy kiểm tra đường dẫn, hoặc tạo kho mới bằng "handbook init".',
        'No vault at {path}. Check the path, or create one with "handbook init".',
    ),
    "vault.keyfile_missing": (
        "Thiếu tệp khóa {path} nên không mở được kho dữ liệu. {backup}",
        "The key file {path} is missing, so the vault cannot be opened. {backup}",
    ),
    "vault.keyfile_damaged": (
        "Tệp khóa {path} bị hỏng nên không mở được kho dữ liệu. {backup}",
        "The key file {path} is damaged, so the vault cannot be opened. {backup}",
    ),
    "vault.keyfile_tampered": (
        "Tệp khóa {path} đã bị thay đổi ngoài phần mềm. Để an toàn, kho dữ liệu không được mở. {backup}",
        "The key file {path} was changed outside the app. For safety the vault is not opened. {backup}",
    ),
    "vault.keyfile_mismatch": (
        "Tệp khóa và cơ sở dữ liệu trong {path} không thuộc cùng một kho. {backup}",
        "The key file and the database in {path} do not belong together. {backup}",
    ),
    "vault.db_missing": ("Thiếu tệp dữ liệu {path}. {backup}", "The data file {path} is missing. {backup}"),
    "vault.db_damaged": (
        "Tệp dữ liệu {path} bị hỏng hoặc đã bị sửa đổi nên không đọc được. Phần mềm không tạo kho "
        "trống thay thế. {backup}",
        "The data file {path} is damaged or was altered and cannot be read. No empty vault is created "
        "in its place. {backup}",
    ),
    "vault.keyfile_older_than_db": (
        "Tệp khóa {path} cũ hơn dữ liệu: kho đã được đổi khóa (khi một tài khoản bị khóa hoặc xóa) sau khi "
        "tệp khóa này được lưu, nên nó không mở được dữ liệu hiện tại. Dữ liệu không hỏng. Hãy đặt lại tệp "
        "keys.json mới nhất vào thư mục kho (nếu còn giữ), hoặc khôi phục bản sao lưu mới nhất. {backup}",
        "The key file {path} is older than the data: the vault was re-keyed (when an account was disabled or "
        "removed) after this key file was saved, so it cannot open the data as it is now. The data is not "
        "damaged. Put the latest keys.json back into the vault folder (if you still have it), or restore the "
        "latest backup. {backup}",
    ),
    "vault.access_revoked": (
        'Tài khoản "{user}" vừa bị khóa hoặc xóa (ở một cửa sổ khác) và kho dữ liệu đã được đổi khóa, nên '
        "cửa sổ này không còn mở được dữ liệu. Hãy đóng cửa sổ; nếu cần làm tiếp, hỏi Trưởng ban.",
        'The account "{user}" was just disabled or removed (in another window) and the vault was re-keyed, so '
        "this window can no longer open the data. Close the window; to keep working, ask the head.",
    ),
    "vault.backup_hint": (
        'Hãy khôi phục từ bản sao lưu gần nhất: {path} (lệnh "handbook restore").',
        'Restore from the latest backup: {path} (command "handbook restore").',
    ),
    "vault.no_backup_hint": (
        "Trong thư mục kho không có bản sao lưu; hãy khôi phục từ tệp sao lưu (.sotaybak) mà đơn vị "
        'đã lưu riêng (lệnh "handbook restore").',
        "The vault folder holds no backup; restore from a backup file (.sotaybak) kept elsewhere "
        '(command "handbook restore").',
    ),
    "vault.too_new": (
        "Kho dữ liệu này do phiên bản mới hơn của phần mềm tạo ra (cấu trúc {version}, phiên bản này "
        "đọc được đến {supported}). Hãy cập nhật phần mềm.",
        "This vault was made by a newer version of the app (schema {version}; this version reads up "
        "to {supported}). Please update the app.",
    ),
    "vault.busy": (
        "Kho dữ liệu đang được một cửa sổ khác ghi. Hãy đợi một lát rồi làm lại.",
        "Another window is writing to the vault. Wait a moment and try again.",
    ),
    "vault.conflict": (
        "Chưa lưu: dữ liệu vừa được thay đổi ở một cửa sổ khác (ví dụ cùng một số CCCD). Không có gì bị lưu dở; "
        "hãy xem lại danh sách rồi làm lại.",
        "Not saved: the data was just changed in another window (e.g. the same CCCD). Nothing was half-saved; "
        "look at the list again and retry.",
    ),
    "vault.keys_busy": (
        "Một cửa sổ khác đang thay đổi tài khoản hoặc mật khẩu. Hãy đợi một lát rồi làm lại.",
        "Another window is changing accounts or passwords. Wait a moment and try again.",
    ),
    "users.exists": (
        'Đã có tài khoản "{username}". Hãy chọn tên đăng nhập khác.',
        'The account "{username}" already exists. Choose another username.',
    ),
    "users.role_invalid": (
        'Vai trò "{role}" không có. Hãy chọn: head (Trưởng ban), deputy (Phó trưởng ban), '
        "staff (Chuyên viên) hoặc viewer (Người xem).",
        'There is no role "{role}". Choose head, deputy, staff or viewer.',
    ),
    "users.delegation_only_deputy": (
        "Chỉ Phó trưởng ban mới được cho phép ký thay Trưởng ban.",
        "Only a deputy can be allowed to sign on the head's behalf.",
    ),
    "backup.not_found": (
        "Không tìm thấy tệp sao lưu {path}. Hãy kiểm tra đường dẫn.",
        "The backup file {path} was not found. Check the path.",
    ),
    "backup.damaged": (
        "Tệp {path} không phải bản sao lưu của Sổ tay Đảng viên, hoặc đã bị cắt cụt. Hãy chọn tệp sao lưu khác.",
        "The file {path} is not a Sổ tay Đảng viên backup, or it was cut short. Choose another backup.",
    ),
    "backup.tampered": (
        "Bản sao lưu {path} đã bị thay đổi hoặc hỏng; không khôi phục gì cả. Hãy chọn bản sao lưu khác.",
        "The backup {path} was altered or is damaged; nothing was restored. Choose another backup.",
    ),
    "backup.target_exists": (
        "Đã có kho dữ liệu tại {path}. Không ghi đè; nếu thật sự muốn thay, thêm --replace "
        "(kho cũ sẽ được giữ lại bên cạnh).",
        "A vault already exists at {path}. Nothing is overwritten; to replace it add --replace "
        "(the old vault is kept beside it).",
    ),
    "backup.out_exists": (
        "Đã có tệp {path}. Hãy chọn tên tệp khác cho bản sao lưu.",
        "The file {path} already exists. Choose another name for the backup.",
    ),
    "audit.chain_broken": (
        "Nhật ký thay đổi bị đứt tại mục {seq} (có mục bị xóa hoặc chèn).",
        "The audit log's chain is broken at entry {seq} (an entry was removed or inserted).",
    ),
    "audit.entry_altered": (
        "Mục {seq} của nhật ký thay đổi đã bị sửa.",
        "Entry {seq} of the audit log was altered.",
    ),
    "audit.tail_missing": (
        "Nhật ký thay đổi thiếu các mục cuối (chỉ còn {count} mục).",
        "The audit log is missing its latest entries (only {count} remain).",
    ),
    "check.cipher": (
        "Có trang dữ liệu mã hóa không hợp lệ: {detail}.",
        "Encrypted pages failed their check: {detail}.",
    ),
    "check.structure": (
        "Cấu trúc cơ sở dữ liệu bị lỗi: {detail}.",
        "The database structure is damaged: {detail}.",
    ),
    "check.foreign_keys": ("Có liên kết giữa các bản ghi bị hỏng.", "Some links between records are broken."),
    "check.unreadable": ("Không đọc được dữ liệu: {detail}.", "The data cannot be read: {detail}."),
    "check.schema": (
        "Phiên bản cấu trúc là {version}, cần {expected}.",
        "Schema version is {version}; expected {expected}.",
    ),
    "users.not_found": (
        'Không có tài khoản "{username}". Hãy xem danh sách bằng "handbook users list".',
        'There is no account "{username}". See "handbook users list".',
    ),
    "users.cannot_demote_self": (
        "Không thể tự bỏ vai trò Trưởng ban hoặc tự khóa tài khoản của mình. Hãy nhờ một Trưởng ban khác làm.",
        "You cannot remove your own head role or disable your own account. Ask another head to do it.",
    ),
    "users.last_head": (
        "Kho dữ liệu phải luôn có ít nhất một Trưởng ban đang dùng. Hãy thêm Trưởng ban mới trước.",
        "The vault must always keep one active head. Add a new head first.",
    ),
    "vault.warning_prefix": ("Cảnh báo", "Warning"),
    "vault.slots_and_recovery": ("{names} và mã khôi phục", "{names} and the recovery code"),
    "vault.slot_recovery": ("mã khôi phục", "the recovery code"),
    "vault.test_only_kdf": (
        "Kho dữ liệu này dùng mức bảo vệ mật khẩu yếu chỉ dành cho thử nghiệm ({slots}). Đừng lưu dữ liệu thật "
        'trong đó; nếu đã lỡ lưu, mỗi người hãy đổi mật khẩu bằng "handbook passwd" (mức bảo vệ sẽ được đo lại '
        "trên máy này) và tạo kho mới để có mã khôi phục mới.",
        "This vault uses the weak password protection meant only for tests ({slots}). Do not keep real data in "
        'it; if you already did, have each person change their password with "handbook passwd" (the protection '
        "is measured again on this PC) and make a new vault for a new recovery code.",
    ),
    "vault.secret_file_not_utf8": (
        "Tệp {path} không phải văn bản UTF-8 nên không đọc được mật khẩu trong đó. Hãy lưu lại tệp với "
        "kiểu mã hóa UTF-8 (trong Notepad: Lưu thành, Mã hóa: UTF-8).",
        "The file {path} is not UTF-8 text, so the password in it cannot be read. Save the file again as "
        "UTF-8 (in Notepad: Save As, Encoding: UTF-8).",
    ),
    "vault.no_access": (
        "Tài khoản máy tính đang dùng không có quyền đọc thư mục kho dữ liệu {path}. Dữ liệu không bị hỏng; "
        "hãy đăng nhập Windows bằng tài khoản đã tạo kho, hoặc nhờ người quản trị máy cấp quyền đọc và ghi.",
        "This computer account may not read the vault folder {path}. Nothing is damaged; sign in to the "
        "computer with the account that made the vault, or ask the administrator for read and write access.",
    ),
    "vault.read_only": (
        "Thư mục kho dữ liệu {path} chỉ cho đọc, không cho ghi (ví dụ đĩa CD, USB khóa ghi, hoặc quyền "
        "thư mục). Dữ liệu không bị hỏng và không cần khôi phục; hãy cho phép ghi vào thư mục, hoặc chép cả "
        "thư mục sang một chỗ ghi được rồi mở ở đó.",
        "The vault folder {path} is read-only (e.g. a CD, a write-locked USB stick, or the folder's "
        "permissions). Nothing is damaged and no restore is needed; allow writing to the folder, or copy the "
        "whole folder somewhere writable and open it there.",
    ),
    "backup.folder_missing": (
        "Không có thư mục {path} để ghi bản sao lưu. Hãy kiểm tra đường dẫn, hoặc tạo thư mục đó trước.",
        "There is no folder {path} to write the backup into. Check the path, or create the folder first.",
    ),
    "reconcile.finished": (
        "Một thay đổi tài khoản bị ngắt giữa chừng ({users}) đã được lưu vào dữ liệu; tệp khóa nay đã được "
        "hoàn tất theo.",
        "An account change that was cut short ({users}) had been saved in the data; the key file has now been "
        "completed to match.",
    ),
    "reconcile.undone": (
        "Một thay đổi tài khoản bị ngắt giữa chừng ({users}) chưa được lưu vào dữ liệu nên đã được bỏ; mọi "
        "thứ như trước khi làm. Hãy làm lại nếu cần.",
        "An account change that was cut short ({users}) had not been saved in the data, so it was dropped; "
        "everything is as before it. Do it again if needed.",
    ),
    "reconcile.orphan_slot_removed": (
        'Đã sửa: tệp khóa có mục mật khẩu cho "{username}" nhưng tài khoản chưa từng được lưu (một lần thêm '
        "tài khoản bị ngắt). Mục đó đã được bỏ; có thể thêm lại tài khoản này.",
        'Repaired: the key file held a password for "{username}" but the account was never saved (an '
        "interrupted add). It was removed; the account can be added again.",
    ),
    "reconcile.account_without_slot": (
        'Tài khoản "{username}" không có mật khẩu trong tệp khóa nên không đăng nhập được. Trưởng ban hãy '
        'khóa tài khoản này ("handbook users set --active no") rồi thêm lại bằng tên khác, hoặc khôi phục '
        "từ bản sao lưu.",
        'The account "{username}" has no password in the key file, so it cannot log in. A head should '
        'disable it ("handbook users set --active no") and add it again under another name, or restore '
        "from a backup.",
    ),
    "roster.bad_signature": (
        "Danh sách tài khoản và vai trò (phiên bản {version}) không có chữ ký hợp lệ của một Trưởng ban: có "
        "người đã sửa nó ngoài phần mềm. Vai trò được tin theo phiên bản hợp lệ trước đó. Hãy khôi phục từ bản "
        "sao lưu có trước thay đổi này.",
        "The list of accounts and roles (version {version}) has no valid signature of a head: someone changed "
        "it outside the app. Roles are believed from the last valid version. Restore a backup from before it.",
    ),
    "roster.role_mismatch": (
        'Vai trò hoặc trạng thái của "{username}" trong dữ liệu ({db_role}) khác với danh sách đã được Trưởng ban '
        "ký ({signed_role}): có người đã sửa ngoài phần mềm. Phần mềm dùng vai trò đã ký.",
        'The role or status of "{username}" in the data ({db_role}) differs from the list a head signed '
        "({signed_role}): someone changed it outside the app. The signed role is used.",
    ),
    "roster.unlisted": (
        'Tài khoản "{username}" không có trong danh sách đã được Trưởng ban ký: nó được thêm ngoài phần mềm '
        "và không được dùng.",
        'The account "{username}" is not in the list a head signed: it was added outside the app and is not used.',
    ),
    "roster.key_mismatch": (
        'Khóa ký của "{username}" trong tệp khóa khác với khóa đã được Trưởng ban ký: mục mật khẩu của người '
        "này đã bị thay ngoài phần mềm.",
        'The signing key of "{username}" in the key file differs from the one a head signed: this person\'s '
        "password slot was replaced outside the app.",
    ),
    "roster.missing": (
        "Kho dữ liệu này có từ trước khi có chữ ký số cho vai trò: một Trưởng ban hãy đăng nhập một lần để ký "
        "danh sách tài khoản.",
        "This vault predates signed roles: a head should log in once to sign the list of accounts.",
    ),
    "audit.signature_bad": (
        'Mục {seq} của nhật ký thay đổi (ghi là do "{actor}" làm) không có chữ ký hợp lệ của người đó: có '
        "người đã thêm hoặc sửa nó ngoài phần mềm.",
        'Audit entry {seq} (recorded as made by "{actor}") has no valid signature of that person: someone '
        "added or changed it outside the app.",
    ),
    "audit.signature_bad_more": (
        "… và {count} mục nhật ký khác cũng không có chữ ký hợp lệ.",
        "… and {count} more audit entries without a valid signature.",
    ),
    "confirm.signature_bad": (
        "Hồ sơ số {case_id} ghi là đã xác nhận, nhưng không có chữ ký hợp lệ của Trưởng ban (hoặc Phó trưởng "
        "ban được ký thay) trên đúng nội dung đó: nội dung hoặc việc xác nhận đã bị sửa ngoài phần mềm.",
        "Case {case_id} is recorded as confirmed, but no valid signature of the head (or a deputy allowed to "
        "sign for them) covers that content: the content or the confirmation was changed outside the app.",
    ),
    "confirm.signature_bad_more": (
        "… và {count} hồ sơ đã xác nhận khác cũng không có chữ ký hợp lệ.",
        "… and {count} more confirmed cases without a valid signature.",
    ),
    "rekey.done": (
        "Đã thay khóa dữ liệu: mật khẩu của {users} không còn mở được kho này. Lưu ý: các bản sao lưu làm "
        "trước lúc này vẫn mở được bằng mật khẩu cũ của họ; hãy cất giữ hoặc hủy các bản đó cho an toàn.",
        "The data key was changed: the password of {users} no longer opens this vault. Note: backups made "
        "before now still open with their old password; keep them safe or destroy them.",
    ),
    "rekey.blocked": (
        "Tài khoản {users} đã bị khóa, nhưng chưa thay được khóa dữ liệu vì {legacy} chưa đăng nhập lần nào "
        "từ khi cập nhật phần mềm. Cho đến lúc đó, mật khẩu cũ vẫn mở được tệp dữ liệu bằng công cụ khác; "
        'hãy để các tài khoản đó đăng nhập một lần rồi chạy "handbook check".',
        "The account {users} is disabled, but the data key could not be changed yet because {legacy} has not "
        "logged in since the update. Until then the old password still opens the data file with other tools; "
        'have those accounts log in once, then run "handbook check".',
    ),
    "rekey.finished": (
        "Lần thay khóa dữ liệu trước bị ngắt giữa chừng đã được hoàn tất.",
        "The data key change that was cut short has been completed.",
    ),
    "rekey.undone": (
        "Lần thay khóa dữ liệu trước bị ngắt trước khi bắt đầu; khóa cũ vẫn dùng, và sẽ được thay lại.",
        "The data key change that was cut short had not started; the old key stands and will be changed again.",
    ),
    "rollback.data_older": (
        "Dữ liệu cũ hơn lần thay đổi cuối cùng đã ghi nhận lúc {at} (thiếu {missing} mục nhật ký): có thể tệp "
        "vault.db-wal đã bị xóa hoặc một bản vault.db cũ đã được chép đè. Những gì làm sau lúc đó có thể đã mất "
        '(kể cả việc khóa tài khoản). Hãy khôi phục bản sao lưu mới nhất ("handbook restore"); nếu chắc chắn '
        'dữ liệu hiện tại là đúng, Trưởng ban chạy "handbook check --accept-current" để ghi nhận.',
        "The data is older than the last change recorded at {at} ({missing} audit entries missing): the file "
        "vault.db-wal may have been deleted or an older vault.db copied back. What was done after that may be "
        'lost (including disabling an account). Restore the latest backup ("handbook restore"); if you are '
        'sure the data as it is now is right, a head runs "handbook check --accept-current" to record it.',
    ),
    "rollback.data_replaced": (
        "Dữ liệu không phải là dữ liệu đã ghi nhận lúc {at}: nhật ký thay đổi đã bị thay bằng một bản khác. "
        'Hãy khôi phục bản sao lưu mới nhất ("handbook restore"); nếu chắc chắn dữ liệu hiện tại là đúng, '
        'Trưởng ban chạy "handbook check --accept-current".',
        "The data is not the data recorded at {at}: the audit log was replaced by another one. Restore the "
        'latest backup ("handbook restore"); if you are sure the data as it is now is right, a head runs '
        '"handbook check --accept-current".',
    ),
    "rollback.keyfile_older": (
        "Tệp khóa keys.json cũ hơn dữ liệu: có thể một bản keys.json cũ đã được chép đè, mang theo mật khẩu cũ "
        "hoặc tài khoản đã khóa. Hãy khôi phục bản sao lưu mới nhất; nếu chắc chắn các tài khoản hiện tại là "
        'đúng, Trưởng ban chạy "handbook check --accept-current".',
        "The key file keys.json is older than the data: an older keys.json may have been copied back, bringing "
        "old passwords or disabled accounts with it. Restore the latest backup; if you are sure the accounts "
        'as they are now are right, a head runs "handbook check --accept-current".',
    ),
    "rollback.accepted": (
        "Đã ghi nhận dữ liệu hiện tại là đúng; từ nay phần mềm so sánh với trạng thái này.",
        "The data as it is now was recorded as right; from now on it is compared with this state.",
    ),
    "users.reenable_revoked": (
        'Không mở lại được tài khoản "{username}": khi khóa, mật khẩu của tài khoản đã bị thu hồi (khóa dữ liệu '
        "đã được thay). Hãy thêm một tài khoản mới cho người này với tên đăng nhập khác.",
        'The account "{username}" cannot be re-enabled: disabling it revoked its password (the data key was '
        "changed). Add a new account for this person under another username.",
    ),
}
