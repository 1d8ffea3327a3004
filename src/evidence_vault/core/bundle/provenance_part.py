"""What a byte-exact original brings along into a bundle: its capture-time provenance.

For each original sealed as it is, the manifest's file entry carries the sender's vault's
reading of its C2PA Content Credentials and its latest ProofMode check (``provenance``), and
the proof files stored beside it (``attachments``: the device's key, detached signatures,
proofs, OpenTimestamps files) travel as members of their own under ``attachments/``. A copy
(sanitized, anonymised, or with fields withheld) carries none of it: it no longer holds the
original's Content Credentials, and a ProofMode proof records the device, the place and the
network the copy was made to hide.

What travels is the sender's record, signed inside the manifest; the recipient can check
the C2PA claim in the file itself (its vault reads it again at intake) and the OpenPGP
signatures with gpg (VERIFY.txt says how).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from shlex import quote  # names may hold spaces: the commands are pasted into a shell
from typing import Any

from ..evidence.items import ItemSummary
from ..proofmode import store as proof_store
from ..provenance import store as provenance_store
from ..session.vault import Vault
from ..store import blobstore
from . import names
from .tar_write import Member

FOLDER = "attachments/"


def attachment_path(item_id: int, name: str, taken: set[str]) -> str:
    """``attachments/000007/NAME``: the proof file's own name (its last component, tamed like a
    file's), numbered when two of one item's files would share it."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    tamed = names.tame(base)[:120] or "attachment"
    if names.problem(tamed) is not None:  # a device name (CON.asc) or an odd ending
        tamed = "_" + tamed.rstrip(". ")
    path = f"{FOLDER}{item_id:06d}/{tamed}"
    number = 1
    while path.casefold() in taken:
        number += 1
        path = f"{FOLDER}{item_id:06d}/{number}-{tamed}"
    taken.add(path.casefold())
    return path


def for_original(vault: Vault, item: ItemSummary) -> tuple[dict[str, Any], list[Member]]:
    """The entry's ``provenance`` and ``attachments`` fields, and the attachments' members."""
    conn = vault.conn
    stored = provenance_store.load(conn, item.id)
    check = proof_store.latest_check(conn, item.id)
    fields: dict[str, Any] = {
        "provenance": {
            "c2pa": None if stored is None else stored.to_json(),
            "proofmode": check,
        }
    }
    entries: list[dict[str, Any]] = []
    members: list[Member] = []
    taken: set[str] = set()
    for attachment in proof_store.attachments(conn, item.id):
        path = attachment_path(item.id, attachment.name, taken)
        entries.append(
            {
                "path": path,
                "name": attachment.name,
                "kind": attachment.kind,
                "sha256": attachment.sha256,
                "size": attachment.size,
            }
        )
        members.append(
            Member(path, attachment.size, attachment.sha256, functools.partial(_chunks, vault, attachment.id))
        )
    fields["attachments"] = entries
    return fields, members


def _chunks(vault: Vault, attachment_id: int) -> Iterator[bytes]:
    conn = vault.connect()  # read in the sealing's reader thread: a connection of its own
    try:
        row = conn.execute("SELECT blob_id FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
        yield from blobstore.read_chunks(conn, int(row[0]))
    finally:
        vault.release(conn)


def verify_steps(files: list[dict[str, Any]]) -> str:
    """VERIFY.txt's steps for the Content Credentials and ProofMode proofs the files bring
    ("" when none does), naming the real members so each command can be pasted."""
    c2pa = [
        e["path"]
        for e in files
        if ((e.get("provenance") or {}).get("c2pa") or {}).get("verdict") not in (None, "absent")
    ]
    signed: list[str] = []
    for entry in files:
        attachments = entry.get("attachments") or []
        listed = {a["path"] for a in attachments}
        verifies = []
        for a in attachments:
            if a["kind"] == "signature":
                target = a["path"].removesuffix(".asc")  # a proof's signature, or the media's
                signed_file = target if target in listed else entry["path"]
                verifies.append(f"       gpg --verify {quote(a['path'])} {quote(signed_file)}\n")
        if verifies:
            keys = [a["path"] for a in attachments if a["kind"] == "public-key"]
            signed += [f"       gpg --import {quote(key)}\n" for key in keys] + verifies
    if not c2pa and not signed:
        return ""
    text = "\n5. Capture-time provenance (optional; it adds to the checks above, never replaces them).\n"
    if c2pa:
        text += (
            "   Content Credentials (C2PA) are inside these files; read and validate them with\n"
            "   c2patool, giving it the trust anchors YOU trust (without them no signer is trusted):\n"
            + "".join(f"       c2patool {quote(p)} trust --trust_anchors your-anchors.pem\n" for p in c2pa)
            + "   `c2patool FILE --certs` prints the signer's whole certificate chain. c2patool fetches a\n"
            "   manifest that a file only points to on the network: where that would tell someone\n"
            "   you are looking, run it without a network.\n"
            "   manifest.json holds the sender's own reading of them (provenance.c2pa of each file).\n"
        )
    if signed:
        text += (
            "   ProofMode proofs travel in attachments/ (the device's key, detached OpenPGP\n"
            "   signatures, proofs and OpenTimestamps files). Check each signature with gpg; the\n"
            "   key is the device's, so compare its fingerprint with one the documenter gave you:\n"
            + "".join(signed)
            + "   The proof CSV/JSON records the media's SHA-256 (compare with sha256sum). An .ots\n"
            "   file is checked fully only against the Bitcoin blockchain (`ots verify`, online).\n"
        )
    return text
