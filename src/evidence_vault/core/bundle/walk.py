"""The checks a bundle's decrypted tar must pass, in the one order it is read.

Nothing is trusted before ``manifest.json`` and its signature: at most a format-1
``VERIFY.txt`` is held (64 KiB) before them. Then, in format 2, every member must be the
next one the signed manifest lists, with its size; it is hashed as it passes, the small
ones are held (64 MiB in all at most) and only files/ go to the receiver, which saw the
declared total first. A member that is not listed, comes twice or out of order, is not a
plain file, or has another size stops the reading at once, naming it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, BinaryIO

from ..crypto import minisign
from . import custody_check, names
from . import manifest as mf
from .errors import BundleError
from .outcome import BundleReport, Receiver, Target
from .tar_read import Member, TarReader

HELD_LIMIT = 64 << 20  # every member but files/ is held in memory until all checks passed
PRE_MANIFEST = 64 << 10
_SIGNATURE_LIMIT = 4096
_FORMAT_1_NOTE = (
    "format 1: the signature covers manifest.json and, through the hashes it lists, the files, "
    "statements and custody record; VERIFY.txt, SHA256SUMS and signing-key.pub are not signed "
    "(format 2 signs every member), so VERIFY.txt was not written out and any member the manifest "
    "does not name was refused"
)


def check_stream(plain: BinaryIO, report: BundleReport, receiver: Receiver | None) -> None:
    tar = TarReader(plain)
    before: dict[str, bytes] = {}
    manifest: dict[str, Any] | None = None
    while manifest is None:
        member = tar.next()
        if member is None:
            report.problems.append("the bundle has no signed manifest")
            return
        _check_name(member)
        limit = {"manifest.json": mf.MAX_MANIFEST, "manifest.json.minisig": _SIGNATURE_LIMIT}.get(
            member.name, PRE_MANIFEST
        )
        if member.name in before or len(before) >= 3 or member.size > limit:
            raise BundleError(f"{member.name!r}: not expected before the signed manifest (or too large)")
        before[member.name] = _read_all(tar, member)
        if member.name == "manifest.json.minisig":
            manifest = _verified_manifest(before, report)
    if manifest["format"] == mf.FORMAT:
        held = _walk_2(tar, manifest, before, report, receiver)
    else:
        held = _walk_1(tar, manifest, before, report, receiver)
    custody_check.check(manifest, held, report)


def _check_name(member: Member) -> None:
    why = names.problem(member.name)
    if why is not None:
        raise BundleError(f"member {member.name!r} has a name no bundle may hold: {why}")


def _read_all(tar: TarReader, member: Member) -> bytes:
    parts = []
    while chunk := tar.read(1 << 20):
        parts.append(chunk)
    return b"".join(parts)


def _verified_manifest(before: dict[str, bytes], report: BundleReport) -> dict[str, Any]:
    raw, signature = before.get("manifest.json"), before["manifest.json.minisig"].decode("utf-8", "replace")
    if raw is None:
        raise BundleError("the signature comes before any manifest")
    try:
        decoded = json.loads(raw)
        key = minisign.parse_public_key(decoded["sealed_by"]["minisign_public_key"])
        minisign.verify(key, [raw], signature)
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError(f"the manifest's signature does not verify: {exc}") from None
    try:
        manifest = mf.validate(decoded)
    except mf.MalformedManifest as exc:
        raise BundleError(str(exc)) from None
    if bytes.fromhex(manifest["sealed_by"]["ed25519_public_key"]) != bytes(key):
        raise BundleError("malformed manifest: sealed_by: its two public keys differ")
    report.checks.append("manifest signature verified (minisign, Ed25519)")
    report.manifest, report.signature = raw, signature
    report.format = manifest["format"]
    report.bundle_id, report.created_at = manifest["bundle_id"], manifest["created_at"]
    report.profile, report.sealed_by = manifest["profile"], dict(manifest["sealed_by"])
    report.recipients, report.files = list(manifest["recipients"]), list(manifest["files"])
    report.tree_head = dict(manifest["custody"]["tree_head"])
    report.statements = list(manifest["statements"])
    return manifest


def _stream_file(tar: TarReader, target: Target | None) -> str:
    digest = hashlib.sha256()
    try:
        while chunk := tar.read(1 << 20):
            digest.update(chunk)
            if target is not None:
                target.write(chunk)
    finally:
        if target is not None:
            target.close()  # each file is finished (and its lock released) before the next
    return digest.hexdigest()


def _walk_2(
    tar: TarReader,
    manifest: dict[str, Any],
    before: dict[str, bytes],
    report: BundleReport,
    receiver: Receiver | None,
) -> dict[str, bytes]:
    if list(before) != list(mf.SIGNED_PAIR):
        raise BundleError("a format-2 bundle begins with manifest.json and its signature, and nothing else")
    listed = manifest["members"]
    position = {m["name"]: index for index, m in enumerate(listed)}
    files = {entry["path"]: entry for entry in manifest["files"]}
    held_total = sum(m["size"] for m in listed if m["name"] not in files)
    if held_total > HELD_LIMIT:
        raise BundleError(
            f"the bundle's records outside files/ declare {held_total} bytes; at most {HELD_LIMIT}"
        )
    if receiver is not None:
        receiver.begin(manifest)
    held: dict[str, bytes] = dict(before)
    for index, want in enumerate(listed):
        member = tar.next()
        if member is None:
            raise BundleError(f"{want['name']}: listed in the signed manifest but missing (the stream ends)")
        _check_name(member)
        if member.name != want["name"]:
            seen_at = position.get(member.name)
            why = (
                "not listed in the signed manifest"
                if seen_at is None
                else ("a second copy" if seen_at < index else "out of the signed manifest's order")
            )
            raise BundleError(f"member {member.name!r}: {why}")
        if member.size != want["size"]:
            raise BundleError(
                f"{member.name}: {member.size} bytes, but the signed manifest says {want['size']}"
            )
        entry = files.get(member.name)
        if entry is not None:
            digest = _stream_file(tar, receiver.open(entry) if receiver is not None else None)
        else:
            held[member.name] = _read_all(tar, member)
            digest = hashlib.sha256(held[member.name]).hexdigest()
        if digest != want["sha256"]:
            raise BundleError(f"{member.name}: SHA-256 does not match the signed manifest")
    extra = tar.next()
    if extra is not None:
        _check_name(extra)
        raise BundleError(f"member {extra.name!r}: not listed in the signed manifest")
    _check_sums_2(manifest, held)
    report.checks.append(
        f"every one of the {len(listed)} members after the signed manifest is the one it lists, in order, "
        "with its size and SHA-256; SHA256SUMS and its signature agree"
    )
    report.small_files = held
    return held


def _check_sums_2(manifest: dict[str, Any], held: dict[str, bytes]) -> None:
    """SHA256SUMS must say exactly what the manifest says, and carry the same key's signature."""
    expected = "".join(
        f"{m['sha256']}  {m['name']}\n"
        for m in manifest["members"]
        if m["name"] not in (mf.SUMS, mf.SUMS_SIG)
    )
    if held[mf.SUMS].decode("utf-8", "replace") != expected:
        raise BundleError("SHA256SUMS does not list exactly the members of the signed manifest")
    key = minisign.parse_public_key(manifest["sealed_by"]["minisign_public_key"])
    try:
        minisign.verify(key, [held[mf.SUMS]], held[mf.SUMS_SIG].decode("utf-8", "replace"))
        published = minisign.parse_public_key(held[mf.PUBLIC_KEY].decode("utf-8", "replace"))
    except ValueError as exc:
        raise BundleError(f"SHA256SUMS.minisig or signing-key.pub does not verify: {exc}") from None
    if bytes(published) != bytes(key):
        raise BundleError("signing-key.pub is not the key that signed the manifest")


