"""Reading evidence items: listing, details, extraction of originals, random access."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..custody import log as custody
from ..errors import IntegrityFailure, ItemNotFound, UsageError
from ..session.vault import Vault
from ..store import blobstore, database
from ..store.database import Connection
from ..visible import display_name as display_name  # re-exported: the GUI uses them from here
from ..visible import visible_text as visible_text

_HEX = re.compile(r"^[0-9a-fA-F]{6,64}$")
_ITEM_COLUMNS = (
    "id, sha256, size, content_type, original_name, imported_at, blob_id, deleted_at, delete_reason"
)


@dataclass(frozen=True)
class ItemSummary:
    id: int
    sha256: str
    size: int
    content_type: str
    name: str
    name_hex: str
    imported_at: str
    blob_id: int = field(repr=False, compare=False)
    deleted_at: str | None = None
    delete_reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["blob_id"]
        if self.deleted_at is None:
            del data["deleted_at"], data["delete_reason"]
        return data


@dataclass(frozen=True)
class ItemDetails:
    item: ItemSummary
    cases: list[str]
    tags: list[str]
    events: list[custody.Event]

    def to_json(self) -> dict[str, Any]:
        return {
            **self.item.to_json(),
            "cases": self.cases,
            "tags": self.tags,
            "custody": [event.to_json() for event in self.events],
        }


def _summary(row: tuple[Any, ...]) -> ItemSummary:
    item_id, sha, size, ctype, name, imported_at, blob_id, deleted_at, delete_reason = row
    raw = bytes(name)
    return ItemSummary(
        int(item_id),
        bytes(sha).hex(),
        int(size),
        str(ctype),
        display_name(raw),
        raw.hex(),
        str(imported_at),
        int(blob_id),
        deleted_at,
        delete_reason,
    )


def resolve(conn: Connection, ref: str) -> ItemSummary:
    """An item by id, or by a unique SHA-256 prefix of at least 6 hex digits."""
    ref = ref.strip()
    rows: list[tuple[Any, ...]] = []
    if ref.isdigit():
        rows = conn.execute(f"SELECT {_ITEM_COLUMNS} FROM items WHERE id = ?", (int(ref),)).fetchall()
    if not rows and _HEX.match(ref):
        prefix = ref.lower()
        rows = [
            row
            for row in conn.execute(f"SELECT {_ITEM_COLUMNS} FROM items")
            if bytes(row[1]).hex().startswith(prefix)
        ]
        if len(rows) > 1:
            raise UsageError(f"'{ref}' matches {len(rows)} items; give more of the hash")
    if not rows:
        raise ItemNotFound(f"no item '{ref}' in this vault")
    return _summary(rows[0])


@dataclass(frozen=True)
class ItemFilter:
    """What the item list shows: all items, or those in a case, with a tag, of a type."""

    case: str | None = None
    tag: str | None = None
    type_prefix: str | None = None  # "image/", "video/", "application/pdf" ...
    name: str = ""  # shown name contains this, ignoring case (Unicode-aware)
    include_deleted: bool = False

    def where(self, conn: Connection) -> tuple[str, list[Any]]:
        clauses: list[str] = [] if self.include_deleted else ["deleted_at IS NULL"]
        params: list[Any] = []
        needle = _fold(self.name.strip())
        if needle:
            # Names are stored as exact bytes; matching on the shown, case-folded
            # text needs Python (SQLite's LIKE folds ASCII only).
            conn.create_function("ev_name_contains", 2, _name_contains, deterministic=True)
            clauses.append("ev_name_contains(original_name, ?)")
            params.append(needle)
        if self.case is not None:
            clauses.append(
                "id IN (SELECT ic.item_id FROM item_cases ic JOIN cases c ON c.id = ic.case_id "
                "WHERE c.name = ?)"
            )
            params.append(self.case)
        if self.tag is not None:
            clauses.append("id IN (SELECT item_id FROM item_tags WHERE tag = ?)")
            params.append(self.tag)
        if self.type_prefix is not None:
            clauses.append("substr(content_type, 1, ?) = ?")
            params += [len(self.type_prefix), self.type_prefix]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _name_contains(raw: bytes | None, needle: str | None) -> int:
    if raw is None or needle is None:
        return 0
    return int(needle in _fold(display_name(bytes(raw))))


def list_items(
    conn: Connection, *, limit: int = -1, offset: int = 0, where: ItemFilter | None = None
) -> list[ItemSummary]:
    clause, params = (where or ItemFilter()).where(conn)
    with database.damage_as_error("listing items"):
        rows = conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items{clause} ORDER BY id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    return [_summary(row) for row in rows]


def count(conn: Connection, where: ItemFilter | None = None) -> tuple[int, int]:
    """Number of items and their total size in bytes."""
    clause, params = (where or ItemFilter()).where(conn)
    row = conn.execute(f"SELECT count(*), coalesce(sum(size), 0) FROM items{clause}", params).fetchone()
    return int(row[0]), int(row[1])


def never_sealed(conn: Connection) -> int:
    """How many present items were never sealed in a bundle to anyone (the backup reminder)."""
    row = conn.execute(
        "SELECT count(*) FROM items i WHERE i.deleted_at IS NULL AND NOT EXISTS ("
        "SELECT 1 FROM custody_items ci JOIN custody c ON c.seq = ci.seq "
        "WHERE ci.item_id = i.id AND c.action = 'bundle.sealed')"
    ).fetchone()
    return int(row[0])


def named_in_events(conn: Connection, seqs: Sequence[int]) -> dict[int, list[str]]:
    """For each custody event, the items it is about as "#7 name.jpg" (shown, never parsed)."""
    found: dict[int, list[str]] = {}
    if not seqs:
        return found
    marks = ",".join("?" * len(seqs))
    for seq, item_id, raw in conn.execute(
        f"SELECT c.seq, i.id, i.original_name FROM custody_items c JOIN items i ON i.id = c.item_id "
        f"WHERE c.seq IN ({marks}) ORDER BY c.seq, i.id",
        list(seqs),
    ):
        found.setdefault(int(seq), []).append(f"#{item_id} {display_name(bytes(raw))}")
    return found


@dataclass(frozen=True)
class Facets:
    """Counts for a sidebar: cases, tags and broad content types."""

    cases: list[tuple[str, int]]
    tags: list[tuple[str, int]]
    types: list[tuple[str, int]]  # ("image", n), ("video", n), ("application/pdf", n) ...


def facets(conn: Connection) -> Facets:
    present = "SELECT id FROM items WHERE deleted_at IS NULL"
    cases = conn.execute(
        "SELECT c.name, count(ic.item_id) FROM cases c LEFT JOIN item_cases ic "
        f"ON ic.case_id = c.id AND ic.item_id IN ({present}) GROUP BY c.id ORDER BY c.name"
    ).fetchall()
    tags = conn.execute(
        f"SELECT tag, count(*) FROM item_tags WHERE item_id IN ({present}) GROUP BY tag ORDER BY tag"
    ).fetchall()
    types = conn.execute(
        "SELECT CASE WHEN content_type LIKE 'application/%' THEN content_type "
        "ELSE substr(content_type, 1, instr(content_type, '/') - 1) END AS kind, count(*) "
        "FROM items WHERE deleted_at IS NULL GROUP BY kind ORDER BY kind"
    ).fetchall()
    return Facets(
        [(str(n), int(c)) for n, c in cases],
        [(str(n), int(c)) for n, c in tags],
        [(str(n), int(c)) for n, c in types],
    )


def record_access(vault: Vault, item: ItemSummary, action: str = "item.viewed") -> None:
    """Record that an item was viewed or played (custody), in its own transaction."""
    if action not in ("item.viewed", "item.played"):
        raise ValueError(f"unknown access action {action!r}")
    with vault.transaction() as conn:
        vault.record(conn, action, {"sha256": item.sha256}, items=[item.id], objects=[item.sha256])


def details(conn: Connection, item: ItemSummary) -> ItemDetails:
    with database.damage_as_error(f"reading item {item.id}"):
        cases = [
            str(r[0])
            for r in conn.execute(
                "SELECT c.name FROM cases c JOIN item_cases ic ON ic.case_id = c.id "
                "WHERE ic.item_id = ? ORDER BY c.name",
                (item.id,),
            )
        ]
        tags = [
            str(r[0])
            for r in conn.execute("SELECT tag FROM item_tags WHERE item_id = ? ORDER BY tag", (item.id,))
        ]
        events = list(custody.events(conn, item.id))
    return ItemDetails(item, cases, tags, events)


def delete(vault: Vault, item: ItemSummary, reason: str) -> None:
    """Remove an item's bytes; keep its record (hash, name, times) and all its events.

    The custody log never shrinks: the deletion is itself an event, with the reason.
    """
    reason = reason.strip()
    if not reason:
        raise UsageError("say why the item is deleted (--reason): the reason is kept in the custody log")
    if item.deleted_at is not None:
        raise UsageError(f"item {item.id} was already deleted on {item.deleted_at}")
    with vault.transaction() as conn:
        conn.execute("DELETE FROM chunks WHERE blob_id = ?", (item.blob_id,))
        # What was derived from the bytes goes with them: previews show the content,
        # metadata rows hold positions and serial numbers.
        for table in (
            "media_previews", "media_fields", "media_analysis", "media_hashes", "media_hash_runs",
            "provenance_c2pa", "proof_checks",
        ):  # fmt: skip
            conn.execute(f"DELETE FROM {table} WHERE item_id = ?", (item.id,))
        removed = _delete_attachments(conn, item.id)
        conn.execute(
            "UPDATE items SET deleted_at = ?, delete_reason = ? WHERE id = ?",
            (custody.utc_now(), reason, item.id),
        )
        vault.record(
            conn,
            "item.deleted",
            {
                "sha256": item.sha256,
                "reason": reason,
                **({"attachments_removed": removed} if removed else {}),
            },
            items=[item.id],
            objects=[item.sha256],
        )


def _delete_attachments(conn: Connection, item_id: int) -> int:
    """The item's proof files (a ProofMode proof records where and on which phone the media
    was made); their bytes go unless another item's attachment shares them (the export's one
    device key). Attachments never share a blob with an item (proofmode.store)."""
    rows = conn.execute("SELECT blob_id FROM attachments WHERE item_id = ?", (item_id,)).fetchall()
    conn.execute("DELETE FROM attachments WHERE item_id = ?", (item_id,))
    for blob_id in {int(r[0]) for r in rows}:
        if not conn.execute("SELECT 1 FROM attachments WHERE blob_id = ? LIMIT 1", (blob_id,)).fetchone():
            conn.execute("DELETE FROM chunks WHERE blob_id = ?", (blob_id,))
            conn.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
    return len(rows)


def _require_present(item: ItemSummary) -> None:
    if item.deleted_at is not None:
        raise UsageError(
            f"item {item.id} was deleted on {item.deleted_at} ({item.delete_reason}); only its record remains"
        )


def extract(vault: Vault, item: ItemSummary, out: Path) -> None:
    """Write the original byte-exact to a new file ``out``, checking its hash, and record it."""
    _require_present(item)
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise UsageError(f"{out} already exists; not overwriting it") from None
    digest = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(fd, "wb") as handle, database.damage_as_error(f"reading item {item.id}"):
            for chunk in blobstore.read_chunks(vault.conn, item.blob_id):
                digest.update(chunk)
                size += len(chunk)
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        if digest.hexdigest() != item.sha256 or size != item.size:
            raise IntegrityFailure([f"item {item.id}: stored bytes do not match the hash recorded at import"])
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    with vault.transaction() as conn:
        vault.record(
            conn,
            "item.extracted",
            {"sha256": item.sha256, "destination_name": display_name(os.fsencode(out.name))},
            items=[item.id],
            objects=[item.sha256],
        )


class ItemStream:
    """Random read access to an item's bytes, decrypted chunk by chunk on demand.

    Holds at most one cached chunk; meant for a player that seeks (QIODevice).
    Give it its own connection when used from another thread.
    """

    def __init__(self, conn: Connection, item: ItemSummary) -> None:
        self._conn = conn
        self.item = item
        self.size = item.size
        self._cached_seq = -1
        self._cached = b""

    def read_at(self, offset: int, length: int) -> bytes:
        if offset >= self.size or length <= 0:
            return b""
        length = min(length, self.size - offset)
        out = bytearray()
        while length > 0:
            seq, start = divmod(offset, blobstore.CHUNK_SIZE)
            if seq != self._cached_seq:
                row = self._conn.execute(
                    "SELECT data FROM chunks WHERE blob_id = ? AND seq = ?",
                    (self.item.blob_id, seq),
                ).fetchone()
                if row is None:
                    break
                self._cached, self._cached_seq = bytes(row[0]), seq
            piece = self._cached[start : start + length]
            if not piece:
                break
            out += piece
            offset += len(piece)
            length -= len(piece)
        return bytes(out)
