"""Checking and normalising identity numbers: CCCD, phone numbers and party card numbers."""

from __future__ import annotations

import re
import unicodedata

from handbook.i18n import Message
from handbook.text.fold import fold
from handbook.text.normalize import normalize_text
from handbook.text.problems import Problem, error, warning

# The 63 province codes of birth registration that open a CCCD number (Circular 07/2016/TT-BCA,
# kept by Circular 59/2021/TT-BCA), i.e. the provinces before the 2025 merger.
CCCD_PROVINCE_CODES: dict[str, str] = {
    "001": "Hà Nội",
    "002": "Hà Giang",
    "004": "Cao Bằng",
    "006": "Bắc Kạn",
    "008": "Tuyên Quang",
    "010": "Lào Cai",
    "011": "Điện Biên",
    "012": "Lai Châu",
    "014": "Sơn La",
    "015": "Yên Bái",
    "017": "Hòa Bình",
    "019": "Thái Nguyên",
    "020": "Lạng Sơn",
    "022": "Quảng Ninh",
    "024": "Bắc Giang",
    "025": "Phú Thọ",
    "026": "Vĩnh Phúc",
    "027": "Bắc Ninh",
    "030": "Hải Dương",
    "031": "Hải Phòng",
    "033": "Hưng Yên",
    "034": "Thái Bình",
    "035": "Hà Nam",
    "036": "Nam Định",
    "037": "Ninh Bình",
    "038": "Thanh Hóa",
    "040": "Nghệ An",
    "042": "Hà Tĩnh",
    "044": "Quảng Bình",
    "045": "Quảng Trị",
    "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng",
    "049": "Quảng Nam",
    "051": "Quảng Ngãi",
    "052": "Bình Định",
    "054": "Phú Yên",
    "056": "Khánh Hòa",
    "058": "Ninh Thuận",
    "060": "Bình Thuận",
    "062": "Kon Tum",
    "064": "Gia Lai",
    "066": "Đắk Lắk",
    "067": "Đắk Nông",
    "068": "Lâm Đồng",
    "070": "Bình Phước",
    "072": "Tây Ninh",
    "074": "Bình Dương",
    "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu",
    "079": "Thành phố Hồ Chí Minh",
    "080": "Long An",
    "082": "Tiền Giang",
    "083": "Bến Tre",
    "084": "Trà Vinh",
    "086": "Vĩnh Long",
    "087": "Đồng Tháp",
    "089": "An Giang",
    "091": "Kiên Giang",
    "092": "Cần Thơ",
    "093": "Hậu Giang",
    "094": "Sóc Trăng",
    "095": "Bạc Liêu",
    "096": "Cà Mau",
}

CCCD_LENGTH = 12
_SEPARATORS = re.compile(r"[\s.\-_/]+")
_MALE_WORDS = frozenset(("nam", "male", "m"))
_FEMALE_WORDS = frozenset(("nu", "female", "f"))


