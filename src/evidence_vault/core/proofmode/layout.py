"""Which file of a ProofMode export is what, from its name alone.

ProofMode (guardianproject/proofmode-android, ``MediaWatcher.writeProof``) writes, per media
file, files named after the media's SHA-256 in hex: ``HASH.proof.csv`` and ``HASH.proof.json``
(the proof), ``HASH.proof.csv.asc`` and ``HASH.proof.json.asc`` (detached OpenPGP signatures of
them), ``HASH.asc`` (the signature of the media itself), ``HASH.ots`` (an OpenTimestamps proof
of the media's hash) and ``HASH.gst`` (a SafetyNet / Play Integrity token); the export adds
the media under their own names, ``pubkey.asc`` (the device's public key) and
``HowToVerifyProofData.txt``. Exports made by hand name the same files after the media
(``IMG_1.jpg.proof.csv``, ``IMG_1.jpg.asc``); both are understood. Which media a group of
proof files belongs to is decided by ``check`` (by name, by hash, or by the proof's File Path).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from .export import Entry

PUBLIC_KEY = "pubkey.asc"
INFO_FILES = frozenset({"howtoverifyproofdata.txt"})

# Longest first: the suffix that names what a sidecar is.
_SUFFIXES = (
    (".proof.csv.asc", "signature", ".proof.csv"),
    (".proof.json.asc", "signature", ".proof.json"),
    (".proof.csv", "proof-csv", ""),
    (".proof.json", "proof-json", ""),
    (".ots", "timestamp", ""),
    (".gst", "integrity-token", ""),
    (".asc", "signature", ""),
)


@dataclass
class Group:
    """The sidecars sharing one key (a media file's name or hash) in one folder."""

    folder: str
    key: str
    files: dict[str, str] = field(default_factory=dict)  # kind -> entry name; signatures by target
    signatures: dict[str, str] = field(default_factory=dict)  # what is signed ("" = media) -> .asc


@dataclass
class Layout:
    media: list[Entry] = field(default_factory=list)
    keys: list[Entry] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    others: list[Entry] = field(default_factory=list)  # instructions and files nobody claims


def classify(entries: list[Entry]) -> Layout:
    layout = Layout()
    groups: dict[tuple[str, str], Group] = {}
    for entry in entries:
        path = PurePosixPath(entry.name)
        folder, base = str(path.parent), path.name
        lower = base.lower()
        if lower == PUBLIC_KEY:
            layout.keys.append(entry)
            continue
        if lower in INFO_FILES:
            layout.others.append(entry)
            continue
        for suffix, kind, target in _SUFFIXES:
            if lower.endswith(suffix) and len(base) > len(suffix):
                key = base[: -len(suffix)]
                group = groups.setdefault((folder, key), Group(folder, key))
                if kind == "signature":
                    group.signatures[target] = entry.name
                else:
                    group.files[kind] = entry.name
                break
        else:
            layout.media.append(entry)
    layout.groups = list(groups.values())
    return layout


def folder_of(name: str) -> str:
    return str(PurePosixPath(name).parent)
