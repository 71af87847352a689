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
        "Times New Roman on this computer cannot be used ({reason}); "
        "documents print in the bundled Liberation Serif.",
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
        "Ảnh {what} của đồng chí {name} không đọc được: cần một tệp ảnh PNG hoặc JPEG hợp lệ. "
        "Hãy chọn lại ảnh {what}.",
        "The {what} image of {name} cannot be read: a valid PNG or JPEG image is needed. "
        "Choose the {what} image again.",
    ),
    "forms.bad_labels": (
        "Tiêu chí {number} trong phiếu nhận xét phải có đúng 3 mức đánh giá, đang có {count}. "
        "Hãy sửa bộ tiêu chí.",
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
        "The document “{title}” does not fit the paper: its “{part}” part is taller than a page. "
        "Shorten it.",
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
}
