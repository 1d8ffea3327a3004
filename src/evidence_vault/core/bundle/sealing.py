"""Sealing: the chosen items and statements, their custody proofs, into one age file."""

from __future__ import annotations

import functools
import hashlib
import json
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from .. import export_plan, sanitize
from ..anonymise import in_vault
from ..anonymise.one_file import Request
from ..crypto import minisign
from ..custody import log as custody
from ..errors import UsageError
from ..evidence.items import ItemSummary
from ..placing import fsync_directory, put_in_place
from ..session.vault import Vault
from ..store import blobstore
from . import names, pipeline, provenance_part, seal_parts
from .errors import BundleError, check_cancel
from .manifest import FORMAT, MAX_MANIFEST, MAX_MEMBERS, PUBLIC_KEY, SUMS, SUMS_SIG, VERIFY
from .recipients import Recipient, named, own_identity, own_recipient
from .tar_write import Member, bytes_member
from .verify_text import verify_text
from .walk import HELD_LIMIT


@dataclass(frozen=True)
class SealResult:
    bundle_id: str
    path: Path
    size: int
    sha256: str
    items: int
    recipients: list[Recipient]
    tree_head: custody.TreeHead


PROFILES = ("originals", "sanitized", "anonymised")


def seal(
    vault: Vault,
    selected: list[ItemSummary],
    recipient_names: list[str],
    out: Path,
    *,
    profile: str = "originals",
    statement_ids: Iterable[int] = (),
    include_identity: bool = False,
    withhold: AbstractSet[str] = frozenset(),
    anonymise: Request | Mapping[int, Request] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> SealResult:
    """Seal ``selected`` items and statements for the named recipients into the new file ``out``.

    Statements go only where the witness's recorded consent covers these recipients
    (and the identity only where it allows naming); otherwise nothing is sealed.
    Setting ``cancel`` stops at the next chunk: ``ExportCancelled`` is raised and the
    half-written file is deleted.

    ``withhold`` (originals only; choices of ``sanitize.WITHHOLD_CHOICES``) seals, for each
    item holding such fields, a derivative with exactly those fields cut out instead of the
    original; an item whose fields cannot provably be cut out stops the seal
    (``SanitizeRefused``). The originals in the vault are never changed.

    ``profile="anonymised"`` seals, for each item, a copy with the faces hidden (and the
    voices disguised with ``voice``), made as ``anonymise`` asks: one request for every item,
    or one per item id (the person's reviewed boxes; an item not named gets detection as
    is); a witness's consent that asks for more than that refuses the seal.
    """
    if profile not in PROFILES:
        raise UsageError(f"unknown profile {profile!r}: {', '.join(PROFILES)}")
    if (profile == "anonymised") != (anonymise is not None):
        raise UsageError("the anonymised profile, and only it, takes what to hide (anonymise=)")
    withhold = frozenset(withhold)
    if withhold and profile != "originals":
        raise UsageError("withholding fields applies to originals; sanitized copies lose them anyway")
    statement_ids = list(statement_ids)
    if not selected and not statement_ids:
        raise UsageError("nothing to seal: choose items, a case or statements")
    if len(selected) + 2 * len(statement_ids) + 8 > MAX_MEMBERS:
        raise UsageError(
            f"a bundle holds at most {MAX_MEMBERS - 8} files and statement parts; "
            f"seal these {len(selected)} items in several bundles"
        )
    if out.exists():
        raise UsageError(f"{out} already exists; not overwriting it")
    if anonymise is not None:
        requests = anonymise
        export_plan.check_publication(
            vault.conn,
            selected,
            lambda item: in_vault.gives(_request(requests, item), in_vault.item_kind(vault, item)),
        )
    elif profile != "originals":
        export_plan.check_publication(vault.conn, selected, frozenset())
    chosen = named(vault, recipient_names) if recipient_names else []
    if not chosen:
        raise UsageError("seal to at least one recipient (--to NAME)")
    everyone = [*chosen, own_recipient(vault)]
    bundle_id = secrets.token_hex(16)
    created = custody.utc_now()

    statement_entries, statement_members, statement_hashes = seal_parts.statements_part(
        vault, statement_ids, chosen, include_identity
    )
    entries, members = _file_entries(vault, selected, profile, cancel, withhold, anonymise)
    head = vault.seal_log_head()
    custody_files, custody_info = seal_parts.custody_part(
        vault, selected, head, chosen, profile, statement_hashes
    )
    sealed_by = {
        "vault_id": vault.vault_id,
        "minisign_public_key": minisign.public_key_line(vault.verify_key),
        "ed25519_public_key": bytes(vault.verify_key).hex(),
        "fingerprint": minisign.fingerprint(vault.verify_key),
    }
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "bundle_id": bundle_id,
        "created_at": created,
        "profile": profile,
        "withheld": sorted(withhold),
        "sealed_by": sealed_by,
        "recipients": [r.to_json() for r in everyone],
        "files": entries,
        "statements": statement_entries,
        "custody": custody_info,
    }
    # The tar's order: the signed manifest first (nothing is trusted before it), then every
    # member it lists, in its order. SHA256SUMS lists all of them but itself and the two
    # signatures, and carries a signature of its own for the standard-tools route.
    listed = [
        bytes_member(PUBLIC_KEY, minisign.public_key_file(vault.verify_key).encode()),
        *(bytes_member(path, data) for path, data in custody_files.items()),
        *statement_members,
        *members,
    ]
    held = sum(m.size for m in listed if not m.path.startswith("files/"))
    if held > HELD_LIMIT:  # a reader holds these in memory until every check passed, and refuses more
        raise UsageError(
            f"the custody records, statements and proof files of these items come to {held >> 20} MiB, "
            f"more than a reader accepts ({HELD_LIMIT >> 20} MiB); seal them in several bundles"
        )
    verify = bytes_member(VERIFY, verify_text(manifest).encode())
    sums = "".join(f"{m.sha256}  {m.path}\n" for m in [verify, *listed]).encode()
    sums_signature = minisign.sign(vault.signer, [sums], f"evidence-vault bundle {bundle_id} SHA256SUMS")
    listed = [verify, bytes_member(SUMS, sums), bytes_member(SUMS_SIG, sums_signature.encode()), *listed]
    manifest["members"] = [{"name": m.path, "size": m.size, "sha256": m.sha256} for m in listed]
    manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    if len(manifest_bytes) > MAX_MANIFEST:  # a reader would refuse it: say so now, in words
        raise UsageError(
            f"the manifest of this bundle would be {len(manifest_bytes) >> 20} MiB, more than a reader "
            f"accepts ({MAX_MANIFEST >> 20} MiB); seal these {len(selected)} items in several bundles"
        )
    signature = minisign.sign(
        vault.signer, [manifest_bytes], f"evidence-vault bundle {bundle_id} sealed {created}"
    )
    all_members = [
        bytes_member("manifest.json", manifest_bytes),
        bytes_member("manifest.json.minisig", signature.encode()),
        *listed,
    ]

    # Written under a temporary name and put in place only once it verifies, so that a
    # crash or a full disk never leaves a half-written bundle under the chosen name.
    partial = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
    try:
        # pyrage cannot report a failed final write: the file is read back and verified end to
        # end, by a reader that follows the writer and finishes only after close and fsync.
        report, manifest_sha256 = pipeline.encrypt(
            all_members, everyone, partial, progress, cancel, own_identity(vault)
        )
        check_cancel(cancel)
        if not report.ok:
            raise BundleError("the bundle did not verify after sealing: " + "; ".join(report.problems))
        if report.bundle_id != bundle_id or manifest_sha256 != hashlib.sha256(manifest_bytes).hexdigest():
            raise BundleError("the bundle read back after sealing holds another manifest than the one signed")
        put_in_place(partial, out)  # never overwrites (also on FAT/exFAT sticks, without hard links)
        fsync_directory(out.parent)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        # A full disk or a size limit (pyrage wraps the OSError): a message, not a traceback.
        if isinstance(exc, (OSError, pyrage.EncryptError)):
            cause = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise BundleError(f"cannot write {out}: {cause}; nothing was left behind") from exc
        raise
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO bundles_sealed (bundle_id, recipients, tree_size, created_at) VALUES (?, ?, ?, ?)",
            (bundle_id, json.dumps(sorted(r.public_key for r in chosen)), head.size, created),
        )
        vault.record(
            conn,
            "bundle.sealed",
            {
                "bundle_id": bundle_id,
                "profile": profile,
                "withheld": sorted(withhold),
                "recipients": [{"name": r.name, "fingerprint": r.fingerprint} for r in chosen],
                "files": [
                    {"path": e["path"], "sha256": e["sha256"], "original_sha256": e["original_sha256"]}
                    for e in entries
                ],
                "statements": [
                    {"id": e["id"], "version_sha256": e["version_sha256"], "identity": e["identity_included"]}
                    for e in statement_entries
                ],
                "tree_size": head.size,
                "bundle_sha256": report.file_sha256,
            },
            items=[item.id for item in selected],
            objects=[e["sha256"] for e in entries],
        )
    return SealResult(bundle_id, out, out.stat().st_size, report.file_sha256, len(selected), chosen, head)


