"""Taking a verified bundle in: opened into a folder, or imported into the investigator's vault.

Both refuse, before writing a byte, a bundle whose signed manifest declares more than a
cap (``max_bytes``) or more than the disk has free; a file is written only as the member
the signed manifest lists, never past its declared size (the tar reader stops there), and
only inside the chosen folder. A folder gets files 0600 in folders 0700, like ``extract``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

import pyrage

from ..custody import log as custody
from ..errors import UsageError
from ..evidence.importer import Importer
from ..evidence.stream_import import StreamImport
from ..proofmode import store as proof_store
from ..session.vault import Vault
from ..store.database import Connection
from .errors import BundleError
from .folder_write import check_room, remove_tree, write_new
from .outcome import BundleReport, Target
from .reading import read
from .report import report_html, report_text

DEFAULT_MAX_BYTES = 64 << 30


class _Folder:
    def __init__(self, out: Path, max_bytes: int) -> None:
        self.out, self.max_bytes = out, max_bytes
        self.handles: list[BinaryIO] = []

    def begin(self, manifest: dict[str, Any]) -> None:
        check_room(manifest, self.out, self.max_bytes)

    def open(self, entry: dict[str, Any]) -> Target:
        handle = write_new(self.out, entry["path"])
        self.handles.append(handle)
        return handle


def open_to_folder(
    path: Path, identity: pyrage.x25519.Identity, out: Path, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> BundleReport:
    """Verify and write the contents to a new folder; on any failure, remove all of it."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"{out} is not empty")
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    out.chmod(0o700)  # plaintext evidence goes in here
    receiver = _Folder(out, max_bytes)
    try:
        report = read(path, identity, receiver)
        if report.ok:
            for name, data in report.small_files.items():
                with write_new(out, name) as handle:
                    handle.write(data)
            for name, text in (("report.txt", report_text(report)), ("report.html", report_html(report))):
                with write_new(out, name) as handle:
                    handle.write(text.encode("utf-8"))
    except BaseException:
        remove_tree(out)
        raise
    finally:
        for handle in receiver.handles:
            handle.close()
    if not report.ok:
        remove_tree(out)
    return report


class KnownBundle(UsageError):
    """The bundle verified, but its id was taken in before; nothing of it was stored."""

    def __init__(self, report: BundleReport) -> None:
        super().__init__(f"bundle {report.bundle_id} was already imported")
        self.report = report


class _IntoVault:
    """Stores each file's bytes as they are verified, as incomplete blobs that no reader
    sees; ``store`` makes items of them once the whole bundle verified, ``abort`` drops
    them. A bundle already taken in gets its bytes discarded, but is still read to the end,
    so that a tampered copy is reported as tampered and not as known."""

    def __init__(self, vault: Vault, conn: Connection, max_bytes: int) -> None:
        self.vault, self.conn, self.max_bytes = vault, conn, max_bytes
        self.importer: Importer | None = None
        self.known = False
        self.pending: list[tuple[dict[str, Any], StreamImport]] = []

    def begin(self, manifest: dict[str, Any]) -> None:
        bundle_id = manifest["bundle_id"]
        self.known = bool(
            self.conn.execute("SELECT 1 FROM bundles_received WHERE bundle_id = ?", (bundle_id,)).fetchone()
        )
        if not self.known:
            check_room(manifest, self.vault.directory, self.max_bytes)
            self.importer = Importer(self.vault, case=f"Bundle {bundle_id[:8]}")

    def open(self, entry: dict[str, Any]) -> Target:
        if self.importer is None:
            return _Discard()
        stream = self.importer.begin_stream(_intake_name(entry), entry["sha256"], self.conn)
        self.pending.append((entry, stream))
        return _Spool(stream)

    def store(self) -> list[dict[str, Any]]:
        """Each verified file stored as an item (or linked to the item that has its bytes),
        inside the caller's write transaction on ``self.conn``."""
        received = []
        for entry, stream in self.pending:
            result = stream.store_within()
            record: dict[str, Any] = {
                "path": entry["path"],
                "sha256": entry["sha256"],
                "item_id": result.item_id,
                "status": result.status.value,
            }
            derivative = entry["derivative"]
            if derivative is not None:  # the link to the original, which stays with the sender
                record["derived_from_sha256"] = entry["original_sha256"]
                record["removed"] = list(derivative["removed"])
                record["reencoded"] = bool(derivative["reencoded"])
            received.append(record)
        return received

    def abort(self) -> None:
        for _, stream in self.pending:
            stream.abort()
        self.pending.clear()


