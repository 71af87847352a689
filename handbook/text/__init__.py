"""Vietnamese text: normalising input, folded search, sort keys, names, legacy encodings, ID checks."""

from __future__ import annotations

from handbook.text.fold import fold, match_tokens, matches, search_key, search_tokens
from handbook.text.ids import (
    CCCD_PROVINCE_CODES,
    check_cccd,
    check_phone,
    is_valid_phone,
    normalize_cccd,
    normalize_party_card,
    normalize_phone,
)
from handbook.text.legacy import (
    LegacyEncoding,
    convert_from_font,
    decode_legacy,
    detect_legacy_from_font,
    from_tcvn3,
    from_vni,
    is_capitals_font,
    looks_like,
    to_tcvn3,
    to_vni,
)
from handbook.text.names import COMPOUND_SURNAMES, join_name, split_full_name
from handbook.text.normalize import ToneStyle, normalize_multiline, normalize_text, place_tones
from handbook.text.problems import Problem, Severity
from handbook.text.sortkey import name_sort_key, vietnamese_sort_key

__all__ = [
    "CCCD_PROVINCE_CODES",
    "COMPOUND_SURNAMES",
    "LegacyEncoding",
    "Problem",
    "Severity",
    "ToneStyle",
    "check_cccd",
    "check_phone",
    "convert_from_font",
    "decode_legacy",
    "detect_legacy_from_font",
    "fold",
    "from_tcvn3",
    "from_vni",
    "is_capitals_font",
    "is_valid_phone",
    "join_name",
    "looks_like",
    "match_tokens",
    "matches",
    "name_sort_key",
    "normalize_cccd",
    "normalize_multiline",
    "normalize_party_card",
    "normalize_phone",
    "normalize_text",
    "place_tones",
    "search_key",
    "search_tokens",
    "split_full_name",
    "to_tcvn3",
    "to_vni",
    "vietnamese_sort_key",
]
