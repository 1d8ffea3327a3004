"""Streaming import of files and folders as evidence.

Each file is read once: a reader thread reads 1 MiB chunks and hashes them
while the calling thread stores them (SQLCipher encrypts with the GIL released),
so hashing costs no wall time. One file's failure never stops the batch and
never touches items already stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import stat
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..custody import log as custody
from ..session.vault import Vault
from ..store import database, search
from ..store.blobstore import CHUNK_SIZE, BlobWriter
from ..store.database import Connection
from . import cases, sniff
from .items import display_name

# Re-exported: callers import a file's result from the importer, which makes them.
from .results import ImportResult as ImportResult
from .results import Status as Status
from .stream_import import StreamImport

_QUEUE_CHUNKS = 4  # bounded read-ahead: memory stays flat whatever the file size


@dataclass
class ImportProgress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str


@dataclass
class ImportSummary:
    results: list[ImportResult] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def cancelled(self) -> bool:
        return any(r.status is Status.CANCELLED for r in self.results)


class _Cancelled(Exception):
    pass


ProgressFn = Callable[[ImportProgress], None]


def printable_path(path: Path | str) -> str:
    """A path for messages, with control characters escaped so no terminal is hijacked."""
    return display_name(os.fsencode(str(path)))


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[ImportResult]]:
    """Expand folders recursively (not following directory links); report unusable paths."""
    files: list[Path] = []
    problems: list[ImportResult] = []

    def walk_error(error: OSError) -> None:
        where = error.filename if error.filename is not None else "?"
        problems.append(
            ImportResult(
                printable_path(where),
                Status.FAILED,
                message=f"cannot read folder: {error.strerror}",
            )
        )

    for path in paths:
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            problems.append(
                ImportResult(printable_path(path), Status.FAILED, message=f"cannot read: {exc.strerror}")
            )
            continue
        if stat.S_ISDIR(mode):
            for root, dirs, names in os.walk(path, onerror=walk_error):
                dirs.sort()
                files.extend(Path(root) / name for name in sorted(names))
        else:
            files.append(Path(path))
    return files, problems


class Importer:
    """Imports into one vault through its own connection (safe to run in a worker thread)."""

    def __init__(self, vault: Vault, *, case: str | None = None, tags: Sequence[str] = ()) -> None:
        self.vault = vault
        self.case = case
        self.tags = sorted(set(tags))

    def run(
        self,
        paths: Iterable[Path],
        *,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        on_result: Callable[[ImportResult], None] | None = None,
    ) -> ImportSummary:
        files, problems = collect_files(paths)
        db = os.path.realpath(self.vault.db_path)
        own = {os.path.realpath(self.vault.keys_path), db, db + "-journal", db + "-wal", db + "-shm"}
        for path in [f for f in files if os.path.realpath(f) in own]:
            files.remove(path)
            message = "part of this vault itself; not imported"
            problems.append(ImportResult(printable_path(path), Status.FAILED, message=message))
        summary = ImportSummary()
        for problem in problems:
            summary.results.append(problem)
            if on_result:
                on_result(problem)
        sizes = [_size_or_zero(path) for path in files]
        state = ImportProgress(0, len(files), 0, sum(sizes), "")
        # Imports go first: the background analysis waits while one runs (Vault.importing).
        with self.vault.importing():
            conn = self.vault.connect()
            try:
                for index, path in enumerate(files):
                    if cancel is not None and cancel.is_set():
                        result = ImportResult(printable_path(path), Status.CANCELLED, message="cancelled")
                    else:
                        state.current = printable_path(path)
                        base = state.bytes_done

                        def step(done: int, base: int = base) -> None:
                            state.bytes_done = base + done
                            if progress:
                                progress(state)

                        result = self._import_one(conn, path, step, cancel)
                        state.bytes_done = base + sizes[index]
                    state.files_done = index + 1
                    if progress:
                        progress(state)
                    summary.results.append(result)
                    if on_result:
                        on_result(result)
            finally:
                self.vault.release(conn)
        return summary

    # -- one file -----------------------------------------------------------------
    def _import_one(
        self,
        conn: Connection,
        path: Path,
        step: Callable[[int], None],
        cancel: threading.Event | None,
    ) -> ImportResult:
        shown = printable_path(path)
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                return ImportResult(shown, Status.FAILED, message="not a regular file")
            existing = self._same_size_candidates(conn, info.st_size)
            if existing:
                digest = _hash_file(path, cancel)
                if digest.hex() in existing:
                    return self._record_duplicate(
                        conn, os.fsencode(path.name), shown, existing[digest.hex()], digest
                    )
            return self._store(conn, path, step, cancel)
        except _Cancelled:
            return ImportResult(shown, Status.CANCELLED, message="cancelled")
        except OSError as exc:
            return ImportResult(shown, Status.FAILED, message=f"cannot read: {exc.strerror or exc}")
        except database.DatabaseError as exc:
            reason = (
                "the vault's disk is full"
                if "full" in str(exc)
                else f"could not store it in the vault: {exc}"
            )
            return ImportResult(shown, Status.FAILED, message=reason)

    def _same_size_candidates(self, conn: Connection, size: int) -> dict[str, int]:
        rows = conn.execute(
            "SELECT sha256, id FROM items WHERE size = ? AND deleted_at IS NULL", (size,)
        ).fetchall()
        return {bytes(sha).hex(): int(item_id) for sha, item_id in rows}

    def _store(
        self,
        conn: Connection,
        path: Path,
        step: Callable[[int], None],
        cancel: threading.Event | None,
    ) -> ImportResult:
        reader = _ChunkReader(path)
        writer: BlobWriter | None = None
        try:
            writer = BlobWriter(conn, self.vault.write_lock)
            for chunk in reader:
                if cancel is not None and cancel.is_set():
                    raise _Cancelled
                writer.write(chunk)
                step(writer.size)
            digest = reader.digest
            writer.open_final_transaction()
            existing = conn.execute(
                "SELECT id, deleted_at, blob_id FROM items WHERE sha256 = ?", (digest,)
            ).fetchone()
            if existing is not None and existing[1] is None:  # stored meanwhile (same size, raced)
                writer.abort()
                writer = None
                return self._record_duplicate(
                    conn, os.fsencode(path.name), printable_path(path), int(existing[0]), digest
                )
            if existing is not None:
                name = os.fsencode(path.name)
                item_id = self._restore_item(conn, name, writer, digest, int(existing[0]), int(existing[2]))
                message = "restored: this item had been deleted"
            else:
                writer.finish(digest)
                item_id = self._insert_item(conn, os.fsencode(path.name), writer, digest, reader.head)
                message = ""
            writer.commit()
            writer = None
            return ImportResult(
                printable_path(path), Status.IMPORTED, item_id, digest.hex(), reader.size, message
            )
        finally:
            reader.close()
            if writer is not None:
                writer.abort()

    def _insert_item(
        self, conn: Connection, name: bytes, writer: BlobWriter, digest: bytes, head: bytes
    ) -> int:
        now = custody.utc_now()
        content_type = sniff.content_type(head)
        item_id = int(
            conn.execute(
                "INSERT INTO items (blob_id, sha256, size, content_type, original_name, imported_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (writer.blob_id, digest, writer.size, content_type, name, now),
            ).lastrowid
            or 0
        )
        self._file_under(conn, item_id)
        self.vault.record(
            conn,
            "item.imported",
            {
                "sha256": digest.hex(),
                "size": writer.size,
                "content_type": content_type,
                "imported_at": now,
                **self._source(name),
            },
            items=[item_id],
            objects=[digest.hex()],
        )
        return item_id

    def _restore_item(
        self, conn: Connection, name: bytes, writer: BlobWriter, digest: bytes, item_id: int, old_blob: int
    ) -> int:
        """The bytes of a deleted item came back: re-attach them to its record."""
        conn.execute(
            "UPDATE items SET blob_id = ?, deleted_at = NULL, delete_reason = NULL WHERE id = ?",
            (writer.blob_id, item_id),
        )
        conn.execute("DELETE FROM blobs WHERE id = ?", (old_blob,))
        writer.finish(digest)
        self._file_under(conn, item_id)
        self.vault.record(
            conn,
            "item.restored",
            {"sha256": digest.hex(), "size": writer.size, **self._source(name)},
            items=[item_id],
            objects=[digest.hex()],
        )
        return item_id

    def _record_duplicate(
        self, conn: Connection, name: bytes, shown: str, item_id: int, digest: bytes, *, within: bool = False
    ) -> ImportResult:
        """``within``: inside the caller's open write transaction on ``conn``."""
        with contextlib.nullcontext(conn) if within else self.vault.transaction(conn):
            self._file_under(conn, item_id)
            self.vault.record(
                conn,
                "item.duplicate_seen",
                {"sha256": digest.hex(), **self._source(name)},
                items=[item_id],
                objects=[digest.hex()],
            )
        size = int(conn.execute("SELECT size FROM items WHERE id = ?", (item_id,)).fetchone()[0])
        return ImportResult(shown, Status.DUPLICATE, item_id, digest.hex(), size)

    def begin_stream(
        self, name_hex: str, expected_sha256: str, conn: Connection | None = None
    ) -> StreamImport:
        """Import bytes that arrive as a stream (a verified bundle), not from a file."""
        return StreamImport(self, bytes.fromhex(name_hex), expected_sha256, conn)

    def _source(self, name: bytes) -> dict[str, object]:
        """What a custody event says about where the bytes came from."""
        return {
            "source_name": display_name(name),
            "source_name_hex": name.hex(),
            "case": self.case,
            "tags": self.tags,
        }

    def _file_under(self, conn: Connection, item_id: int) -> None:
        """Add the item to the import's case and tags (inside the caller's transaction)."""
        if self.case:
            case_id = cases.ensure(self.vault, conn, self.case)
            conn.execute(
                "INSERT OR IGNORE INTO item_cases (item_id, case_id) VALUES (?, ?)",
                (item_id, case_id),
            )
        conn.executemany(
            "INSERT OR IGNORE INTO item_tags (item_id, tag) VALUES (?, ?)",
            [(item_id, tag) for tag in self.tags],
        )
        # Name, tags and cases are searchable from the moment the item exists (core/search.py).
        search.index_item(conn, item_id)


