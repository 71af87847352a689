"""The key file: the vault's data key wrapped once per user and once for the recovery code.

Each slot is AES-GCM under an Argon2id key, with the slot's header (kind, user, KDF
parameters, salt, nonce, vault id) as associated data. The whole file also carries an
HMAC under a key derived from the data key, so a removed, added or edited slot is noticed
as soon as anyone unlocks. The file is replaced atomically.

An account change is made in steps so a crash leaves the old or the new state: the new slot is
written as *pending* with the change's token (outside the slot header, under the file's MAC), the
database commits the change with the same token, then the slot is finalised (see ``reconcile``).
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import re
import secrets
from dataclasses import dataclass, replace
from hashlib import sha256
from pathlib import Path
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from handbook.errors import AuthError, InputError, VaultError
from handbook.i18n import Message
from handbook.vault import identity, kdf
from handbook.vault.atomic import write_atomic
from handbook.vault.identity import Identity
from handbook.vault.rollback import Witness

FORMAT = "sotay-keys"
FORMAT_VERSION = 1
NONCE_BYTES = 12
SlotKind = Literal["password", "recovery"]
SlotState = Literal["active", "pending"]
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 4


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def subkey(data_key: bytes, purpose: str) -> bytes:
    """A key for one purpose (key-file MAC, backup MAC, …) derived from the data key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(data_key)


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME_RE.match(name):
        raise InputError("vault.username_invalid", username=username)
    return name


def new_recovery_code() -> str:
    """120 random bits as six groups of four Crockford base32 letters, e.g. ``7K2M-…``."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(chars[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN))


def normalize_recovery_code(code: str) -> str:
    """Accept the code as typed from paper: any case, spaces or dashes, O for 0, I/L for 1."""
    cleaned = re.sub(r"[\s\-_.]", "", code.upper())
    return cleaned.translate(str.maketrans("OILU", "011V"))


@dataclass(frozen=True)
class Slot:
    kind: SlotKind
    username: str | None
    params: kdf.KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    state: SlotState = "active"
    op: str | None = None  # the token of the account change a pending slot belongs to
    # Slots made since accounts have their own keys: the public halves (in the header, so bound to the
    # password-encrypted private halves) and the data key sealed to ``box_pub`` (re-sealed on a re-key).
    sign_pub: bytes | None = None
    box_pub: bytes | None = None
    sealed: bytes | None = None

    def header(self, vault_id: str) -> dict[str, object]:
        head: dict[str, object] = {
            "kind": self.kind,
            "username": self.username,
            "kdf": self.params.to_json(),
            "salt": b64(self.salt),
            "nonce": b64(self.nonce),
            "vault_id": vault_id,
        }
        if self.box_pub is not None and self.sign_pub is not None:
            head["sign_pub"], head["box_pub"] = b64(self.sign_pub), b64(self.box_pub)
        return head

    def to_json(self, vault_id: str) -> dict[str, object]:
        doc: dict[str, object] = {"header": self.header(vault_id), "ciphertext": b64(self.ciphertext)}
        if self.sealed is not None:
            doc["sealed"] = b64(self.sealed)
        if self.state != "active":
            doc["state"], doc["op"] = self.state, self.op
        return doc

    @property
    def legacy(self) -> bool:
        """A slot from before accounts had keys: it wraps the data key itself and cannot be re-keyed."""
        return self.sealed is None

    def seal_context(self, vault_id: str) -> bytes:
        return canonical({"vault_id": vault_id, "kind": self.kind, "username": self.username})

    def resealed(self, data_key: bytes, vault_id: str) -> Slot:
        """The same slot with ``data_key`` sealed to it (a re-key; no password needed)."""
        if self.box_pub is None:
            raise ValueError("a legacy slot cannot be re-keyed")
        return replace(self, sealed=identity.seal(self.box_pub, data_key, self.seal_context(vault_id)))

    def same_owner(self, other: Slot) -> bool:
        return self.kind == other.kind and self.username == other.username


def _secret_bytes(kind: SlotKind, secret: str) -> bytes:
    if kind == "recovery":
        return normalize_recovery_code(secret).encode("ascii")
    return secret.encode("utf-8")


def wrap(
    data_key: bytes,
    vault_id: str,
    kind: SlotKind,
    username: str | None,
    secret: str,
    params: kdf.KdfParams,
    keys: Identity | None = None,
) -> Slot:
    """A slot for ``secret`` holding the account's keys (``keys``, or new ones) and the data key sealed to them."""
    keys = keys or Identity.new()
    salt, nonce = kdf.new_salt(), os.urandom(NONCE_BYTES)
    slot = Slot(kind, username, params, salt, nonce, b"", sign_pub=keys.sign_pub, box_pub=keys.box_pub)
    kek = kdf.derive(_secret_bytes(kind, secret), salt, params)
    ciphertext = AESGCM(kek).encrypt(nonce, keys.bundle(), canonical(slot.header(vault_id)))
    return replace(slot, ciphertext=ciphertext).resealed(data_key, vault_id)


