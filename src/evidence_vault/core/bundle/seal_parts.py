"""The parts of a bundle besides the files: statements (where consent allows) and custody."""

from __future__ import annotations

import json
from collections.abc import Set as AbstractSet
from typing import Any

from .. import export_plan
from ..crypto import canonical
from ..custody import log as custody
from ..errors import UsageError
from ..evidence import render, statements
from ..evidence.items import ItemSummary
from ..session.vault import Vault
from .recipients import Recipient
from .tar_write import Member, bytes_member


def statements_part(
    vault: Vault, statement_ids: list[int], chosen: list[Recipient], include_identity: bool
) -> tuple[list[dict[str, Any]], list[Member], set[str]]:
    """The chosen statements, refused unless consent covers these recipients."""
    entries: list[dict[str, Any]] = []
    members: list[Member] = []
    hashes: set[str] = set()
    checked = export_plan.consents(
        vault.conn, statement_ids, [r.name for r in chosen], include_identity=include_identity
    )
    for consent in checked:
        if not consent.allowed:
            raise UsageError(consent.reason)
    for consent in checked:
        statement = statements.get(vault.conn, consent.statement_id)
        document = statement.to_json()
        if include_identity:
            identity = statements.identity(vault.conn, statement.id)
            document["identity"] = None if identity is None else identity.to_json()
        base = f"statements/{statement.id:06d}"
        html = render.render_html(vault.conn, statement, include_identity=include_identity).encode("utf-8")
        data = (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
        members += [bytes_member(base + ".json", data), bytes_member(base + ".html", html)]
        hashes |= {v.sha256 for v in statement.versions}
        entries.append(
            {
                "id": statement.id,
                "pseudonym": statement.pseudonym,
                "version_sha256": statement.latest.sha256,
                "versions": [{"version": v.number, "sha256": v.sha256} for v in statement.versions],
                "json": {"path": base + ".json", "sha256": members[-2].sha256},
                "html": {"path": base + ".html", "sha256": members[-1].sha256},
                "consent": consent.reason,
                "identity_included": include_identity,
            }
        )
    return entries, members, hashes


def custody_part(
    vault: Vault,
    selected: list[ItemSummary],
    head: custody.TreeHead,
    chosen: list[Recipient],
    profile: str,
    statement_hashes: AbstractSet[str] = frozenset(),
) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The custody events about what is sealed, the log's hashes and the proofs. A sanitized
    or anonymised bundle carries no event that records what its copies lost (where and when
    the originals were taken; who reviewed an anonymised copy and how its voice was
    disguised): those are named by number and hash, with their proofs, and not carried."""
    conn = vault.conn
    wanted = {item.id for item in selected}
    events = [
        e
        for e in custody.events(conn)
        if e.seq <= head.size and (wanted & set(e.body["items"]) or statement_hashes & set(e.body["objects"]))
    ]
    hashes = [
        bytes(r[0])
        for r in conn.execute("SELECT hash FROM custody WHERE seq <= ? ORDER BY seq", (head.size,))
    ]
    inclusion = {
        str(e.seq): [p.hex() for p in custody.inclusion_proof(conn, e.seq, head.size)] for e in events
    }
    published = profile in ("sanitized", "anonymised")
    withheld = [e for e in events if published and _records_what_sanitizing_removes(e.body)]
    held_back = {e.seq for e in withheld}
    events = [e for e in events if e.seq not in held_back]
    previous = _previous_head(vault, chosen, head.size)
    consistency = None
    if previous is not None:
        consistency = {
            "from": previous.to_json(),
            "proof": [p.hex() for p in custody.consistency_proof(conn, previous.size, head.size)],
        }
    files = {
        "custody/events.jsonl": "".join(
            json.dumps(
                {"canonical": canonical_of(e), "hash": e.hash.hex(), "sig": e.sig.hex()}, ensure_ascii=False
            )
            + "\n"
            for e in events
        ).encode(),
        "custody/event-hashes.txt": "".join(h.hex() + "\n" for h in hashes).encode(),
        "custody/tree-head.json": (json.dumps(head.to_json(), indent=2, sort_keys=True) + "\n").encode(),
    }
    info = {
        "tree_head": head.to_json(),
        "events": "custody/events.jsonl",
        "event_hashes": "custody/event-hashes.txt",
        "inclusion_proofs": inclusion,
        "consistency_from_previous_bundle": consistency,
        "withheld_events": [{"seq": e.seq, "hash": e.hash.hex()} for e in withheld],
    }
    return files, info


def canonical_of(event: custody.Event) -> str:
    return canonical.encode(event.body).decode("utf-8")


def _previous_head(vault: Vault, chosen: list[Recipient], size: int) -> custody.TreeHead | None:
    keys = {r.public_key for r in chosen}
    rows = vault.conn.execute(
        "SELECT recipients, tree_size FROM bundles_sealed ORDER BY tree_size DESC"
    ).fetchall()
    for recipients_json, tree_size in rows:
        if keys & set(json.loads(recipients_json)) and int(tree_size) <= size:
            for candidate in custody.tree_heads(vault.conn):
                if candidate.size == int(tree_size):
                    return candidate
    return None


# Where and when the originals were taken; and, for an anonymised copy, who confirmed its
# face boxes (a name) and the voice settings drawn for it (they would help undo the disguise).
_REMOVED_FACTS = {"position", "capture_time", "latitude", "longitude", "gps", "confirmed_by", "voice"}


def _records_what_sanitizing_removes(value: Any) -> bool:
    if isinstance(value, dict):
        return any(
            str(k).lower() in _REMOVED_FACTS or _records_what_sanitizing_removes(v) for k, v in value.items()
        )
    if isinstance(value, list):
        return any(_records_what_sanitizing_removes(v) for v in value)
    return False
