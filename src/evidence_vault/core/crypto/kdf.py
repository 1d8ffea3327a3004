"""Passphrase stretching with Argon2id (libsodium via PyNaCl).

The parameters are chosen once, when a vault is created, and stored in the
vault's key file, so changing the defaults here never locks an old vault out.
"""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass

import nacl.pwhash.argon2id as argon2id

from ..errors import WeakKdfRefused

SALT_BYTES = argon2id.SALTBYTES  # 16
KEY_BYTES = 32

# libsodium's MODERATE: 3 passes over 256 MiB. Never go below it for a real vault.
MIN_OPSLIMIT = argon2id.OPSLIMIT_MODERATE
MIN_MEMLIMIT = argon2id.MEMLIMIT_MODERATE
# Unlocking should take about this long on the machine that creates the vault.
TARGET_SECONDS = 1.0
# We raise passes, not memory: memory is what keeps peak RSS of a whole session
# (import of a multi-GB file included) under 300 MB.
MAX_OPSLIMIT = 64
# Bounds on what a key file may ask for when opened (calibration stays far below).
SANE_MAX_OPSLIMIT = 4 * MAX_OPSLIMIT
SANE_MAX_MEMLIMIT = 16 << 30
TEST_MEMLIMIT = 8 << 20

# Tests set this variable to make vault creation fast; the app refuses to create
# such a vault without it (see ``check_creatable``).
WEAK_KDF_ENV = "EVIDENCE_VAULT_TEST_WEAK_KDF"


@dataclass(frozen=True)
class KdfParams:
    opslimit: int
    memlimit: int  # bytes

    @property
    def is_weak(self) -> bool:
        return self.opslimit < MIN_OPSLIMIT or self.memlimit < MIN_MEMLIMIT

    def validate(self) -> None:
        """Reject values no vault of ours uses: a damaged or foreign header must not
        make unlocking run for hours or allocate more memory than a laptop has."""
        if not (argon2id.OPSLIMIT_MIN <= self.opslimit <= SANE_MAX_OPSLIMIT):
            raise ValueError("Argon2id pass count out of range")
        if not (TEST_MEMLIMIT <= self.memlimit <= SANE_MAX_MEMLIMIT):
            raise ValueError("Argon2id memory size out of range")


# Test-only: fast enough that a test suite can create hundreds of vaults.
TEST_WEAK_PARAMS = KdfParams(opslimit=argon2id.OPSLIMIT_MIN, memlimit=TEST_MEMLIMIT)


def weak_kdf_allowed() -> bool:
    return os.environ.get(WEAK_KDF_ENV) == "1"


def default_params() -> KdfParams:
    """Parameters for a new vault: test-weak when allowed, else calibrated."""
    if weak_kdf_allowed():
        return TEST_WEAK_PARAMS
    return calibrate()


def check_creatable(params: KdfParams) -> None:
    if params.is_weak and not weak_kdf_allowed():
        raise WeakKdfRefused(
            f"refusing to create a vault with a weakened key derivation (set {WEAK_KDF_ENV}=1 only in tests)"
        )


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC so that the same passphrase typed on another keyboard or OS matches."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    params.validate()
    return bytes(argon2id.kdf(KEY_BYTES, secret, salt, opslimit=params.opslimit, memlimit=params.memlimit))


def calibrate(target: float = TARGET_SECONDS) -> KdfParams:
    """Choose passes at the MODERATE memory size so one derivation takes ~target seconds."""
    salt = os.urandom(SALT_BYTES)
    start = time.perf_counter()
    derive(b"calibration", salt, KdfParams(MIN_OPSLIMIT, MIN_MEMLIMIT))
    per_pass = (time.perf_counter() - start) / MIN_OPSLIMIT
    ops = round(target / per_pass) if per_pass > 0 else MIN_OPSLIMIT
    return KdfParams(opslimit=max(MIN_OPSLIMIT, min(MAX_OPSLIMIT, ops)), memlimit=MIN_MEMLIMIT)
