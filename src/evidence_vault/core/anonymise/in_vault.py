"""Anonymised derivatives inside the vault: faces hidden (and voices disguised) in a copy of
an item, stored beside it with the ``item.derivative_made`` custody event in one
transaction. The original is never touched.

The event records both hashes, what changed (``removed``), and in ``options`` the profile,
the model's SHA-256 and settings, every box (a picture's boxes; a video's face tracks with
their frame ranges and every box a person added, with its range), the voice settings drawn
for this file, and who confirmed the boxes.
"""

from __future__ import annotations

import io
from typing import Any, BinaryIO, cast

from ..evidence.items import ItemSummary
from ..media.source import SourceFile
from ..sanitize import engine
from ..sanitize.derivatives import (
    BlobFile,
    Derivative,
    hash_sink,
    item_source,
    make_derivative,
    require_present,
    store_derivative,
)
from ..session.vault import Vault
from ..store import blobstore, database
from .common import Cancel, Progress
from .one_file import Done, Request, anonymise, kind_of

PROFILE = "anonymised"


class _Sink(BlobFile):
    """The new blob as the anonymiser's output file. A failure aborts the whole blob, so
    cutting back to the start (what the anonymiser does on failure) has nothing to keep."""

    def truncate(self, size: int | None = None) -> int:
        return self.tell() if size is None else size


def done_words(done: Done) -> list[str]:
    """What changed, in the words ``removed`` lists for every derivative."""
    record = done.record
    words = []
    if done.kind == "picture":
        words.append(f"faces: {len(record['boxes'])} box(es) redacted")
    elif done.kind == "video":
        words.append(
            f"faces: {len(record['tracks'])} track(s) and {len(record['added'])} added box(es) redacted "
            f"over {record['frames']} frames"
        )
        words.append(
            {"keep": "sound kept", "remove": "sound removed"}.get(record["audio"], "voice disguised")
        )
    if "voice" in record:
        words.append("voice disguised")
    words.append("all metadata (the picture or sound was re-encoded)")
    return list(dict.fromkeys(words))


def gives(request: Request, kind: str) -> frozenset[str]:
    """Which consent conditions (``statements.PUBLISH_CONDITIONS``) a copy made so meets."""
    done = {"face-hidden"} if kind in ("picture", "video") else set()
    if request.voice or (kind == "video" and request.audio == "remove"):
        done.add("voice-disguised")
    return frozenset(done)


def item_kind(vault: Vault, item: ItemSummary) -> str:
    """ "picture", "video" or "audio"; AnonymiseError naming the item for anything else."""
    source = item_source(vault.conn, item)
    return kind_of(source.head(4096), _readable(source), item.name)


def item_file(conn: Any, item: ItemSummary) -> BinaryIO:
    """The item's bytes as a read-only, seekable file, decrypted chunk by chunk on ``conn``."""
    return _readable(item_source(conn, item))


def _readable(source: Any) -> BinaryIO:
    return cast(BinaryIO, io.BufferedReader(SourceFile(source), blobstore.CHUNK_SIZE))


def _integers_only(value: Any) -> Any:
    """The record as the custody log's canonical JSON takes it: it carries no floating-point
    numbers (their text is not canonical), so scores, box edges and settings become decimal
    strings, exact to what was used."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return {key: _integers_only(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_integers_only(item) for item in value]
    return value


def published_copy(
    vault: Vault,
    item: ItemSummary,
    request: Request,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Derivative:
    """The copy the anonymised profile publishes: faces hidden (and voices disguised when
    asked); a sound recording without ``request.voice`` has no face to hide and gets the
    sanitized copy (metadata removed) instead."""
    if item_kind(vault, item) == "audio" and not request.voice:
        return make_derivative(vault, item)
    return make_anonymised(vault, item, request, progress=progress, cancel=cancel)


def make_anonymised(
    vault: Vault,
    item: ItemSummary,
    request: Request,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Derivative:
    """Anonymise ``item`` into a stored derivative (streamed into a new blob, so memory stays
    flat for a long video); nothing is kept when anything fails or is refused."""
    require_present(item)
    conn = vault.conn
    kind = item_kind(vault, item)
    source = item_source(conn, item)
    with database.damage_as_error(f"reading item {item.id}"):
        writer = blobstore.BlobWriter(conn, vault.write_lock)
        try:
            sink = _Sink(writer, conn)
            done = anonymise(
                _readable(source), cast(BinaryIO, sink), kind, item.name, request,
                progress=progress, cancel=cancel,
            )  # fmt: skip
            sink.finish()
            sha, size = hash_sink(sink)
        except BaseException:
            writer.abort()
            raise
        outcome = engine.Outcome(None, done.kind, done.content_type, done_words(done), True)
        options = _integers_only({"profile": PROFILE, **done.record})
        return store_derivative(
            vault, item, outcome, sha, size, writer=writer, heic_to="jpeg", flatten=False, options=options
        )
