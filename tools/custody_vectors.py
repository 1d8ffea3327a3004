"""Write tests/vectors/custody-v1.json: test vectors for docs/custody-format.md.

Deterministic (fixed seed, fixed times; Ed25519 signatures are deterministic), so
rerunning reproduces the committed file byte for byte. The tests recompute every
value from the specification with hashlib and PyNaCl alone.

    python tools/custody_vectors.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import nacl.signing

from evidence_vault.core.audit import anchor
from evidence_vault.core.crypto import canonical, merkle, minisign
from evidence_vault.core.custody import log as custody

OUT = Path(__file__).resolve().parent.parent / "tests" / "vectors" / "custody-v1.json"
SEED = hashlib.sha256(b"evidence-vault custody test vector seed").digest()
VAULT_ID = "00112233445566778899aabbccddeeff"
SHA = hashlib.sha256(b"a photo").hexdigest()


def build() -> dict[str, Any]:
    signer = nacl.signing.SigningKey(SEED)
    actions: list[tuple[str, dict[str, Any], list[int], list[str]]] = [
        (
            "vault.created",
            {"vault_id": VAULT_ID, "signing_public_key": bytes(signer.verify_key).hex()},
            [],
            [],
        ),
        ("item.imported", {"sha256": SHA, "size": 7, "source_name": "Мінск — фота.jpg"}, [1], [SHA]),
        ("item.viewed", {"sha256": SHA}, [1], [SHA]),
        ("item.extracted", {"sha256": SHA, "destination_name": "copy\\x1b.jpg"}, [1], [SHA]),
        ("verification.run", {"result": "pass", "items_checked": 1, "problems": []}, [], []),
    ]
    events = []
    prev = custody.GENESIS
    for seq, (action, params, items, objects) in enumerate(actions, start=1):
        body = {
            "v": 1,
            "seq": seq,
            "time": f"2026-11-21T12:00:0{seq}.000000Z",
            "mono_ns": 1_000_000 * seq,
            "action": action,
            "items": items,
            "objects": objects,
            "params": params,
            "prev": prev.hex(),
        }
        encoded = canonical.encode(body)
        digest = hashlib.sha256(encoded).digest()
        events.append(
            {
                "canonical": encoded.decode("utf-8"),
                "hash": digest.hex(),
                "sig": signer.sign(custody.EVENT_DOMAIN + digest).signature.hex(),
                "leaf_hash": merkle.leaf_hash(digest).hex(),
            }
        )
        prev = digest
    leaves = merkle.LeafList([bytes.fromhex(e["leaf_hash"]) for e in events])
    n = len(events)
    head = custody.TreeHead(VAULT_ID, n, merkle.root(leaves, n), "2026-11-21T12:00:09.000000Z", b"")
    head_sig = signer.sign(custody.HEAD_DOMAIN + head.body()).signature
    return {
        "description": "Evidence Vault custody format 1 test vectors (docs/custody-format.md)",
        "signing_seed": SEED.hex(),
        "public_key": bytes(signer.verify_key).hex(),
        "minisign_public_key": minisign.public_key_line(signer.verify_key),
        "fingerprint": minisign.fingerprint(signer.verify_key),
        "event_domain": custody.EVENT_DOMAIN.decode(),
        "head_domain": custody.HEAD_DOMAIN.decode(),
        "events": events,
        "roots": {str(size): merkle.root(leaves, size).hex() for size in range(0, n + 1)},
        "inclusion": [
            {"seq": seq, "size": n, "proof": [p.hex() for p in merkle.inclusion_proof(leaves, seq - 1, n)]}
            for seq in range(1, n + 1)
        ],
        "consistency": [
            {"old_size": m, "new_size": n, "proof": [p.hex() for p in merkle.consistency_proof(leaves, m, n)]}
            for m in range(1, n)
        ],
        "tree_head": {"canonical": head.body().decode(), "sig": head_sig.hex()},
        "anchor_code": anchor.Anchor(n, head.root).code,
        "anchor_qr": anchor.Anchor(n, head.root).qr_payload,
    }


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
