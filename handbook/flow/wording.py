"""The sentences of the forms, as dated rule data: each a template with named places ({year}, {cell} …).

When Quy định 213 is replaced an office changes the words in the rule set (``handbook rules show`` / ``save``),
not the program. Each sentence may use only the places listed for it; a rule set that leaves a sentence out
takes it from the shipped rule set of the same key (or the latest shipped one).
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from handbook.errors import InputError
from handbook.text.normalize import normalize_text

# Every sentence the forms print from the rule set, and the places it may use.
FIELDS: dict[str, frozenset[str]] = {
    "dispatch.summary": frozenset({"year"}),
    "dispatch.greeting": frozenset({"workplace"}),
    "dispatch.reply_reference": frozenset({"number", "workplace"}),
    "dispatch.reference": frozenset(),
    "dispatch.body": frozenset({"reference", "legal_basis", "issuer", "workplace", "year", "count", "commune"}),
    "dispatch.enclosed": frozenset({"count"}),
    "dispatch.closing": frozenset({"workplace", "year"}),
    "introduction.title": frozenset(),
    "introduction.summary": frozenset(),
    "introduction.body": frozenset({"issuer", "who", "cell", "legal_basis"}),
    "introduction.request": frozenset({"cell"}),
    "introduction.request_exempt": frozenset({"cell"}),
    "endorsement.received": frozenset({"date"}),
    "endorsement.introduced": frozenset({"cell"}),
    "endorsement.letter": frozenset({"number"}),
    "certificate.title": frozenset(),
    "certificate.summary": frozenset({"year"}),
    "certificate.body": frozenset({"issuer", "cell", "who", "year", "meeting"}),
    "certificate.closing": frozenset({"to", "year"}),
    "sheet.results": frozenset({"count"}),
    "sheet.results_exempt": frozenset({"count"}),
    "handover.summary": frozenset({"what"}),
    "handover.basis": frozenset({"decision", "committee", "about"}),
    "handover.today": frozenset({"date", "place"}),
    "handover.count": frozenset({"count"}),
    "handover.copies": frozenset({"copies", "committee"}),
}


def places(template: str) -> set[str]:
    """The named places a template uses; raises ValueError on a malformed one ("{year" …)."""
    names = set()
    for _literal, name, _spec, _conv in string.Formatter().parse(template):
        if name is not None:
            if not name.isidentifier():
                raise ValueError(name)
            names.add(name)
    return names


def parse_wording(raw: object, where: str) -> dict[str, str]:
    """The ``wording`` of a rule-set document, checked: known sentences, text, only their own places."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InputError("rules.invalid", where=where, what="wording")
    out: dict[str, str] = {}
    for key, value in raw.items():
        field = f"wording.{key}"
        if key not in FIELDS or not isinstance(value, str) or not normalize_text(value):
            raise InputError("rules.invalid", where=where, what=field)
        try:
            used = places(value)
        except ValueError:
            raise InputError("rules.invalid", where=where, what=field) from None
        unknown = used - FIELDS[key]
        if unknown:
            raise InputError(
                "rules.wording_place",
                where=where,
                field=field,
                place="{" + sorted(unknown)[0] + "}",
                known=", ".join("{" + p + "}" for p in sorted(FIELDS[key])) or "—",
            )
        out[key] = normalize_text(value)
    return out


def complete(wording: Mapping[str, str], fallback: Mapping[str, str]) -> dict[str, str]:
    """Every sentence: the rule set's own, else the fallback's."""
    return {key: wording.get(key) or fallback.get(key, "") for key in FIELDS}


def say(wording: Mapping[str, str], key: str, **values: object) -> str:
    """One sentence with its places filled in."""
    return wording[key].format(**{name: values.get(name, "") for name in FIELDS[key]})
