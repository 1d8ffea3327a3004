"""The chain-of-custody log: append-only, hash-chained, signed, and a Merkle tree.

Each event is canonical JSON (see canonical.py) holding its sequence number,
the UTC time and a monotonic clock reading, the action, the items and object
hashes it concerns, its parameters and the hash of the previous event. Its
hash is SHA-256 of those bytes; its signature is Ed25519 by the vault's
signing key over ``EVENT_DOMAIN || hash``. The event hashes are also the leaf
data of an RFC 9162 Merkle tree (leaf i = SHA-256(0x00 || hash of event i+1)),
whose perfect subtrees are stored as they complete; signed tree heads commit to
the whole log up to a size. ``append`` must run inside the caller's transaction,
so an event exists exactly when the change it records does.

docs/custody-format.md specifies all of it for independent verifiers.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import nacl.exceptions
import nacl.signing

from ..crypto import canonical, merkle
from ..errors import VaultDamaged
from ..store.database import Connection
from . import timestamp

EVENT_DOMAIN = b"evidence-vault custody event v1\n"
HEAD_DOMAIN = b"evidence-vault tree head v1\n"
DOMAIN = EVENT_DOMAIN  # kept for readers of format 1 code
GENESIS = bytes(32)
FORMAT = 1
# Above this many events, signatures are checked in worker processes (one per core).
_PARALLEL_FROM = 20_000
_BATCH = 8192


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class Event:
    seq: int
    body: dict[str, Any]
    hash: bytes
    sig: bytes

    @property
    def action(self) -> str:
        return str(self.body["action"])

    @property
    def time(self) -> str:
        return str(self.body["time"])

    @property
    def leaf_hash(self) -> bytes:
        return merkle.leaf_hash(self.hash)

    def to_json(self) -> dict[str, Any]:
        return {**self.body, "hash": self.hash.hex(), "sig": self.sig.hex()}


def new_signing_key() -> nacl.signing.SigningKey:
    return nacl.signing.SigningKey.generate()


# -- appending -----------------------------------------------------------------------
def _last(conn: Connection) -> tuple[int, bytes]:
    row = conn.execute("SELECT seq, hash FROM custody ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), bytes(row[1]))


def append(
    conn: Connection,
    signer: nacl.signing.SigningKey,
    action: str,
    params: dict[str, Any] | None = None,
    *,
    items: Iterable[int] = (),
    objects: Iterable[str] = (),
    when: str | None = None,
    mono_ns: int | None = None,
) -> Event:
    """Append one event. Call inside the transaction that makes the change.

    ``when`` and ``mono_ns`` override the two clocks; only a decoy vault's creation uses
    them (duress.py), taking both from the real vault's own creation so that they agree
    with the later events exactly as a vault created then would.
    """
    last_seq, prev = _last(conn)
    item_ids = sorted(set(items))
    body: dict[str, Any] = {
        "v": FORMAT,
        "seq": last_seq + 1,
        "time": when or utc_now(),
        "mono_ns": time.monotonic_ns() if mono_ns is None else mono_ns,
        "action": action,
        "items": item_ids,
        "objects": list(objects),
        "params": params or {},
        "prev": prev.hex(),
    }
    encoded = canonical.encode(body)
    digest = hashlib.sha256(encoded).digest()
    sig = signer.sign(EVENT_DOMAIN + digest).signature
    conn.execute(
        "INSERT INTO custody (seq, action, body, hash, sig) VALUES (?, ?, ?, ?, ?)",
        (body["seq"], action, encoded, digest, sig),
    )
    conn.executemany(
        "INSERT INTO custody_items (item_id, seq) VALUES (?, ?)",
        [(item_id, body["seq"]) for item_id in item_ids],
    )
    _extend_tree(conn, last_seq, merkle.leaf_hash(digest))
    return Event(body["seq"], body, digest, sig)


def _extend_tree(conn: Connection, index: int, leaf: bytes) -> None:
    """Store the perfect subtrees that leaf ``index`` completes (on average one)."""
    tree = StoredTree(conn)
    level, value, position = 0, leaf, index
    while position & 1:
        left = tree.leaf(position - 1) if level == 0 else tree.perfect(level, position - 1)
        if left is None:
            raise VaultDamaged("the custody log's stored Merkle tree is incomplete; run verify")
        value = merkle.node_hash(left, value)
        level, position = level + 1, position >> 1
        conn.execute("INSERT INTO merkle_nodes (level, idx, hash) VALUES (?, ?, ?)", (level, position, value))


class StoredTree:
    """The custody tree as stored: leaves from event hashes, perfect subtrees from merkle_nodes."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def leaf(self, index: int) -> bytes:
        row = self._conn.execute("SELECT hash FROM custody WHERE seq = ?", (index + 1,)).fetchone()
        if row is None:
            raise VaultDamaged(f"custody event {index + 1} is missing; run verify")
        return merkle.leaf_hash(bytes(row[0]))

    def perfect(self, level: int, index: int) -> bytes | None:
        row = self._conn.execute(
            "SELECT hash FROM merkle_nodes WHERE level = ? AND idx = ?", (level, index)
        ).fetchone()
        return None if row is None else bytes(row[0])