def normalize_cccd(value: str) -> str:
    """The CCCD as typed minus spaces, dots, dashes and the like; full-width digits become ASCII."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", normalize_text(value)))


def _is_male(gender: str | None) -> bool | None:
    if gender is None:
        return None
    word = fold(gender)
    if word in _MALE_WORDS:
        return True
    if word in _FEMALE_WORDS:
        return False
    return None


def _gender_message(male: bool) -> Message:
    return Message("text.gender.male" if male else "text.gender.female")


def check_cccd(
    value: str, gender: str | None = None, birth_year: int | None = None, *, field: str = "cccd"
) -> list[Problem]:
    """Problems with a CCCD number (an empty value has none: whether it is required is the
    caller's rule).

    Errors: not all digits, not 12 digits. Warnings: the first three digits are not one of the
    63 province codes; the fourth digit (century and gender: 0/1 = born 1900s male/female, 2/3 =
    2000s, 4/5 = 2100s …) disagrees with ``gender`` or ``birth_year``, or points past 2099 when
    no birth year is given; digits 5–6 differ from the last two digits of ``birth_year``.
    ``gender`` is read loosely: "nam"/"male"/"m" and "nữ"/"nu"/"female"/"f", anything else is not
    checked.
    """
    number = normalize_cccd(value)
    if not number:
        return []
    if not (number.isascii() and number.isdigit()):
        return [error(field, "text.cccd.not_digits", value=number)]
    if len(number) != CCCD_LENGTH:
        if len(number) == CCCD_LENGTH - 1:
            return [error(field, "text.cccd.lost_leading_zero", value=number)]
        return [error(field, "text.cccd.wrong_length", value=number, length=len(number))]

    problems: list[Problem] = []
    code = number[:3]
    if code not in CCCD_PROVINCE_CODES:
        problems.append(warning(field, "text.cccd.unknown_province", value=number, code=code))

    digit = int(number[3])
    century = 1900 + (digit // 2) * 100
    digit_male = digit % 2 == 0
    male = _is_male(gender)
    if male is not None and male != digit_male:
        problems.append(
            warning(
                field,
                "text.cccd.gender_mismatch",
                value=number,
                digit=digit,
                cccd_gender=_gender_message(digit_male),
                gender=_gender_message(male),
            )
        )
    if birth_year is not None:
        if century != birth_year // 100 * 100:
            problems.append(
                warning(
                    field,
                    "text.cccd.century_mismatch",
                    value=number,
                    digit=digit,
                    century_start=century,
                    century_end=century + 99,
                    birth_year=birth_year,
                )
            )
        expected = f"{birth_year % 100:02d}"
        if number[4:6] != expected:
            problems.append(
                warning(
                    field,
                    "text.cccd.year_mismatch",
                    value=number,
                    digits=number[4:6],
                    birth_year=birth_year,
                    expected=expected,
                )
            )
    elif century > 2000:
        problems.append(
            warning(
                field,
                "text.cccd.century_unlikely",
                value=number,
                digit=digit,
                century_start=century,
                century_end=century + 99,
            )
        )
    return problems


_PHONE_SEPARATORS = re.compile(r"[\s.\-()/]+")
MOBILE = re.compile(r"0[35789]\d{8}")
LANDLINE = re.compile(r"02\d{9}")


def normalize_phone(value: str) -> str:
    """A phone number in its national form: "+84 912 345 678" -> "0912345678".

    Spaces, dots, dashes and brackets go; "+84", "0084" or a bare "84" in front of a full number
    become "0"; a number that lost its leading 0 in Excel (912345678) gets it back. Anything that
    is not then all digits is returned normalised but otherwise as typed.
    """
    text = normalize_text(value)
    digits = _PHONE_SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    if digits.startswith("+"):
        if not digits.startswith("+84"):
            return text
        digits = "0" + digits[3:]
    elif digits.startswith("0084"):
        digits = "0" + digits[4:]
    if not (digits.isascii() and digits.isdigit()):
        return text
    if digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    elif (len(digits) == 9 and digits[0] in "35789") or (len(digits) == 10 and digits[0] == "2"):
        digits = "0" + digits
    return digits


def is_valid_phone(number: str) -> bool:
    """True for a normalised mobile (0[35789] + 8 digits) or landline (02 + 9 digits) number."""
    return MOBILE.fullmatch(number) is not None or LANDLINE.fullmatch(number) is not None


def check_phone(value: str, *, field: str = "phone") -> list[Problem]:
    """A warning (never an error) when a phone number is neither a mobile nor a landline number."""
    number = normalize_phone(value)
    if not number or is_valid_phone(number):
        return []
    return [warning(field, "text.phone.unusual", value=number)]


def normalize_party_card(value: str) -> str:
    """A party card number as stored: free text (the 2025 chip card's format is not known), with
    all white space removed."""
    return "".join(normalize_text(value).split())
