"""Messages of the forms area: fonts, images, sheets (Vietnamese, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "forms.font_times_missing": (
        "Máy này không có đủ bốn kiểu chữ Times New Roman (thường, đậm, nghiêng, đậm nghiêng); "
        "văn bản in bằng phông Liberation Serif đi kèm phần mềm (cùng cỡ chữ với Times New Roman).",
        "This computer does not have all four Times New Roman faces (regular, bold, italic, "
        "bold italic); documents print in the bundled Liberation Serif (same metrics as Times New Roman).",
    ),
    "forms.font_times_unusable": (
        "Không dùng được phông Times New Roman trên máy này ({reason}); "
        "văn bản in bằng phông Liberation Serif đi kèm phần mềm.",
        "Times New Roman on this computer cannot be used ({reason}); documents print in the bundled Liberation Serif.",
    ),
    "forms.font_bundled_missing": (
        "Thiếu hoặc hỏng tệp phông chữ {file} của phần mềm ({reason}). Hãy cài đặt lại phần mềm.",
        "The app's font file {file} is missing or damaged ({reason}). Reinstall the app.",
    ),
    "forms.font_reason_same_face": (
        "kiểu {face} trùng tệp với kiểu khác",
        "the {face} face is the same file as another face",
    ),
    "forms.font_reason_wrong_style": (
        "tệp của kiểu {face} không phải chữ {face}",
        "the file given for the {face} face is not {face}",
    ),
    "forms.font_reason_no_vietnamese": (
        "kiểu {face} thiếu chữ tiếng Việt: {letters}",
        "the {face} face lacks Vietnamese letters: {letters}",
    ),
    "forms.font_reason_unreadable": (
        "không đọc được tệp {file}",
        "cannot read the file {file}",
    ),
    "forms.face_regular": ("thường", "regular"),
    "forms.face_bold": ("đậm", "bold"),
    "forms.face_italic": ("nghiêng", "italic"),
    "forms.face_bold_italic": ("đậm nghiêng", "bold italic"),
    "forms.image_signature": ("chữ ký", "signature"),
    "forms.image_seal": ("con dấu", "seal"),
    "forms.bad_image": (
        "Ảnh {what} của đồng chí {name} không đọc được: cần một tệp ảnh PNG hoặc JPEG hợp lệ. Hãy chọn lại ảnh {what}.",
        "The {what} image of {name} cannot be read: a valid PNG or JPEG image is needed. "
        "Choose the {what} image again.",
    ),
    "forms.bad_labels": (
        "Tiêu chí {number} trong phiếu nhận xét phải có đúng 3 mức đánh giá, đang có {count}. Hãy sửa bộ tiêu chí.",
        "Criterion {number} of the comment sheet must have exactly 3 rating labels, it has {count}. "
        "Correct the set of criteria.",
    ),
    "forms.bad_choice": (
        "Tiêu chí {number} của đồng chí {name}: mức đánh giá đã chọn ({index}) không có; "
        "chỉ chọn mức 1, 2 hoặc 3, hoặc để trống.",
        "Criterion {number} for {name}: the chosen rating ({index}) does not exist; "
        "choose rating 1, 2 or 3, or leave it empty.",
    ),
    "forms.sheet_too_long": (
        "Phiếu nhận xét của đồng chí {name} không vừa một trang A4 (thừa khoảng {lines} dòng). "
        "Hãy rút gọn phần “{field}”.",
        "The comment sheet of {name} does not fit one A4 page (about {lines} lines too many). "
        "Shorten the “{field}” text.",
    ),
    "forms.document_too_long": (
        "Văn bản “{title}” không vừa khổ giấy: phần “{part}” cao hơn một trang. Hãy rút gọn.",
        "The document “{title}” does not fit the paper: its “{part}” part is taller than a page. Shorten it.",
    ),
    "forms.part_header": ("phần đầu (tên cơ quan, số, ngày)", "header (bodies, number, date)"),
    "forms.part_signature": ("phần chữ ký và nơi nhận", "signature and recipients"),
    "forms.empty_batch": (
        "Không có phiếu nào để in. Hãy chọn ít nhất một phiếu.",
        "There is no sheet to print. Select at least one sheet.",
    ),
    "forms.bad_margins": (
        "Lề trang không hợp lệ: lề {side} là {value} mm. Mỗi lề từ 0 đến 60 mm "
        "và phần viết phải còn rộng ít nhất 100 mm, cao ít nhất 150 mm.",
        "Invalid page margin: the {side} margin is {value} mm. Each margin must be 0 to 60 mm "
        "and leave a writing area at least 100 mm wide and 150 mm high.",
    ),
    "forms.margin_top": ("trên", "top"),
    "forms.margin_bottom": ("dưới", "bottom"),
    "forms.margin_left": ("trái", "left"),
    "forms.margin_right": ("phải", "right"),
    "forms.part_body": ("phần nội dung", "body"),
    "forms.bad_position": (
        "Chức danh ký “{position}” không có. Chọn một trong: {known}.",
        "There is no signer position “{position}”. Choose one of: {known}.",
    ),
    "forms.image_too_large": (
        "Ảnh {what} quá lớn ({size} MB); chỉ nhận ảnh đến {limit} MB. Hãy thu nhỏ ảnh rồi chọn lại.",
        "The {what} image is too large ({size} MB); images up to {limit} MB are accepted. "
        "Make the image smaller and choose it again.",
    ),
    "forms.not_introduced": (
        "Đồng chí {name} thuộc diện không giới thiệu về nơi cư trú, nên không có giấy giới thiệu.",
        "{name} is not introduced to a residence cell, so there is no introduction letter.",
    ),
    "forms.bad_confirmation_mode": (
        "Cách in xác nhận “{mode}” không có. Chọn một trong: {known}.",
        "There is no confirmation print mode “{mode}”. Choose one of: {known}.",
    ),
    "forms.dispatch_empty": (
        "Công văn số {number} không còn phiếu nào kèm theo, nên không in được.",
        "Dispatch {number} has no comment sheets left, so it cannot be printed.",
    ),
    "forms.register_empty": (
        "Năm {year} không có đảng viên nào đăng ký sinh hoạt nơi cư trú, nên sổ theo dõi trống.",
        "No party member was registered at their residence in {year}, so the register is empty.",
    ),
    "forms.member_register_empty": (
        "Chưa có đảng viên nào được phân công về chi bộ, nên sổ danh sách đảng viên trống.",
        "No party member is assigned to a cell yet, so the member register is empty.",
    ),
    "forms.signer_unknown": (
        "{form} ngày {date} cần chữ ký của {position}, nhưng chưa ghi ai giữ chức này {period}. "
        "Hãy ghi người ký của thời kỳ đó ở Cài đặt › Người ký › “Ghi người ký thời kỳ trước” (họ tên, "
        "từ ngày, đến ngày), rồi in lại; hoặc in để trống tên để ký tay.",
        "The {form} of {date} needs the signature of the {position}, but nobody is recorded in that post {period}. "
        "Record that period's signer in Settings › Signers › “Record a past signer” (name, from, to) and print "
        "again, or print with the name left blank to sign by hand.",
    ),
    "forms.period_between": ("từ ngày {start} đến ngày {end}", "from {start} to {end}"),
    "forms.period_until": ("đến hết ngày {end}", "up to {end}"),
    "forms.period_since": ("từ ngày {start}", "since {start}"),
    "forms.period_any": ("ở bất kỳ thời kỳ nào", "for any period"),
    "forms.form_introduction": ("Giấy giới thiệu", "introduction letter"),
    "forms.form_endorsement": ("Khối tiếp nhận giấy giới thiệu", "endorsement"),
    "forms.number_register_empty": (
        "Năm {year} chưa có văn bản nào được cấp số (theo cơ quan và loại văn bản đã chọn), nên sổ đăng ký trống.",
        "No document was numbered in {year} (for the issuer and type chosen), so the register is empty.",
    ),
    "forms.no_handover": (
        "Chưa có việc sáp nhập hay chia tách nào tạo ra {name}, nên không có biên bản bàn giao.",
        "No merge or split has made {name}, so there is no handover record.",
    ),
    "forms.cli_written": ("Đã ghi {pages} trang vào tệp {path}.", "Wrote {pages} pages to {path}."),
    "forms.cli_dispatch_written": (
        "Công văn số {number} gửi {org}: {pages} trang, tệp {path}.",
        "Dispatch {number} to {org}: {pages} pages, file {path}.",
    ),
    "forms.cli_signature_box": (
        "Ô chữ ký số: trang {page}, tọa độ {box} (điểm).",
        "Digital signature box: page {page}, coordinates {box} (points).",
    ),
    "forms.cli_no_cases": (
        "Năm {year} không có phiếu nào phù hợp để in. Hãy kiểm tra năm, chi bộ và trạng thái đã chọn.",
        "There is no sheet of {year} to print. Check the year, cell and state you chose.",
    ),
    "forms.cli_no_dispatch": (
        "Năm {year} chưa có công văn nào gửi trả {org}. Hãy gửi trước: handbook flow dispatch.",
        "No dispatch to {org} was made in {year}. Dispatch first: handbook flow dispatch.",
    ),
    "forms.cli_no_dispatches": (
        "Năm {year} chưa có công văn gửi trả nào. Hãy gửi trước: handbook flow dispatch.",
        "No dispatch was made in {year}. Dispatch first: handbook flow dispatch.",
    ),
    "forms.cli_several_dispatches": (
        "Năm {year} có {count} công văn gửi {org} ({numbers}). Hãy chọn một bằng --dispatch ID.",
        "{count} dispatches to {org} were made in {year} ({numbers}). Choose one with --dispatch ID.",
    ),
    "forms.cli_dispatch_other_year": (
        "Công văn số {number} thuộc năm {actual}, không phải năm {year}.",
        "Dispatch {number} belongs to {actual}, not {year}.",
    ),
    "forms.cli_cannot_write": (
        "Không ghi được tệp {path} ({reason}). Hãy chọn thư mục khác hoặc đóng tệp đang mở.",
        "Cannot write the file {path} ({reason}). Choose another folder or close the open file.",
    ),
    "forms.cli_cannot_read": (
        "Không đọc được tệp ảnh {path} ({reason}).",
        "Cannot read the image file {path} ({reason}).",
    ),
    "forms.cli_images_set": (
        "Đã lưu ảnh chữ ký và con dấu cho chức danh {position} (chữ ký của đồng chí {name}).",
        "Saved the signature and seal images for the position {position} (signature of {name}).",
    ),
    "forms.cli_images_cleared": (
        "Đã xóa ảnh chữ ký và con dấu của chức danh {position}.",
        "Removed the signature and seal images of the position {position}.",
    ),
    "forms.cli_images_nothing": (
        "Hãy chọn ít nhất một ảnh (--signature hoặc --seal), hoặc --clear để xóa.",
        "Choose at least one image (--signature or --seal), or --clear to remove them.",
    ),
    "forms.cli_need_out": (
        "Hãy chọn tệp PDF ra bằng --out.",
        "Choose the output PDF file with --out.",
    ),
    "forms.cli_need_out_dir": (
        "Với --all, hãy chọn thư mục ra bằng --out-dir.",
        "With --all, choose the output folder with --out-dir.",
    ),
    "forms.cli_dispatch_signed": (
        "Đã ký số công văn {number} (chữ ký nằm ở khối chữ ký của công văn).",
        "Signed dispatch {number} digitally (the signature sits in the letter's signature block).",
    ),
}
