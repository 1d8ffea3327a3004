"""Taking a verified bundle in: opened into a folder, or imported into the investigator's vault.

Both refuse, before writing a byte, a bundle whose signed manifest declares more than a
cap (``max_bytes``) or more than the disk has free; a file is written only as the member
the signed manifest lists, never past its declared size (the tar reader stops there), and
only inside the chosen folder. A folder gets files 0600 in folders 0700, like ``extract``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

import pyrage

from ..custody import log as custody
from ..errors import UsageError
from ..evidence.importer import Importer, StreamImport
from ..proofmode import store as proof_store
from ..session.vault import Vault
from ..store.database import Connection
from . import names
from .errors import BundleError
from .manifest import total_size
from .outcome import BundleReport, Target
from .reading import read
from .report import report_html, report_text

DEFAULT_MAX_BYTES = 64 << 30
_KEEP_FREE = 64 << 20  # room left on the disk after the bundle's files


def _check_room(manifest: dict[str, Any], where: Path, max_bytes: int) -> None:
    total = total_size(manifest)
    if total > max_bytes:
        raise BundleError(
            f"the signed manifest declares {total} bytes of files, more than the limit of {max_bytes}; "
            "nothing was written (raise the limit with --max-size if you expected this)"
        )
    free = shutil.disk_usage(where).free
    if total + _KEEP_FREE > free:
        raise BundleError(
            f"the signed manifest declares {total} bytes of files; {where} has {free} bytes free; "
            "nothing was written"
        )


def _write_new(root: Path, name: str) -> BinaryIO:
    """A new file for member ``name`` under ``root``: every folder made 0700 and every step
    checked to be a real folder inside ``root``, the file created 0600, never over anything."""
    target = names.inside(root, name)
    folder = root.resolve()
    for part in PurePosixPath(name).parts[:-1]:
        folder = folder / part
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder, 0o700)
        if folder.is_symlink() or not folder.is_dir():
            raise BundleError(f"{name}: {folder} is not a folder made by this bundle")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(target, flags, 0o600), "wb")


class _Folder:
    def __init__(self, out: Path, max_bytes: int) -> None:
        self.out, self.max_bytes = out, max_bytes
        self.handles: list[BinaryIO] = []

    def begin(self, manifest: dict[str, Any]) -> None:
        _check_room(manifest, self.out, self.max_bytes)

    def open(self, entry: dict[str, Any]) -> Target:
        handle = _write_new(self.out, entry["path"])
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
                with _write_new(out, name) as handle:
                    handle.write(data)
            for name, text in (("report.txt", report_text(report)), ("report.html", report_html(report))):
                with _write_new(out, name) as handle:
                    handle.write(text.encode("utf-8"))
    except BaseException:
        _remove_tree(out)
        raise
    finally:
        for handle in receiver.handles:
            handle.close()
    if not report.ok:
        _remove_tree(out)
    return report


def _remove_tree(root: Path) -> None:
    for path in sorted(root.rglob("*"), reverse=True):
        with contextlib.suppress(OSError):
            path.unlink() if path.is_file() or path.is_symlink() else path.rmdir()
    with contextlib.suppress(OSError):
        root.rmdir()


class _IntoVault:
    def __init__(self, vault: Vault, importer: Importer, max_bytes: int) -> None:
        self.vault, self.importer, self.max_bytes = vault, importer, max_bytes
        self.received: list[dict[str, Any]] = []

    def begin(self, manifest: dict[str, Any]) -> None:
        _check_room(manifest, self.vault.directory, self.max_bytes)

    def open(self, entry: dict[str, Any]) -> Target:
        return _SpoolToImport(self.importer, entry, self.received)


def import_into(
    vault: Vault,
    path: Path,
    identity: pyrage.x25519.Identity,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    file_digest: tuple[str, int] | None = None,
) -> BundleReport:
    """Verify, then import the files into this vault keeping the sender's proofs. A sanitized
    copy is recorded with the hash of the original it was made from and what it lost.
    ``file_digest``: the .evb file's SHA-256 and size as a caller found them before (batch
    intake), stored with the bundle; the import fails if the file it read differs."""
    report = read(path, identity)  # first pass: nothing is stored unless all checks pass
    if not report.ok:
        return report
    if vault.conn.execute(
        "SELECT 1 FROM bundles_received WHERE bundle_id = ?", (report.bundle_id,)
    ).fetchone():
        raise UsageError(f"bundle {report.bundle_id} was already imported")
    receiver = _IntoVault(vault, Importer(vault, case=f"Bundle {report.bundle_id[:8]}"), max_bytes)
    second = read(path, identity, receiver)  # second pass streams the verified bytes in
    if not second.ok or second.bundle_id != report.bundle_id:
        raise BundleError("the bundle changed between verification and import")
    received = receiver.received
    if file_digest is not None and file_digest[0] != report.file_sha256:
        raise BundleError("the bundle file changed after it was verified")
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO bundles_received (bundle_id, manifest, signature, custody, received_at, "
            "file_sha256, file_size) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                report.bundle_id,
                report.manifest,
                report.signature,
                json.dumps({k: v.decode("utf-8") for k, v in report.custody_files.items()}).encode(),
                custody.utc_now(),
                file_digest[0] if file_digest else None,
                file_digest[1] if file_digest else None,
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
        _attach(vault, conn, report, second.small_files, received)
    return report


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


class _SpoolToImport(io.RawIOBase):
    """Receives one file's verified bytes and stores them through the importer."""

    def __init__(self, importer: Importer, entry: dict[str, Any], received: list[dict[str, Any]]) -> None:
        self._entry = entry
        self._received = received
        self._writer: StreamImport = importer.begin_stream(_intake_name(entry), entry["sha256"])

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._writer.write(bytes(data))
        return len(data)

    def close(self) -> None:
        if not self.closed:
            result = self._writer.finish()
            record: dict[str, Any] = {
                "path": self._entry["path"],
                "sha256": self._entry["sha256"],
                "item_id": result.item_id,
                "status": result.status.value,
            }
            derivative = self._entry["derivative"]
            if derivative is not None:  # the link to the original, which stays with the sender
                record["derived_from_sha256"] = self._entry["original_sha256"]
                record["removed"] = list(derivative["removed"])
                record["reencoded"] = bool(derivative["reencoded"])
            self._received.append(record)
        super().close()
