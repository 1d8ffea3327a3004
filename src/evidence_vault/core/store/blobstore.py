"""Byte storage inside the vault database: blobs as ordered 1 MiB chunks.

A blob is written in several transactions (so a multi-GB import never holds
one giant transaction) while it is marked incomplete; the last transaction,
owned by the caller, marks it complete together with the item and the custody
event. Incomplete blobs are invisible to every reader and are collected at the
next unlock, so a crash at any moment leaves no half item.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections.abc import Iterator

from .database import Connection, DatabaseError

CHUNK_SIZE = 1 << 20
# Chunks per intermediate commit: large enough to amortise fsync, small enough
# that the rollback journal stays tiny and readers are not kept out for long.
COMMIT_EVERY = 32


class BlobWriter:
    """Append chunks to a new incomplete blob. ``finish`` leaves the final transaction open.

    ``write_lock`` is the vault's writer lock. It is held for each transaction and
    released at every intermediate commit, so a short write elsewhere (a custody
    event for a viewed item) gets its turn during a multi-GB import.
    """

    def __init__(self, conn: Connection, write_lock: threading.Lock) -> None:
        self._conn = conn
        self._lock = write_lock
        self._seq = 0
        self._since_commit = 0
        self.size = 0
        self._in_transaction = False
        self._borrowed = False
        self._begin()
        try:
            self.blob_id = int(conn.execute("INSERT INTO blobs (complete) VALUES (0)").lastrowid or 0)
        except BaseException:  # a read-only or full disk: never leave the writer lock held
            self._end("ROLLBACK")
            raise

    def _begin(self) -> None:
        self._lock.acquire()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._lock.release()
            raise
        self._in_transaction = True

    def _end(self, statement: str) -> None:
        try:
            self._conn.execute(statement)
        finally:
            self._in_transaction = False
            self._lock.release()

    def write(self, data: bytes) -> None:
        if not self._in_transaction:
            self._begin()
        self._conn.execute(
            "INSERT INTO chunks (blob_id, seq, data) VALUES (?, ?, ?)",
            (self.blob_id, self._seq, data),
        )
        self._seq += 1
        self.size += len(data)
        self._since_commit += 1
        if self._since_commit >= COMMIT_EVERY:
            self._end("COMMIT")
            self._since_commit = 0
            time.sleep(0)  # let a thread waiting on the writer lock take it

    def pause(self) -> None:
        """Commit what was written, still incomplete; ``open_final_transaction`` goes on later."""
        if self._in_transaction:
            self._end("COMMIT")
            self._since_commit = 0

    def borrow(self) -> None:
        """Go on inside the caller's open write transaction on this connection (the caller
        holds the writer lock): ``finish`` and the caller's rows then commit or roll back
        together, and ``abort`` only deletes the blob within it. ``give_back`` ends that."""
        assert not self._in_transaction
        self._in_transaction = self._borrowed = True

    def give_back(self) -> None:
        if self._borrowed:
            self._in_transaction = self._borrowed = False

    def open_final_transaction(self) -> None:
        """Start (or keep) the transaction in which the caller will finish and commit."""
        if not self._in_transaction:
            self._begin()

    def finish(self, sha256: bytes) -> None:
        """Mark complete inside an open transaction; the caller adds its rows and commits."""
        self.open_final_transaction()
        self._conn.execute(
            "UPDATE blobs SET sha256 = ?, size = ?, complete = 1 WHERE id = ?",
            (sha256, self.size, self.blob_id),
        )

    def commit(self) -> None:
        self._end("COMMIT")

    def abort(self) -> None:
        """Discard everything written. Never raises: it runs while another error is reported.

        SQLite may already have rolled back on its own (disk full, I/O error); whatever
        cannot be deleted now is collected at the next unlock.
        """
        if self._borrowed:
            with contextlib.suppress(DatabaseError):
                self._conn.execute("DELETE FROM blobs WHERE id = ? AND complete = 0", (self.blob_id,))
            return
        if self._in_transaction:
            with contextlib.suppress(DatabaseError):
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
            self._in_transaction = False
            self._lock.release()
        with self._lock, contextlib.suppress(DatabaseError):
            self._conn.execute("DELETE FROM blobs WHERE id = ? AND complete = 0", (self.blob_id,))


def read_chunks(conn: Connection, blob_id: int) -> Iterator[bytes]:
    """Yield a blob's chunks in order, one query per chunk (memory stays at one chunk)."""
    seq = 0
    while True:
        row = conn.execute("SELECT data FROM chunks WHERE blob_id = ? AND seq = ?", (blob_id, seq)).fetchone()
        if row is None:
            return
        yield bytes(row[0])
        seq += 1


def hash_blob(conn: Connection, blob_id: int) -> tuple[bytes, int]:
    digest = hashlib.sha256()
    size = 0
    for chunk in read_chunks(conn, blob_id):
        digest.update(chunk)
        size += len(chunk)
    return digest.digest(), size
