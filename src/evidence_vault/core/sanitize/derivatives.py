"""Sanitized derivatives inside the vault: risk report, make, list, stream.

The original is never touched. A derivative is built in memory (images, audio, PDF) or
streamed into an incomplete blob (video), checked, and only then stored, together with its
``derivatives`` row and the ``item.derivative_made`` custody event, in one transaction.
A refused derivative leaves nothing behind (its blob is aborted).
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from ... import __version__
from ..custody import log as custody
from ..errors import UsageError
from ..evidence.items import ItemStream, ItemSummary
from ..media.model import MetadataField, Risk
from ..media.source import BLOCK, Source
from ..session.vault import Vault
from ..store import blobstore, database
from ..store.database import Connection
from . import check, engine
from . import withhold as withholding
from .common import SanitizeRefused

TOOL = "evidence-vault sanitize"


@dataclass(frozen=True)
class Derivative:
    id: int
    item_id: int
    sha256: str
    size: int
    content_type: str
    removed: list[str]
    reencoded: bool
    blob_id: int = field(repr=False, compare=False, default=0)
    options: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "profile": self.options.get("profile")
            or ("withheld" if "withhold" in self.options else "sanitized"),
            "item_id": self.item_id,
            "sha256": self.sha256,
            "size": self.size,
            "content_type": self.content_type,
            "removed": self.removed,
            "reencoded": self.reencoded,
            "options": self.options,
        }


@dataclass(frozen=True)
class FieldPlan:
    field: MetadataField
    action: str  # "removed", "kept", "re-encoded"

    def to_json(self) -> dict[str, str]:
        return {**self.field.to_json(), "action": self.action}


@dataclass
class ItemReport:
    item_id: int
    name: str
    kind: str
    fields: list[FieldPlan]
    blocking: list[str]  # what cannot be cleaned; empty when the item can be exported clean
    reencoded: bool = False

    @property
    def cleanable(self) -> bool:
        return not self.blocking

    def to_json(self) -> dict[str, Any]:
        return {
            "item_id": self.item_id,
            "name": self.name,
            "kind": self.kind,
            "cleanable": self.cleanable,
            "reencoded": self.reencoded,
            "fields": [plan.to_json() for plan in self.fields],
            "blocking": self.blocking,
        }


def item_source(conn: Connection, item: ItemSummary) -> Source:
    stream = ItemStream(conn, item)
    return Source(item.size, lambda index: stream.read_at(index * BLOCK, BLOCK))


def require_present(item: ItemSummary) -> None:
    if item.deleted_at is not None:
        raise UsageError(f"item {item.id} was deleted on {item.deleted_at}; nothing to sanitize")


def risk_report(
    vault: Vault,
    item: ItemSummary,
    *,
    heic_to: str = "jpeg",
    flatten_pdf: bool = False,
    withhold: AbstractSet[str] | None = None,
) -> ItemReport:
    """Every field the read-out finds, with what sanitizing will do to it. Runs the sanitizer
    in memory (nothing is stored) so that 'blocking' is what an export would actually meet.

    With ``withhold`` (choices of ``withhold.CHOICES``), the report is for sending the
    original minus those fields instead: each field is "withheld" or "kept (original)"."""
    require_present(item)
    if withhold is not None:
        return _withhold_report(vault, item, frozenset(withhold))
    source = item_source(vault.conn, item)
    kind = engine.detect(source.head(4096))
    before = check.read_out(source)
    blocking: list[str] = []
    kept: set[tuple[str, str]] = set()
    reencoded = False
    try:
        if kind in engine.STREAMED:
            outcome = engine.sanitize_stream(source, io.BytesIO(), item.name)
        else:
            outcome = engine.sanitize_bytes_detailed(
                source.all(engine.MAX_IN_MEMORY), item.name, heic_to=heic_to, flatten_pdf=flatten_pdf
            )
        reencoded = outcome.reencoded
        removed = set(outcome.removed)
        kept = {(f.field, f.location) for f in before.fields if f"{f.field} [{f.location}]" not in removed}
    except SanitizeRefused as exc:
        blocking = [exc.reason, *exc.remaining]
    except ValueError as exc:
        blocking = [str(exc)]
    plans = []
    for found in before.fields:
        if blocking:
            action = "blocking" if found.risk in (Risk.HIGH, Risk.MEDIUM) else "unknown"
        elif (found.field, found.location) in kept:
            action = "kept"
        else:
            action = "re-encoded" if reencoded and found.risk is Risk.LOW else "removed"
        plans.append(FieldPlan(found, action))
    return ItemReport(item.id, item.name, kind, plans, blocking, reencoded)


def _withhold_report(vault: Vault, item: ItemSummary, chosen: frozenset[str]) -> ItemReport:
    source = item_source(vault.conn, item)
    kind = engine.detect(source.head(4096))
    before = check.read_out(source)
    blocking: list[str] = []
    try:
        withholding.withhold_bytes(source.all(engine.MAX_IN_MEMORY), item.name, chosen)
    except SanitizeRefused as exc:
        blocking = [exc.reason, *exc.remaining]
    except ValueError as exc:  # too large to hold in memory
        if withholding.to_withhold(before, chosen):
            blocking = [str(exc)]
    plans = []
    for found in before.fields:
        if withholding.category(found.field, found.location) in chosen:
            action = "blocking" if blocking else "withheld"
        else:
            action = "kept (original)"
        plans.append(FieldPlan(found, action))
    return ItemReport(item.id, item.name, kind, plans, blocking)


def make_withheld(vault: Vault, item: ItemSummary, withhold: AbstractSet[str]) -> Derivative | None:
    """The original minus the chosen device-identifying fields, stored and checked as a derivative
    (``item.derivative_made`` with both hashes and what was removed). None when the item holds
    none of them: the original itself can be sent. Raises SanitizeRefused (``WithholdRefused``)
    when they cannot be provably cut out; the original is never changed."""
    require_present(item)
    chosen = frozenset(withhold)
    source = item_source(vault.conn, item)
    with database.damage_as_error(f"reading item {item.id}"):
        try:
            data = source.all(engine.MAX_IN_MEMORY)
        except ValueError as exc:
            before = check.read_out(source)
            if not before.problems and not before.truncated and not withholding.to_withhold(before, chosen):
                return None  # a large file with nothing to withhold
            raise withholding.WithholdRefused(item.name, str(exc)) from None
        result = withholding.withhold_bytes(data, item.name, chosen)
    if result.data is None:
        return None
    body = result.data
    outcome = engine.Outcome(body, "jpeg", result.content_type, result.removed, False)
    options = {"withhold": sorted(chosen)}
    return store_derivative(
        vault, item, outcome, hashlib.sha256(body).digest(), len(body), body=body, options=options,
        heic_to="jpeg", flatten=False,
    )  # fmt: skip


def _row(row: tuple[Any, ...]) -> Derivative:
    did, item_id, blob_id, sha, size, ctype, removed, reencoded, options = row
    return Derivative(
        int(did), int(item_id), bytes(sha).hex(), int(size), str(ctype), list(json.loads(removed)),
        bool(reencoded), int(blob_id), dict(json.loads(options or "{}")),
    )  # fmt: skip


_COLUMNS = "id, item_id, blob_id, sha256, size, content_type, removed, reencoded, options"


def derivatives(conn: Connection, item_id: int) -> list[Derivative]:
    return [
        _row(r)
        for r in conn.execute(f"SELECT {_COLUMNS} FROM derivatives WHERE item_id = ? ORDER BY id", (item_id,))
    ]


def derivative_by_hash(conn: Connection, ref: str) -> Derivative | None:
    """The derivative whose SHA-256 starts with ``ref`` (at least 6 hex digits), if one does:
    the way back from a published copy to its original."""
    prefix = ref.strip().lower()
    if len(prefix) < 6 or any(c not in "0123456789abcdef" for c in prefix):
        return None
    found = [_row(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM derivatives ORDER BY id")]
    matching = [d for d in found if d.sha256.startswith(prefix)]
    if len({d.sha256 for d in matching}) > 1:
        raise UsageError(f"'{ref}' matches {len(matching)} copies; give more of the hash")
    return matching[0] if matching else None


def derivative_chunks(conn: Connection, derivative: Derivative) -> Iterator[bytes]:
    return blobstore.read_chunks(conn, derivative.blob_id)


class BlobFile(io.RawIOBase):
    """A seekable, readable, writable file over a new incomplete blob, for the MP4 muxer.

    The muxer appends, then seeks back a few times to patch box sizes: writes behind the
    current chunk update that chunk in place. Only the chunk being filled is in memory.
    """

    def __init__(self, writer: blobstore.BlobWriter, conn: Connection) -> None:
        super().__init__()
        self._writer, self._conn = writer, conn
        self._flushed = 0  # bytes stored as full chunks
        self._tail = bytearray()  # the chunk being filled
        self._pos = 0

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    @property
    def size(self) -> int:
        return self._flushed + len(self._tail)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def _patch(self, seq: int, start: int, data: bytes) -> None:
        self._writer.open_final_transaction()
        row = self._conn.execute(
            "SELECT data FROM chunks WHERE blob_id = ? AND seq = ?", (self._writer.blob_id, seq)
        ).fetchone()
        chunk = bytearray(row[0])
        chunk[start : start + len(data)] = data
        self._conn.execute(
            "UPDATE chunks SET data = ? WHERE blob_id = ? AND seq = ?",
            (bytes(chunk), self._writer.blob_id, seq),
        )

    def write(self, data: Any) -> int:
        data = bytes(data)
        done = 0
        while done < len(data):
            if self._pos < self._flushed:
                seq, start = divmod(self._pos, blobstore.CHUNK_SIZE)
                piece = data[done : done + blobstore.CHUNK_SIZE - start]
                self._patch(seq, start, piece)
            else:
                start = self._pos - self._flushed
                if start > len(self._tail):
                    self._tail += bytes(start - len(self._tail))
                piece = data[done : done + blobstore.CHUNK_SIZE - start]
                self._tail[start : start + len(piece)] = piece
                if len(self._tail) >= blobstore.CHUNK_SIZE:
                    self._writer.write(bytes(self._tail[: blobstore.CHUNK_SIZE]))
                    self._tail = self._tail[blobstore.CHUNK_SIZE :]
                    self._flushed += blobstore.CHUNK_SIZE
            self._pos += len(piece)
            done += len(piece)
        return len(data)

    def read(self, size: int | None = -1) -> bytes:
        end = self.size if size is None or size < 0 else min(self.size, self._pos + size)
        out = bytearray()
        while self._pos < end:
            if self._pos >= self._flushed:
                piece = bytes(self._tail[self._pos - self._flushed : end - self._flushed])
            else:
                seq, start = divmod(self._pos, blobstore.CHUNK_SIZE)
                row = self._conn.execute(
                    "SELECT data FROM chunks WHERE blob_id = ? AND seq = ?", (self._writer.blob_id, seq)
                ).fetchone()
                piece = bytes(row[0])[start : start + end - self._pos]
            out += piece
            self._pos += len(piece)
        return bytes(out)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        memoryview(buffer).cast("B")[: len(data)] = data
        return len(data)

    def finish(self) -> None:
        if self._tail:
            self._writer.write(bytes(self._tail))
            self._flushed += len(self._tail)
            self._tail = bytearray()


def make_derivative(
    vault: Vault, item: ItemSummary, *, heic_to: str = "jpeg", flatten_pdf: bool = False
) -> Derivative:
    """Sanitize an item into a stored, verified derivative (or reuse an identical one)."""
    require_present(item)
    conn = vault.conn
    source = item_source(conn, item)
    kind = engine.detect(source.head(4096))
    with database.damage_as_error(f"reading item {item.id}"):
        if kind in engine.STREAMED:
            writer = blobstore.BlobWriter(conn, vault.write_lock)
            try:
                sink = BlobFile(writer, conn)
                outcome = engine.sanitize_stream(source, _as_binary(sink), item.name)
                sink.finish()
                sha, size = hash_sink(sink)
            except BaseException:
                writer.abort()
                raise
            return store_derivative(
                vault, item, outcome, sha, size, writer=writer, heic_to=heic_to, flatten=flatten_pdf
            )
        try:
            data = source.all(engine.MAX_IN_MEMORY)
        except ValueError as exc:
            raise SanitizeRefused(item.name, str(exc)) from None
        outcome = engine.sanitize_bytes_detailed(data, item.name, heic_to=heic_to, flatten_pdf=flatten_pdf)
        assert outcome.data is not None
        body = outcome.data
        return store_derivative(
            vault, item, outcome, hashlib.sha256(body).digest(), len(body), body=body,
            heic_to=heic_to, flatten=flatten_pdf,
        )  # fmt: skip


def _as_binary(sink: BlobFile) -> BinaryIO:
    return sink  # type: ignore[return-value]


def hash_sink(sink: BlobFile) -> tuple[bytes, int]:
    digest = hashlib.sha256()
    sink.seek(0)
    while True:
        piece = sink.read(blobstore.CHUNK_SIZE)
        if not piece:
            break
        digest.update(piece)
    return digest.digest(), sink.size


def store_derivative(
    vault: Vault,
    item: ItemSummary,
    outcome: engine.Outcome,
    sha: bytes,
    size: int,
    *,
    body: bytes | None = None,
    writer: blobstore.BlobWriter | None = None,
    heic_to: str,
    flatten: bool,
    options: dict[str, Any] | None = None,
) -> Derivative:
    conn = vault.conn
    existing = conn.execute(
        f"SELECT {_COLUMNS} FROM derivatives WHERE item_id = ? AND sha256 = ?", (item.id, sha)
    ).fetchone()
    if existing is not None:
        if writer is not None:
            writer.abort()
        return _row(existing)
    if options is None:
        options = {"heic_to": heic_to, "flatten_pdf": flatten}
    blob = conn.execute("SELECT id FROM blobs WHERE sha256 = ? AND complete = 1", (sha,)).fetchone()
    if blob is not None:  # the same bytes are already stored (e.g. an item that was clean already)
        if writer is not None:
            writer.abort()
        writer = None
    elif writer is None:
        writer = blobstore.BlobWriter(conn, vault.write_lock)
        try:
            assert body is not None
            for start in range(0, len(body), blobstore.CHUNK_SIZE):
                writer.write(body[start : start + blobstore.CHUNK_SIZE])
        except BaseException:
            writer.abort()
            raise
    try:
        if writer is not None:
            writer.finish(sha)
            blob_id = writer.blob_id
            owner: Any = _Committer(writer)
        else:
            blob_id = int(blob[0])
            owner = vault.transaction()
            conn = owner.__enter__()
        now = custody.utc_now()
        cursor = conn.execute(
            "INSERT INTO derivatives (item_id, blob_id, sha256, size, content_type, removed, reencoded, tool,"
            " tool_version, options, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.id, blob_id, sha, size, outcome.content_type,
                json.dumps(outcome.removed, ensure_ascii=False), int(outcome.reencoded), TOOL, __version__,
                json.dumps(options), now,
            ),
        )  # fmt: skip
        derivative_id = int(cursor.lastrowid or 0)
        vault.record(
            conn,
            "item.derivative_made",
            {
                "original_sha256": item.sha256,
                "derivative_sha256": sha.hex(),
                "derivative_id": derivative_id,
                "content_type": outcome.content_type,
                "removed": outcome.removed,
                "reencoded": outcome.reencoded,
                "options": options,
                "program": f"evidence-vault {__version__}",
            },
            items=[item.id],
            objects=[item.sha256, sha.hex()],
        )
        owner.__exit__(None, None, None)
    except BaseException as exc:
        if writer is not None:
            writer.abort()
        else:
            owner.__exit__(type(exc), exc, exc.__traceback__)
        raise
    return Derivative(
        derivative_id,
        item.id,
        sha.hex(),
        size,
        outcome.content_type,
        outcome.removed,
        outcome.reencoded,
        blob_id,
        options,
    )


class _Committer:
    def __init__(self, writer: blobstore.BlobWriter) -> None:
        self._writer = writer

    def __exit__(self, *exc: object) -> None:
        self._writer.commit()