class _ChunkReader:
    """Reads and hashes a file in a background thread; iterate to get its chunks."""

    def __init__(self, path: Path) -> None:
        self._file = open(path, "rb", buffering=0)  # noqa: SIM115 - closed in close()
        self._queue: queue.Queue[bytes | BaseException] = queue.Queue(_QUEUE_CHUNKS)
        self._stop = threading.Event()
        self._hash = hashlib.sha256()
        self.size = 0
        self.head = b""
        self._thread = threading.Thread(target=self._run, name="import-reader", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                chunk = _read_full(self._file, CHUNK_SIZE)
                if chunk:
                    self._hash.update(chunk)
                    if not self.head:
                        self.head = chunk[: sniff.SNIFF_BYTES]
                    self.size += len(chunk)
                self._put(chunk)
                if not chunk:
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer
            self._put(exc)

    def _put(self, item: bytes | BaseException) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def __iter__(self) -> Iterator[bytes]:
        while True:
            item = self._queue.get()
            if isinstance(item, BaseException):
                raise item
            if not item:
                return
            yield item

    @property
    def digest(self) -> bytes:
        return self._hash.digest()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._file.close()


def _read_full(handle: BinaryIO, size: int) -> bytes:
    """Read up to ``size`` bytes, looping over short reads (pipes, network mounts)."""
    parts: list[bytes] = []
    remaining = size
    while remaining:
        data = handle.read(remaining)
        if not data:
            break
        parts.append(data)
        remaining -= len(data)
    return b"".join(parts)


def _hash_file(path: Path, cancel: threading.Event | None) -> bytes:
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as handle:
        while chunk := _read_full(handle, CHUNK_SIZE):
            if cancel is not None and cancel.is_set():
                raise _Cancelled
            digest.update(chunk)
    return digest.digest()


def _size_or_zero(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
