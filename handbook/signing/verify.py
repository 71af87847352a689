"""Check every signature in PDF bytes: who signed, when, intact or not, changed after signing, trusted or not."""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from datetime import datetime
from io import BytesIO
from typing import Any, Literal

from handbook.i18n import DEFAULT_LANG, Lang, Message
from handbook.signing.sign import stamp_time
from handbook.signing.signers import SignError

Coverage = Literal["entire_file", "entire_revision", "partial"]
Level = Literal["none", "lta_updates", "form_filling", "annotations", "other"]

# Either key usage is enough for a document signature: real certificates carry one or both.
_KEY_USAGES = frozenset({"non_repudiation", "digital_signature"})
_EXPIRED = {"EXPIRED", "NOT_YET_VALID", "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED"}
_REVOKED = {"REVOKED", "REVOKED_NO_POE", "REVOKED_CA_NO_POE"}
_NO_PATH = {"NO_CERTIFICATE_CHAIN_FOUND", "CERTIFICATE_CHAIN_GENERAL_FAILURE"}
_USAGE = {"SIG_CONSTRAINTS_FAILURE", "CHAIN_CONSTRAINTS_FAILURE"}


@dataclass(frozen=True)
class SignatureReport:
    """What one signature says about the document, in plain values a screen or the CLI can show."""

    field_name: str
    signer_name: str
    signer_subject: str
    issuer: str
    signing_time: datetime | None
    timestamp_time: datetime | None
    intact: bool
    coverage: Coverage
    modification_level: Level | None
    modifications_ok: bool
    trusted: bool
    trust_anchor: str | None
    trust_problem: Message | None
    problem: str | None
    status: str
    trailing_bytes: int = 0  # bytes after the file's last valid revision (appended, not an incremental update)

    @property
    def changed_after_signing(self) -> bool:
        """Something was added or changed after this signature (allowed or not: see ``modifications_ok``)."""
        return self.trailing_bytes > 0 or (self.coverage != "entire_file" and self.modification_level != "none")

    @property
    def ok(self) -> bool:
        return self.intact and self.modifications_ok and self.trusted and not self.trailing_bytes

    def describe(self, lang: Lang = DEFAULT_LANG) -> list[str]:
        """The lines the CLI prints (and a screen may show) for this signature."""

        def t(msg_id: str, **values: object) -> str:
            return Message(msg_id, values).render(lang)

        lines = [t("sign.verify_signer", name=self.signer_name)]
        if self.issuer:
            lines.append(t("sign.verify_issuer", issuer=self.issuer))
        if self.signing_time is not None:
            lines.append(t("sign.verify_time", time=stamp_time(self.signing_time.astimezone())))
        else:
            lines.append(t("sign.verify_time_unknown"))
        if self.timestamp_time is not None:
            lines.append(t("sign.verify_timestamp", time=stamp_time(self.timestamp_time.astimezone())))
        if not self.intact:
            # Whether a broken signature was extended or chains to a root tells the reader nothing more.
            lines.append(t("sign.verify_broken"))
            if self.problem:
                lines.append(t("sign.verify_problem", reason=self.problem))
            return lines
        lines.append(t("sign.verify_intact"))
        level = Message(f"sign.level.{self.modification_level or 'unknown'}")
        if self.trailing_bytes:
            lines.append(t("sign.verify_trailing", count=self.trailing_bytes))
        elif not self.changed_after_signing:
            lines.append(t("sign.verify_unchanged"))
        elif self.modifications_ok:
            lines.append(t("sign.verify_changed_ok", level=level))
        else:
            lines.append(t("sign.verify_changed_bad", level=level))
        if self.trusted:
            lines.append(t("sign.verify_trusted", anchor=self.trust_anchor or "?"))
        else:
            lines.append(t("sign.verify_untrusted", reason=self.trust_problem or Message("sign.trust_no_path")))
        if self.problem:
            lines.append(t("sign.verify_problem", reason=self.problem))
        return lines


