"""Which data keys the database has had, beside it: to tell an older key file from a damaged database.

After a re-key, an older ``keys.json`` copied back still verifies (its MAC is under the old key) but
cannot open the database. The file ``key-history.json`` lists one-way fingerprints of every data key
the database was encrypted with, newest last (a fingerprint reveals nothing of the key), so such a key
file is named as older than the data instead of the database being called damaged.
"""

from __future__ import annotations

import json
from hashlib import sha256

from handbook.vault.atomic import write_atomic
from handbook.vault.paths import VaultPaths

KEEP = 100


def fingerprint(data_key: bytes) -> str:
    return sha256(b"sotay key id v1|" + data_key).hexdigest()[:32]


def read(paths: VaultPaths) -> list[str]:
    """The fingerprints, oldest first (empty if the file is missing or not readable)."""
    try:
        doc = json.loads(paths.key_history.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    found = doc.get("keys") if isinstance(doc, dict) else None
    return [k for k in found if isinstance(k, str)] if isinstance(found, list) else []


def note(paths: VaultPaths, data_key: bytes) -> None:
    """Record that the database is now encrypted with ``data_key`` (call before it is)."""
    known = read(paths)
    mark = fingerprint(data_key)
    if known and known[-1] == mark:
        return
    older = [k for k in known if k != mark][-(KEEP - 1) :]
    keys = [*older, mark]
    write_atomic(paths.key_history, json.dumps({"format": 1, "keys": keys}, indent=1).encode("utf-8"))


def superseded(paths: VaultPaths, data_key: bytes) -> bool:
    """Whether the database was re-keyed since ``data_key`` was its key."""
    known = read(paths)
    mark = fingerprint(data_key)
    return mark in known and known[-1] != mark
