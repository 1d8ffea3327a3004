"""The work every successful unlock does, whichever secret opened it (issue 18, section 4).

Someone watching an unlock (a clock, a disk light, an I/O counter) must not learn
whether a duress passphrase was typed, nor whether one is set. So every successful
unlock, before SQLite opens the database and under the process lock, makes the same
reads and writes, with the same three syncs, sized by the vault's *work size* N
(kept in the sealed state record, under the vault key, so it is known before the
database opens):

  1. the slot and state area of vault.keys (REGION_SIZE bytes), then fsync;
  2. vault.db from offset 0, D bytes, then fsync;
  3. the reserve of vault.keys from offset 0, 2N - D bytes, then fsync.

Both paths first read D = min(N, size of vault.db) bytes of vault.db and 2N - D bytes
of the reserve. An ordinary unlock writes back exactly what it read (identical bytes,
so an interruption changes nothing). When the
secret opens a decoy waiting in the reserve, step 1 erases every slot but the decoy's
two and puts the decoy's state record in place of the real one (the real key material
goes first), step 2 writes the decoy database over vault.db in place (same inode, same
birth time; the old file's tail past the decoy's last page is freed in the background
after the unlock by Vault._give_back_tail, as on every unlock), and step 3 fills the used part of the
reserve with random bytes, which also marks the switch as finished: until then, any
unlock with a decoy secret resumes it from the start. A vault without a duress
passphrase gets a work size at creation that a typical decoy would have.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..crypto import canonical, keyfile
from ..crypto.keyfile import SlotKind, SlotPayload
from ..errors import VaultDamaged

# The decoy (its database and the block before it) may use half the reserve, so that
# 2N bytes always fit in the reserve.
MAX_WORK = keyfile.RESERVE_SIZE // 2
MAX_DECOY_IMAGE = MAX_WORK - keyfile.STATE_SIZE
_BINARY = getattr(os, "O_BINARY", 0)
# Where the files cannot be written (read-only media or modes, a file-size limit, a full
# copy-on-write disk), an ordinary unlock still opens: its rewrite changes no byte.
_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS, errno.EFBIG, errno.ENOSPC, errno.EDQUOT)


def typical_work() -> int:
    """A work size a decoy of a few photos and notes would have: 256 KiB to 8 MiB, in pages."""
    return 4096 * (64 + secrets.randbelow(2048 - 64 + 1))


def work_of(record: bytes | None) -> int | None:
    """The work size in a state record (None for records written before it existed)."""
    if record is None:
        return None
    try:
        value = json.loads(record).get("work")
    except ValueError:
        return None
    return int(value) if isinstance(value, int) and 0 < value <= MAX_WORK else None


@dataclass(frozen=True)
class Decoy:
    """A decoy waiting in the reserve, as the secret just typed found it."""

    work: int
    image_offset: int  # where its database starts in the reserve
    image_size: int
    keep: tuple[int, ...]  # its slots, kept; every other slot is erased
    state: bytes | None  # its state record, sealed into the state area
    rewrap: tuple[int, bytes] | None = None  # (slot, new sealed bytes): legacy DURESS slots
    opened_kind: SlotKind = SlotKind.PASSPHRASE


def pending_decoy(reserve_head: bytes, root: bytes, slot: int, payload: SlotPayload) -> Decoy | None:
    """The decoy this secret opens, if it has not been switched in yet.

    A decoy set up by duress.set_up sits in the reserve after a block sealed under its
    own key (the same sealing as a state record), which no real vault key opens. A slot
    of the older kind DURESS (set up before the decoy had a recovery code) holds the
    decoy's size instead, with the decoy at the start of the reserve.
    """
    if payload.kind == SlotKind.DURESS:
        size = payload.decoy_size
        if not 0 < size <= keyfile.RESERVE_SIZE:
            raise VaultDamaged("a key slot names a decoy larger than the reserve")
        ordinary = keyfile.seal_slot(root, slot, SlotPayload(SlotKind.PASSPHRASE, payload.vault_key))
        work = min(size + keyfile.STATE_SIZE, MAX_WORK)
        return Decoy(work, 0, size, (slot,), None, (slot, ordinary))
    head = keyfile.open_state(payload.vault_key, reserve_head)
    if head is None:
        return None
    record: dict[str, Any] = json.loads(head)
    decoy = record["decoy"]
    state = canonical.encode(record["state"])
    keep = tuple(int(s) for s in decoy["keep"])
    if slot not in keep:
        raise VaultDamaged("a decoy in the reserve does not name the slot that opened it")
    work = int(record["state"]["work"])
    return Decoy(work, keyfile.STATE_SIZE, int(decoy["image"]), keep, state, None, payload.kind)


def decoy_block(decoy_key: bytes, keep: list[int], image_size: int, state: dict[str, Any]) -> bytes:
    """The sealed block duress.set_up writes before the decoy's database in the reserve."""
    record = {"v": 1, "decoy": {"keep": sorted(keep), "image": image_size}, "state": state}
    return keyfile.seal_state(decoy_key, canonical.encode(record))