def _file_entries(
    vault: Vault,
    selected: list[ItemSummary],
    profile: str,
    cancel: threading.Event | None = None,
    withhold: AbstractSet[str] = frozenset(),
    anonymise: Request | Mapping[int, Request] | None = None,
) -> tuple[list[dict[str, Any]], list[Member]]:
    entries: list[dict[str, Any]] = []
    members: list[Member] = []
    for item in selected:
        check_cancel(cancel)
        if item.deleted_at is not None:
            raise UsageError(f"item {item.id} was deleted; only its record remains")
        entry: dict[str, Any] = {
            "path": names.for_item(item.id, item.name),
            "item_id": item.id,
            "original_name": item.name,
            "original_name_hex": item.name_hex,
            "original_sha256": item.sha256,
            "content_type": item.content_type,
        }
        derivative = None
        if profile == "originals" and withhold:
            derivative = sanitize.make_withheld(vault, item, withhold)
        elif anonymise is not None:
            derivative = in_vault.published_copy(
                vault, item, _request(anonymise, item), cancel=None if cancel is None else cancel.is_set
            )
        elif profile != "originals":
            derivative = sanitize.make_derivative(vault, item)
        path = entry["path"]
        if derivative is None:
            entry |= {"sha256": item.sha256, "size": item.size, "derivative": None}
            members.append(
                Member(path, item.size, item.sha256, functools.partial(_chunks, vault, item.blob_id))
            )
            fields, attached = provenance_part.for_original(vault, item)
            entry |= fields
            members += attached  # each original's proof files right after it
        else:
            if derivative.content_type != item.content_type:  # a HEIC made a JPEG is named .jpg
                entry["path"] = path = names.for_item(item.id, item.name, derivative.content_type)
            entry |= {
                "sha256": derivative.sha256,
                "size": derivative.size,
                "content_type": derivative.content_type,
                "derivative": {"removed": derivative.removed, "reencoded": derivative.reencoded},
            }
            if profile == "originals":
                entry["derivative"]["withheld"] = sorted(withhold)
            if derivative.options.get("profile") == "anonymised":
                entry["derivative"]["anonymised"] = _published_record(derivative.options)
            members.append(
                Member(
                    path,
                    derivative.size,
                    derivative.sha256,
                    functools.partial(_derivative_chunks, vault, derivative),
                )
            )
        entries.append(entry)
    return entries, members


def _request(requests: Request | Mapping[int, Request], item: ItemSummary) -> Request:
    if isinstance(requests, Request):
        return requests
    return requests.get(item.id, Request())


def _published_record(options: dict[str, Any]) -> dict[str, Any]:
    """What a recipient learns of an anonymised copy: the model and how much was hidden.
    Not who confirmed the boxes (a name), nor the voice settings drawn for the file (they
    would help to undo the disguise); both stay in the vault's custody record."""
    return {
        "model_sha256": options.get("model_sha256"),
        "face_boxes": len(options.get("boxes", [])) + len(options.get("added", [])),
        "face_tracks": len(options.get("tracks", [])),
        "voice_disguised": "voice" in options,
        "sound_removed": options.get("audio") == "remove",
    }


def _chunks(vault: Vault, blob_id: int) -> Iterator[bytes]:
    conn = vault.connect()
    try:
        yield from blobstore.read_chunks(conn, blob_id)
    finally:
        vault.release(conn)


def _derivative_chunks(vault: Vault, derivative: Any) -> Iterator[bytes]:
    conn = vault.connect()  # read in the sealing's reader thread: a connection of its own
    try:
        yield from sanitize.derivative_chunks(conn, derivative)
    finally:
        vault.release(conn)