# -- reading -------------------------------------------------------------------------
def _row_to_event(row: tuple[Any, ...]) -> Event:
    seq, body, digest, sig = row
    return Event(int(seq), json.loads(bytes(body)), bytes(digest), bytes(sig))


def events(conn: Connection, item_id: int | None = None) -> Iterator[Event]:
    if item_id is None:
        rows = conn.execute("SELECT seq, body, hash, sig FROM custody ORDER BY seq")
    else:
        rows = conn.execute(
            "SELECT c.seq, c.body, c.hash, c.sig FROM custody c "
            "JOIN custody_items i ON i.seq = c.seq WHERE i.item_id = ? ORDER BY c.seq",
            (item_id,),
        )
    for row in rows:
        yield _row_to_event(row)


@dataclass(frozen=True)
class EventFilter:
    item_id: int | None = None
    action: str | None = None
    since: str | None = None  # a date prefix (2020, 2020-08, 2020-08-10), inclusive
    until: str | None = None


def event_page(
    conn: Connection, where: EventFilter = EventFilter(), before: int | None = None, limit: int = 200
) -> list[Event]:
    """Up to ``limit`` events matching ``where``, newest first, with ``seq < before`` when given.

    Newest first so that a viewer's first page is what just happened; the next page
    starts before the last seq shown (keyset paging, no OFFSET scans).
    """
    joins = ""
    clauses: list[str] = []
    params: list[Any] = []
    if where.item_id is not None:
        joins = " JOIN custody_items i ON i.seq = c.seq"
        clauses.append("i.item_id = ?")
        params.append(where.item_id)
    if where.action:
        clauses.append("c.action = ?")
        params.append(where.action)
    if before is not None:
        clauses.append("c.seq < ?")
        params.append(before)
    time = "json_extract(c.body, '$.time')"
    if where.since:
        clauses.append(f"substr({time}, 1, ?) >= ?")
        params += [len(where.since), where.since]
    if where.until:
        clauses.append(f"substr({time}, 1, ?) <= ?")
        params += [len(where.until), where.until]
    sql = "SELECT c.seq, c.body, c.hash, c.sig FROM custody c" + joins
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    rows = conn.execute(sql + " ORDER BY c.seq DESC LIMIT ?", (*params, limit)).fetchall()
    return [_row_to_event(row) for row in rows]


def actions(conn: Connection) -> list[str]:
    """The actions present in the log, for a filter list."""
    return [str(a) for (a,) in conn.execute("SELECT DISTINCT action FROM custody ORDER BY action")]


def latest(conn: Connection, action: str) -> Event | None:
    row = conn.execute(
        "SELECT seq, body, hash, sig FROM custody WHERE action = ? ORDER BY seq DESC LIMIT 1",
        (action,),
    ).fetchone()
    return None if row is None else _row_to_event(row)


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM custody").fetchone()[0])


