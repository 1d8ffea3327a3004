"""Import of bytes that arrive as a stream (a bundle being verified, a ProofMode export).

The bytes go into an incomplete blob as they arrive: invisible to every reader, deleted by
``abort`` and, after a crash, collected at the next unlock. Only ``store`` makes an item of
them, so a bundle can be verified and stored in one pass: every file is written while the
stream is checked, and stored once the whole stream is known to be good.

SQLCipher's writes run in a thread of their own (the ``sqlite3`` call releases the GIL), so
that the caller's decryption and hashing overlap the encryption of the pages.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from typing import Protocol

from ..session.vault import Vault
from ..store.blobstore import CHUNK_SIZE, BlobWriter
from ..store.database import Connection
from . import sniff
from .items import display_name
from .results import ImportResult, Status

_AHEAD = 4  # chunks queued for the writer thread: memory stays flat whatever the size


class Importer(Protocol):
    """What the importer (``importer.Importer``, which makes stream imports) does for one."""

    vault: Vault

    def _insert_item(
        self, conn: Connection, name: bytes, writer: BlobWriter, digest: bytes, head: bytes
    ) -> int: ...
    def _restore_item(
        self, conn: Connection, name: bytes, writer: BlobWriter, digest: bytes, item_id: int, old_blob: int
    ) -> int: ...
    def _record_duplicate(
        self, conn: Connection, name: bytes, shown: str, item_id: int, digest: bytes, *, within: bool = False
    ) -> ImportResult: ...


class StreamImport:
    """One item arriving through ``write``; ``end`` closes its bytes, ``store`` stores them
    (or records a duplicate), ``abort`` discards them. ``finish`` is ``end`` then ``store``.

    ``conn`` is a connection the caller owns and keeps for a run of stream imports, one at a
    time; without it the stream opens one of its own and releases it at the end.
    """

    def __init__(
        self, importer: Importer, name: bytes, expected_sha256: str, conn: Connection | None = None
    ) -> None:
        self._importer = importer
        self._name = name
        self._expected = expected_sha256
        self._own = conn is None
        self._conn = importer.vault.connect() if conn is None else conn
        try:
            self._writer: BlobWriter | None = BlobWriter(self._conn, importer.vault.write_lock)
        except BaseException:
            self._release()
            raise
        self._hash = hashlib.sha256()
        self._pending = bytearray()
        self._head = b""
        self._digest: bytes | None = None
        self._queue: queue.Queue[bytes | None] = queue.Queue(_AHEAD)
        self._failure: list[BaseException] = []
        self._thread: threading.Thread | None = None

    def write(self, data: bytes) -> None:
        if self._writer is None or self._digest is not None:
            raise ValueError("this stream import has ended")
        self._raise_failure()
        self._hash.update(data)
        if not self._head:
            self._head = bytes(data[: sniff.SNIFF_BYTES])
        self._pending += data
        while len(self._pending) >= CHUNK_SIZE:  # the store wants exact 1 MiB chunks
            self._put(bytes(self._pending[:CHUNK_SIZE]))
            del self._pending[:CHUNK_SIZE]

    def _put(self, chunk: bytes) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._store_chunks, name="stream-import", daemon=True)
            self._thread.start()
        while True:
            try:
                self._queue.put(chunk, timeout=0.5)
                return
            except queue.Full:
                self._raise_failure()

    def _store_chunks(self) -> None:
        assert self._writer is not None
        try:
            while (chunk := self._queue.get()) is not None:
                self._writer.write(chunk)
        except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
            self._failure.append(exc)
            while self._queue.get() is not None:  # unblock the caller; it will see the failure
                pass

    def _raise_failure(self) -> None:
        if self._failure:
            raise self._failure[0]

    def _drain(self) -> None:
        """Wait until every queued chunk is written (or the writer failed)."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def end(self) -> None:
        """All bytes have come: write the rest and commit them, still as an incomplete blob."""
        if self._digest is not None:
            return
        assert self._writer is not None
        self._drain()
        self._raise_failure()
        if self._pending:
            self._writer.write(bytes(self._pending))
            self._pending.clear()
        self._writer.pause()
        self._digest = self._hash.digest()

    def store(self) -> ImportResult:
        """Store the ended bytes as an item, restore a deleted one, or record a duplicate."""
        return self._store(within=False)

    def store_within(self) -> ImportResult:
        """``store`` inside the caller's open write transaction on this stream's connection
        (the caller holds the writer lock): the item commits, or rolls back, with the caller's
        rows, and ``abort`` still discards the bytes after a rollback."""
        return self._store(within=True)

    def _store(self, within: bool) -> ImportResult:
        writer = self._writer
        assert writer is not None and self._digest is not None, "end() comes before store()"
        digest, shown = self._digest, display_name(self._name)
        importer = self._importer
        if within:
            writer.borrow()
        else:
            self._writer = None
        try:
            if digest.hex() != self._expected:
                writer.abort()
                return ImportResult(shown, Status.FAILED, message="bytes differ from the bundle's manifest")
            writer.open_final_transaction()
            existing = self._conn.execute(
                "SELECT id, deleted_at, blob_id FROM items WHERE sha256 = ?", (digest,)
            ).fetchone()
            if existing is not None and existing[1] is None:
                writer.abort()
                return importer._record_duplicate(
                    self._conn, self._name, shown, int(existing[0]), digest, within=within
                )
            message = ""
            if existing is not None:  # a deleted item's bytes came back (its record kept the hash)
                item_id = importer._restore_item(
                    self._conn, self._name, writer, digest, int(existing[0]), int(existing[2])
                )
                message = "restored: this item had been deleted"
            else:
                writer.finish(digest)
                item_id = importer._insert_item(self._conn, self._name, writer, digest, self._head)
            if not within:
                writer.commit()
            return ImportResult(shown, Status.IMPORTED, item_id, digest.hex(), writer.size, message)
        except BaseException:
            if not within:
                writer.abort()
            raise
        finally:
            writer.give_back()
            if not within:
                self._release()

    def finish(self) -> ImportResult:
        try:
            self.end()
        except BaseException:
            self.abort()
            raise
        return self.store()

    def abort(self) -> None:
        """Give up: nothing of it is stored. Never raises."""
        writer, self._writer = self._writer, None
        if self._thread is not None:
            self._drain()
        if writer is not None:
            writer.abort()
        self._release()

    def _release(self) -> None:
        if self._own and self._conn is not None:
            self._importer.vault.release(self._conn)
            self._own = False