def all_ok(reports: list[SignatureReport]) -> bool:
    """At least one signature, and every one intact, trusted and with no disallowed change after it."""
    return bool(reports) and all(r.ok for r in reports)


def parse_certificates(data: bytes, where: str | Message) -> list[Any]:
    """The certificates in PEM (one or more) or DER bytes, as asn1crypto objects; a sentence when unreadable."""
    from cryptography import x509
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1

    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise SignError("sign.trust_bad", where=where, reason=_short(exc)) from None
    return [translate_pyca_cryptography_cert_to_asn1(cert) for cert in certs]


def verify_pdf(pdf: bytes, trust: list[bytes] | None, *, where: str | Message | None = None) -> list[SignatureReport]:
    """One report per signature, oldest first. ``trust`` is the only trusted roots (PEM or DER); ``None`` or empty
    means nothing is trusted: the operating system's store is deliberately not used (offline, explicit).
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    place: str | Message = where if where is not None else Message("sign.where_document")
    roots = [
        cert
        for index, data in enumerate(trust or [], start=1)
        for cert in parse_certificates(data, Message("sign.where_trust", {"index": index}))
    ]
    try:
        reader = PdfFileReader(BytesIO(pdf))
        encrypted = reader.encrypted
        found = [] if encrypted else _signatures(reader)
    except (PdfError, ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        raise SignError("sign.pdf_unreadable", where=place, reason=_short(exc)) from None
    if encrypted:
        raise SignError("sign.pdf_encrypted", where=place)
    checked = [
        (revision, _check(sig, roots) if sig is not None else _broken(name, problem))
        for revision, name, sig, problem in found
    ]
    extra = _trailing_bytes(pdf, reader, [sig for _r, _n, sig, _p in found if sig is not None])
    return [
        replace(report, trailing_bytes=extra) if report.intact and extra else report
        for _revision, report in sorted(checked, key=lambda pair: pair[0])
    ]


_WHITE = b" \t\r\n\x00\x0c"


def _trailing_bytes(pdf: bytes, reader: Any, sigs: list[Any]) -> int:
    """How many bytes follow the end of the file's last revision without being a revision of their own.

    The newest signature in the last revision covers everything up to its revision's end; a later
    incremental update is a revision (judged by the modification analysis); anything else after the last
    "%%EOF" or after the signed bytes is reported, as poppler's pdfsig reports "not total document signed".
    """
    after_eof = pdf.rstrip(_WHITE)
    marker = after_eof.rfind(b"%%EOF")
    extra = len(after_eof) - (marker + 5) if marker >= 0 else 0
    last = reader.xrefs.total_revisions - 1
    for sig in sigs:
        try:
            if sig.signed_revision != last or len(sig.byte_range) != 4:
                continue
            end = int(sig.byte_range[2]) + int(sig.byte_range[3])
        except (TypeError, ValueError, AttributeError):
            continue
        extra = max(extra, len(pdf[end:].rstrip(_WHITE)))
    return extra


def _signatures(reader: Any) -> list[tuple[int, str, Any, str]]:
    """(signed revision, field name, signature or None, problem) for every filled /Sig field, oldest first.

    A signature too damaged to parse becomes a "not intact" report instead of making the whole file unreadable.
    """
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    found: list[tuple[int, str, Any, str]] = []
    for name, value, field in enumerate_sig_fields(reader, filled_status=True):
        if value.get_object().get("/Type", "/Sig") != "/Sig":
            continue  # a document timestamp, not a person's signature
        try:
            sig = EmbeddedPdfSignature(reader, field, name)
            found.append((sig.signed_revision, str(name), sig, ""))
        except Exception as exc:  # damaged /Contents or /ByteRange: report it, keep checking the others
            found.append((sys.maxsize, str(name), None, _short(exc)))
    return found


def _short(exc: BaseException, limit: int = 200) -> str:
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check(sig: Any, roots: list[Any]) -> SignatureReport:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=list(roots), allow_fetching=False, revocation_mode="soft-fail")
    usage = KeyUsageConstraints(key_usage=set(_KEY_USAGES), match_all_key_usages=False)
    try:
        status = validate_pdf_signature(sig, signer_validation_context=context, key_usage_settings=usage)
    except Exception as exc:  # a verifier must answer "not valid", never crash, on any damaged signature
        return _broken(str(sig.field_name), _short(exc), sig)
    cert = status.signing_cert
    level = status.modification_level
    coverage = status.coverage.name if status.coverage is not None else ""
    ts = status.timestamp_validity
    return SignatureReport(
        field_name=str(sig.field_name),
        signer_name=_common_name(cert.subject),
        signer_subject=cert.subject.human_friendly,
        issuer=_common_name(cert.issuer),
        signing_time=status.signer_reported_dt,
        timestamp_time=ts.timestamp if ts is not None and ts.valid and ts.intact else None,
        intact=bool(status.intact and status.valid),
        coverage=_coverage(coverage),
        modification_level=_level(level.name if level is not None else None),
        modifications_ok=bool(status.docmdp_ok) or coverage == "ENTIRE_FILE",
        trusted=bool(status.trusted),
        trust_anchor=_anchor(status.validation_path) if status.trusted else None,
        trust_problem=None if status.trusted else _trust_problem(status, roots),
        problem=None,
        status=status.summary(),
    )


def _broken(field_name: str, problem: str, sig: Any = None) -> SignatureReport:
    name = subject = issuer = "?"
    try:
        cert = sig.signer_cert
        name, subject, issuer = _common_name(cert.subject), cert.subject.human_friendly, _common_name(cert.issuer)
    except Exception:  # no signature object, or a certificate as damaged as the rest
        pass
    return SignatureReport(
        field_name=field_name,
        signer_name=name,
        signer_subject=subject,
        issuer=issuer,
        signing_time=None,
        timestamp_time=None,
        intact=False,
        coverage="partial",
        modification_level=None,
        modifications_ok=False,
        trusted=False,
        trust_anchor=None,
        trust_problem=None,
        problem=problem,
        status="INVALID",
    )


def _common_name(name: Any) -> str:
    values = name.native
    cn = values.get("common_name")
    if isinstance(cn, list):
        cn = cn[0] if cn else None
    return str(cn) if cn else str(name.human_friendly)


def _anchor(path: Any) -> str | None:
    return _common_name(path[0].subject) if path is not None else None


def _coverage(name: str) -> Coverage:
    if name == "ENTIRE_FILE":
        return "entire_file"
    if name == "ENTIRE_REVISION":
        return "entire_revision"
    return "partial"


def _level(name: str | None) -> Level | None:
    levels: dict[str, Level] = {
        "NONE": "none",
        "LTA_UPDATES": "lta_updates",
        "FORM_FILLING": "form_filling",
        "ANNOTATIONS": "annotations",
        "OTHER": "other",
    }
    return levels.get(name) if name is not None else None


def _trust_problem(status: Any, roots: list[Any]) -> Message:
    indic = status.trust_problem_indic
    code = getattr(indic, "name", None) or ""
    if status.revoked or code in _REVOKED:
        return Message("sign.trust_revoked")
    if code in _EXPIRED:
        return Message("sign.trust_expired")
    if not roots:
        # Without a trusted root no path can be built, and the validator's "constraints" complaint is about
        # that, not the certificate's purpose: the reason is the unknown issuer.
        return Message("sign.trust_unknown_issuer", {"issuer": _common_name(status.signing_cert.issuer)})
    if code in _NO_PATH or not code:
        return Message("sign.trust_no_path")
    if code in _USAGE and status.validation_path is not None:
        return Message("sign.trust_usage")
    if code in _USAGE:
        return Message("sign.trust_no_path")
    return Message("sign.trust_other", {"reason": code})
