"""Argon2id key derivation with parameters calibrated per machine and stored per key slot."""

from __future__ import annotations

import functools
import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEK_BYTES = 32
SALT_BYTES = 16
DEFAULT_TARGET_SECONDS = 0.5
# A slot asking for more than this is treated as damaged, not obeyed. The key file's MAC is keyed by
# the data key, which only an Argon2id derivation reveals, so these bounds are what stops an edited
# key file from hanging the unlock: they are checked before any derivation.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 20
MAX_LANES = 16
CALIBRATED_MAX_MEMORY_KIB = 1024 * 1024  # calibration stops raising memory here


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
        in_range = 1 <= lanes <= MAX_LANES and 8 * lanes <= memory <= MAX_MEMORY_KIB
        if not (in_range and 1 <= iterations <= MAX_ITERATIONS):
            raise ValueError("KDF parameters out of range")
        return cls(memory, iterations, lanes)

    @property
    def below_baseline(self) -> bool:
        """Weaker than any real vault is made with (the test-only cost, or an edited slot)."""
        return self.memory_kib < BASELINE.memory_kib or self.iterations < BASELINE.iterations


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

    A slow office PC keeps the baseline (it never goes weaker); a fast one gets more passes, and past
    ``MAX_ITERATIONS`` more memory instead (so the result always passes the bounds a slot is read with).
    """
    params = BASELINE
    time_derivation(params)  # the first run pays for page faults; measure a warm one
    elapsed = min(time_derivation(params), time_derivation(params))
    if elapsed <= 0:
        return params
    per_pass = elapsed / params.iterations
    wanted = int(target_seconds / per_pass)
    memory = params.memory_kib
    while wanted > MAX_ITERATIONS and memory * 2 <= CALIBRATED_MAX_MEMORY_KIB:
        memory, wanted = memory * 2, wanted // 2
    if wanted > params.iterations or memory > params.memory_kib:
        params = KdfParams(memory, max(params.iterations, min(wanted, MAX_ITERATIONS)), params.lanes)
    return params


@functools.cache
def calibrated() -> KdfParams:
    """This machine's cost, measured once per process (new accounts and changed passwords use it)."""
    return calibrate()
