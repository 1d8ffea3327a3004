"""The vault's Ed25519 signing key in minisign's formats, and a fingerprint to read aloud.

minisign (algorithm "Ed") public key: base64("Ed" || key id (8 bytes) || public key (32));
the key id is shown as 16 hex digits of the little-endian 64-bit number. The key
id here is derived from the public key (BLAKE2b-64), so it never needs storing.

Signatures use minisign's pre-hashed algorithm "ED": Ed25519 over BLAKE2b-512 of
the file, then a global signature over that signature and the trusted comment.
No maintained Python library writes minisign files; the format is four lines.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable

import nacl.exceptions
import nacl.signing

_ALGORITHM = b"Ed"


def key_id(verify_key: nacl.signing.VerifyKey) -> bytes:
    return hashlib.blake2b(bytes(verify_key), digest_size=8, person=b"ev-minisign-id").digest()


def key_id_text(verify_key: nacl.signing.VerifyKey) -> str:
    return f"{int.from_bytes(key_id(verify_key), 'little'):016X}"


def public_key_line(verify_key: nacl.signing.VerifyKey) -> str:
    """The second line of a minisign public key file (the ``RW…`` string)."""
    return base64.b64encode(_ALGORITHM + key_id(verify_key) + bytes(verify_key)).decode("ascii")


def public_key_file(verify_key: nacl.signing.VerifyKey) -> str:
    return (
        f"untrusted comment: minisign public key {key_id_text(verify_key)}\n{public_key_line(verify_key)}\n"
    )


def fingerprint(verify_key: nacl.signing.VerifyKey) -> str:
    return spoken_fingerprint(bytes(verify_key))


def spoken_fingerprint(key: bytes) -> str:
    """30 decimal digits (~100 bits of SHA-256 of the key) in six groups of five.

    Digits, so that two people can compare it by voice in any language.
    """
    number = int.from_bytes(hashlib.sha256(key).digest(), "big") % 10**30
    digits = f"{number:030d}"
    return " ".join(digits[i : i + 5] for i in range(0, 30, 5))


def parse_public_key(line: str) -> nacl.signing.VerifyKey:
    """A key from its ``RW…`` line (or a whole minisign public key file)."""
    text = [part for part in line.strip().splitlines() if not part.startswith("untrusted comment:")]
    try:
        raw = base64.b64decode(text[-1].strip(), validate=True)
    except (ValueError, IndexError) as exc:
        raise ValueError("not a minisign public key") from exc
    if len(raw) != 42 or raw[:2] != _ALGORITHM:
        raise ValueError("not a minisign Ed25519 public key")
    return nacl.signing.VerifyKey(raw[10:])


def verify(verify_key: nacl.signing.VerifyKey, data_chunks: Iterable[bytes], signature_file: str) -> str:
    """Check a minisign signature (algorithm ED or Ed); return the trusted comment.

    Raises ValueError naming what is wrong.
    """
    lines = signature_file.splitlines()
    if len(lines) < 4 or not lines[2].startswith("trusted comment: "):
        raise ValueError("the signature file is not in minisign's format")
    try:
        raw = base64.b64decode(lines[1], validate=True)
        global_signature = base64.b64decode(lines[3], validate=True)
    except ValueError as exc:
        raise ValueError("the signature file is not in minisign's format") from exc
    if len(raw) != 74 or raw[:2] not in (b"ED", b"Ed"):
        raise ValueError("the signature uses an algorithm other than Ed25519")
    if raw[2:10] != key_id(verify_key):
        raise ValueError("the signature was made with a different key")
    if raw[:2] == b"ED":
        digest = hashlib.blake2b(digest_size=64)
        for chunk in data_chunks:
            digest.update(chunk)
        message = digest.digest()
    else:
        message = b"".join(data_chunks)
    comment = lines[2][len("trusted comment: ") :]
    try:
        verify_key.verify(message, raw[10:])
        verify_key.verify(raw[10:] + comment.encode("utf-8"), global_signature)
    except nacl.exceptions.BadSignatureError as exc:
        raise ValueError("the signature does not match the signed file or its comment") from exc
    return comment


def sign(signer: nacl.signing.SigningKey, chunks: Iterable[bytes], trusted_comment: str) -> str:
    """A minisign signature file (``.minisig``) for the data given as chunks (streamed)."""
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise ValueError("a trusted comment is one line")
    digest = hashlib.blake2b(digest_size=64)
    for chunk in chunks:
        digest.update(chunk)
    signature = signer.sign(digest.digest()).signature
    comment = trusted_comment.encode("utf-8")
    global_signature = signer.sign(signature + comment).signature
    line = base64.b64encode(b"ED" + key_id(signer.verify_key) + signature).decode("ascii")
    return (
        f"untrusted comment: signature from evidence-vault key {key_id_text(signer.verify_key)}\n"
        f"{line}\ntrusted comment: {trusted_comment}\n{base64.b64encode(global_signature).decode('ascii')}\n"
    )
