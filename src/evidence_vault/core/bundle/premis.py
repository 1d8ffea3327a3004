"""The custody events a bundle carries, as PREMIS events, for the archive that takes the bag.

Each carried event (``custody/events.jsonl``, verified with the bundle) becomes one record
named with PREMIS 3 semantic units (eventIdentifier, eventType, eventDateTime,
eventDetailInformation, linkingAgentIdentifier, linkingObjectIdentifier), its eventType
from the Library of Congress preservation vocabulary where one fits and ``null`` where none
does (viewing, cases, consent: PREMIS has no event for them, and a wrong type would be
worse than none). The events of the bagging itself (the verification made here and the
digests bagit computes) follow, so that the archive's own record starts where ours ends.

Why JSON and not PREMIS XML: a PREMIS XML document that validates against the PREMIS 3
schema must describe every object too (format designation or registry entry, composition
level, significant properties), which only the archive's own format identification (in
Archivematica, its FPR tools) can fill honestly; we would have to guess. A JSON tag file
with PREMIS's own names and vocabulary URIs hands over exactly what we know, for the
archive to map into its PREMIS (docs/archives.md has the table).
"""

from __future__ import annotations

import json
from typing import Any

from ... import __version__
from ..custody.log import Event
from ..custody.readable import readable
from .court_custody import events as carried_events
from .outcome import BundleReport

VOCABULARY = "http://id.loc.gov/vocabulary/preservation/eventType"
# The vocabulary's codes, only for the types this module uses whose codes it is sure of;
# the others are given by their label alone.
_CODES = {
    "ingestion": "ing",
    "fixity check": "fix",
    "message digest calculation": "mes",
    "migration": "mig",
    "creation": "cre",
    "deletion": "del",
    "replication": "rep",
    "validation": "val",
}

# Evidence Vault's custody action -> PREMIS eventType (None: no PREMIS event type fits).
EVENT_TYPES: dict[str, str | None] = {
    "item.imported": "ingestion",
    "item.restored": "ingestion",
    "item.duplicate_seen": "message digest calculation",  # the same digest seen again
    "item.attachments_added": "ingestion",
    "bundle.imported": "ingestion",
    "bundle.sealed": "information package creation",
    "item.extracted": "replication",  # a byte-exact copy written out
    "item.derivative_made": "migration",  # a cleaned or re-encoded copy of the original
    "item.deleted": "deletion",
    "item.metadata_read": "metadata extraction",
    "item.perceptual_hash": "metadata extraction",  # a look-alike hash, not a fixity digest
    "item.preview_checked": "validation",
    "item.provenance_read": "digital signature validation",  # the C2PA claim's signature
    "item.proof_checked": "digital signature validation",  # ProofMode's OpenPGP signatures
    "verification.run": "fixity check",
    "statement.created": "creation",
    "statement.amended": "modification",
    "statement.rendered": "rendering",
    "item.viewed": None,
    "item.played": None,
    "vault.created": None,
    "vault.upgraded": None,
    "vault.older_copy_opened": None,
    "case.created": None,
    "case.updated": None,
    "case.item_added": None,
    "case.item_removed": None,
    "case.statement_added": None,
    "case.statement_removed": None,
    "statement.tagged": None,
    "statement.identity_set": None,
    "consent.recorded": None,  # rights, which PREMIS keeps as Rights, not as events
    "consent.withdrawn": None,
    "recipient.added": None,
    "recipient.removed": None,
    "bundle_key.created": None,
    "key_slot.added": None,
    "key_slot.removed": None,
    "key_slot.settled": None,
    "provenance.trust_added": None,
    "provenance.trust_removed": None,
    "anchor.shown": None,
    "import.leftovers_collected": None,
}


def event_type(action: str) -> dict[str, str] | None:
    """``{"label", "uri"}`` of the PREMIS event type for a custody action (uri may be ""),
    or None when none fits or the action is unknown."""
    label = EVENT_TYPES.get(action)
    if label is None:
        return None
    code = _CODES.get(label)
    return {"label": label, "uri": f"{VOCABULARY}/{code}" if code else ""}


