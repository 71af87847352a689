"""Argon2id key derivation with parameters calibrated per machine and stored per key slot."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEK_BYTES = 32
SALT_BYTES = 16
DEFAULT_TARGET_SECONDS = 0.5
MAX_MEMORY_KIB = 2 * 1024 * 1024  # a slot asking for more is treated as damaged, not obeyed


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes (iterations) and lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def to_json(self) -> dict[str, int | str]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError("unknown KDF")
        memory, iterations, lanes = data["memory_kib"], data["iterations"], data["lanes"]
        if not (isinstance(memory, int) and isinstance(iterations, int) and isinstance(lanes, int)):
            raise ValueError("bad KDF parameters")
        if not (1 <= lanes <= 16 and 8 * lanes <= memory <= MAX_MEMORY_KIB and 1 <= iterations <= 1000):
            raise ValueError("KDF parameters out of range")
        return cls(memory, iterations, lanes)


# The floor a real vault never goes below (the design's reference cost: 64 MiB, t=3, p=4).
BASELINE = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)

# Deliberately weak: only for the test suite, which creates hundreds of vaults. Never a default.
TEST_ONLY = KdfParams(memory_kib=64, iterations=1, lanes=1)


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """The key-encryption key for ``secret`` (a password or recovery code, UTF-8)."""
    kdf = Argon2id(
        salt=salt,
        length=KEK_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def time_derivation(params: KdfParams) -> float:
    start = time.perf_counter()
    derive(b"calibration", b"\0" * SALT_BYTES, params)
    return time.perf_counter() - start


def calibrate(target_seconds: float = DEFAULT_TARGET_SECONDS) -> KdfParams:
    """The baseline cost, with passes raised until one derivation takes about ``target_seconds``.

    A slow office PC keeps the baseline (it never goes weaker); a fast one gets more passes.
    """
    params = BASELINE
    time_derivation(params)  # the first run pays for page faults; measure a warm one
    elapsed = min(time_derivation(params), time_derivation(params))
    if elapsed <= 0:
        return params
    per_pass = elapsed / params.iterations
    wanted = int(target_seconds / per_pass)
    if wanted > params.iterations:
        params = KdfParams(params.memory_kib, min(wanted, 64), params.lanes)
    return params