def import_into(
    vault: Vault,
    path: Path,
    identity: pyrage.x25519.Identity,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    file_digest: tuple[str, int] | None = None,
    conn: Connection | None = None,
) -> BundleReport:
    """Verify and import the files into this vault keeping the sender's proofs, in one pass:
    nothing becomes an item unless every check passed. A sanitized copy is recorded with the
    hash of the original it was made from and what it lost. The bundle file's SHA-256 (hashed
    in the same pass) and size are kept with it, so that batch intake knows it again.
    ``file_digest``: the file's SHA-256 and size as a caller found them before (batch intake);
    nothing is stored if the bytes read differ. ``conn``: a connection the caller keeps for a
    run of imports (opening and closing one costs about 10 ms); by default one of its own."""
    own = conn is None
    conn = vault.connect() if conn is None else conn
    receiver = _IntoVault(vault, conn, max_bytes)
    try:
        report = read(path, identity, receiver)
        if not report.ok:
            return report
        if receiver.known:
            raise KnownBundle(report)
        if file_digest is not None and file_digest[0] != report.file_sha256:
            raise BundleError("the bundle file changed after it was verified")
        size = file_digest[1] if file_digest is not None else path.stat().st_size
        # The items, their custody events and the bundle's record in one transaction: a
        # crash leaves all of the bundle or none of it (its bytes are collected at unlock).
        with vault.transaction(conn):
            received = receiver.store()
            _record_bundle(vault, conn, report, received, size)
    finally:
        receiver.abort()
        if own:
            vault.release(conn)
    return report


def _record_bundle(
    vault: Vault, conn: Connection, report: BundleReport, received: list[dict[str, Any]], size: int
) -> None:
    """The bundle's record (``bundles_received``), ``bundle.imported`` and the proof files."""
    conn.execute(
        "INSERT INTO bundles_received (bundle_id, manifest, signature, custody, received_at, "
        "file_sha256, file_size) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            report.bundle_id,
            report.manifest,
            report.signature,
            json.dumps({k: v.decode("utf-8") for k, v in report.custody_files.items()}).encode(),
            custody.utc_now(),
            report.file_sha256,
            size,
        ),
    )
    vault.record(
        conn,
        "bundle.imported",
        {
            "bundle_id": report.bundle_id,
            "format": report.format,
            "profile": report.profile,
            "sealed_by_fingerprint": report.sealed_by.get("fingerprint"),
            "sealed_by_minisign": report.sealed_by.get("minisign_public_key"),
            "sender_tree_head": report.tree_head,
            "files": received,
        },
        items=[int(r["item_id"]) for r in received if r.get("item_id")],
        objects=[r["sha256"] for r in received],
    )
    _attach(vault, conn, report, report.small_files, received)


def _attach(
    vault: Vault,
    conn: Connection,
    report: BundleReport,
    held: dict[str, bytes],
    received: list[dict[str, Any]],
) -> None:
    """Each original's proof files, stored beside the item it came with (never as items of
    their own), one ``item.attachments_added`` event per item, in the import's transaction.
    They were verified with the bundle (their hashes are in the signed manifest); the
    sender's ProofMode verdicts stay in the stored manifest: this vault did not check them."""
    now = custody.utc_now()
    items = {r["path"]: r.get("item_id") for r in received}
    for entry in report.files:
        item_id = items.get(entry["path"])
        if not item_id or not entry.get("attachments"):
            continue
        added = []
        for attachment in entry["attachments"]:
            wanted = {"name": attachment["name"], "kind": attachment["kind"]}
            if proof_store.store_attachment(conn, int(item_id), wanted, held[attachment["path"]], now):
                added.append({k: attachment[k] for k in ("name", "kind", "sha256", "size")})
        if added:
            vault.record(
                conn,
                "item.attachments_added",
                {"attachments": added, "bundle_id": report.bundle_id},
                items=[int(item_id)],
                objects=[a["sha256"] for a in added],
            )


def _intake_name(entry: dict[str, Any]) -> str:
    """The name a received file is stored under: the original's, with the extension of the
    format a sanitized copy is now in (an IMG.HEIC received as a JPEG is IMG.jpg)."""
    original = bytes.fromhex(entry["original_name_hex"])
    extension = PurePosixPath(entry["path"]).suffix.encode()
    stem, dot, old = original.rpartition(b".")
    if entry["derivative"] is None or not extension or (dot and b"." + old.lower() == extension.lower()):
        return str(entry["original_name_hex"])
    return ((stem if dot and stem else original) + extension).hex()


class _Spool(io.RawIOBase):
    """One file's verified bytes on their way into an incomplete blob."""

    def __init__(self, stream: StreamImport) -> None:
        self._stream = stream

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._stream.write(bytes(data))
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._stream.end()
        super().close()


class _Discard(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return len(data)
