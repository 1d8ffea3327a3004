"""Trust anchors for C2PA signers: PEM certificates the user or their organisation installs.

They are kept inside the vault (table provenance_c2pa_anchors), added and removed with
custody events. No trust list is ever fetched and none is built in: a signer is "trusted"
only when its certificate chain ends at one of these.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from ..custody import log as custody
from ..errors import UsageError
from ..session.vault import Vault
from ..store.database import Connection

MAX_PEM = 1 << 20


@dataclass(frozen=True)
class Anchor:
    id: int
    sha256: str  # of the DER certificate
    subject: str
    not_after: str
    added_at: str
    pem: str

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "sha256": self.sha256,
            "subject": self.subject,
            "not_after": self.not_after,
            "added_at": self.added_at,
        }


def parse_pem(data: bytes) -> list[x509.Certificate]:
    """Every certificate in a PEM file; an empty or broken file is refused, never half-read."""
    if len(data) > MAX_PEM:
        raise UsageError("the trust anchor file is larger than 1 MiB: not a PEM certificate file")
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise UsageError(f"not a PEM certificate file ({exc})") from None
    if not certs:
        raise UsageError("no certificate in the file")
    return certs


def add(vault: Vault, data: bytes) -> list[Anchor]:
    """Install every certificate in ``data`` as a trust anchor. Returns the ones newly added."""
    certs = parse_pem(data)
    added: list[Anchor] = []
    with vault.transaction() as tx:
        for cert in certs:
            der = cert.public_bytes(serialization.Encoding.DER)
            digest = hashlib.sha256(der).hexdigest()
            if tx.execute("SELECT 1 FROM provenance_c2pa_anchors WHERE sha256 = ?", (digest,)).fetchone():
                continue
            pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
            subject = cert.subject.rfc4514_string()[:500]
            not_after = cert.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ")
            now = custody.utc_now()
            cursor = tx.execute(
                "INSERT INTO provenance_c2pa_anchors (sha256, subject, not_after, pem, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (digest, subject, not_after, pem, now),
            )
            vault.record(
                tx, "provenance.trust_added", {"sha256": digest, "subject": subject, "not_after": not_after}
            )
            added.append(Anchor(int(cursor.lastrowid or 0), digest, subject, not_after, now, pem))
    return added


def remove(vault: Vault, which: str) -> Anchor:
    """Remove the anchor whose id or SHA-256 (or a unique prefix of it, 8 hex digits or more) is ``which``."""
    anchor = find(vault.conn, which)
    with vault.transaction() as tx:
        tx.execute("DELETE FROM provenance_c2pa_anchors WHERE id = ?", (anchor.id,))
        vault.record(tx, "provenance.trust_removed", {"sha256": anchor.sha256, "subject": anchor.subject})
    return anchor


def find(conn: Connection, which: str) -> Anchor:
    which = which.strip().lower()
    found = [
        a for a in anchors(conn) if str(a.id) == which or (len(which) >= 8 and a.sha256.startswith(which))
    ]
    if len(found) != 1:
        raise UsageError(
            f"no single trust anchor matches {which!r} (see: evidence-vault provenance trust list)"
        )
    return found[0]


def anchors(conn: Connection) -> list[Anchor]:
    return [
        Anchor(int(i), str(s), str(sub), str(na), str(at), str(pem))
        for i, s, sub, na, pem, at in conn.execute(
            "SELECT id, sha256, subject, not_after, pem, added_at FROM provenance_c2pa_anchors ORDER BY id"
        )
    ]


@dataclass(frozen=True)
class Bundle:
    """The installed anchors as c2pa wants them: one PEM bundle, its count, and a digest of the set."""

    pem: str
    count: int
    digest: str


def bundle(conn: Connection) -> Bundle:
    found = anchors(conn)
    digest = hashlib.sha256("".join(sorted(a.sha256 for a in found)).encode()).hexdigest()
    return Bundle("".join(a.pem for a in found), len(found), digest)
