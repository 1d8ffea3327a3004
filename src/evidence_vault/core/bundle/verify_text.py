"""VERIFY.txt: how to check a bundle with standard tools alone (format 2)."""

from __future__ import annotations

from typing import Any

from .provenance_part import verify_steps


def verify_text(manifest: dict[str, Any]) -> str:
    fingerprint = manifest["sealed_by"]["fingerprint"]
    key = manifest["sealed_by"]["minisign_public_key"]
    return f"""How to check this bundle without Evidence Vault (bundle format 2)
=================================================================

You need four standard tools: age, tar, minisign and sha256sum. This file is itself
covered by the checks below: trust nothing it says until steps 2 and 3 have passed.

1. Decrypt and unpack:
       age -d -i your-identity.txt bundle.evb > bundle.tar && tar -xf bundle.tar

2. Check who sealed it, FIRST. Ask the sender for their minisign public key or its
   fingerprint by voice or another channel; it must be
       {key}
   (fingerprint {fingerprint}). Then check both signatures with that key:
       minisign -Vm manifest.json -P {key}
       minisign -Vm SHA256SUMS -P {key}
   If either fails, or the key differs from the sender's, stop: do not open or run anything.

3. Check every other file:
       sha256sum -c SHA256SUMS
   SHA256SUMS lists every member of the tar except manifest.json, SHA256SUMS and their
   two .minisig signatures, which step 2 checked; manifest.json lists every member with
   its size and SHA-256, in the tar's order. Anything else in the tar was added by
   someone else (compare `tar -tf bundle.tar`); Evidence Vault refuses such a bundle.
   Each file in files/ is listed in manifest.json with its SHA-256, which is the hash
   recorded when the evidence entered the sender's vault (for originals), or the hash of
   a sanitized copy, or of an original with device-identifying fields withheld, together
   with the original's hash and what was removed.

4. The chain of custody: custody/events.jsonl holds the custody events about the
   included items (canonical JSON, SHA-256, Ed25519 signature), custody/event-hashes.txt
   the hash of every event of the sender's log up to custody/tree-head.json, whose
   RFC 9162 Merkle root the signed tree head commits to; manifest.json holds an
   inclusion proof for each included event (and, in a sanitized bundle, for the events
   withheld because they record what the sanitized copies removed). docs/custody-format.md
   and docs/bundle-format.md of Evidence Vault specify all of it, so an independent
   verifier can be written from them.
""" + verify_steps(manifest["files"])
