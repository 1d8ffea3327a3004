"""``vault.keys``: a fixed-size file of random-looking bytes holding 8 key slots.

Layout (all offsets in bytes; see docs/architecture.md):

    0      16   Argon2id salt (random)
    16     16   parameters: >IIII format, opslimit, memlimit KiB, 0 — XOR-masked
                with BLAKE2b(salt) so the file shows no readable structure
    32     8 x SLOT_SIZE   key slots
    ...    2 x STATE_SIZE  sealed state records (random until used)
    ...    RESERVE_SIZE    reserve: random, or a decoy database already encrypted
                           under the decoy's own key (duress.py); always present

A slot is ``nonce(24) || XSalsa20-Poly1305(slot_key, AFsplit(payload))``. The
slot key is BLAKE2b keyed with the Argon2id output and personalised with the
slot index, so one Argon2id run yields a key for every slot; unlocking tries
all of them every time. Unused slots are random bytes of the same size.
"""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

import nacl.exceptions
import nacl.secret

from ..errors import VaultDamaged
from . import afsplit, kdf

SLOT_COUNT = 8
PAYLOAD_SIZE = 96
_NONCE = nacl.secret.SecretBox.NONCE_SIZE  # 24
_MAC = nacl.secret.SecretBox.MACBYTES  # 16
SLOT_SIZE = _NONCE + _MAC + PAYLOAD_SIZE * afsplit.STRIPES
STATE_COUNT = 2
STATE_SIZE = 4096
STATE_PLAINTEXT = STATE_SIZE - _NONCE - _MAC
HEADER_SIZE = kdf.SALT_BYTES + 16
SLOTS_OFFSET = HEADER_SIZE
STATE_OFFSET = SLOTS_OFFSET + SLOT_COUNT * SLOT_SIZE
RESERVE_OFFSET = STATE_OFFSET + STATE_COUNT * STATE_SIZE
RESERVE_SIZE = 32 << 20
# Every successful unlock rewrites the slots and state records in one piece (unlockwork.py).
REGION_OFFSET = SLOTS_OFFSET
REGION_SIZE = RESERVE_OFFSET - SLOTS_OFFSET
FILE_SIZE = RESERVE_OFFSET + RESERVE_SIZE
FORMAT_VERSION = 1
_PARAMS = struct.Struct(">IIII")


class SlotKind(IntEnum):
    PASSPHRASE = 1
    RECOVERY = 2
    DURESS = 3  # opens the decoy and destroys everything else (duress.py)


@dataclass(frozen=True)
class SlotPayload:
    kind: SlotKind
    vault_key: bytes
    aux_key: bytes = bytes(32)
    decoy_size: int = 0  # DURESS slots: length of the decoy database in the reserve

    def encode(self) -> bytes:
        body = bytes([1, int(self.kind)]) + self.vault_key + self.aux_key + self.decoy_size.to_bytes(8, "big")
        return body + bytes(PAYLOAD_SIZE - len(body))

    @classmethod
    def decode(cls, raw: bytes) -> SlotPayload:
        if raw[0] != 1 or raw[1] not in tuple(SlotKind):
            raise VaultDamaged("key slot has an unknown format")
        return cls(SlotKind(raw[1]), raw[2:34], raw[34:66], int.from_bytes(raw[66:74], "big"))


@dataclass(frozen=True)
class Header:
    salt: bytes
    params: kdf.KdfParams


def _params_mask(salt: bytes) -> bytes:
    return hashlib.blake2b(salt, digest_size=16, person=b"ev-kdf-params").digest()


