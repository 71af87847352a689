"""Message catalogue of the Vietnamese-text area: identity numbers, phones and legacy encodings."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "text.gender.male": ("nam", "male"),
    "text.gender.female": ("nữ", "female"),
    "text.cccd.not_digits": (
        "Số CCCD “{value}” có ký tự không phải chữ số. Số CCCD gồm đúng 12 chữ số; "
        "xin vui lòng nhập lại chỉ bằng chữ số.",
        "The citizen ID (CCCD) “{value}” contains characters that are not digits. A CCCD is exactly "
        "12 digits; please enter it again using digits only.",
    ),
    "text.cccd.wrong_length": (
        "Số CCCD “{value}” có {length} chữ số, nhưng số CCCD phải có đúng 12 chữ số. "
        "Xin vui lòng đối chiếu với thẻ căn cước và nhập lại.",
        "The citizen ID (CCCD) “{value}” has {length} digits, but a CCCD has exactly 12. "
        "Please check it against the ID card and enter it again.",
    ),
    "text.cccd.lost_leading_zero": (
        "Số CCCD “{value}” chỉ có 11 chữ số, có thể Excel đã bỏ mất số 0 ở đầu. Số CCCD phải có "
        "đúng 12 chữ số; xin vui lòng đối chiếu với thẻ căn cước và nhập lại (trong Excel, nên "
        "định dạng cột này là Văn bản).",
        "The citizen ID (CCCD) “{value}” has only 11 digits; Excel may have dropped a leading 0. "
        "A CCCD has exactly 12 digits; please check it against the ID card and enter it again "
        "(in Excel, format this column as Text).",
    ),
    "text.cccd.unknown_province": (
        "Ba chữ số đầu của số CCCD “{value}” là {code}, không phải mã tỉnh, thành phố nơi đăng ký "
        "khai sinh. Xin vui lòng kiểm tra lại; nếu số đúng như trên thẻ thì có thể giữ nguyên.",
        "The first three digits of the citizen ID (CCCD) “{value}” are {code}, which is not a "
        "province code of birth registration. Please check the number; if it matches the card, "
        "you may keep it.",
    ),
    "text.cccd.gender_mismatch": (
        "Chữ số thứ tư của số CCCD “{value}” là {digit}, ứng với giới tính {cccd_gender}, nhưng hồ "
        "sơ ghi giới tính {gender}. Xin vui lòng kiểm tra lại số CCCD hoặc giới tính; nếu cả hai "
        "đều đúng thì có thể giữ nguyên.",
        "The fourth digit of the citizen ID (CCCD) “{value}” is {digit}, which means {cccd_gender}, "
        "but the record says {gender}. Please check the CCCD or the gender; if both are right, you "
        "may keep them.",
    ),
    "text.cccd.century_mismatch": (
        "Chữ số thứ tư của số CCCD “{value}” là {digit}, ứng với người sinh trong các năm "
        "{century_start}–{century_end}, nhưng năm sinh trong hồ sơ là {birth_year}. Xin vui lòng "
        "kiểm tra lại số CCCD hoặc năm sinh; nếu cả hai đều đúng thì có thể giữ nguyên.",
        "The fourth digit of the citizen ID (CCCD) “{value}” is {digit}, which means born in "
        "{century_start}–{century_end}, but the record gives the birth year {birth_year}. Please "
        "check the CCCD or the birth year; if both are right, you may keep them.",
    ),
    "text.cccd.century_unlikely": (
        "Chữ số thứ tư của số CCCD “{value}” là {digit}, ứng với người sinh trong các năm "
        "{century_start}–{century_end}, điều này không thể đúng. Xin vui lòng đối chiếu với thẻ "
        "căn cước và sửa lại.",
        "The fourth digit of the citizen ID (CCCD) “{value}” is {digit}, which means born in "
        "{century_start}–{century_end}; that cannot be right. Please check it against the ID card "
        "and correct it.",
    ),
    "text.cccd.year_mismatch": (
        "Chữ số thứ năm và thứ sáu của số CCCD “{value}” là {digits}, nhưng năm sinh trong hồ sơ là "
        "{birth_year} (lẽ ra là {expected}). Xin vui lòng kiểm tra lại số CCCD hoặc năm sinh; nếu "
        "cả hai đều đúng thì có thể giữ nguyên.",
        "Digits five and six of the citizen ID (CCCD) “{value}” are {digits}, but the record gives "
        "the birth year {birth_year} (they should be {expected}). Please check the CCCD or the "
        "birth year; if both are right, you may keep them.",
    ),
    "text.phone.unusual": (
        "Số điện thoại “{value}” không giống số di động (10 chữ số, bắt đầu bằng 03, 05, 07, 08 "
        "hoặc 09) cũng không giống số cố định (11 chữ số, bắt đầu bằng 02). Xin vui lòng kiểm tra "
        "lại; nếu số đúng thì có thể giữ nguyên.",
        "The phone number “{value}” looks neither like a mobile number (10 digits starting with 03, "
        "05, 07, 08 or 09) nor like a landline number (11 digits starting with 02). Please check "
        "it; if it is right, you may keep it.",
    ),
    "text.legacy.unencodable": (
        "Ký tự “{char}” không có trong bảng mã {encoding}, nên không chuyển được đoạn chữ này sang bảng mã đó.",
        "The character “{char}” does not exist in the {encoding} encoding, so this text cannot be converted to it.",
    ),
    "text.legacy.tcvn3_capital": (
        "Chữ hoa có dấu “{char}” không có trong bảng mã TCVN3 của phông thường (như .VnTime); chỉ "
        "viết được bằng phông chữ hoa (như .VnTimeH), khi đó cả đoạn là chữ hoa.",
        "The accented capital “{char}” does not exist in TCVN3 for ordinary fonts (such as "
        ".VnTime); it can only be written with a capitals font (such as .VnTimeH), where the whole "
        "text is in capitals.",
    ),
}
