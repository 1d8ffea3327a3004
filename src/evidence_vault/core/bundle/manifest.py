"""The signed manifest: its one schema (formats 1 and 2) and the checks of its shape.

A manifest is checked against this schema right after its signature verified and before
anything in it is used, so a missing field or a wrong type is one clear "malformed
manifest: …" error, never a KeyError half-way through a report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import names

FORMAT_1 = "evidence-vault-bundle/1"
FORMAT = "evidence-vault-bundle/2"
MAX_MANIFEST = 16 << 20  # held in memory before anything is trusted
# Members (and so files) per bundle: what keeps a reader's memory under 150 MB whatever the
# manifest lists (benchmarks/intake.py; 20,000 tiny files take about 140 MB).
MAX_MEMBERS = 20_000
# The members that are not themselves in the manifest's list (format 2): the manifest and
# its signature. SHA256SUMS lists every member but these and itself and its signature.
SIGNED_PAIR = ("manifest.json", "manifest.json.minisig")
SUMS, SUMS_SIG = "SHA256SUMS", "SHA256SUMS.minisig"
VERIFY, PUBLIC_KEY, TREE_HEAD = "VERIFY.txt", "signing-key.pub", "custody/tree-head.json"


class MalformedManifest(ValueError):
    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"malformed manifest: {where}: {what}")


@dataclass(frozen=True)
class Hex:
    length: int


@dataclass(frozen=True)
class Maybe:
    inner: Any


@dataclass(frozen=True)
class MayLack:
    """A key that may be absent (added to format 2 later; older bundles lack it)."""

    inner: Any


@dataclass(frozen=True)
class OneOf:
    values: tuple[str, ...]


@dataclass(frozen=True)
class MapOf:
    key: re.Pattern[str]
    value: Any


@dataclass(frozen=True)
class Name:
    """A member name meeting names.problem's portable rule."""


_SHA = Hex(64)
_HEAD = {"vault_id": str, "size": int, "root": _SHA, "time": str, "sig": Hex(128)}
_PAIR = {"path": Name(), "sha256": _SHA}
_FILE = {
    "path": Name(),
    "item_id": int,
    "original_name": str,
    "original_name_hex": str,
    "original_sha256": _SHA,
    "content_type": Maybe(str),
    "sha256": _SHA,
    "size": int,
    "derivative": Maybe({"removed": [str], "reencoded": bool}),
    # Byte-exact originals only (core/bundle/provenance_part.py): the sender's readings, and
    # the proof files travelling beside the file.
    "provenance": MayLack({"c2pa": Maybe(dict), "proofmode": Maybe(dict)}),
    "attachments": MayLack([{"path": Name(), "name": str, "kind": str, "sha256": _SHA, "size": int}]),
}
_STATEMENT = {
    "id": int,
    "pseudonym": str,
    "version_sha256": _SHA,
    "versions": [{"version": int, "sha256": _SHA}],
    "json": _PAIR,
    "html": _PAIR,
    "consent": str,
    "identity_included": bool,
}
_CUSTODY = {
    "tree_head": _HEAD,
    "events": Name(),
    "event_hashes": Name(),
    "inclusion_proofs": MapOf(re.compile(r"[1-9][0-9]{0,11}"), [_SHA]),
    "consistency_from_previous_bundle": Maybe({"from": _HEAD, "proof": [_SHA]}),
}
_COMMON = {
    "format": OneOf((FORMAT_1, FORMAT)),
    "bundle_id": Hex(32),
    "created_at": str,
    "profile": OneOf(("originals", "sanitized", "anonymised")),
    "sealed_by": {
        "vault_id": str,
        "minisign_public_key": str,
        "ed25519_public_key": _SHA,
        "fingerprint": str,
    },
    "recipients": [{"name": str, "public_key": str, "fingerprint": str}],
    "files": [_FILE],
    "statements": [_STATEMENT],
    "custody": _CUSTODY,
}
SCHEMA_2 = {
    **_COMMON,
    "withheld": [str],
    "custody": {**_CUSTODY, "withheld_events": [{"seq": int, "hash": _SHA}]},
    "members": [{"name": Name(), "size": int, "sha256": _SHA}],
}


