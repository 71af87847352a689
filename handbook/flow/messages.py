"""Catalogue: registrations, annual cases, confirmation, dispatch and rule sets."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "case_state.requested": ("Chờ chi bộ nhận xét", "Waiting for the cell's comment"),
    "case_state.commented": ("Chờ xác nhận", "Waiting for confirmation"),
    "case_state.returned": ("Trả lại chi bộ sửa", "Sent back to the cell"),
    "case_state.confirmed": ("Đã xác nhận", "Confirmed"),
    "case_state.dispatched": ("Đã gửi nơi công tác", "Sent to the workplace"),
    "case_state.acknowledged": ("Nơi công tác đã nhận", "Received by the workplace"),
    "case_state.cancelled": ("Đã hủy", "Cancelled"),
    "case_action.comment": ("ghi nhận xét", "record a comment"),
    "case_action.confirm": ("xác nhận", "confirm"),
    "case_action.return": ("trả lại để sửa", "send back"),
    "case_action.dispatch": ("gửi về nơi công tác", "dispatch"),
    "case_action.acknowledge": ("ghi nhận đã nhận", "mark received"),
    "case_action.cancel": ("hủy", "cancel"),
    "category.normal": ("Sinh hoạt bình thường", "Regular"),
    "category.exempt_activity": ("Miễn sinh hoạt nơi cư trú", "Exempt from residence activity"),
    "category.exempt_introduction": ("Không giới thiệu về nơi cư trú", "Not introduced"),
    "channel.paper": ("Giấy", "Paper"),
    "channel.portal": ("Cổng Dịch vụ công quốc gia", "National public-service portal"),
    "channel.bundle": ("Tệp trao đổi", "Exchange file"),
    "channel.app": ("Ứng dụng Sổ tay đảng viên điện tử", "E-handbook app"),
    "position.head": ("Trưởng ban", "Head"),
    "position.deputy": ("Phó trưởng ban", "Deputy head"),
    "position.secretary": ("Bí thư Đảng ủy", "Committee secretary"),
    "position.deputy_secretary": ("Phó Bí thư Đảng ủy", "Deputy secretary"),
    "flow.illegal_move": (
        'Không thể {action} phiếu của {name} (năm {year}) vì phiếu đang ở trạng thái "{state}".',
        'Cannot {action} the case of {name} ({year}): it is "{state}".',
    ),
    "flow.confirm_not_ready": (
        'Chưa xác nhận gì: có {count} phiếu chưa ở trạng thái chờ xác nhận (ví dụ {name}: "{state}"). '
        "Hãy bỏ các phiếu đó ra khỏi lựa chọn.",
        'Nothing confirmed: {count} case(s) are not waiting for confirmation (e.g. {name}: "{state}"). '
        "Leave them out of the selection.",
    ),
    "flow.nothing_to_confirm": ("Chưa chọn phiếu nào để xác nhận.", "No cases were chosen to confirm."),
    "flow.no_signer": (
        "Chưa có {position} trong danh sách người ký vào ngày {date}. Hãy thêm ở Cài đặt > Người ký.",
        "No {position} is listed as a signer on {date}. Add one in Settings > Signers.",
    ),
    "flow.reason_missing": ("Hãy ghi lý do.", "Please write the reason."),
    "flow.case_not_found": ("Không tìm thấy phiếu số {id}.", "No case with id {id}."),
    "flow.case_exists": (
        "Đảng viên này đã có phiếu của năm {year}.",
        "This member already has a case for {year}.",
    ),
    "flow.never_introduced": (
        "Đảng viên thuộc diện không giới thiệu về nơi cư trú nên không có phiếu nhận xét.",
        "This member is not introduced to the residence, so there is no comment case.",
    ),
    "flow.bad_year": ("Năm {year} không hợp lệ.", "The year {year} is not valid."),
    "flow.request_locked": (
        'Phiếu của {name} đang ở trạng thái "{state}"; không sửa thông tin đề nghị được nữa.',
        'The case of {name} is "{state}"; its request can no longer be changed.',
    ),
    "flow.ratings_count": (
        "Phiếu{where} của {name}: cần chọn đủ {expected} tiêu chí (mới có {got}).",
        "Sheet{where} of {name}: all {expected} criteria need a choice (got {got}).",
    ),
    "flow.rating_invalid": (
        "Phiếu{where} của {name}: tiêu chí {number} chưa chọn mức hợp lệ.",
        "Sheet{where} of {name}: criterion {number} has no valid choice.",
    ),
    "flow.cell_signer_invalid": (
        "Phiếu{where}: cách ký của chi bộ không hợp lệ.",
        "Sheet{where}: the cell's signature form is not valid.",
    ),
    "flow.cell_signer_missing": (
        "Phiếu{where} của {name}: chưa ghi họ tên Bí thư chi bộ đã ký.",
        "Sheet{where} of {name}: the cell secretary's name is missing.",
    ),
    "flow.meeting_wrong_year": (
        "Phiếu{where} của {name}: ngày họp chi bộ không thuộc đợt nhận xét năm {year}. Hãy kiểm tra lại ngày.",
        "Sheet{where} of {name}: the cell meeting date is not in the {year} round. Check the date.",
    ),
    "flow.date_in_future": (
        "Ngày {date} nằm trong tương lai. Hãy kiểm tra lại.",
        "The date {date} is in the future. Check it.",
    ),
    "flow.already_registered": (
        "Đảng viên này đang có đăng ký sinh hoạt nơi cư trú (số {id}). Nếu chuyển chỗ ở trong xã, hãy đổi chi bộ "
        "của đăng ký đó; nếu đã thôi, hãy kết thúc đăng ký cũ trước.",
        "This member already has an active registration (#{id}). For a move inside the commune change its cell; "
        "otherwise end the old registration first.",
    ),
    "flow.workplace_not_found": (
        "Không tìm thấy cấp ủy nơi công tác số {id}.",
        "No workplace committee #{id}.",
    ),
    "flow.received_before_letter": (
        "Ngày tiếp nhận ({received}) trước ngày của giấy giới thiệu ({letter}). Hãy kiểm tra lại hai ngày.",
        "Received ({received}) before the letter's date ({letter}). Check both dates.",
    ),
    "flow.cell_not_residential": (
        '"{name}" là chi bộ cơ quan, không phải chi bộ nơi cư trú (thôn, tổ dân phố). Hãy chọn chi bộ nơi cư trú.',
        '"{name}" is an institutional cell, not a residence cell. Choose a village or neighbourhood cell.',
    ),
    "flow.registration_ended": ("Đăng ký của {name} đã kết thúc.", "The registration of {name} has ended."),
    "flow.registration_not_found": ("Không tìm thấy đăng ký số {id}.", "No registration #{id}."),
    "flow.end_before_start": (
        "Ngày kết thúc {date} trước ngày tiếp nhận {received}.",
        "The end date {date} is before the date received {received}.",
    ),
    "flow.no_cell_yet": (
        "{name} chưa được phân về chi bộ nào. Hãy chọn chi bộ nơi cư trú trước.",
        "{name} has no residence cell yet. Choose one first.",
    ),
    "flow.dispatch_no_workplace": (
        "Có {count} phiếu đã xác nhận nhưng chưa biết cấp ủy nơi công tác. Hãy ghi nơi công tác cho các phiếu đó.",
        "{count} confirmed case(s) have no workplace committee. Record the workplace first.",
    ),
    "flow.dispatch_nothing_for": (
        "Không có phiếu đã xác nhận nào của {name} trong năm {year}.",
        "No confirmed cases for {name} in {year}.",
    ),
    "flow.dispatch_nothing": (
        "Năm {year} không còn phiếu đã xác nhận nào chờ gửi.",
        "No confirmed cases are waiting to be sent for {year}.",
    ),
    "flow.dispatch_not_found": ("Không tìm thấy công văn gửi số {id}.", "No dispatch #{id}."),
    "flow.already_acknowledged": (
        "Công văn {number} đã được ghi nhận là nơi nhận đã nhận.",
        "Dispatch {number} is already marked as received.",
    ),
    "flow.ack_before_dispatch": (
        "Ngày nhận {date} trước ngày gửi.",
        "The date received {date} is before sending.",
    ),
    "rules.wording_place": (
        "Quy định {where}: câu “{field}” dùng chỗ {place}, nhưng câu này chỉ có các chỗ: {known}. Sửa lại cho đúng.",
        "Rule set {where}: the sentence “{field}” uses {place}, but it only has: {known}. Correct it.",
    ),
    "rules.invalid": (
        'Quy định áp dụng {where} chưa đúng ở mục "{what}". Hãy sửa mục đó (mỗi tiêu chí phải có đúng 3 mức '
        "khác nhau).",
        'The rule set {where} is wrong at "{what}". Correct that entry (each criterion needs 3 different labels).',
    ),
    "rules.not_found": ("Không tìm thấy quy định áp dụng số {id}.", "No rule set #{id}."),
    "rules.none_in_force": (
        "Không có quy định nào có hiệu lực vào ngày {date}.",
        "No rule set is in force on {date}.",
    ),
}

MESSAGES.update(
    {
        "flowcli.opened": (
            "Năm {year}: đã tạo {created} phiếu mới; {already} phiếu đã có từ trước; {exempt} đảng viên miễn sinh hoạt chỉ có phiếu khi được đề nghị.",
            "{year}: created {created} new cases; {already} existed already; {exempt} exempt member(s) get a case only on request.",
        ),
        "flowcli.status_title": ("Năm {year}: {total} phiếu", "{year}: {total} cases"),
        "flowcli.per_cell": ("Theo chi bộ:", "By cell:"),
        "flowcli.no_cell": ("(chưa có chi bộ)", "(no cell)"),
        "flowcli.case_not_in_year": (
            "Có số phiếu không thuộc năm {year}. Hãy kiểm tra lại các số phiếu.",
            "Some case ids are not cases of {year}. Check the ids.",
        ),
        "flowcli.confirmed": (
            "Đã xác nhận {count} phiếu (số {first} … {last}).",
            "Confirmed {count} case(s) ({first} … {last}).",
        ),
        "flowcli.dispatched": (
            "Công văn {number} gửi {org}: {count} phiếu.",
            "Dispatch {number} to {org}: {count} case(s).",
        ),
        "flowcli.todo_overdue": ("Quá hạn: {count}", "Overdue: {count}"),
        "flowcli.todo_confirm": ("Chờ Trưởng ban xác nhận: {count}", "Waiting for the head's confirmation: {count}"),
        "flowcli.todo_dispatch": ("Đã xác nhận, chưa gửi: {count}", "Confirmed, not yet sent: {count}"),
        "flowcli.todo_no_cell": ("Đăng ký chưa có chi bộ: {count}", "Registrations without a cell: {count}"),
        "flowcli.todo_end": (
            "Đăng ký cần kết thúc (đảng viên đã chuyển đi, từ trần hoặc ra khỏi Đảng): {count}",
            "Registrations to end (member transferred, died or left): {count}",
        ),
        "flowcli.more": ("  … và {count} người nữa", "  … and {count} more"),
    }
)

MESSAGES.update(
    {
        "rulescli.bad_json": (
            "Tệp {path} không đúng dạng JSON (dòng {line}, cột {column}). Hãy sửa chỗ đó rồi lưu lại.",
            "The file {path} is not valid JSON (line {line}, column {column}). Fix it and save again.",
        ),
        "rulescli.saved": (
            'Đã lưu phiên bản mới của quy định "{key}", áp dụng từ {date}. Các phiếu cũ vẫn in theo quy định cũ.',
            'Saved a new version of "{key}", in force from {date}. Earlier cases still print as they were.',
        ),
    }
)
