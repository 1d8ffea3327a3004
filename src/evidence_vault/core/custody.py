"""The chain-of-custody log: append-only, hash-chained, every event signed.

Each event is canonical JSON (see canonical.py) holding its sequence number,
the UTC time and a monotonic clock reading, the action, the items and object
hashes it concerns, its parameters and the hash of the previous event. Its
hash is SHA-256 of those bytes; its signature is Ed25519 by the vault's
signing key over ``DOMAIN || hash``. ``append`` must run inside the caller's
transaction, so an event exists exactly when the change it records does.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import nacl.exceptions
import nacl.signing

from . import canonical
from .database import Connection

DOMAIN = b"evidence-vault custody event v1\n"
GENESIS = bytes(32)
FORMAT = 1


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

    def to_json(self) -> dict[str, Any]:
        return {**self.body, "hash": self.hash.hex(), "sig": self.sig.hex()}


def new_signing_key() -> nacl.signing.SigningKey:
    return nacl.signing.SigningKey.generate()


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
) -> Event:
    """Append one event. Call inside the transaction that makes the change."""
    last_seq, prev = _last(conn)
    item_ids = sorted(set(items))
    body: dict[str, Any] = {
        "v": FORMAT,
        "seq": last_seq + 1,
        "time": utc_now(),
        "mono_ns": time.monotonic_ns(),
        "action": action,
        "items": item_ids,
        "objects": list(objects),
        "params": params or {},
        "prev": prev.hex(),
    }
    encoded = canonical.encode(body)
    digest = hashlib.sha256(encoded).digest()
    sig = signer.sign(DOMAIN + digest).signature
    conn.execute(
        "INSERT INTO custody (seq, action, body, hash, sig) VALUES (?, ?, ?, ?, ?)",
        (body["seq"], action, encoded, digest, sig),
    )
    conn.executemany(
        "INSERT INTO custody_items (item_id, seq) VALUES (?, ?)",
        [(item_id, body["seq"]) for item_id in item_ids],
    )
    return Event(body["seq"], body, digest, sig)


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


def latest(conn: Connection, action: str) -> Event | None:
    row = conn.execute(
        "SELECT seq, body, hash, sig FROM custody WHERE action = ? ORDER BY seq DESC LIMIT 1",
        (action,),
    ).fetchone()
    return None if row is None else _row_to_event(row)


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM custody").fetchone()[0])


def verify(conn: Connection, verify_key: nacl.signing.VerifyKey) -> list[str]:
    """Check every link, hash and signature. Returns problems, first bad event first."""
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    rows = conn.execute("SELECT seq, action, body, hash, sig FROM custody ORDER BY seq")
    for seq, action, body, digest, sig in rows:
        body, digest, sig = bytes(body), bytes(digest), bytes(sig)
        where = f"custody event {seq}"
        if seq != expected_seq:
            problems.append(f"{where}: expected event {expected_seq} here (events missing)")
        if hashlib.sha256(body).digest() != digest:
            problems.append(f"{where}: content does not match its hash (edited)")
        try:
            parsed = json.loads(body)
        except ValueError:
            problems.append(f"{where}: content is not valid JSON")
            parsed = {}
        if parsed.get("action") != action:
            problems.append(f"{where}: action column does not match the signed content")
        if parsed.get("seq") != seq:
            problems.append(f"{where}: records sequence number {parsed.get('seq')} (reordered)")
        if parsed.get("prev") != prev.hex():
            problems.append(f"{where}: does not link to the previous event (chain broken)")
        try:
            verify_key.verify(DOMAIN + digest, sig)
        except nacl.exceptions.BadSignatureError:
            problems.append(f"{where}: signature does not verify")
        prev = digest
        expected_seq = seq + 1
    return problems
