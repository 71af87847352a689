"""Where a signing key lives (a PKCS#12 file or a PKCS#11 token) and how to open it as a pyHanko signer."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handbook.errors import InputError

# pyHanko logs path-building failures with tracebacks; with no handler configured Python would print them
# to stderr. Our reports say the same thing in a sentence, so keep them out unless the app sets up logging.
for _logger in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())


class SignError(InputError):
    """Signing or verifying was refused: a key, token, password or document problem, said plainly."""


@dataclass(frozen=True)
class Pkcs12Signer:
    """A .p12/.pfx file holding the private key and certificate, opened with its password."""

    path: Path
    password: str = field(repr=False)


@dataclass(frozen=True)
class Pkcs11Signer:
    """A key on a USB token reached through the vendor's PKCS#11 library (.dll/.so).

    ``slot`` is the PKCS#11 slot id as the token software shows it; with neither it nor ``token_label``
    the only token present is used. Without labels the only signing key on the token is used, with the
    certificate that has the same CKA_ID.
    """

    module_path: str
    pin: str = field(repr=False)
    token_label: str | None = None
    slot: int | None = None
    key_label: str | None = None
    cert_label: str | None = None


SignerSpec = Pkcs12Signer | Pkcs11Signer


def load_pkcs12(spec: Pkcs12Signer) -> Any:
    """A pyHanko ``SimpleSigner`` from the file, or a plain sentence saying why not."""
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    path = str(spec.path)
    try:
        data = Path(spec.path).read_bytes()
    except OSError as exc:
        raise SignError("sign.p12_unreadable", path=path, reason=exc.strerror or str(exc)) from None
    loaded = None
    for password in _password_candidates(spec.password):
        try:
            loaded = pkcs12.load_key_and_certificates(data, password)
            break
        except (ValueError, TypeError):
            continue
    if loaded is None:
        raise SignError("sign.p12_wrong_password", path=path)
    key, cert, others = loaded
    if key is None or cert is None:
        raise SignError("sign.p12_incomplete", path=path)
    chain = [translate_pyca_cryptography_cert_to_asn1(c) for c in others]
    registry = SimpleCertificateStore.from_certs(chain)  # type: ignore[no-untyped-call]
    return _held_key_signer(SimpleSigner)(
        key,
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        cert_registry=registry,
    )


def _held_key_signer(base: type[Any]) -> type[Any]:
    """pyHanko's ``SimpleSigner`` signing with the key the .p12 file gave, already loaded and checked.

    The base class parses and checks the key again for every raw signature (an RSA key check costs about
    0.08 s), and signs once more only to learn the signature's size before the real signature.
    """
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash, process_pss_params

    class HeldKeySigner(base):  # type: ignore[misc]
        def __init__(self, key: Any, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._held_key = key

        async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
            if dry_run and isinstance(self._held_key, rsa.RSAPrivateKey):
                return bytes(self._held_key.key_size // 8)  # an RSA signature is exactly the modulus long
            return self.sign_raw(data, digest_algorithm)

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            key = self._held_key
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                algorithm = mechanism.signature_algo  # "sha256_rsa" -> "rsassa_pkcs1v15"
            except ValueError:
                algorithm = mechanism["algorithm"].native
            if isinstance(key, rsa.RSAPrivateKey) and algorithm == "rsassa_pkcs1v15":
                return bytes(key.sign(data, padding.PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm)))
            if isinstance(key, rsa.RSAPrivateKey) and algorithm == "rsassa_pss":
                pss, hash_algorithm = process_pss_params(mechanism["parameters"])
                return bytes(key.sign(data, pss, hash_algorithm))
            if isinstance(key, ec.EllipticCurvePrivateKey) and algorithm == "ecdsa":
                return bytes(key.sign(data, ec.ECDSA(get_pyca_cryptography_hash(digest_algorithm))))
            return bytes(super().sign_raw(data, digest_algorithm))  # other key types: pyHanko's own way

    return HeldKeySigner


def _password_candidates(password: str) -> list[bytes | None]:
    # A file exported without a password may be encrypted under "" or not at all.
    return [password.encode("utf-8")] if password else [b"", None]


@contextmanager
def open_pkcs11(spec: Pkcs11Signer) -> Iterator[Any]:
    """A logged-in pyHanko ``PKCS11Signer`` for the chosen key; the session is closed on exit."""
    import pkcs11
    from pkcs11 import exceptions as p11err
    from pyhanko.sign.pkcs11 import PKCS11Signer

    try:
        lib = pkcs11.lib(spec.module_path)
    except p11err.PKCS11Error as exc:
        raise SignError("sign.p11_module", module=spec.module_path, reason=str(exc) or type(exc).__name__) from None
    token = _find_token(lib, spec)
    token_name = (token.label or "").strip() or "?"
    try:
        session = token.open(user_pin=spec.pin)
    except (p11err.PinIncorrect, p11err.PinInvalid, p11err.PinLenRange):
        raise SignError("sign.p11_wrong_pin", token=token_name) from None
    except p11err.PinLocked:
        raise SignError("sign.p11_pin_locked", token=token_name) from None
    except p11err.PKCS11Error as exc:
        raise SignError("sign.p11_login_failed", token=token_name, reason=_p11_reason(exc)) from None
    try:
        key_id, key_label, cert = _find_key_and_cert(session, spec, token_name)
        signer = PKCS11Signer(
            session,
            signing_cert=cert,
            key_id=key_id,
            key_label=None if key_id is not None else key_label,
            other_certs_to_pull=None,  # the CA certificates kept on the token go into the signature
        )
        try:
            yield signer
        except p11err.PKCS11Error as exc:
            raise SignError("sign.p11_error", token=token_name, reason=_p11_reason(exc)) from None
    finally:
        session.close()


def _p11_reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _find_token(lib: Any, spec: Pkcs11Signer) -> Any:
    from pkcs11 import TokenFlag
    from pkcs11 import exceptions as p11err

    try:
        slots = lib.get_slots(token_present=True)
        tokens = [(slot.slot_id, slot.get_token()) for slot in slots]
        # SoftHSM (and some middleware) always shows one blank, uninitialised token: never a signing candidate.
        tokens = [(sid, t) for sid, t in tokens if TokenFlag.TOKEN_INITIALIZED in t.flags]
    except p11err.PKCS11Error as exc:
        raise SignError("sign.p11_module", module=spec.module_path, reason=_p11_reason(exc)) from None
    if not tokens:
        raise SignError("sign.p11_no_token", module=spec.module_path)
    available = ", ".join(f'"{(t.label or "").strip()}" (slot {sid})' for sid, t in tokens)
    chosen = [
        t
        for sid, t in tokens
        if (spec.slot is None or sid == spec.slot)
        and (spec.token_label is None or (t.label or "").strip() == spec.token_label.strip())
    ]
    if spec.slot is None and spec.token_label is None and len(chosen) > 1:
        raise SignError("sign.p11_many_tokens", module=spec.module_path, available=available)
    if len(chosen) != 1:
        wanted = " ".join(
            part
            for part in (
                f'"{spec.token_label}"' if spec.token_label is not None else "",
                f"(slot {spec.slot})" if spec.slot is not None else "",
            )
            if part
        )
        raise SignError("sign.p11_token_not_found", module=spec.module_path, wanted=wanted, available=available)
    return chosen[0]


def _attr(obj: Any, attribute: Any) -> Any:
    from pkcs11 import exceptions as p11err

    try:
        return obj[attribute]
    except (p11err.PKCS11Error, KeyError):
        return None


def _find_key_and_cert(session: Any, spec: Pkcs11Signer, token_name: str) -> tuple[bytes | None, str | None, Any]:
    from cryptography import x509
    from pkcs11 import Attribute, ObjectClass
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1

    key_query: dict[Any, Any] = {Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.SIGN: True}
    if spec.key_label is not None:
        key_query[Attribute.LABEL] = spec.key_label
    keys = list(session.get_objects(key_query))
    key_hint = f' "{spec.key_label}"' if spec.key_label else ""
    if not keys:
        raise SignError("sign.p11_no_key", token=token_name, label=key_hint)
    if len(keys) > 1:
        labels = ", ".join(f'"{_attr(k, Attribute.LABEL) or "?"}"' for k in keys)
        raise SignError("sign.p11_many_keys", token=token_name, available=labels)
    key = keys[0]
    key_id: bytes | None = _attr(key, Attribute.ID) or None
    key_label: str | None = _attr(key, Attribute.LABEL)

    cert_query: dict[Any, Any] = {Attribute.CLASS: ObjectClass.CERTIFICATE}
    if spec.cert_label is not None:
        cert_query[Attribute.LABEL] = spec.cert_label
    elif key_id is not None:
        cert_query[Attribute.ID] = key_id
    elif key_label is not None:
        cert_query[Attribute.LABEL] = key_label
    certs = list(session.get_objects(cert_query))
    if len(certs) != 1:
        cert_hint = f' "{spec.cert_label}"' if spec.cert_label else key_hint
        raise SignError("sign.p11_no_cert", token=token_name, label=cert_hint)
    try:
        cert = x509.load_der_x509_certificate(bytes(certs[0][Attribute.VALUE]))
    except ValueError:
        raise SignError("sign.p11_no_cert", token=token_name, label=key_hint) from None
    return key_id, key_label, translate_pyca_cryptography_cert_to_asn1(cert)
