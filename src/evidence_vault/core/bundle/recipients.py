"""Who bundles are sealed to: age X25519 recipients, each with a fingerprint to read aloud.

The vault has its own age key (created on first use, kept inside the encrypted
database) and is always a recipient of its own bundles, so a documenter can
reopen a bundle as a backup.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pyrage

from ..crypto.minisign import spoken_fingerprint
from ..custody import log as custody
from ..errors import UsageError
from ..session.vault import Vault


@dataclass(frozen=True)
class Recipient:
    name: str
    public_key: str  # age1…

    @property
    def fingerprint(self) -> str:
        return spoken_fingerprint(self.public_key.encode("ascii"))

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "public_key": self.public_key, "fingerprint": self.fingerprint}


def parse_public_key(text: str) -> pyrage.x25519.Recipient:
    try:
        return pyrage.x25519.Recipient.from_str(text.strip())
    except Exception as exc:  # pyrage raises its own error types for malformed keys
        raise UsageError(f"{text.strip()!r} is not an age public key (age1…)") from exc


def add(vault: Vault, name: str, public_key: str) -> Recipient:
    name, public_key = name.strip(), public_key.strip()
    if not name:
        raise UsageError("a recipient needs a name")
    parse_public_key(public_key)
    with vault.transaction() as conn:
        if conn.execute("SELECT 1 FROM recipients WHERE name = ?", (name,)).fetchone():
            raise UsageError(f"there is already a recipient called {name!r}")
        if conn.execute("SELECT 1 FROM recipients WHERE public_key = ?", (public_key,)).fetchone():
            raise UsageError("that key is already a recipient")
        conn.execute(
            "INSERT INTO recipients (name, public_key, added_at) VALUES (?, ?, ?)",
            (name, public_key, custody.utc_now()),
        )
        recipient = Recipient(name, public_key)
        vault.record(
            conn,
            "recipient.added",
            {"name": name, "public_key": public_key, "fingerprint": recipient.fingerprint},
        )
    return recipient


def remove(vault: Vault, name: str) -> None:
    with vault.transaction() as conn:
        if conn.execute("DELETE FROM recipients WHERE name = ?", (name,)).rowcount == 0:
            raise UsageError(f"no recipient called {name!r}")
        vault.record(conn, "recipient.removed", {"name": name})


def list_all(vault: Vault) -> list[Recipient]:
    rows = vault.conn.execute("SELECT name, public_key FROM recipients ORDER BY name").fetchall()
    return [Recipient(str(n), str(k)) for n, k in rows]


def named(vault: Vault, names: list[str]) -> list[Recipient]:
    known = {r.name: r for r in list_all(vault)}
    missing = [n for n in names if n not in known]
    if missing:
        raise UsageError(f"unknown recipient(s): {', '.join(missing)} (add them with 'recipients add')")
    return [known[n] for n in names]


def own_identity(vault: Vault) -> pyrage.x25519.Identity:
    """The vault's own age key; created (and recorded) the first time it is needed."""
    row = vault.conn.execute("SELECT value FROM meta WHERE key = 'age_identity'").fetchone()
    if row is not None:
        return pyrage.x25519.Identity.from_str(str(row[0]))
    identity = pyrage.x25519.Identity.generate()
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('age_identity', ?)", (str(identity),))
        vault.record(conn, "bundle_key.created", {"public_key": str(identity.to_public())})
    return identity


def own_recipient(vault: Vault) -> Recipient:
    return Recipient("this vault", str(own_identity(vault).to_public()))


def generate_identity_file(path: Path) -> str:
    """Write a new age identity file (as age-keygen does, mode 0600); return its public key."""
    identity = pyrage.x25519.Identity.generate()
    public = str(identity.to_public())
    created = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UsageError(f"{path} already exists; not overwriting a key") from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(f"# created: {created}\n# public key: {public}\n{identity}\n")
    return public


def load_identity_file(path: Path) -> pyrage.x25519.Identity:
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the identity file {path}: {exc}") from exc
    keys = [line.strip() for line in lines if line.strip().startswith("AGE-SECRET-KEY-")]
    if not keys:
        raise UsageError(f"{path} holds no age identity (AGE-SECRET-KEY-…)")
    return pyrage.x25519.Identity.from_str(keys[0])
