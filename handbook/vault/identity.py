"""Each account's own key pairs: Ed25519 to sign what it does, X25519 to receive the data key.

The private halves live only inside the account's key slot, encrypted under its password. The
data key is sealed to each account's X25519 public key (ephemeral X25519, HKDF-SHA256, AES-GCM),
so a head can re-key the vault for the remaining accounts without knowing their passwords.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

RAW = serialization.Encoding.Raw
PUB = serialization.PublicFormat.Raw
PRIV = serialization.PrivateFormat.Raw
NO_ENC = serialization.NoEncryption()
BUNDLE_BYTES = 64


@dataclass(frozen=True)
class Identity:
    """An unlocked account's private keys."""

    sign_key: Ed25519PrivateKey
    box_key: X25519PrivateKey

    @classmethod
    def new(cls) -> Identity:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_bundle(cls, bundle: bytes) -> Identity:
        if len(bundle) != BUNDLE_BYTES:
            raise ValueError("bad key bundle")
        return cls(Ed25519PrivateKey.from_private_bytes(bundle[:32]), X25519PrivateKey.from_private_bytes(bundle[32:]))

    def bundle(self) -> bytes:
        return self.sign_key.private_bytes(RAW, PRIV, NO_ENC) + self.box_key.private_bytes(RAW, PRIV, NO_ENC)

    @property
    def sign_pub(self) -> bytes:
        return self.sign_key.public_key().public_bytes(RAW, PUB)

    @property
    def box_pub(self) -> bytes:
        return self.box_key.public_key().public_bytes(RAW, PUB)

    def sign(self, payload: bytes) -> bytes:
        return self.sign_key.sign(payload)


def _seal_key(shared: bytes, context: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"sotay seal v1|" + context).derive(shared)


def seal(box_pub: bytes, secret: bytes, context: bytes) -> bytes:
    """``secret`` readable only with the private half of ``box_pub``: ephemeral public (32) | nonce (12) | ct."""
    eph = X25519PrivateKey.generate()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(box_pub))
    nonce = os.urandom(12)
    ct = AESGCM(_seal_key(shared, context)).encrypt(nonce, secret, context)
    return eph.public_key().public_bytes(RAW, PUB) + nonce + ct


def unseal(box_key: X25519PrivateKey, sealed: bytes, context: bytes) -> bytes | None:
    if len(sealed) < 32 + 12 + 16:
        return None
    try:
        shared = box_key.exchange(X25519PublicKey.from_public_bytes(sealed[:32]))
        return AESGCM(_seal_key(shared, context)).decrypt(sealed[32:44], sealed[44:], context)
    except (InvalidTag, ValueError):
        return None
