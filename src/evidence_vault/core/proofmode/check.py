"""Every check of a ProofMode export, as one JSON-able report (run in ``check_child``).

Per media file: its SHA-256 and size, the files that belong to it (with their SHA-256, so the
vault process can tell that what it stores is what was checked), the verdict on each
OpenPGP signature, whether each proof records the media's hash, and each OpenTimestamps
proof's state and whether it commits to the media's hash. Proof files that belong to no
media of the export are listed as ``unclaimed``, never dropped in silence.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

from . import layout, openpgp, ots, proofs
from .export import Entry, Export, ExportRefused

FORMAT = 1
MAX_SIGNED_IN_MEMORY = 256 << 20  # a media file inside a .zip is checked from memory up to this


def _sha256(export: Export, name: str) -> str:
    digest = hashlib.sha256()
    for chunk in export.chunks(name):
        digest.update(chunk)
    return digest.hexdigest()


def _proof_file_path(export: Export, group: layout.Group) -> str | None:
    """The media's name as the proof records it (File Path), for hash-named proofs whose
    media no longer has that hash."""
    for kind, parse in (("proof-json", proofs.parse_json), ("proof-csv", proofs.parse_csv)):
        name = group.files.get(kind)
        if name is None:
            continue
        try:
            path = parse(export.read(name)).fields.get("File Path", "")
        except (proofs.ProofError, ExportRefused):
            continue
        if path:
            return PurePosixPath(path.replace("\\", "/")).name
    return None


def _claim(
    export: Export, found: layout.Layout, hashes: dict[str, str]
) -> tuple[dict[str, list[layout.Group]], list[layout.Group]]:
    by_name = {(layout.folder_of(m.name), m.base): m.name for m in found.media}
    by_hash = {(layout.folder_of(m.name), hashes[m.name]): m.name for m in found.media}
    claimed: dict[str, list[layout.Group]] = {m.name: [] for m in found.media}
    unclaimed: list[layout.Group] = []
    for group in found.groups:
        media = by_name.get((group.folder, group.key)) or by_hash.get((group.folder, group.key.lower()))
        if media is None:
            recorded = _proof_file_path(export, group)
            media = by_name.get((group.folder, recorded)) if recorded else None
        if media is None:
            unclaimed.append(group)
        else:
            claimed[media].append(group)
    return claimed, unclaimed


def _key_file(found: layout.Layout, media: str) -> Entry | None:
    near = [k for k in found.keys if layout.folder_of(k.name) == layout.folder_of(media)]
    chosen = near or found.keys
    return chosen[0] if chosen else None


def _attachment(export: Export, name: str, kind: str) -> dict[str, Any]:
    data = export.read(name)
    return {"name": name, "kind": kind, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _media_report(
    export: Export, found: layout.Layout, media: Entry, sha: str, groups: list[layout.Group]
) -> dict[str, Any]:
    report: dict[str, Any] = {"name": media.name, "size": media.size, "sha256": sha}
    report.update(attachments=[], signatures=[], proofs=[], timestamps=[])
    if not groups:
        return report
    key_entry = _key_file(found, media.name)
    key_bytes = export.read(key_entry.name) if key_entry is not None else None
    keys = openpgp.load_keys(key_bytes)
    report["keys"] = {"file": key_entry.name if key_entry else None, "fingerprints": keys.fingerprints,
                      "problem": keys.problem}  # fmt: skip
    if key_entry is not None:
        report["attachments"].append(_attachment(export, key_entry.name, "public-key"))
    files: dict[str, str] = {}
    signatures: dict[str, str] = {}
    for group in groups:
        files.update(group.files)
        signatures.update(group.signatures)
    for kind, name in sorted(files.items()):
        report["attachments"].append(_attachment(export, name, kind))
    for _target, name in sorted(signatures.items()):
        report["attachments"].append(_attachment(export, name, "signature"))

    def media_bytes() -> openpgp.Signed | None:
        path = export.file_path(media.name)
        if path is not None:
            return path
        return export.read(media.name, MAX_SIGNED_IN_MEMORY) if media.size <= MAX_SIGNED_IN_MEMORY else None

    signed: dict[str, tuple[str, Callable[[], openpgp.Signed | None]]] = {"": (media.name, media_bytes)}
    for target in (".proof.csv", ".proof.json"):
        kind = "proof-" + target[7:]
        if kind in files:
            signed[target] = (files[kind], _reader(export, files[kind]))
    for target, asc in sorted(signatures.items()):
        if target not in signed:
            report["signatures"].append({"file": asc, "signs": None, **openpgp.Verdict(
                "not-checked", reason="the file it signs is not in the export").to_json()})  # fmt: skip
            continue
        name, source = signed[target]
        data = source()
        why = (
            None
            if data is not None
            else (
                f"over {MAX_SIGNED_IN_MEMORY >> 20} MiB inside a .zip: unzip the export and import the folder"
            )
        )
        others = [(n, s) for t, (n, s) in signed.items() if t != target]
        verdict = openpgp.check(export.read(asc), data, keys, others, why)
        report["signatures"].append(
            {"file": asc, "signs": name, "signs_media": target == "", **verdict.to_json()}
        )
    for kind, parse in (("proof-csv", proofs.parse_csv), ("proof-json", proofs.parse_json)):
        if kind in files:
            report["proofs"].append(_proof_verdict(export, files[kind], kind, parse, sha))
    if "timestamp" in files:
        report["timestamps"].append(_timestamp_verdict(export, files["timestamp"], sha))
    return report


def _reader(export: Export, name: str) -> Callable[[], openpgp.Signed | None]:
    def read() -> openpgp.Signed | None:
        return export.read(name)

    return read


def _proof_verdict(
    export: Export, name: str, kind: str, parse: Callable[[bytes], proofs.Proof], sha: str
) -> dict[str, Any]:
    try:
        proof = parse(export.read(name))
    except proofs.ProofError as exc:
        return {"file": name, "kind": kind, "verdict": "unreadable", "reason": str(exc)}
    verdict = "matches" if sha in proof.hashes else "other-hash"
    return {"file": name, "kind": kind, "verdict": verdict, **proof.to_json()}


def _timestamp_verdict(export: Export, name: str, sha: str) -> dict[str, Any]:
    try:
        stamp = ots.parse(export.read(name, ots.MAX_BYTES))
    except (ots.OtsError, ExportRefused) as exc:
        return {"file": name, "verdict": "unreadable", "reason": str(exc)}
    matches = stamp.algorithm == "sha256" and stamp.digest == sha
    return {"file": name, "verdict": "matches" if matches else "other-hash", **stamp.to_json()}


def check_export(export: Export) -> dict[str, Any]:
    """The report on ``export``; ExportRefused when it is refused as a whole."""
    found = layout.classify(export.entries)
    hashes = {m.name: _sha256(export, m.name) for m in found.media}
    claimed, unclaimed = _claim(export, found, hashes)
    media = [_media_report(export, found, m, hashes[m.name], claimed[m.name]) for m in found.media]
    lost = [{"name": n, "reason": "belongs to no media file of the export"}
            for g in unclaimed for n in [*g.files.values(), *g.signatures.values()]]  # fmt: skip
    others = [{"name": e.name, "reason": "instructions, not evidence"} for e in found.others]
    return {"format": FORMAT, "zip": export.is_zip, "media": media,
            "unclaimed": lost, "not_imported": others}  # fmt: skip