def _walk_1(
    tar: TarReader,
    manifest: dict[str, Any],
    before: dict[str, bytes],
    report: BundleReport,
    receiver: Receiver | None,
) -> dict[str, bytes]:
    if set(before) - {"VERIFY.txt", *mf.SIGNED_PAIR}:
        raise BundleError("a format-1 bundle holds only VERIFY.txt before its manifest")
    files = {entry["path"]: entry for entry in manifest["files"]}
    custody = manifest["custody"]
    statements = {s[p]["path"]: s[p]["sha256"] for s in manifest["statements"] for p in ("json", "html")}
    allowed = {mf.PUBLIC_KEY, mf.SUMS, custody["events"], custody["event_hashes"], mf.TREE_HEAD, *statements}
    if receiver is not None:
        receiver.begin(manifest)
    seen = {
        name: hashlib.sha256(data).hexdigest() for name, data in before.items() if name in ("VERIFY.txt",)
    }
    held: dict[str, bytes] = dict(before)
    held_total = sum(len(data) for data in before.values())
    while (member := tar.next()) is not None:
        _check_name(member)
        if member.name in seen or member.name in mf.SIGNED_PAIR:
            raise BundleError(f"member {member.name!r}: a second copy")
        entry = files.get(member.name)
        if entry is not None:
            if member.size != entry["size"]:
                raise BundleError(
                    f"{member.name}: {member.size} bytes, but the signed manifest says {entry['size']}"
                )
            seen[member.name] = _stream_file(tar, receiver.open(entry) if receiver is not None else None)
            if seen[member.name] != entry["sha256"]:
                raise BundleError(f"{member.name}: SHA-256 does not match the signed manifest")
            continue
        if member.name not in allowed:
            raise BundleError(f"member {member.name!r}: not named by the signed manifest")
        held_total += member.size
        if held_total > HELD_LIMIT:
            raise BundleError(f"the bundle's records outside files/ exceed {HELD_LIMIT} bytes")
        held[member.name] = _read_all(tar, member)
        seen[member.name] = hashlib.sha256(held[member.name]).hexdigest()
    missing = [name for name in [*files, *statements] if name not in seen]
    if missing:
        raise BundleError("listed in the signed manifest but missing: " + ", ".join(missing))
    for name, digest in statements.items():
        if seen[name] != digest:
            raise BundleError(f"{name}: SHA-256 does not match the signed manifest")
    listed: dict[str, str] = {}
    for line in held.get(mf.SUMS, b"").decode("utf-8", "replace").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    for name, digest in seen.items():
        if name != mf.SUMS and listed.get(name) != digest:
            report.problems.append(f"{name}: not in SHA256SUMS or its hash differs")
    key = held.get(mf.PUBLIC_KEY, b"").decode("utf-8", "replace")
    try:
        if bytes(minisign.parse_public_key(key)) != bytes.fromhex(
            manifest["sealed_by"]["ed25519_public_key"]
        ):
            report.problems.append("signing-key.pub is not the key that signed the manifest")
    except ValueError:
        report.problems.append("signing-key.pub is missing or unreadable")
    if not report.problems:
        report.checks.append(f"SHA-256 of all {len(seen)} files matches SHA256SUMS and the manifest")
    report.notes.append(_FORMAT_1_NOTE)
    report.small_files = {name: data for name, data in held.items() if name != "VERIFY.txt"}
    return held