@dataclass(frozen=True)
class Unlocked:
    data_key: bytes
    keys: Identity | None  # None for a legacy slot (upgraded on the open that follows)


def unlock(slot: Slot, vault_id: str, secret: str) -> Unlocked | None:
    """The data key and the account's keys, or None when the secret is wrong (or the slot was altered)."""
    kek = kdf.derive(_secret_bytes(slot.kind, secret), slot.salt, slot.params)
    try:
        inner = AESGCM(kek).decrypt(slot.nonce, slot.ciphertext, canonical(slot.header(vault_id)))
    except InvalidTag:
        return None
    if slot.legacy:
        return Unlocked(inner, None) if len(inner) == 32 else None
    try:
        keys = Identity.from_bundle(inner)
    except ValueError:
        return None
    if keys.box_pub != slot.box_pub or keys.sign_pub != slot.sign_pub or slot.sealed is None:
        return None
    data_key = identity.unseal(keys.box_key, slot.sealed, slot.seal_context(vault_id))
    return None if data_key is None else Unlocked(data_key, keys)


def unwrap(slot: Slot, vault_id: str, secret: str) -> bytes | None:
    """The data key, or None when the secret is wrong (or the slot was altered)."""
    found = unlock(slot, vault_id, secret)
    return None if found is None else found.data_key


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    slots: tuple[Slot, ...]
    mac: bytes
    witness: Witness | None = None  # how far the data had come when this file was written (see ``rollback``)

    def body(self) -> dict[str, object]:
        doc: dict[str, object] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json(self.vault_id) for s in self.slots],
        }
        if self.witness is not None:
            doc["witness"] = self.witness.to_json()
        return doc

    def with_witness(self, witness: Witness, data_key: bytes) -> KeyFile:
        return replace(self, witness=witness).sealed(data_key)

    def to_bytes(self) -> bytes:
        doc = self.body()
        doc["mac"] = b64(self.mac)
        return json.dumps(doc, indent=1, sort_keys=True).encode("ascii")

    def compute_mac(self, data_key: bytes) -> bytes:
        return hmac.new(subkey(data_key, "sotay key-file mac v1"), canonical(self.body()), sha256).digest()

    def sealed(self, data_key: bytes) -> KeyFile:
        return replace(self, mac=self.compute_mac(data_key))

    def verify(self, data_key: bytes) -> bool:
        return hmac.compare_digest(self.mac, self.compute_mac(data_key))

    def user_slot(self, username: str) -> Slot | None:
        """The user's active slot (a pending one is not theirs yet)."""
        return next((s for s in self.user_slots(username) if s.state == "active"), None)

    def user_slots(self, username: str) -> list[Slot]:
        """Active first, then pending: the ones a password may open."""
        mine = [s for s in self.slots if s.kind == "password" and s.username == username]
        return sorted(mine, key=lambda s: s.state != "active")

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == "recovery" and s.state == "active"), None)

    def usernames(self) -> list[str]:
        return [s.username for s in self.slots if s.kind == "password" and s.username and s.state == "active"]

    def pending_ops(self) -> list[str]:
        return sorted({s.op for s in self.slots if s.state == "pending" and s.op})

    def with_slot(self, slot: Slot, data_key: bytes) -> KeyFile:
        """Add ``slot``, replacing the existing slot of the same user (or the recovery slot)."""
        kept = tuple(s for s in self.slots if not s.same_owner(slot))
        return replace(self, slots=(*kept, slot)).sealed(data_key)

    def with_pending(self, slot: Slot, op: str, data_key: bytes) -> KeyFile:
        """Add ``slot`` beside the current ones, waiting for the database to commit change ``op``."""
        return replace(self, slots=(*self.slots, replace(slot, state="pending", op=op))).sealed(data_key)

    def finalised(self, op: str, data_key: bytes) -> KeyFile:
        """The pending slots of ``op`` replace the slots they stand for."""
        new = [s for s in self.slots if s.state == "pending" and s.op == op]
        kept = [s for s in self.slots if s not in new and not any(s.same_owner(n) for n in new)]
        return replace(self, slots=(*kept, *(replace(s, state="active", op=None) for s in new))).sealed(data_key)

    def discarded(self, op: str, data_key: bytes) -> KeyFile:
        """The key file as it was before change ``op`` began."""
        kept = tuple(s for s in self.slots if not (s.state == "pending" and s.op == op))
        return replace(self, slots=kept).sealed(data_key)

    def without_user(self, username: str, data_key: bytes) -> KeyFile:
        kept = tuple(s for s in self.slots if not (s.kind == "password" and s.username == username))
        return replace(self, slots=kept).sealed(data_key)

    @classmethod
    def parse(cls, raw: bytes) -> KeyFile:
        """Read a key file; any malformation raises ``ValueError``."""
        doc = json.loads(raw.decode("ascii"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != FORMAT_VERSION:
            raise ValueError("not a key file of a known version")
        vault_id = doc["vault_id"]
        if not isinstance(vault_id, str):
            raise ValueError("bad vault id")
        slots = []
        for item in doc["slots"]:
            header = item["header"]
            if header["vault_id"] != vault_id or header["kind"] not in ("password", "recovery"):
                raise ValueError("bad slot header")
            username = header["username"]
            if header["kind"] == "password" and not (isinstance(username, str) and USERNAME_RE.match(username)):
                raise ValueError("bad slot user")
            state, op = item.get("state", "active"), item.get("op")
            pubs = [unb64(header[k]) if k in header else None for k in ("sign_pub", "box_pub")]
            sealed = unb64(item["sealed"]) if "sealed" in item else None
            if (pubs[0] is None) != (pubs[1] is None) or (pubs[1] is None) != (sealed is None):
                raise ValueError("bad slot keys")
            if state not in ("active", "pending") or (state == "pending") != isinstance(op, str):
                raise ValueError("bad slot state")
            slots.append(
                Slot(
                    kind=header["kind"],
                    username=username,
                    params=kdf.KdfParams.from_json(header["kdf"]),
                    salt=unb64(header["salt"]),
                    nonce=unb64(header["nonce"]),
                    ciphertext=unb64(item["ciphertext"]),
                    state=state,
                    op=op,
                    sign_pub=pubs[0],
                    box_pub=pubs[1],
                    sealed=sealed,
                )
            )
        witness = Witness.from_json(doc["witness"]) if "witness" in doc else None
        return cls(vault_id=vault_id, slots=tuple(slots), mac=unb64(doc["mac"]), witness=witness)


def read_key_file(path: Path, backup_hint: Message | None = None) -> KeyFile:
    """Parse the key file; a missing or malformed one is a VaultError that points to a backup."""
    hint = backup_hint or Message("vault.no_backup_hint")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise VaultError("vault.keyfile_missing", path=str(path), backup=hint) from None
    try:
        return KeyFile.parse(raw)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise VaultError("vault.keyfile_damaged", path=str(path), backup=hint) from None


def write_key_file(path: Path, key_file: KeyFile) -> None:
    write_atomic(path, key_file.to_bytes())


def open_slot(key_file: KeyFile, username: str | None, secret: str, *, recovery: bool = False) -> bytes:
    """Unwrap the data key with a user's password or the recovery code, or raise AuthError."""
    return unlock_slot(key_file, username, secret, recovery=recovery).data_key


def unlock_slot(key_file: KeyFile, username: str | None, secret: str, *, recovery: bool = False) -> Unlocked:
    """The data key and the account's keys, with a user's password or the recovery code, or AuthError.

    A pending slot (an account change interrupted before it was finalised) is tried after the active
    one; the open that follows reconciles it with the database.
    """
    if not recovery and username:
        candidates = key_file.user_slots(username)
        for candidate in candidates:
            found = unlock(candidate, key_file.vault_id, secret)
            if found is not None:
                return found
        if candidates:
            raise AuthError("vault.bad_credentials")
    slot = key_file.recovery_slot() if recovery else None
    if slot is None:
        # Same cost and same answer as a wrong password: do not reveal which users exist.
        kdf.derive(
            secret.encode("utf-8"),
            kdf.new_salt(),
            key_file.slots[0].params if key_file.slots else kdf.TEST_ONLY,
        )
        raise AuthError("vault.bad_credentials" if not recovery else "vault.bad_recovery_code")
    unlocked = unlock(slot, key_file.vault_id, secret)
    if unlocked is None:
        raise AuthError("vault.bad_credentials" if not recovery else "vault.bad_recovery_code")
    return unlocked