def _check(value: Any, spec: Any, where: str) -> None:
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            raise MalformedManifest(where, "not an object")
        for key, inner in spec.items():
            if isinstance(inner, MayLack):
                if key not in value:
                    continue
                inner = inner.inner
            elif key not in value:
                raise MalformedManifest(f"{where}.{key}", "missing")
            _check(value[key], inner, f"{where}.{key}")
    elif isinstance(spec, list):  # the manifest's size (MAX_MANIFEST) bounds every other list
        if not isinstance(value, list) or (where.endswith(("files", "members")) and len(value) > MAX_MEMBERS):
            raise MalformedManifest(where, "not a list (or far too long)")
        for index, element in enumerate(value):
            _check(element, spec[0], f"{where}[{index}]")
    elif isinstance(spec, Maybe):
        if value is not None:
            _check(value, spec.inner, where)
    elif isinstance(spec, Hex):
        if not isinstance(value, str) or not re.fullmatch(f"[0-9a-f]{{{spec.length}}}", value):
            raise MalformedManifest(where, f"not {spec.length} lowercase hex digits")
    elif isinstance(spec, OneOf):
        if value not in spec.values:
            raise MalformedManifest(where, f"{value!r} is not one of {', '.join(spec.values)}")
    elif isinstance(spec, MapOf):
        if not isinstance(value, dict):
            raise MalformedManifest(where, "not an object")
        for key, element in value.items():
            if not spec.key.fullmatch(key):
                raise MalformedManifest(where, f"unexpected key {key!r}")
            _check(element, spec.value, f"{where}[{key}]")
    elif isinstance(spec, Name):
        if not isinstance(value, str) or names.problem(value) is not None:
            raise MalformedManifest(where, f"{value!r} is not a portable member name")
    elif spec is int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise MalformedManifest(where, "not a whole number")
    elif not isinstance(value, spec):
        raise MalformedManifest(where, f"not a {spec.__name__}")


def validate(manifest: Any) -> dict[str, Any]:
    """The manifest, if it matches its format's schema and is consistent with itself."""
    if not isinstance(manifest, dict) or manifest.get("format") not in (FORMAT_1, FORMAT):
        fmt = manifest.get("format") if isinstance(manifest, dict) else None
        raise MalformedManifest("format", f"unknown bundle format {fmt!r}")
    _check(manifest, SCHEMA_2 if manifest["format"] == FORMAT else _COMMON, "manifest")
    if manifest["format"] == FORMAT:
        _check_members(manifest)
    return manifest


def _check_members(manifest: dict[str, Any]) -> None:
    """Every name once; what the files, statements and custody sections name is listed
    with the same hash and size; the signature layer comes where the reader expects it."""
    listed: dict[str, dict[str, Any]] = {}
    folded = {name.casefold() for name in SIGNED_PAIR}
    for member in manifest["members"]:
        key = member["name"].casefold()  # one file on a case-insensitive file system
        if key in folded:
            raise MalformedManifest("members", f"{member['name']!r} is listed twice")
        folded.add(key)
        listed[member["name"]] = member
    if [m["name"] for m in manifest["members"][:3]] != [VERIFY, SUMS, SUMS_SIG]:
        raise MalformedManifest("members", "SHA256SUMS and its signature must follow VERIFY.txt")

    def named(path: str, sha256: str, size: int | None, where: str) -> None:
        member = listed.get(path)
        if member is None or member["sha256"] != sha256 or (size is not None and member["size"] != size):
            raise MalformedManifest(where, f"{path!r} is not among the members with that hash")

    for index, entry in enumerate(manifest["files"]):
        if not entry["path"].startswith("files/"):
            raise MalformedManifest(f"files[{index}].path", "not under files/")
        named(entry["path"], entry["sha256"], entry["size"], f"files[{index}]")
        for number, attachment in enumerate(entry.get("attachments", [])):
            where = f"files[{index}].attachments[{number}]"
            if entry["derivative"] is not None or not attachment["path"].startswith("attachments/"):
                raise MalformedManifest(where, "not under attachments/, or beside a copy, not an original")
            named(attachment["path"], attachment["sha256"], attachment["size"], where)
    for index, statement in enumerate(manifest["statements"]):
        for part in ("json", "html"):
            named(statement[part]["path"], statement[part]["sha256"], None, f"statements[{index}].{part}")
    custody_names = [manifest["custody"]["events"], manifest["custody"]["event_hashes"], TREE_HEAD]
    for name in custody_names:
        if name not in listed:
            raise MalformedManifest("custody", f"{name!r} is not among the members")
    known = {VERIFY, SUMS, SUMS_SIG, PUBLIC_KEY, *custody_names}
    known |= {s[part]["path"] for s in manifest["statements"] for part in ("json", "html")}
    files = {entry["path"] for entry in manifest["files"]}
    files |= {a["path"] for entry in manifest["files"] for a in entry.get("attachments", [])}
    for name in listed:
        if name not in known and name not in files:
            raise MalformedManifest("members", f"{name!r} is none of the parts a bundle has")


def total_size(manifest: dict[str, Any]) -> int:
    """What the bundle declares it will write (files only: everything else is held in memory)."""
    return sum(int(entry["size"]) for entry in manifest["files"])
