"""The standard pieces, composed once: X25519 + HKDF-SHA256 + AES-256-GCM to the recipient, Ed25519 by the sender.

Encrypt-then-sign. The sender draws a fresh X25519 key, agrees a secret with the recipient's card key, and
derives the AES key with HKDF (salt: both public keys; info: the format name and the bundle id). The header
(sender, recipient, ids, the ephemeral key and nonce) is the AES-GCM associated data, so the ciphertext only
opens under the header it was made for. The Ed25519 signature then covers the whole envelope: the format and
version, the header and the payload bytes. A bundle with no recipient card is only signed (payload in clear).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ENCRYPTED = "X25519-HKDF-SHA256-AES256GCM"
SIGNED_ONLY = "none"
_SIG_CONTEXT = b"sotay-bundle signature v1\n"
_KDF_INFO = b"sotay-bundle key v1 "
_FINGERPRINT_CONTEXT = b"sotay-card fingerprint v1\n"


class CryptoFailure(Exception):
    """A signature or an authentication tag did not verify (the caller turns it into a sentence)."""


def canonical(value: object) -> bytes:
    """One byte string per JSON value: sorted keys, no spaces, UTF-8 (what is signed and authenticated)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Strict base64: only the canonical spelling of the bytes is accepted (no stray bits, no whitespace)."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise ValueError("not base64") from None
    if b64(data) != text:
        raise ValueError("not canonical base64")
    return data


def fingerprint(sign_key: bytes, enc_key: bytes) -> str:
    """120 bits of SHA-256 over both public keys, as six groups of four base32 letters (read over the phone)."""
    digest = hashlib.sha256(_FINGERPRINT_CONTEXT + sign_key + enc_key).digest()[:15]
    text = base64.b32encode(digest).decode("ascii")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalize_fingerprint(text: str) -> str:
    """What a person typed (any spacing, dashes, lower case) in the printed form."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    return " ".join(letters[i : i + 4] for i in range(0, len(letters), 4))


@dataclass(frozen=True)
class KeyPair:
    """A committee's private keys (kept in the encrypted vault) and the public halves its card shows."""

    sign_private: bytes
    enc_private: bytes

    @property
    def sign_public(self) -> bytes:
        return ed25519.Ed25519PrivateKey.from_private_bytes(self.sign_private).public_key().public_bytes_raw()

    @property
    def enc_public(self) -> bytes:
        return x25519.X25519PrivateKey.from_private_bytes(self.enc_private).public_key().public_bytes_raw()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.enc_public)

    def sign(self, message: bytes) -> bytes:
        return ed25519.Ed25519PrivateKey.from_private_bytes(self.sign_private).sign(message)


def verify(sign_key: bytes, signature: bytes, message: bytes) -> None:
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(sign_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        raise CryptoFailure from None


def signed_bytes(envelope_head: object, payload: bytes) -> bytes:
    """What the sender signs: the envelope without payload and signature, then the payload bytes."""
    return _SIG_CONTEXT + canonical(envelope_head) + b"\n" + payload


def _aes_key(shared: bytes, ephemeral: bytes, recipient: bytes, bundle_id: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_KDF_INFO + bundle_id.encode())
    return hkdf.derive(shared)


@dataclass(frozen=True)
class Sealing:
    """The fresh values an encrypted bundle's header carries."""

    ephemeral: bytes
    nonce: bytes
    key: bytes


def prepare_encryption(recipient_enc_key: bytes, bundle_id: str) -> Sealing:
    eph = x25519.X25519PrivateKey.generate()
    eph_public = eph.public_key().public_bytes_raw()
    shared = eph.exchange(x25519.X25519PublicKey.from_public_bytes(recipient_enc_key))
    return Sealing(eph_public, os.urandom(12), _aes_key(shared, eph_public, recipient_enc_key, bundle_id))


def encrypt(sealing: Sealing, plaintext: bytes, associated: bytes) -> bytes:
    return AESGCM(sealing.key).encrypt(sealing.nonce, plaintext, associated)


def decrypt(
    keys: KeyPair, ephemeral: bytes, nonce: bytes, bundle_id: str, ciphertext: bytes, associated: bytes
) -> bytes:
    try:
        shared = x25519.X25519PrivateKey.from_private_bytes(keys.enc_private).exchange(
            x25519.X25519PublicKey.from_public_bytes(ephemeral)
        )
        key = _aes_key(shared, ephemeral, keys.enc_public, bundle_id)
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except (InvalidTag, ValueError):
        raise CryptoFailure from None
