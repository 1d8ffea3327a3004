"""Detached OpenPGP signatures checked with Sequoia (``pysequoia``), against the keys shipped
in the export only: no keyring, no key server, no network.

Verdicts (``Verdict.verdict``):
    valid        the signature verifies over these bytes, by a key of the export's pubkey.asc
    bad          by a key of the export, but it does not verify over these bytes (changed after
                 signing, or a forged signature)
    other-file   it does not verify over these bytes but over another file of the same proof
    unknown-key  made by a key that is not in the export (its fingerprint is given)
    no-key       the export has no public key to check it with
    unreadable   not an OpenPGP signature (or a damaged one)
    not-checked  the bytes could not be given to the checker (``reason`` says why)

"Valid" says the bytes were signed by the key shipped beside them: it does not say whose key
it is. That the key is the phone's is a question for whoever saw the phone (compare the
fingerprint).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pysequoia
from pysequoia import Cert, Sig
from pysequoia.packet import PacketPile


@dataclass(frozen=True)
class Keys:
    certs: list[Cert]
    # Every key's fingerprint (primary and subkeys, upper-case hex) -> its certificate's.
    owners: dict[str, str]
    problem: str | None = None

    @property
    def fingerprints(self) -> list[str]:
        return [c.fingerprint.upper() for c in self.certs]


@dataclass(frozen=True)
class Verdict:
    verdict: str
    key: str | None = None  # the certificate's (primary key's) fingerprint
    signing_key: str | None = None  # the (sub)key that made it, or the issuer the signature names
    created: str | None = None
    other_file: str | None = None
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


NO_KEYS = Keys([], {})

# What is signed: bytes in memory, or a file the checker streams itself.
Signed = bytes | Path


def load_keys(data: bytes | None) -> Keys:
    if data is None:
        return NO_KEYS
    try:
        certs = pysequoia.Cert.split_bytes(data)
    except Exception as exc:  # noqa: BLE001 - Sequoia reports every parse failure the same way
        return Keys([], {}, f"pubkey.asc is not an OpenPGP public key ({_first_line(exc)})")
    owners: dict[str, str] = {}
    for cert in certs:
        primary = cert.fingerprint.upper()
        owners[primary] = primary
        with contextlib.suppress(Exception):
            for packet in PacketPile.from_bytes(bytes(cert)):
                fingerprint = packet.fingerprint
                if fingerprint:
                    owners[fingerprint.upper()] = primary
    return Keys(certs, owners)


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


def _issuer(sig: Sig, keys: Keys) -> tuple[str | None, str | None]:
    """(the issuer as the signature names it, the export certificate it belongs to)."""
    named = sig.issuer_fingerprint or sig.issuer_key_id
    if not named:
        return None, None
    named = named.upper()
    if len(named) == 16:  # a key ID: the low 64 bits of a v4 fingerprint
        owner = next((o for fpr, o in keys.owners.items() if fpr.endswith(named)), None)
    else:
        owner = keys.owners.get(named)
    return named, owner


def _verifies(signed: Signed, sig: Sig, keys: Keys) -> str | None:
    """The certificate fingerprint when ``sig`` verifies over ``signed``, else None."""

    def store(_ids: Sequence[str]) -> list[Cert]:
        return keys.certs

    try:
        if isinstance(signed, Path):
            result = pysequoia.verify(file=str(signed), store=store, signature=sig)
        else:
            result = pysequoia.verify(bytes=signed, store=store, signature=sig)
    except Exception:  # noqa: BLE001 - "no valid signatures" and damaged input alike
        return None
    for valid in result.valid_sigs:
        return str(valid.certificate).upper()
    return None


def check(
    signature: bytes,
    signed: Signed | None,
    keys: Keys,
    others: Sequence[tuple[str, Callable[[], Signed | None]]] = (),
    why_not: str | None = None,
) -> Verdict:
    """The verdict on one detached signature over ``signed`` (None: ``why_not`` says why it
    cannot be given); ``others`` are the other files of the same proof, tried when it fails."""
    try:
        sig = Sig.from_bytes(signature)
    except Exception as exc:  # noqa: BLE001
        return Verdict("unreadable", reason=_first_line(exc))
    created = sig.created.isoformat() if sig.created else None
    named, owner = _issuer(sig, keys)
    if not keys.certs:
        return Verdict("no-key", signing_key=named, created=created, reason=keys.problem)
    if owner is None:
        return Verdict("unknown-key", signing_key=named, created=created)
    if signed is None:
        return Verdict("not-checked", key=owner, signing_key=named, created=created, reason=why_not)
    found = _verifies(signed, sig, keys)
    if found is not None:
        return Verdict("valid", key=found, signing_key=named, created=created)
    for name, other in others:
        data = other()
        if data is not None and _verifies(data, sig, keys) is not None:
            return Verdict("other-file", key=owner, signing_key=named, created=created, other_file=name)
    return Verdict("bad", key=owner, signing_key=named, created=created)