# -- signed tree heads ---------------------------------------------------------------
@dataclass(frozen=True)
class TreeHead:
    """A signed statement: this vault's log had ``size`` events with this ``root``."""

    vault_id: str
    size: int
    root: bytes
    time: str
    sig: bytes
    timestamp_token: bytes | None = None

    def body(self) -> bytes:
        return canonical.encode(
            {
                "v": FORMAT,
                "vault_id": self.vault_id,
                "size": self.size,
                "root": self.root.hex(),
                "time": self.time,
            }
        )

    def verify(self, verify_key: nacl.signing.VerifyKey) -> bool:
        try:
            verify_key.verify(HEAD_DOMAIN + self.body(), self.sig)
        except nacl.exceptions.BadSignatureError:
            return False
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            "vault_id": self.vault_id,
            "size": self.size,
            "root": self.root.hex(),
            "time": self.time,
            "sig": self.sig.hex(),
            "timestamp_token": self.timestamp_token.hex() if self.timestamp_token else None,
        }


def _head_from_row(body: bytes, sig: bytes, token: bytes | None) -> TreeHead:
    data = json.loads(bytes(body))
    return TreeHead(
        data["vault_id"],
        int(data["size"]),
        bytes.fromhex(data["root"]),
        data["time"],
        bytes(sig),
        None if token is None else bytes(token),
    )


def sign_tree_head(
    conn: Connection, signer: nacl.signing.SigningKey, vault_id: str, when: str | None = None
) -> TreeHead:
    """Sign and store the head of the log as it is now (or return the one already signed);
    ``when`` overrides the time, for a vault's creation (see Vault.create)."""
    size = count(conn)
    row = conn.execute("SELECT body, sig, timestamp_token FROM tree_heads WHERE size = ?", (size,)).fetchone()
    if row is not None:
        return _head_from_row(*row)
    unsigned = TreeHead(vault_id, size, merkle.root(StoredTree(conn), size), when or utc_now(), b"")
    head = TreeHead(
        unsigned.vault_id,
        size,
        unsigned.root,
        unsigned.time,
        signer.sign(HEAD_DOMAIN + unsigned.body()).signature,
    )
    conn.execute("INSERT INTO tree_heads (size, body, sig) VALUES (?, ?, ?)", (size, head.body(), head.sig))
    return head


def tree_heads(conn: Connection) -> list[TreeHead]:
    rows = conn.execute("SELECT body, sig, timestamp_token FROM tree_heads ORDER BY size").fetchall()
    return [_head_from_row(*row) for row in rows]


def latest_tree_head(conn: Connection) -> TreeHead | None:
    row = conn.execute(
        "SELECT body, sig, timestamp_token FROM tree_heads ORDER BY size DESC LIMIT 1"
    ).fetchone()
    return None if row is None else _head_from_row(*row)


def inclusion_proof(conn: Connection, seq: int, size: int) -> list[bytes]:
    return merkle.inclusion_proof(StoredTree(conn), seq - 1, size)


def consistency_proof(conn: Connection, old_size: int, new_size: int) -> list[bytes]:
    return merkle.consistency_proof(StoredTree(conn), old_size, new_size)


def root_at(conn: Connection, size: int) -> bytes:
    return merkle.root(StoredTree(conn), size)


# -- verification --------------------------------------------------------------------
def _bad_signatures(public_key: bytes, batch: list[tuple[int, bytes, bytes]]) -> list[int]:
    """Sequence numbers in ``batch`` whose signature fails (runs in worker processes)."""
    key = nacl.signing.VerifyKey(public_key)
    bad = []
    for seq, digest, sig in batch:
        try:
            key.verify(EVENT_DOMAIN + digest, sig)
        except nacl.exceptions.BadSignatureError:
            bad.append(seq)
    return bad