def _region_like_a_switch(noise: memoryview, data: bytes, vault_key: bytes) -> None:
    """What _region_after_switch costs, for an ordinary unlock (its result is not used)."""
    region = bytearray(noise)
    for index in (0, 1):
        start = index * keyfile.SLOT_SIZE
        region[start : start + keyfile.SLOT_SIZE] = data[
            keyfile.SLOTS_OFFSET + start : keyfile.SLOTS_OFFSET + start + keyfile.SLOT_SIZE
        ]
    keyfile.seal_state(vault_key, b"{}")


def _region_after_switch(data: bytes, vault_key: bytes, decoy: Decoy, noise: memoryview) -> bytes:
    region = bytearray(noise)
    for index in decoy.keep:
        start = index * keyfile.SLOT_SIZE
        region[start : start + keyfile.SLOT_SIZE] = data[
            keyfile.SLOTS_OFFSET + start : keyfile.SLOTS_OFFSET + start + keyfile.SLOT_SIZE
        ]
    if decoy.rewrap is not None:
        index, sealed = decoy.rewrap
        region[index * keyfile.SLOT_SIZE : (index + 1) * keyfile.SLOT_SIZE] = sealed
    if decoy.state is not None:
        state_at = keyfile.STATE_OFFSET - keyfile.SLOTS_OFFSET
        region[state_at : state_at + keyfile.STATE_SIZE] = keyfile.seal_state(vault_key, decoy.state)
    return bytes(region)


# lseek + read/write rather than pread/pwrite, which Windows lacks.
def _pwrite_all(fd: int, data: bytes | bytearray | memoryview, offset: int) -> None:
    os.lseek(fd, offset, os.SEEK_SET)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _pread_all(fd: int, length: int, offset: int) -> bytes:
    os.lseek(fd, offset, os.SEEK_SET)
    parts, done = [], 0
    while done < length:
        part = os.read(fd, length - done)
        if not part:
            break
        parts.append(part)
        done += len(part)
    return b"".join(parts)


def refresh(
    keys_path: Path, db_path: Path, data: bytes, vault_key: bytes, work: int, decoy: Decoy | None
) -> None:
    """Do the unlock's work (module docstring): rewrite in place, or switch the decoy in."""
    try:
        _refresh(keys_path, db_path, data, vault_key, work, decoy)
    except OSError as exc:
        if decoy is not None or exc.errno not in _READ_ONLY:
            raise


def _refresh(
    keys_path: Path, db_path: Path, data: bytes, vault_key: bytes, work: int, decoy: Decoy | None
) -> None:
    if decoy is not None:
        # The real database's journals must never be replayed onto the decoy.
        for suffix in ("-journal", "-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
    keys_fd = os.open(keys_path, os.O_RDWR | _BINARY)
    try:
        db_fd = os.open(db_path, os.O_RDWR | _BINARY | (os.O_CREAT if decoy is not None else 0), 0o600)
        try:
            size = os.fstat(db_fd).st_size
            head_length = min(work, size)
            reserve_length = min(2 * work - head_length, keyfile.RESERVE_SIZE)
            db_head = _pread_all(db_fd, head_length, 0)
            reserve = _pread_all(keys_fd, reserve_length, keyfile.RESERVE_OFFSET)
            region: bytes | bytearray = data[
                keyfile.REGION_OFFSET : keyfile.REGION_OFFSET + keyfile.REGION_SIZE
            ]
            # Both paths draw the same random bytes, copy and seal as much, and slice without
            # copying: the same processor work (copies made the duress path 7 ms slower).
            noise = memoryview(os.urandom(keyfile.REGION_SIZE + reserve_length + keyfile.STATE_SIZE))
            db_bytes: bytes | memoryview
            reserve_bytes: bytes | memoryview
            if decoy is None:
                db_bytes, reserve_bytes = db_head, reserve
                _region_like_a_switch(noise[: keyfile.REGION_SIZE], data, vault_key)
            else:
                db_bytes = memoryview(reserve)[decoy.image_offset : decoy.image_offset + decoy.image_size]
                if len(db_bytes) != decoy.image_size:
                    raise VaultDamaged("the decoy in the reserve is truncated")
                region = _region_after_switch(data, vault_key, decoy, noise[: keyfile.REGION_SIZE])
                length = min(2 * work - decoy.image_size, keyfile.RESERVE_SIZE)
                reserve_bytes = noise[keyfile.REGION_SIZE : keyfile.REGION_SIZE + length]
                assert len(reserve_bytes) == length  # the used part of the reserve, and as much again
            _pwrite_all(keys_fd, region, keyfile.REGION_OFFSET)
            os.fsync(keys_fd)
            _pwrite_all(db_fd, db_bytes, 0)  # a larger old file's tail: see Vault._give_back_tail
            os.fsync(db_fd)
            _pwrite_all(keys_fd, reserve_bytes, keyfile.RESERVE_OFFSET)
            os.fsync(keys_fd)
        finally:
            os.close(db_fd)
    finally:
        os.close(keys_fd)