def premis_events(report: BundleReport, bag_paths: dict[str, str], bagged_at: str) -> bytes:
    """``metadata/premis-events.json``: the carried events, then the bagging's own.
    ``bag_paths`` maps a member's SHA-256 to its path in the bag (``data/…``)."""
    sender = report.sealed_by.get("fingerprint", "")
    by_item = {int(f["item_id"]): f["sha256"] for f in report.files}
    records = [_carried(event, sender, by_item, bag_paths) for event in carried_events(report).values()]
    records += _bagging(report, bag_paths, bagged_at)
    document = {
        "about": (
            "The custody events this bundle carries, named with PREMIS 3 semantic units; eventType "
            "from the Library of Congress preservation vocabulary where one fits, null where none does. "
            "Events with recorded_in_custody_log true are signed in the sender's log (bundle/custody/); "
            "the others record this bagging."
        ),
        "eventTypeVocabulary": VOCABULARY,
        "bundle_id": report.bundle_id,
        "sender_vault_id": report.tree_head.get("vault_id", ""),
        "events": records,
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _carried(event: Event, sender: str, by_item: dict[int, str], bag_paths: dict[str, str]) -> dict[str, Any]:
    action = event.action
    digests = [str(o) for o in event.body.get("objects") or []]
    for item in event.body.get("items") or []:
        if isinstance(item, int) and item in by_item and by_item[item] not in digests:
            digests.append(by_item[item])
    return {
        "eventIdentifier": {
            "eventIdentifierType": "Evidence Vault custody event SHA-256",
            "eventIdentifierValue": event.hash.hex(),
        },
        "eventType": event_type(action),
        "eventDateTime": event.time,
        "eventDetailInformation": [{"eventDetail": readable(event).english()}],
        "linkingAgentIdentifier": [_agent(sender, "the sender's Evidence Vault (signing key fingerprint)")],
        "linkingObjectIdentifier": _objects(digests, bag_paths),
        "recorded_in_custody_log": True,
        "evidence_vault": {"seq": event.seq, "action": action, "items": list(event.body.get("items") or [])},
    }


def _bagging(report: BundleReport, bag_paths: dict[str, str], bagged_at: str) -> list[dict[str, Any]]:
    everything = list(bag_paths)
    agent = {
        "linkingAgentIdentifierType": "software",
        "linkingAgentIdentifierValue": f"evidence-vault {__version__}",
    }
    steps = [
        (
            "fixity check",
            "The bundle was decrypted and every member checked against the sender's signed manifest "
            "(SHA-256, size, order), the manifest's minisign signature verified, and the custody "
            "events' signatures and Merkle inclusion proofs checked against the signed tree head.",
        ),
        ("message digest calculation", "SHA-256 and SHA-512 of every payload file, for the bag's manifests."),
        ("information package creation", "This BagIt package was written from the verified bundle."),
    ]
    return [
        {
            "eventIdentifier": {
                "eventIdentifierType": "Evidence Vault bagging step",
                "eventIdentifierValue": f"{report.bundle_id}/bag/{number}",
            },
            "eventType": {"label": label, "uri": f"{VOCABULARY}/{_CODES[label]}" if label in _CODES else ""},
            "eventDateTime": bagged_at,
            "eventDetailInformation": [{"eventDetail": detail}],
            "eventOutcomeInformation": [{"eventOutcome": "success"}],
            "linkingAgentIdentifier": [agent],
            "linkingObjectIdentifier": _objects(everything, bag_paths),
            "recorded_in_custody_log": False,
        }
        for number, (label, detail) in enumerate(steps, 1)
    ]


def _agent(fingerprint: str, role: str) -> dict[str, Any]:
    return {
        "linkingAgentIdentifierType": "minisign key fingerprint",
        "linkingAgentIdentifierValue": fingerprint,
        "linkingAgentRole": [role],
    }


def _objects(digests: list[str], bag_paths: dict[str, str]) -> list[dict[str, str]]:
    linked = []
    for digest in digests:
        linked.append({"linkingObjectIdentifierType": "SHA-256", "linkingObjectIdentifierValue": digest})
        if digest in bag_paths:
            linked.append(
                {
                    "linkingObjectIdentifierType": "BagIt payload path",
                    "linkingObjectIdentifierValue": bag_paths[digest],
                }
            )
    return linked