class _SignatureChecker:
    """Checks event signatures inline for small logs, in worker processes for large ones."""

    def __init__(self, verify_key: nacl.signing.VerifyKey, total: int) -> None:
        self._key = bytes(verify_key)
        self._batch: list[tuple[int, bytes, bytes]] = []
        self._futures: list[Future[list[int]]] = []
        self._bad: list[int] = []
        workers = os.cpu_count() or 1
        self._pool = (
            # spawn, not fork: the desktop app runs threads that a fork would copy mid-state
            ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
            if total >= _PARALLEL_FROM and workers > 1
            else None
        )

    def add(self, seq: int, digest: bytes, sig: bytes) -> None:
        self._batch.append((seq, digest, sig))
        if len(self._batch) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self._batch:
            return
        if self._pool is None:
            self._bad += _bad_signatures(self._key, self._batch)
        else:
            self._futures.append(self._pool.submit(_bad_signatures, self._key, self._batch))
        self._batch = []

    def finish(self) -> list[int]:
        self._flush()
        for future in self._futures:
            self._bad += future.result()
        if self._pool is not None:
            self._pool.shutdown()
        return sorted(self._bad)


def verify(conn: Connection, verify_key: nacl.signing.VerifyKey) -> list[str]:
    """Check every event, link, signature, stored tree node and signed tree head.

    Returns the problems ordered by sequence number, so the first names the first
    bad event and what is wrong with it.
    """
    problems: list[tuple[int, str]] = []
    total = count(conn)
    signatures = _SignatureChecker(verify_key, total)
    accumulator = merkle.RootAccumulator()
    heads = {head.size: head for head in tree_heads(conn)}
    stored_nodes = conn.execute("SELECT level, idx, hash FROM merkle_nodes ORDER BY rowid")
    tree_ok = True
    prev, expected_seq = GENESIS, 1
    rows = conn.execute("SELECT seq, action, body, hash, sig FROM custody ORDER BY seq")
    for seq, action, body, digest, sig in rows:
        body, digest, sig = bytes(body), bytes(digest), bytes(sig)
        where = f"custody event {seq}"
        if seq != expected_seq:
            problems.append((seq, f"{where}: expected event {expected_seq} here (events missing)"))
        if hashlib.sha256(body).digest() != digest:
            problems.append((seq, f"{where}: content does not match its hash (edited)"))
        try:
            parsed = json.loads(body)
        except ValueError:
            problems.append((seq, f"{where}: content is not valid JSON"))
            parsed = {}
        if parsed.get("action") != action:
            problems.append((seq, f"{where}: action column does not match the signed content"))
        if parsed.get("seq") != seq:
            problems.append((seq, f"{where}: records sequence number {parsed.get('seq')} (reordered)"))
        if parsed.get("prev") != prev.hex():
            problems.append((seq, f"{where}: does not link to the previous event (chain broken)"))
        signatures.add(seq, digest, sig)
        for level, index, value in accumulator.push(merkle.leaf_hash(digest)):
            stored = stored_nodes.fetchone()
            if tree_ok and (
                stored is None or tuple(stored[:2]) != (level, index) or bytes(stored[2]) != value
            ):
                problems.append((seq, f"{where}: the stored Merkle tree does not match the events"))
                tree_ok = False  # one report is enough; later nodes depend on it
        head = heads.pop(accumulator.size, None)
        if head is not None:
            if head.root != accumulator.root():
                problems.append(
                    (
                        seq,
                        f"signed tree head at size {head.size} does not match events 1-{seq} (log rewritten)",
                    )
                )
            if not head.verify(verify_key):
                problems.append((seq, f"signed tree head at size {head.size}: signature does not verify"))
            if head.timestamp_token is not None:
                try:
                    timestamp.check(head.body(), head.timestamp_token)
                except timestamp.TimestampError as exc:
                    problems.append((seq, f"timestamp of the tree head at size {head.size}: {exc}"))
        prev, expected_seq = digest, seq + 1
    if tree_ok and stored_nodes.fetchone() is not None:
        problems.append(
            (total, "the stored Merkle tree has nodes for events that no longer exist (log truncated)")
        )
    for size in sorted(heads):
        problems.append(
            (
                total + 1,
                f"a signed tree head covers {size} events but the log has only {total} (log truncated)",
            )
        )
    for seq in signatures.finish():
        problems.append((seq, f"custody event {seq}: signature does not verify"))
    problems.sort(key=lambda item: item[0])
    return [message for _, message in problems]
