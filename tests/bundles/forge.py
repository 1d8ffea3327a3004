"""What a hostile co-recipient can do with a bundle: decrypt it with their own identity,
take it apart, change, add or re-sign members, build the tar by hand and re-encrypt it to
the investigator. The tests' tools for playing that attacker."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path
from typing import Any

import nacl.signing
import pyrage

from evidence_vault.core.bundle import recipients
from evidence_vault.core.crypto import minisign

Members = list[tuple[str, bytes]]


def identity(key: Path) -> pyrage.x25519.Identity:
    return recipients.load_identity_file(key)


def take_apart(bundle_path: Path, key: Path) -> Members:
    plain = pyrage.decrypt(bundle_path.read_bytes(), [identity(key)])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        return [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]  # type: ignore[union-attr]


def header(name: str, size: int, kind: bytes = b"0", *, linkname: str = "") -> bytes:
    """A ustar header built by hand (tarfile will not write sparse or lying headers)."""
    info = tarfile.TarInfo(name)
    info.size, info.type, info.linkname = size, kind, linkname
    if kind in (tarfile.CHRTYPE, tarfile.BLKTYPE):
        info.devmajor, info.devminor = 1, 3
    return info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "surrogateescape")


def pax(records: dict[str, str], name: str = "././@PaxHeader") -> bytes:
    body = b""
    for key, value in records.items():
        line = f" {key}={value}\n".encode()
        length = len(line) + len(str(len(line)))
        length = len(line) + len(str(length))  # the length counts its own digits
        body += str(length).encode() + line
    return header(name, len(body), b"x") + body + bytes(-len(body) % 512)


def member(name: str, data: bytes) -> bytes:
    return header(name, len(data)) + data + bytes(-len(data) % 512)


def tar_of(members: Members) -> bytes:
    return b"".join(member(name, data) for name, data in members) + bytes(1024)


def encrypt_to(plain_tar: bytes, key: Path, out: Path) -> Path:
    out.write_bytes(pyrage.encrypt(plain_tar, [identity(key).to_public()]))
    return out


def reseal(members: Members, key: Path, out: Path) -> Path:
    return encrypt_to(tar_of(members), key, out)


def sums_of(members: Members) -> bytes:
    skip = {"manifest.json", "manifest.json.minisig", "SHA256SUMS", "SHA256SUMS.minisig"}
    return "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in members if n not in skip).encode()


def resign(members: Members, signer: nacl.signing.SigningKey, **changes: Any) -> Members:
    """Rebuild manifest.json (format 2) over ``members`` as they now are, with ``changes`` to
    its fields, and sign it and SHA256SUMS with ``signer``: a self-signed forgery (or, with
    the vault's own key, what a sender's buggy or older sealer might have made)."""
    parts = dict(members)
    manifest = json.loads(parts["manifest.json"])
    body = [
        (n, minisign.public_key_file(signer.verify_key).encode() if n == "signing-key.pub" else d)
        for n, d in members
        if n not in ("manifest.json", "manifest.json.minisig")
    ]
    sums = sums_of(body)
    body = [(n, sums if n == "SHA256SUMS" else d) for n, d in body]
    signed_sums = minisign.sign(signer, [sums], "SHA256SUMS").encode()
    body = [(n, signed_sums if n == "SHA256SUMS.minisig" else d) for n, d in body]
    manifest["sealed_by"] |= {
        "minisign_public_key": minisign.public_key_line(signer.verify_key),
        "ed25519_public_key": bytes(signer.verify_key).hex(),
        "fingerprint": minisign.fingerprint(signer.verify_key),
    }
    manifest["members"] = [
        {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in body
    ]
    manifest |= changes
    raw = (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    return [
        ("manifest.json", raw),
        ("manifest.json.minisig", minisign.sign(signer, [raw], "x").encode()),
        *body,
    ]


def as_format_1(members: Members, signer: nacl.signing.SigningKey) -> Members:
    """The same content as the sealer of format 1 laid it out: VERIFY.txt first, a manifest
    without a member list, SHA256SUMS unsigned after the custody files, then statements
    and files. Signed with ``signer`` (the vault's key: a genuine old bundle)."""
    parts = dict(members)
    manifest = json.loads(parts["manifest.json"])
    manifest["format"] = "evidence-vault-bundle/1"
    del manifest["members"]
    del manifest["custody"]["withheld_events"]
    raw = (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    head: Members = [
        ("VERIFY.txt", b"How to check this bundle without Evidence Vault\n"),
        ("manifest.json", raw),
        ("manifest.json.minisig", minisign.sign(signer, [raw], "old").encode()),
        ("signing-key.pub", parts["signing-key.pub"]),
        *((n, d) for n, d in members if n.startswith("custody/")),
    ]
    rest = [(n, d) for n, d in members if n.startswith(("statements/", "files/"))]
    sums = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in [*head, *rest]).encode()
    return [*head, ("SHA256SUMS", sums), *rest]
