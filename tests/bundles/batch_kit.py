"""Received bundles for the batch-intake tests (core, CLI and app): two senders who both hold
one identical photo, an investigator's key, and the bad kinds of bundle a batch meets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyrage

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault

SHARED_PHOTO = b"\xff\xd8\xff" + b"the same protest photo " * 20_000


@dataclass
class Kit:
    key: Path  # the investigator's identity file
    good_a: Path  # sender A: the shared photo and a note
    good_b: Path  # sender B: the shared photo and another note
    foreign: Path  # sealed by A to someone else only


def _sender(folder: Path, name: str, note: bytes, investigator: str, foreign: str) -> Vault:
    vault, _ = Vault.create(folder / f"{name}-vault", f"{name} passphrase ☂")
    source = folder / f"{name}-files"
    source.mkdir()
    (source / "IMG_0001.JPG").write_bytes(SHARED_PHOTO)
    (source / f"note-{name}.txt").write_bytes(note)
    Importer(vault, case=name).run([source])
    recipients.add(vault, "investigator", investigator)
    recipients.add(vault, "someone else", foreign)
    return vault


def make(folder: Path) -> Kit:
    """Three sealed bundles under ``folder/in`` and the investigator's key."""
    inbox = folder / "in"
    inbox.mkdir()
    key = folder / "investigator.key"
    investigator = recipients.generate_identity_file(key)
    foreign = recipients.generate_identity_file(folder / "someone-else.key")
    kit = Kit(key, inbox / "a-good.evb", inbox / "b-good.evb", inbox / "f-foreign.evb")
    for name, note, targets in (
        ("alice", b"what alice saw", [(kit.good_a, ["investigator"]), (kit.foreign, ["someone else"])]),
        ("bob", b"what bob saw", [(kit.good_b, ["investigator"])]),
    ):
        sender = _sender(folder, name, note, investigator, foreign)
        for out, to in targets:
            bundle.seal(sender, items.list_items(sender.conn), to, out)
        sender.lock()
    return kit


def tampered(source: Path, out: Path) -> Path:
    """One byte of the age payload flipped (past the header, inside the last chunk)."""
    data = bytearray(source.read_bytes())
    data[-100] ^= 0x01
    out.write_bytes(bytes(data))
    return out


def truncated(source: Path, out: Path) -> Path:
    out.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    return out


def resealed(source: Path, key: Path, out: Path) -> Path:
    """The same contents (the same bundle id, every signature valid) encrypted again: other
    bytes, as a copy re-encrypted by someone holding the key would be."""
    identity = recipients.load_identity_file(key)
    plain = pyrage.decrypt(source.read_bytes(), [identity])
    out.write_bytes(pyrage.encrypt(plain, [identity.to_public()]))
    return out
