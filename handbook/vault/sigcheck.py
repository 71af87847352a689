"""Ed25519 signature checks, one or in bulk: libsodium, on every core (its calls run without the GIL)."""

from __future__ import annotations

import binascii
import os
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from nacl.bindings import crypto_sign_open
from nacl.exceptions import BadSignatureError

KEY_BYTES = 32
SIGNATURE_BYTES = 64
PER_THREAD = 64  # fewer checks than this for each core are not worth starting a thread
MAX_THREADS = 8

# What one check is given: the payload, its signature, and every key that may have made it (an account
# whose key changed has several; any one that verifies will do).
Check = tuple[bytes, bytes, tuple[bytes, ...]]


def verify(key: bytes, payload: bytes, signature: bytes) -> bool:
    """Whether ``signature`` over ``payload`` verifies under the public ``key``."""
    # libsodium reads exactly 32 and 64 bytes; anything else is refused here, never read past.
    if len(key) != KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        crypto_sign_open(signature + payload, key)
    except BadSignatureError:
        return False
    return True


def signature_bytes(text: object) -> bytes:
    """A stored signature's bytes; nothing (which verifies under no key) when it is not base64, so a damaged or
    forged value is named as a signature that does not verify rather than raised."""
    if not isinstance(text, str | bytes):
        return b""
    try:
        return binascii.a2b_base64(text, strict_mode=True)
    except ValueError:  # binascii.Error, or text that is not ASCII
        return b""


def _run(checks: Sequence[Check]) -> list[bool]:
    results: list[bool] = []
    worked: dict[tuple[bytes, ...], bytes] = {}  # the key that verified last, tried first next time
    for payload, signature, keys in checks:
        first = worked.get(keys) if len(keys) > 1 else None
        ok = first is not None and verify(first, payload, signature)
        if not ok:
            for key in keys:
                if key is not first and verify(key, payload, signature):
                    ok, worked[keys] = True, key
                    break
        results.append(ok)
    return results


class Batch:
    """Checks under way on threads of their own while the caller does other work; ``results`` waits."""

    def __init__(self, checks: Sequence[Check]) -> None:
        threads = min(os.cpu_count() or 1, MAX_THREADS, len(checks) // PER_THREAD)
        self._pool: ThreadPoolExecutor | None = None
        self._parts: list[Future[list[bool]]] = []
        self._done: list[bool] | None = None
        if threads < 2:
            self._done = _run(checks)
            return
        size = -(-len(checks) // threads)
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="sigcheck")
        self._parts = [self._pool.submit(_run, checks[i : i + size]) for i in range(0, len(checks), size)]

    def results(self) -> list[bool]:
        """For each check, in the order given, whether one of its keys verifies it."""
        if self._done is None:
            try:
                self._done = [ok for part in self._parts for ok in part.result()]
            finally:
                if self._pool is not None:
                    self._pool.shutdown()
        return self._done


def verify_all(checks: Sequence[Check]) -> list[bool]:
    """For each check, in the order given, whether one of its keys verifies it."""
    return Batch(checks).results()