def _encode_header(header: Header) -> bytes:
    raw = _PARAMS.pack(FORMAT_VERSION, header.params.opslimit, header.params.memlimit // 1024, 0)
    mask = _params_mask(header.salt)
    return header.salt + bytes(a ^ b for a, b in zip(raw, mask, strict=True))


def _decode_header(data: bytes, path: Path) -> Header:
    salt = data[: kdf.SALT_BYTES]
    masked = data[kdf.SALT_BYTES : HEADER_SIZE]
    raw = bytes(a ^ b for a, b in zip(masked, _params_mask(salt), strict=True))
    version, ops, mem_kib, reserved = _PARAMS.unpack(raw)
    params = kdf.KdfParams(opslimit=ops, memlimit=mem_kib * 1024)
    try:
        if version != FORMAT_VERSION or reserved != 0:
            raise ValueError("unknown key file format")
        params.validate()
    except ValueError as exc:
        raise VaultDamaged(f"{path} is damaged or not an evidence vault key file") from exc
    return Header(salt, params)


def slot_key(root: bytes, index: int) -> bytes:
    return hashlib.blake2b(
        b"", key=root, salt=index.to_bytes(16, "big"), person=b"ev-keyslot", digest_size=32
    ).digest()


def create(path: Path, params: kdf.KdfParams) -> Header:
    """Write a new key file: header, then random slots and state records."""
    header = Header(os.urandom(kdf.SALT_BYTES), params)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(_encode_header(header))
        handle.write(os.urandom(FILE_SIZE - HEADER_SIZE))
        handle.flush()
        os.fsync(handle.fileno())
    return header


def read(path: Path) -> tuple[Header, bytes]:
    """Return the header and everything up to the reserve. Never writes, never changes mtime."""
    with open(path, "rb") as handle:
        if os.fstat(handle.fileno()).st_size != FILE_SIZE:
            raise VaultDamaged(f"{path} has the wrong size: it is damaged or not an evidence vault")
        data = handle.read(RESERVE_OFFSET)
    if len(data) != RESERVE_OFFSET:
        raise VaultDamaged(f"{path} is truncated")
    return _decode_header(data, path), data


def read_reserve(path: Path, length: int) -> bytes:
    if not 0 <= length <= RESERVE_SIZE:
        raise VaultDamaged("a key slot names a decoy larger than the reserve")
    with open(path, "rb") as handle:
        handle.seek(RESERVE_OFFSET)
        return handle.read(length)


def write_reserve(path: Path, content: bytes) -> None:
    """Fill the reserve with ``content`` followed by random bytes (or only random bytes)."""
    if len(content) > RESERVE_SIZE:
        raise ValueError("content larger than the reserve")
    _pwrite_synced(path, RESERVE_OFFSET, content + os.urandom(RESERVE_SIZE - len(content)))


def root_key(secret: bytes, header: Header) -> bytes:
    """The single Argon2id derivation behind every slot key for this secret."""
    return kdf.derive(secret, header.salt, header.params)


def open_slots(data: bytes, root: bytes) -> list[tuple[int, SlotPayload]]:
    """Try every slot with the same work, whatever opens; return those that opened."""
    opened: list[tuple[int, SlotPayload]] = []
    for index in range(SLOT_COUNT):
        start = SLOTS_OFFSET + index * SLOT_SIZE
        slot = data[start : start + SLOT_SIZE]
        box = nacl.secret.SecretBox(slot_key(root, index))
        try:
            material = box.decrypt(slot)
            ok = True
        except nacl.exceptions.CryptoError:
            material = slot[_NONCE + _MAC :]
            ok = False
        # Merge even when decryption failed, so every slot costs the same.
        payload = afsplit.merge(material, PAYLOAD_SIZE)
        if ok:
            opened.append((index, SlotPayload.decode(payload)))
    return opened


def seal_slot(root: bytes, index: int, payload: SlotPayload) -> bytes:
    box = nacl.secret.SecretBox(slot_key(root, index))
    sealed = bytes(box.encrypt(afsplit.split(payload.encode())))
    assert len(sealed) == SLOT_SIZE
    return sealed


def _pwrite_synced(path: Path, offset: int, data: bytes) -> None:
    # Overwrite in place (never write-and-rename) so the old bytes of the region
    # are replaced where they lie; see docs/threat-model.md for flash caveats.
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        os.lseek(fd, offset, os.SEEK_SET)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def write_slot(path: Path, root: bytes, index: int, payload: SlotPayload) -> None:
    _pwrite_synced(path, SLOTS_OFFSET + index * SLOT_SIZE, seal_slot(root, index, payload))


def erase_slot(path: Path, index: int) -> None:
    _pwrite_synced(path, SLOTS_OFFSET + index * SLOT_SIZE, os.urandom(SLOT_SIZE))


def erase_all_but(path: Path, keep: int) -> None:
    """Overwrite every slot except ``keep``, and both state records, with random bytes."""
    for index in range(SLOT_COUNT):
        if index != keep:
            erase_slot(path, index)
    _pwrite_synced(path, STATE_OFFSET, os.urandom(STATE_COUNT * STATE_SIZE))


def state_key(vault_key: bytes) -> bytes:
    return hashlib.blake2b(b"", key=vault_key, person=b"ev-state", digest_size=32).digest()


def open_state(vault_key: bytes, sealed: bytes) -> bytes | None:
    """The record in one sealed STATE_SIZE block, if it was sealed with this vault's key."""
    try:
        plain = nacl.secret.SecretBox(state_key(vault_key)).decrypt(sealed)
    except nacl.exceptions.CryptoError:
        return None
    length = int.from_bytes(plain[:4], "big")
    return bytes(plain[4 : 4 + length])


def read_state(data: bytes, vault_key: bytes) -> tuple[int, bytes] | None:
    """Find the state record sealed with this vault's key, if any."""
    found: tuple[int, bytes] | None = None
    for index in range(STATE_COUNT):
        start = STATE_OFFSET + index * STATE_SIZE
        record = open_state(vault_key, data[start : start + STATE_SIZE])
        if record is not None:
            found = (index, record)
    return found


def seal_state(vault_key: bytes, record: bytes) -> bytes:
    """A STATE_SIZE block of random-looking bytes holding ``record`` under this vault's key."""
    if len(record) > STATE_PLAINTEXT - 4:
        raise ValueError("state record too large")
    plain = len(record).to_bytes(4, "big") + record
    plain += os.urandom(STATE_PLAINTEXT - len(plain))
    sealed = bytes(nacl.secret.SecretBox(state_key(vault_key)).encrypt(plain))
    assert len(sealed) == STATE_SIZE
    return sealed


def write_state(path: Path, vault_key: bytes, index: int, record: bytes) -> None:
    _pwrite_synced(path, STATE_OFFSET + index * STATE_SIZE, seal_state(vault_key, record))
