"""The custody part of a bundle: the events it carries, their proofs and the signed tree head.

Every event the manifest names (it has an inclusion proof there) must be present, once,
and match its hash in the log; an event present but not named is refused too. Events a
sanitized bundle withholds are named by sequence number and hash only, and proven to be
in the log all the same.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import nacl.exceptions
import nacl.signing

from ..crypto import merkle
from ..custody import log as custody
from . import manifest as mf
from .outcome import BundleReport


def check(manifest: dict[str, Any], held: dict[str, bytes], report: BundleReport) -> None:
    info = manifest["custody"]
    key = nacl.signing.VerifyKey(bytes.fromhex(manifest["sealed_by"]["ed25519_public_key"]))
    head_json = info["tree_head"]
    head = custody.TreeHead(
        head_json["vault_id"],
        head_json["size"],
        bytes.fromhex(head_json["root"]),
        head_json["time"],
        bytes.fromhex(head_json["sig"]),
    )
    problems = report.problems
    start = len(problems)
    try:
        hashes = [bytes.fromhex(h) for h in held.get(info["event_hashes"], b"").decode("ascii").split()]
        carried = json.loads(held[mf.TREE_HEAD]) if mf.TREE_HEAD in held else None
    except ValueError as exc:
        problems.append(f"the custody part is malformed: {exc}")
        return
    if carried is not None and {k: carried.get(k) for k in head_json} != head_json:
        problems.append("custody/tree-head.json is not the tree head the signed manifest names")
    if not head.verify(key):
        problems.append("the custody tree head's signature does not verify")
    leaves = merkle.LeafList([merkle.leaf_hash(h) for h in hashes])
    if (
        len(hashes) != head.size
        or any(len(h) != 32 for h in hashes)
        or merkle.root(leaves, head.size) != head.root
    ):
        problems.append("the event hashes do not produce the signed tree head")
        return
    proofs: dict[str, list[str]] = info["inclusion_proofs"]
    withheld = {int(e["seq"]): e["hash"] for e in info.get("withheld_events", [])}
    present = _events(held.get(info["events"], b""), key, hashes, problems)
    named = {int(seq) for seq in proofs}
    for seq in sorted(named - set(present) - set(withheld)):
        problems.append(f"custody event {seq}, named by the signed manifest, is missing")
    for seq in sorted(set(present) - named):
        problems.append(f"custody event {seq} is not named by the signed manifest")
    for seq, digest in [*present.items(), *((s, bytes.fromhex(h)) for s, h in withheld.items())]:
        if seq in withheld and (seq > len(hashes) or hashes[seq - 1] != digest):
            problems.append(f"withheld custody event {seq} does not match its hash in the log")
            continue
        proof = [bytes.fromhex(p) for p in proofs.get(str(seq), [])]
        if not merkle.verify_inclusion(merkle.leaf_hash(digest), seq - 1, head.size, proof, head.root):
            problems.append(f"custody event {seq}: inclusion proof does not verify")
    consistency = info.get("consistency_from_previous_bundle")
    if consistency:
        old = consistency["from"]
        proof = [bytes.fromhex(p) for p in consistency["proof"]]
        if not merkle.verify_consistency(
            old["size"], head.size, bytes.fromhex(old["root"]), head.root, proof
        ):
            problems.append("the log does not extend the one sent in the previous bundle")
        else:
            report.checks.append(f"the log extends the previous bundle's ({old['size']} events)")
    if len(problems) == start:
        report.checks.append(
            f"custody: {len(present)} events, their signatures and inclusion proofs, "
            f"and the signed tree head ({head.size} events) verified"
        )
        if withheld:
            report.checks.append(
                f"custody: {len(withheld)} events withheld by the {report.profile} profile (they record "
                "the originals' location or capture time, or who reviewed an anonymised copy and how) "
                "are proven to be in the log by hash"
            )
    report.withheld_events = [{"seq": s, "hash": h} for s, h in sorted(withheld.items())]
    report.custody_files = {name: data for name, data in held.items() if name.startswith("custody/")}


def _events(
    data: bytes, key: nacl.signing.VerifyKey, hashes: list[bytes], problems: list[str]
) -> dict[int, bytes]:
    """The carried events by sequence number, each checked against its hash and signature."""
    present: dict[int, bytes] = {}
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        if not line:
            continue
        try:
            event = json.loads(line)
            raw = event["canonical"].encode("utf-8")
            seq = int(json.loads(raw)["seq"])
            signature = bytes.fromhex(event["sig"])
            stated = event["hash"]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            problems.append(f"custody/events.jsonl line {number} is malformed ({exc})")
            continue
        digest = hashlib.sha256(raw).digest()
        if seq in present:
            problems.append(f"custody event {seq} appears twice")
            continue
        if digest.hex() != stated or not 0 < seq <= len(hashes) or hashes[seq - 1] != digest:
            problems.append(f"custody event {seq} does not match its hash in the log")
            continue
        try:
            key.verify(custody.EVENT_DOMAIN + digest, signature)
        except (nacl.exceptions.BadSignatureError, ValueError):
            problems.append(f"custody event {seq}: signature does not verify")
        present[seq] = digest
    return present
