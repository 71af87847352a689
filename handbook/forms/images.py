"""Signature and seal images for printing, kept inside the vault (settings table), set by the head."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from dataclasses import dataclass
from datetime import date

from handbook.errors import InputError
from handbook.forms.flowables import image_digest, read_image
from handbook.forms.model import SignatureBlock
from handbook.forms.typeset import one_line
from handbook.i18n import Message
from handbook.permissions import Op
from handbook.text.fold import search_key
from handbook.vault.audit import now_iso
from handbook.vault.vault import Vault

KEY_FORMAT = "forms.images.{}"  # settings key of one position's images
MAX_IMAGE_BYTES = 2 * 1024 * 1024
POSITIONS = ("head", "deputy", "secretary", "deputy_secretary")


@dataclass(frozen=True)
class SignatureImages:
    """The images of one signer position, and whose signature it is (printed only on their documents)."""

    position: str
    signer_name: str
    signature_png: bytes | None = dataclasses.field(default=None, repr=False)
    seal_png: bytes | None = dataclasses.field(default=None, repr=False)


def _key(position: str) -> str:
    position = position.strip().lower()
    if position not in POSITIONS:
        raise InputError("forms.bad_position", position=position, known=", ".join(POSITIONS))
    return KEY_FORMAT.format(position)


def _check(data: bytes | None, what: str, name: str) -> None:
    if data is None:
        return
    if len(data) > MAX_IMAGE_BYTES:
        raise InputError(
            "forms.image_too_large",
            what=Message(f"forms.image_{what}"),
            size=f"{len(data) / 1024 / 1024:.1f}",
            limit=MAX_IMAGE_BYTES // 1024 // 1024,
        )
    read_image(data, what, name or "?")


def _current_holder(vault: Vault, position: str) -> str:
    today = date.today().isoformat()
    row = vault.conn.execute(
        "SELECT full_name FROM signers WHERE position = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)"
        " ORDER BY id DESC LIMIT 1",
        (position, today, today),
    ).fetchone()
    if row:
        return one_line(row[0])
    if position == "head" and vault.actor.role.value == "head":
        return one_line(vault.actor.full_name)
    return ""


def set_signature_images(
    vault: Vault,
    signer_position: str,
    signature_png: bytes | None,
    seal_png: bytes | None,
    *,
    signer_name: str | None = None,
) -> SignatureImages:
    """Keep the signature and seal images of a signer position (head only; audited).

    ``signer_name`` says whose signature it is (default: who holds the position today): documents
    signed by someone else never get these images. Both images None removes them.
    """
    vault.actor.require(Op.SETTINGS_EDIT)
    key = _key(signer_position)
    position = signer_position.strip().lower()
    name = one_line(signer_name) if signer_name is not None else _current_holder(vault, position)
    _check(signature_png, "signature", name)
    _check(seal_png, "seal", name)
    before = get_signature_images(vault, position)
    with vault.change(Op.SETTINGS_EDIT) as ch:
        if signature_png is None and seal_png is None:
            vault.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
        else:
            value = {
                "signer_name": name,
                "signature": base64.b64encode(signature_png).decode("ascii") if signature_png else None,
                "seal": base64.b64encode(seal_png).decode("ascii") if seal_png else None,
            }
            vault.conn.execute(
                "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,"
                " updated_by = excluded.updated_by",
                (key, json.dumps(value, ensure_ascii=False), now_iso(), vault.actor.username),
            )
        ch.record(
            "settings.images",
            "setting",
            key,
            _summary(before),
            _summary(SignatureImages(position, name, signature_png, seal_png)),
        )
    return SignatureImages(position, name, signature_png, seal_png)


def _summary(images: SignatureImages | None) -> dict[str, object] | None:
    """What the audit log keeps: whose images and their fingerprints, not the pictures."""
    if images is None or (images.signature_png is None and images.seal_png is None):
        return None
    return {
        "signer_name": images.signer_name,
        "signature": image_digest(images.signature_png) if images.signature_png else None,
        "seal": image_digest(images.seal_png) if images.seal_png else None,
    }


def _decode(value: object) -> bytes | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def get_signature_images(vault: Vault, signer_position: str) -> SignatureImages | None:
    """The stored images of a position, or None."""
    vault.actor.require(Op.READ)
    position = signer_position.strip().lower()
    if position not in POSITIONS:
        return None
    row = vault.conn.execute("SELECT value FROM settings WHERE key = ?", (KEY_FORMAT.format(position),)).fetchone()
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    return SignatureImages(
        position, str(value.get("signer_name") or ""), _decode(value.get("signature")), _decode(value.get("seal"))
    )


class ImageBook:
    """Looks the images up once per position while a batch prints."""

    def __init__(self, vault: Vault, *, enabled: bool = True) -> None:
        self.vault = vault
        self.enabled = enabled  # off: leave every block to be signed by hand (or digitally)
        self.cache: dict[str, SignatureImages | None] = {}

    def dress(self, block: SignatureBlock, position: str) -> SignatureBlock:
        """The block with its images when they belong to its signer; unchanged otherwise."""
        if not self.enabled or not position or not block.signer_name.strip():
            return block
        if position not in self.cache:
            self.cache[position] = get_signature_images(self.vault, position)
        images = self.cache[position]
        if images is None:
            return block
        if images.signer_name and search_key(images.signer_name) != search_key(block.signer_name):
            return block
        return dataclasses.replace(block, signature_png=images.signature_png, seal_png=images.seal_png)
