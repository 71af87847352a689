"""Catalogue: bundles between committees, cards and trust, the province roll-up."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "op.exchange.trust": ("nhận và tin cậy thẻ của cấp ủy khác", "import and trust another committee's card"),
    "op.exchange.send": ("tạo tệp gửi cấp ủy khác", "make a bundle file for another committee"),
    "op.exchange.apply": ("nhập tệp nhận từ cấp ủy khác", "apply a bundle received from another committee"),
    "exchange.kind.comment_requests": ("đề nghị nhận xét đảng viên", "requests for comments"),
    "exchange.kind.dispatch": ("công văn trả kết quả nhận xét", "dispatch of confirmed comments"),
    "exchange.kind.acknowledgement": ("xác nhận đã nhận công văn", "acknowledgement of a dispatch"),
    "exchange.kind.round_figures": ("số liệu đợt nhận xét gửi tỉnh", "round figures for the province"),
    "exchange.mode.commune": ("Đảng ủy xã, phường, đặc khu", "commune committee"),
    "exchange.mode.workplace": ("cấp ủy nơi công tác", "workplace committee"),
    "exchange.mode.province": ("cơ quan cấp tỉnh", "province office"),
    # reading a bundle
    "exchange.not_a_bundle": (
        "Tệp này không phải tệp trao đổi của Sổ tay Đảng viên, hoặc đã bị hỏng. Hãy xin nơi gửi gửi lại tệp.",
        "This file is not a Sổ tay Đảng viên bundle, or it is damaged. Ask the sender to send it again.",
    ),
    "exchange.too_large": (
        "Tệp quá lớn ({size} MB) để là một tệp trao đổi. Hãy kiểm tra lại đúng tệp chưa.",
        "The file is too large ({size} MB) to be a bundle. Check that it is the right file.",
    ),
    "exchange.newer_version": (
        "Tệp được tạo theo định dạng phiên bản {version}, phần mềm này chỉ đọc đến phiên bản {supported}. "
        "Hãy cập nhật phần mềm rồi mở lại.",
        "The bundle uses format version {version}; this program reads up to version {supported}. "
        "Update the program and open it again.",
    ),
    "exchange.malformed": (
        "Tệp trao đổi bị sai cấu trúc ở mục {where}: {problem} Không có gì được ghi. Hãy xin nơi gửi gửi lại tệp.",
        "The bundle's structure is wrong at {where}: {problem} Nothing was written. Ask the sender to send it again.",
    ),
    "exchange.from_self": (
        "Đây là tệp do chính cấp ủy mình tạo ra; không nhập vào kho của mình được.",
        "This bundle was made by this committee itself; it cannot be applied here.",
    ),
    "exchange.unknown_sender": (
        "Tệp được ký bởi {name} (dấu vân tay {fingerprint}) nhưng chưa có thẻ của nơi này. "
        "Hãy nhận thẻ của họ (và đọc đối chiếu dấu vân tay qua điện thoại) rồi mở lại. Không có gì được ghi.",
        "The bundle is signed by {name} (fingerprint {fingerprint}), whose card is not known here. "
        "Import their card (and compare the fingerprint over the phone), then open it again. Nothing was written.",
    ),
    "exchange.untrusted_sender": (
        "Tệp được ký bởi {name} (dấu vân tay {fingerprint}) nhưng thẻ này đã bị thôi tin cậy. Không có gì được ghi.",
        "The bundle is signed by {name} (fingerprint {fingerprint}), whose card is no longer trusted. "
        "Nothing was written.",
    ),
    "exchange.tampered": (
        "Chữ ký của tệp không khớp: tệp đã bị thay đổi sau khi ký (dù chỉ một ký tự) hoặc bị hỏng khi sao chép. "
        "Không có gì được ghi. Hãy xin nơi gửi gửi lại tệp.",
        "The bundle's signature does not match: it was changed after signing (even by one character) or damaged "
        "in copying. Nothing was written. Ask the sender to send it again.",
    ),
    "exchange.not_for_us": (
        "Tệp này gửi cho {name}, không phải cho {me}. Không có gì được ghi.",
        "This bundle is addressed to {name}, not to {me}. Nothing was written.",
    ),
    "exchange.replayed": (
        "Tệp này đã được nhập ngày {at} (bởi {by}); không nhập lần thứ hai.",
        "This bundle was already applied on {at} (by {by}); it is not applied twice.",
    ),
    "exchange.kind_not_here": (
        "Tệp chứa {kind}, loại này không dùng cho kho của {mode}. Không có gì được ghi.",
        "The bundle holds {kind}, which a {mode} vault does not take. Nothing was written.",
    ),
    "exchange.invalid_payload": (
        "Dữ liệu trong tệp không hợp lệ ở mục {where}: {problem} Không có gì được ghi.",
        "The bundle's data is not valid at {where}: {problem} Nothing was written.",
    ),
    "exchange.problem.object": ("cần một nhóm thông tin.", "an object was expected."),
    "exchange.problem.missing": ("thiếu thông tin này.", "this field is missing."),
    "exchange.problem.duplicate": ("thông tin bị ghi hai lần.", "the field appears twice."),
    "exchange.problem.type": ("giá trị không hợp lệ.", "the value is not valid."),
    "exchange.problem.text": ("cần chữ.", "text was expected."),
    "exchange.problem.too_long": ("chữ quá dài.", "the text is too long."),
    "exchange.problem.empty": ("không được để trống.", "it must not be empty."),
    "exchange.problem.pattern": ("sai dạng.", "it has the wrong form."),
    "exchange.problem.number": ("cần một số trong khoảng cho phép.", "a number in range was expected."),
    "exchange.problem.boolean": ("cần có hoặc không.", "yes or no was expected."),
    "exchange.problem.date": ("ngày không hợp lệ.", "the date is not valid."),
    "exchange.problem.time": ("thời điểm không hợp lệ.", "the time is not valid."),
    "exchange.problem.key": ("khóa hoặc chữ ký sai dạng.", "the key or signature has the wrong form."),
    "exchange.problem.blob": ("dữ liệu đính kèm sai dạng.", "the attached data has the wrong form."),
    "exchange.problem.list": ("cần một danh sách.", "a list was expected."),
    "exchange.problem.too_many": ("danh sách quá dài.", "the list is too long."),
    "exchange.problem.unknown": ("thông tin không có trong định dạng.", "the format has no such field."),
    "exchange.problem.choice": ("giá trị không nằm trong các lựa chọn.", "the value is not one of the choices."),
    "exchange.problem.kind": ("loại tệp không rõ.", "unknown kind of bundle."),
    "exchange.problem.algorithm": ("cách mã hóa không rõ.", "unknown encryption."),
    "exchange.problem.fingerprint": (
        "dấu vân tay không khớp với khóa.",
        "the fingerprint does not match the keys.",
    ),
    "exchange.problem.cccd": ("số CCCD phải có đúng 12 chữ số.", "a CCCD has exactly 12 digits."),
    "exchange.problem.json": ("không đọc được.", "it cannot be read."),
    # cards
    "exchange.not_a_card": (
        "Tệp này không phải thẻ cấp ủy của Sổ tay Đảng viên, hoặc đã bị hỏng.",
        "This file is not a Sổ tay Đảng viên committee card, or it is damaged.",
    ),
    "exchange.card_newer": (
        "Thẻ theo định dạng phiên bản {version}, phần mềm này đọc đến phiên bản {supported}. Hãy cập nhật phần mềm.",
        "The card uses format version {version}; this program reads up to {supported}. Update the program.",
    ),
    "exchange.card_malformed": (
        "Thẻ cấp ủy bị sai cấu trúc ở mục {where}: {problem}",
        "The committee card's structure is wrong at {where}: {problem}",
    ),
    "exchange.card_tampered": (
        "Thẻ cấp ủy đã bị sửa sau khi tạo (chữ ký của thẻ không khớp). Hãy xin nơi đó gửi lại thẻ.",
        "The committee card was changed after it was made (its signature does not match). Ask for it again.",
    ),
    "exchange.fingerprint_mismatch": (
        "Dấu vân tay đã nhập ({typed}) không khớp với thẻ ({actual}). Chưa nhận thẻ. Hãy gọi điện cho nơi gửi "
        "để đọc đối chiếu lại; nếu vẫn khác, đừng dùng thẻ này.",
        "The fingerprint typed ({typed}) does not match the card ({actual}). The card was not imported. Call the "
        "sender and compare again; if it still differs, do not use this card.",
    ),
    "exchange.own_card": ("Đây là thẻ của chính cấp ủy mình.", "This is this committee's own card."),
    "exchange.card_not_found": (
        'Không có thẻ nào có mã hoặc dấu vân tay "{text}". Xem danh sách bằng lệnh exchange cards.',
        'No card has the code or fingerprint "{text}". List them with exchange cards.',
    ),
    "exchange.card_ambiguous": (
        'Có nhiều thẻ khớp với "{text}". Hãy ghi thêm chữ của dấu vân tay.',
        'Several cards match "{text}". Give more of the fingerprint.',
    ),
    "exchange.code_too_long": ("Mã cấp ủy dài quá 40 ký tự.", "The committee code is longer than 40 characters."),
    # sending
    "exchange.nothing_to_send": ("Chưa chọn đảng viên nào để gửi.", "No members were chosen to send."),
    "exchange.recipient_needed": (
        "Chưa có nơi nhận: chọn thẻ của xã, phường nhận, hoặc ghi tên nơi nhận khi chưa có thẻ.",
        "No recipient: choose the receiving commune's card, or type its name when there is no card.",
    ),
    "exchange.deadline_before_doc": (
        "Hạn trả lời {deadline} trước ngày văn bản đề nghị: hãy sửa hạn hoặc ngày văn bản.",
        "The reply deadline {deadline} is before the request's date: correct the deadline or the date.",
    ),
    "exchange.received_not_found": ("Không có công văn đã nhận số {id}.", "No received dispatch has id {id}."),
    "exchange.ack_date": (
        "Ngày nhận {date} không hợp lệ: không trước ngày công văn, không sau hôm nay.",
        "The date received {date} is not valid: not before the dispatch, not after today.",
    ),
    "exchange.unencrypted_warning": (
        "Chưa có thẻ của nơi nhận nên tệp chỉ được ký, không được mã hóa: ai có tệp cũng đọc được. "
        "Hãy gửi qua đường an toàn, hoặc nhận thẻ của nơi nhận rồi tạo lại.",
        "There is no card for the recipient, so the bundle is only signed, not encrypted: whoever holds the file "
        "can read it. Send it by a safe route, or import the recipient's card and make it again.",
    ),
    # preview and apply
    "exchange.conflict.cccd_name": (
        "CCCD {cccd} ở đây là của {here}, khác tên trong tệp.",
        "CCCD {cccd} belongs here to {here}, a different name from the bundle's.",
    ),
    "exchange.conflict.cccd_birth": (
        "CCCD {cccd} khớp nhưng ngày sinh khác.",
        "CCCD {cccd} matches but the birth date differs.",
    ),
    "exchange.conflict.several": (
        "Có {count} đảng viên cùng họ tên và ngày sinh; cần số CCCD để phân biệt.",
        "{count} members share this name and birth date; a CCCD is needed to tell them apart.",
    ),
    "exchange.conflict.other_cccd": (
        "Trùng họ tên và ngày sinh nhưng ở đây có CCCD khác ({cccd}).",
        "Same name and birth date, but the CCCD here is different ({cccd}).",
    ),
    "exchange.unmatched.nobody": ("Không có đảng viên này trong kho.", "No such member in this vault."),
    "exchange.unmatched.no_id": (
        "Tệp không ghi CCCD hay ngày sinh nên không đối chiếu được.",
        "The bundle gives neither CCCD nor birth date, so the member cannot be matched.",
    ),
    "exchange.unmatched.no_reg": (
        "Đảng viên chưa đăng ký sinh hoạt nơi cư trú ở đây; hãy đăng ký trước.",
        "The member is not registered at a residence here; register them first.",
    ),
    "exchange.unmatched.not_introduced": (
        "Đảng viên thuộc diện không giới thiệu về nơi cư trú.",
        "The member is not introduced to the residence.",
    ),
    "exchange.requests_blocked": (
        "Chưa nhập: {unmatched} đề nghị không tìm thấy đảng viên và {conflicts} đề nghị có chỗ không khớp "
        "(xem phần xem trước). Hãy đăng ký hoặc sửa hồ sơ rồi nhập lại, hoặc chọn bỏ qua các dòng đó.",
        "Not applied: {unmatched} request(s) match no member and {conflicts} have conflicts (see the preview). "
        "Register or correct the members and apply again, or choose to skip those lines.",
    ),
    "exchange.ack.unknown_dispatch": (
        "Không tìm thấy công văn được xác nhận trong số tệp đã gửi từ kho này.",
        "The dispatch acknowledged is not among the bundles sent from this vault.",
    ),
    "exchange.ack.other_sender": (
        "Công văn {number} không gửi cho nơi đã xác nhận.",
        "Dispatch {number} was not sent to the committee acknowledging it.",
    ),
    "exchange.ack.already": (
        "Công văn {number} đã được ghi nhận là đã nhận ngày {on}.",
        "Dispatch {number} was already marked received on {on}.",
    ),
    "exchange.ack.bad_date": ("Ngày nhận {date} không hợp lệ.", "The date received {date} is not valid."),
    "exchange.ack_refused": ("Chưa nhập: {problem}", "Not applied: {problem}"),
    # the preview in words
    "exchange.preview.head": (
        "Tệp {kind} từ {sender} (dấu vân tay {fingerprint}), tạo lúc {when}.",
        "A bundle of {kind} from {sender} (fingerprint {fingerprint}), made {when}.",
    ),
    "exchange.preview.encrypted": (
        "Chữ ký đúng; tệp được mã hóa cho riêng cấp ủy này.",
        "The signature is valid; the bundle was encrypted for this committee only.",
    ),
    "exchange.preview.signed_only": (
        "Chữ ký đúng; tệp không được mã hóa (ai có tệp cũng đọc được).",
        "The signature is valid; the bundle was not encrypted (anyone holding the file could read it).",
    ),
    "exchange.preview.workplace_known": (
        "Nơi đề nghị: {org} (đã có trong danh sách nơi công tác); năm {year}.",
        "Requested by: {org} (already among the workplaces); year {year}.",
    ),
    "exchange.preview.workplace_new": (
        "Nơi đề nghị: {org} (sẽ được thêm vào danh sách nơi công tác); năm {year}.",
        "Requested by: {org} (will be added to the workplaces); year {year}.",
    ),
    "exchange.preview.new": ("Sẽ mở {count} phiếu nhận xét mới:", "{count} new case(s) will be opened:"),
    "exchange.preview.update": (
        "Sẽ ghi đề nghị vào {count} phiếu đang chờ:",
        "The request will be recorded on {count} waiting case(s):",
    ),
    "exchange.preview.already": (
        "{count} phiếu đã qua bước chờ nhận xét, để nguyên:",
        "{count} case(s) are past waiting and stay as they are:",
    ),
    "exchange.preview.unmatched": ("{count} đề nghị không tìm thấy đảng viên:", "{count} request(s) match no member:"),
    "exchange.preview.conflicts": ("{count} đề nghị có chỗ không khớp:", "{count} request(s) have conflicts:"),
    "exchange.preview.name": ("{name}", "{name}"),
    "exchange.preview.line": ("{name}: {why}", "{name}: {why}"),
    "exchange.preview.dispatch": (
        "Công văn {number} ngày {date}, {count} phiếu nhận xét đã xác nhận sẽ được lưu.",
        "Dispatch {number} of {date}: {count} confirmed comment sheet(s) will be stored.",
    ),
    "exchange.preview.pdf": ("Kèm bản PDF của công văn.", "The dispatch's PDF is attached."),
    "exchange.preview.no_pdf": ("Không kèm bản PDF.", "No PDF is attached."),
    "exchange.preview.ack": (
        "Sẽ ghi nhận {org} đã nhận công văn {number} ngày {date}.",
        "{org} will be marked as having received dispatch {number} on {date}.",
    ),
    "exchange.preview.figures": (
        "Số liệu năm {year} của {commune}: {members} đảng viên; sẽ lưu vào số liệu của tỉnh.",
        "Figures for {year} from {commune}: {members} members; they will be stored with the province's figures.",
    ),
    "exchange.preview.figures_reports": (
        "Kèm số liệu báo cáo: cơ cấu đảng viên, đến hạn Huy hiệu Đảng, biến động trong quý.",
        "With the reports' figures: members' structure, badges due, the quarter's changes.",
    ),
    "exchange.preview.figures_no_reports": (
        "Tệp phiên bản cũ, không kèm số liệu báo cáo: bảng tổng hợp ghi “—” cho xã, phường này.",
        "An older file without the reports' figures: the roll-up shows “—” for this commune.",
    ),
    "exchange.preview.figures_newer": (
        "Thay số liệu đang có (gửi ngày {previous}).",
        "Replaces the figures held now (sent {previous}).",
    ),
    "exchange.preview.figures_older": (
        "Cũ hơn số liệu đang có (gửi ngày {previous}): được lưu lại nhưng số liệu mới hơn vẫn được dùng.",
        "Older than the figures held (sent {previous}): kept, but the newer figures are still used.",
    ),
    # the command line
    "excli.card": (
        "Thẻ của {name} (mã {code}, {mode}).\nDấu vân tay: {fingerprint}\nĐã lưu thẻ vào {path}. "
        "Gửi tệp thẻ cho nơi cần trao đổi, rồi đọc dấu vân tay cho họ qua điện thoại.",
        "Card of {name} (code {code}, {mode}).\nFingerprint: {fingerprint}\nCard saved to {path}. "
        "Send the card file to the other committee, then read them the fingerprint over the phone.",
    ),
    "excli.card_show": (
        "Thẻ của {name} (mã {code}, {mode}).\nDấu vân tay: {fingerprint}",
        "Card of {name} (code {code}, {mode}).\nFingerprint: {fingerprint}",
    ),
    "excli.trust_ask": (
        "Thẻ của {name} (mã {code}) có dấu vân tay:\n  {fingerprint}\nHãy gọi điện cho nơi đó, đọc đối chiếu, "
        'rồi chạy lại lệnh với --fingerprint "…" như họ đọc.',
        "The card of {name} (code {code}) has the fingerprint:\n  {fingerprint}\nCall them, compare it aloud, "
        'then run the command again with --fingerprint "…" as they read it.',
    ),
    "excli.trusted": ("Đã tin cậy thẻ của {name} (mã {code}).", "The card of {name} (code {code}) is now trusted."),
    "excli.untrusted": ("Đã thôi tin cậy thẻ của {name}.", "The card of {name} is no longer trusted."),
    "excli.cards_empty": ("Chưa có thẻ nào.", "No cards yet."),
    "excli.card_line": (
        "{name} — mã {code}, {mode}, {fingerprint}{state}",
        "{name} — code {code}, {mode}, {fingerprint}{state}",
    ),
    "excli.not_trusted_mark": (" (thôi tin cậy)", " (not trusted)"),
    "excli.mode_set": (
        "Kho này phục vụ {mode}; mã trên thẻ: {code}.",
        "This vault serves a {mode}; the code on its card: {code}.",
    ),
    "excli.sent": (
        "Đã tạo tệp {path} ({kind}, {count} dòng) gửi {to}.",
        "Made {path} ({kind}, {count} line(s)) for {to}.",
    ),
    "excli.sent_encrypted": (
        "Tệp được mã hóa: chỉ nơi nhận mở được.",
        "The file is encrypted: only the recipient can open it.",
    ),
    "excli.applied": ("Đã nhập tệp từ {sender}: {summary}.", "Applied the bundle from {sender}: {summary}."),
    "excli.no_members": (
        "Chưa chọn đảng viên: dùng --member ID (nhiều lần) hoặc --all-members.",
        "No members chosen: use --member ID (repeatable) or --all-members.",
    ),
    "excli.out_exists": ("Đã có tệp {path}; hãy chọn tên khác.", "{path} exists already; choose another name."),
    "excli.rollup_title": (
        "Số liệu năm {year} — {province}: {sent} xã/phường đã gửi, {missing} chưa gửi.",
        "Figures for {year} — {province}: {sent} commune(s) sent, {missing} not yet.",
    ),
    "excli.rollup_line": (
        "  {name} ({code}): {members} đảng viên, {registered} đăng ký 213, {cases} phiếu — gửi ngày {sent}",
        "  {name} ({code}): {members} members, {registered} registered (213), {cases} cases — sent {sent}",
    ),
    "excli.rollup_totals": (
        "Cộng: {members} đảng viên, {registered} đăng ký 213; phiếu theo trạng thái: {states}",
        "Total: {members} members, {registered} registered (213); cases by state: {states}",
    ),
    "excli.rollup_missing": ("Chưa gửi:", "Not sent yet:"),
    "excli.rollup_old_bundles": (
        "{count} xã/phường gửi tệp phiên bản cũ, không kèm báo cáo: các ô của họ ghi “—” (chưa có số liệu, không phải 0).",
        "{count} commune(s) sent an older file without reports: their cells show “—” (no figure, not zero).",
    ),
    "excli.received_empty": ("Chưa nhận công văn nào qua tệp.", "No dispatch has been received as a file."),
    "excli.received_line": (
        "  {id}: {number} ngày {date} của {sender}, {count} phiếu{ack}",
        "  {id}: {number} of {date} from {sender}, {count} sheet(s){ack}",
    ),
    "excli.received_ack": (" — đã báo nhận ngày {on}", " — receipt sent on {on}"),
    "excli.missing_option": ("Lệnh send {kind} cần thêm: {options}.", "send {kind} also needs: {options}."),
    "exchange.no_pdf": ("Công văn này không kèm bản PDF.", "This dispatch came without a PDF."),
    "exchange.preview.replaces": (
        "Thay bản công văn này đã nhận ngày {on} (nơi gửi gửi lại, ví dụ bản đã ký số).",
        "Replaces the copy of this dispatch received on {on} (sent again, e.g. now signed).",
    ),
    "exchange.matched.cccd": ("khớp theo CCCD với {here}", "matched by CCCD with {here}"),
    "exchange.matched.name_birth": (
        "khớp theo họ tên và ngày sinh với {here}",
        "matched by name and birth date with {here}",
    ),
}
