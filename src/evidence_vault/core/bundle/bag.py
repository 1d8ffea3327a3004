"""A verified bundle handed to an archive as a BagIt package (RFC 8493), by the Library of
Congress's ``bagit`` library.

The bundle is decrypted and checked in one streaming pass (``reading.read``) while its files
are written, and a bag is made only of a bundle that verified. Everything is written into a
staging folder beside the destination (``.NAME.partial-…``) and renamed into place at the
very end, so that neither a failure nor a crash leaves something that looks like a finished
bag; after a failure the staging folder is removed. The layout:

    bagit.txt, bag-info.txt              bagit's; bag-info names the bundle and its sender
    manifest-sha256.txt, -sha512.txt     every payload file; tagmanifest-*.txt every tag file
    data/files/…                         the byte-exact originals (or sanitized copies)
    data/attachments/…, data/statements/…  proof files, witness statements
    bundle/…                             the bundle's signed records exactly as they came:
                                         manifest.json (with the Merkle proofs) and its
                                         signature, SHA256SUMS, signing-key.pub, custody/…
    metadata/                            provenance.json, merkle-proofs.json, premis-events.json,
                                         verification-report.txt (and .pdf when asked)

The bag is plaintext on disk: it is for the archive's own protected storage (docs/archives.md).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

import bagit
import pyrage

from ... import __version__
from ..custody.log import utc_now
from ..errors import UsageError, VaultError
from . import names
from .errors import BundleError, check_cancel
from .folder_write import check_room, remove_tree, write_new
from .intake import DEFAULT_MAX_BYTES
from .outcome import BundleReport, Target
from .premis import premis_events
from .reading import read
from .report import report_text

CHECKSUMS = ("sha256", "sha512")
PAYLOAD_FOLDERS = ("files/", "attachments/")
BUNDLE_TAGS = "bundle/"
# bagit writes its own errors to the log (with a traceback); the caller says them in words.
logging.getLogger("bagit").addHandler(logging.NullHandler())
# bagit's make_bag and Bag.save change the process's working directory while they run: two
# bags made at once (the app's workers) must not change it under each other.
_CWD = threading.Lock()


@dataclass
class BagResult:
    path: Path
    report: BundleReport
    payload_files: int
    payload_bytes: int


def name_problem(name: str) -> str | None:
    """Why a member cannot be named in a bag's manifest, or None. RFC 8493 (2.1.3) wants CR,
    LF and ``%`` percent-encoded in manifest paths; bagit 1.9 encodes CR and LF but writes
    ``%`` as it is, and reads ``%0A`` back as a line feed: such a name would make a bag that
    does not validate, or names another file. (CR and LF never pass ``names.problem``.)"""
    if "%" in name:
        return "a '%', which bagit does not percent-encode in manifests as RFC 8493 requires"
    if "\n" in name or "\r" in name:
        return "a line break"
    return names.problem(name)


def _check_names(members: list[str]) -> None:
    for name in members:
        why = name_problem(name)
        if why is not None:
            raise BundleError(
                f"member {name!r} cannot be named in a BagIt manifest: {why}; no bag was written"
            )


class _Refused(VaultError):
    """The bag refuses what the signed manifest declares (a name, the size): raised through the
    reader, which would otherwise report it as a problem of the bundle."""

    exit_code = 1


class _Payload:
    """The receiver: the signed manifest's names checked for the bag, room checked, then each
    file written new into the staging folder (which bagit turns into the payload, data/)."""

    def __init__(
        self,
        staging: Path,
        max_bytes: int,
        cancel: threading.Event | None,
        progress: Callable[[int], None] | None,
    ) -> None:
        self.staging, self.max_bytes, self.cancel, self.progress = staging, max_bytes, cancel, progress
        self.handles: list[BinaryIO] = []

    def begin(self, manifest: dict[str, Any]) -> None:
        listed = [m["name"] for m in manifest.get("members", [])]
        listed += [entry["path"] for entry in manifest["files"]]
        listed += [s[part]["path"] for s in manifest["statements"] for part in ("json", "html")]
        listed += [manifest["custody"]["events"], manifest["custody"]["event_hashes"]]
        try:
            _check_names(listed)
            check_room(manifest, self.staging, self.max_bytes)
        except BundleError as exc:  # the bundle verified so far: a refusal of ours, not its problem
            raise _Refused(str(exc)) from None

    def open(self, entry: dict[str, Any]) -> Target:
        check_cancel(self.cancel)
        handle = write_new(self.staging, entry["path"])
        self.handles.append(handle)
        return _Counted(handle, self.progress, self.cancel) if self.progress is not None else handle


class _Counted:
    """A file being written, counting its bytes for a progress bar; a cancel stops it at once."""

    def __init__(
        self, handle: BinaryIO, progress: Callable[[int], None], cancel: threading.Event | None
    ) -> None:
        self.handle, self.progress, self.cancel = handle, progress, cancel

    def write(self, data: bytes, /) -> int:
        check_cancel(self.cancel)
        self.progress(len(data))
        return self.handle.write(data)

    def close(self) -> None:
        self.handle.close()


def refuse_existing(out: Path) -> None:
    if out.is_symlink() or (out.exists() and (not out.is_dir() or any(out.iterdir()))):
        raise UsageError(f"{out} exists and is not an empty folder; no bag was written")


def write_bag(
    path: Path,
    identity: pyrage.x25519.Identity,
    out: Path,
    *,
    by_bundle_id: bool = False,
    source_organization: str | None = None,
    pdf: Callable[[BundleReport], bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> BagResult:
    """Verify the bundle at ``path`` and write it as a bag at ``out`` (or, ``by_bundle_id``,
    at ``out/BUNDLE-ID``). ``pdf`` makes the court report from the verified report (Qt, so
    the caller's). Raises BundleError (naming the file) and leaves nothing on any failure."""
    if not by_bundle_id:
        refuse_existing(out)
    parent = out if by_bundle_id else out.parent
    staging = parent / f".{out.name if not by_bundle_id else 'bag'}.partial-{secrets.token_hex(6)}"
    try:
        parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.mkdir(staging, 0o700)
    except OSError as exc:
        raise UsageError(f"cannot write a bag in {parent}: {exc.strerror or exc}") from None
    receiver = _Payload(staging, max_bytes, cancel, progress)
    try:
        try:
            report = read(path, identity, receiver)
        except _Refused as exc:
            raise BundleError(f"{path}: {exc}") from None
        finally:
            for handle in receiver.handles:
                handle.close()
        if not report.ok:
            raise BundleError(
                f"{path}: the bundle did not verify, so no bag was written: " + "; ".join(report.problems)
            )
        final = out / report.bundle_id if by_bundle_id else out
        refuse_existing(final)
        check_cancel(cancel)
        result = _make(staging, report, path, source_organization, pdf, cancel)
        check_cancel(cancel)
        _into_place(staging, final)
    except BaseException:
        remove_tree(staging)
        raise
    result.path = final
    return result


def _make(
    staging: Path,
    report: BundleReport,
    path: Path,
    source_organization: str | None,
    pdf: Callable[[BundleReport], bytes] | None,
    cancel: threading.Event | None,
) -> BagResult:
    statements = {s[part]["path"] for s in report.statements for part in ("json", "html")}
    payload = {
        n: d for n, d in report.small_files.items() if n.startswith(PAYLOAD_FOLDERS) or n in statements
    }
    tags = {n: d for n, d in report.small_files.items() if n not in payload}
    _check_names([*payload, *tags])
    for name, data in payload.items():
        _write(staging, name, data)
    bagged_at = utc_now()
    info = _bag_info(report, path, source_organization, bagged_at)
    try:
        with _CWD:
            bagit.make_bag(str(staging), info, checksums=list(CHECKSUMS))
        check_cancel(cancel)
        for name, data in tags.items():
            _write(staging, BUNDLE_TAGS + name, data)
        bag_paths = {entry["sha256"]: f"data/{entry['path']}" for entry in report.files}
        bag_paths |= {
            a["sha256"]: f"data/{a['path']}" for f in report.files for a in f.get("attachments") or []
        }
        metadata = _metadata(report, bag_paths, bagged_at)
        if pdf is not None:
            metadata["metadata/verification-report.pdf"] = pdf(report)
        for name, data in metadata.items():
            _write(staging, name, data)
        with _CWD:
            bag = bagit.Bag(str(staging))
            bag.save()  # bag-info.txt and the tag manifests again, now over the tag files too
        check_cancel(cancel)
        bag.validate()  # every file hashed again, as an archive's bagit.py --validate does
    except bagit.BagError as exc:
        raise BundleError(f"{path}: bagit could not make a valid bag: {exc}") from None
    except OSError as exc:
        raise BundleError(f"{path}: the bag could not be written: {exc.strerror or exc}") from None
    _check_payload(bag, report, path)
    oxum = str(bag.info.get("Payload-Oxum", "0.0")).split(".")
    return BagResult(staging, report, int(oxum[1]), int(oxum[0]))


def _check_payload(bag: Any, report: BundleReport, path: Path) -> None:
    """What bagit hashed on disk is what the signed manifest lists, file for file."""
    expected = {f"data/{entry['path']}": entry["sha256"] for entry in report.files}
    found = {name: digests.get("sha256") for name, digests in bag.payload_entries().items()}
    for name, digest in expected.items():
        if found.get(name) != digest:
            raise BundleError(f"{path}: {name} in the bag is not the file the signed manifest lists")


def _write(root: Path, name: str, data: bytes) -> None:
    with write_new(root, name) as handle:
        handle.write(data)


def _printable(value: object) -> str:
    """A bag-info value: the sender's text without control characters (one line each)."""
    return "".join(c if c.isprintable() else " " for c in str(value)).strip()


def _bag_info(
    report: BundleReport, path: Path, source_organization: str | None, bagged_at: str
) -> dict[str, str]:
    info = {
        "Bagging-Date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "External-Identifier": report.bundle_id,
        "External-Description": (
            f"The files of Evidence Vault bundle {report.bundle_id}, decrypted and verified "
            "(signature, every SHA-256, custody proofs) before bagging; see bundle/ and metadata/."
        ),
        "Bag-Software-Agent": (
            f"evidence-vault {__version__} with bagit.py {bagit.VERSION} <{bagit.PROJECT_URL}>"
        ),
        "Evidence-Vault-Bundle-Id": report.bundle_id,
        "Evidence-Vault-Bundle-Format": report.format,
        "Evidence-Vault-Bundle-Profile": report.profile,
        "Evidence-Vault-Bundle-File": path.name,
        "Evidence-Vault-Bundle-SHA256": report.file_sha256,
        "Evidence-Vault-Sealed-At": report.created_at,
        "Evidence-Vault-Sender-Fingerprint": report.sealed_by.get("fingerprint", ""),
        "Evidence-Vault-Sender-Minisign-Key": report.sealed_by.get("minisign_public_key", ""),
        "Evidence-Vault-Sender-Vault-Id": report.sealed_by.get("vault_id", ""),
        "Evidence-Vault-Verified-At": bagged_at,
    }
    if source_organization:
        info["Source-Organization"] = source_organization
    return {key: _printable(value) for key, value in info.items()}


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _metadata(report: BundleReport, bag_paths: dict[str, str], bagged_at: str) -> dict[str, bytes]:
    manifest = json.loads(report.manifest)
    custody = manifest.get("custody", {})
    provenance = [
        {
            "path": f"data/{entry['path']}",
            "sha256": entry["sha256"],
            "original_sha256": entry["original_sha256"],
            "derivative": entry["derivative"],
            "provenance": entry.get("provenance"),
            "attachments": [{**a, "path": f"data/{a['path']}"} for a in entry.get("attachments") or []],
        }
        for entry in report.files
    ]
    proofs = {
        "about": "Copied from bundle/manifest.json (signed): each carried custody event's RFC 9162 "
        "inclusion proof against the tree head, and the consistency proof from an earlier bundle.",
        "tree_head": custody.get("tree_head"),
        "inclusion_proofs": custody.get("inclusion_proofs"),
        "consistency_from_previous_bundle": custody.get("consistency_from_previous_bundle"),
    }
    return {
        "metadata/verification-report.txt": report_text(report).encode("utf-8"),
        "metadata/provenance.json": _json(provenance),
        "metadata/merkle-proofs.json": _json(proofs),
        "metadata/premis-events.json": premis_events(report, bag_paths, bagged_at),
    }


def _into_place(staging: Path, final: Path) -> None:
    """Rename the finished bag into place: over an empty folder at most, never over anything."""
    try:
        os.rename(staging, final)  # POSIX replaces an empty folder, and refuses a non-empty one
    except OSError:
        if not final.is_dir() or any(final.iterdir()):
            raise BundleError(f"{final} appeared while the bag was written; not writing over it") from None
        final.rmdir()  # Windows: rename never replaces; the folder is empty (checked above)
        os.rename(staging, final)
