"""OpenTimestamps proofs (``.ots``): what a proof commits to and how far it has come.

A small bounded parser rather than the ``opentimestamps`` package: that package pulls in
python-bitcoinlib and its deserialiser walks the proof tree by recursion with no bound on the
number of operations; this one reads the same format (header magic, version 1, the file's
digest, then the tree of operations and attestations) with hard bounds on depth, operations,
message length and payload sizes, and never touches the network.

A proof is ``pending`` when it holds only calendar commitments (a calendar server promised to
put it in a Bitcoin block) and ``attested`` when it holds a Bitcoin block attestation: the
operations lead from the file's digest to a value that must equal the Merkle root of block
``height``. Whether it does can only be checked against the Bitcoin block chain (a node, or
``ots verify``): that part is not done here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

MAGIC = b"\x00OpenTimestamps\x00\x00Proof\x00\xbf\x89\xe2\xe8\x84\xe8\x92\x94"
MAX_BYTES = 1 << 20
MAX_DEPTH = 256
MAX_OPS = 10_000
MAX_MESSAGE = 4096  # the format's own limit on an operation's result
MAX_PAYLOAD = 8192

# File-hash and unary operations: tag -> (name, digest length); binary ones take an argument.
_HASHES = {0x02: ("sha1", 20), 0x03: ("ripemd160", 20), 0x08: ("sha256", 32), 0x67: ("keccak256", 32)}
_APPEND, _PREPEND, _REVERSE, _HEXLIFY = 0xF0, 0xF1, 0xF2, 0xF3
BITCOIN = bytes.fromhex("0588960d73d71901")
LITECOIN = bytes.fromhex("06869a0d73d71b45")
PENDING = bytes.fromhex("83dfe30d2ef90c8e")


class OtsError(ValueError):
    """Not an OpenTimestamps proof, or one past this parser's bounds; ``str`` says why."""


@dataclass
class Attestation:
    kind: str  # "bitcoin", "litecoin", "pending", "unknown"
    height: int | None = None
    calendar: str | None = None
    # The value the operations lead to (a Bitcoin block's Merkle root, byte-reversed as shown
    # by block explorers), when every operation could be computed here.
    merkle_root: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class Timestamp:
    algorithm: str
    digest: str  # hex: the digest of the file the proof commits to
    attestations: list[Attestation] = field(default_factory=list)

    @property
    def state(self) -> str:
        return "attested" if any(a.kind == "bitcoin" for a in self.attestations) else "pending"

    def to_json(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "algorithm": self.algorithm,
            "digest": self.digest,
            "attestations": [a.to_json() for a in self.attestations],
        }


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.ops = 0

    def take(self, count: int) -> bytes:
        if count < 0 or self.pos + count > len(self.data):
            raise OtsError("the proof is truncated")
        piece = self.data[self.pos : self.pos + count]
        self.pos += count
        return piece

    def byte(self) -> int:
        return self.take(1)[0]

    def varuint(self) -> int:
        value, shift = 0, 0
        while True:
            b = self.byte()
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                return value
            shift += 7
            if shift > 63:
                raise OtsError("a number in the proof is too long")

    def varbytes(self, limit: int) -> bytes:
        size = self.varuint()
        if size > limit:
            raise OtsError(f"a field of {size} bytes is over the limit of {limit}")
        return self.take(size)


def _apply(tag: int, argument: bytes, message: bytes | None) -> bytes | None:
    """The operation's result, or None once a value cannot be computed here."""
    if message is None:
        return None
    if tag == _APPEND:
        result = message + argument
    elif tag == _PREPEND:
        result = argument + message
    elif tag == _REVERSE:
        result = message[::-1]
    elif tag == _HEXLIFY:
        result = message.hex().encode("ascii")
    else:
        name = _HASHES[tag][0]
        if name == "keccak256":
            return None  # not in hashlib (sha3_256 is a different padding)
        try:
            result = hashlib.new(name, message).digest()
        except ValueError:  # ripemd160 where OpenSSL leaves it out
            return None
    if len(result) > MAX_MESSAGE:
        raise OtsError("an operation's result is over the format's 4096 bytes")
    return result


def _tree(reader: _Reader, message: bytes | None, depth: int, out: list[Attestation]) -> None:
    if depth > MAX_DEPTH:
        raise OtsError(f"the proof is nested deeper than {MAX_DEPTH}")
    tag = reader.byte()
    while tag == 0xFF:  # a fork: this branch, then the rest
        _branch(reader, reader.byte(), message, depth, out)
        tag = reader.byte()
    _branch(reader, tag, message, depth, out)


def _branch(reader: _Reader, tag: int, message: bytes | None, depth: int, out: list[Attestation]) -> None:
    reader.ops += 1
    if reader.ops > MAX_OPS:
        raise OtsError(f"the proof has more than {MAX_OPS} operations")
    if tag == 0x00:
        out.append(_attestation(reader, message))
        return
    if tag in (_APPEND, _PREPEND):
        argument = reader.varbytes(MAX_MESSAGE)
    elif tag in _HASHES or tag in (_REVERSE, _HEXLIFY):
        argument = b""
    else:
        raise OtsError(f"unknown operation 0x{tag:02x}")
    _tree(reader, _apply(tag, argument, message), depth + 1, out)


def _attestation(reader: _Reader, message: bytes | None) -> Attestation:
    kind_tag = reader.take(8)
    payload = _Reader(reader.varbytes(MAX_PAYLOAD))
    if kind_tag in (BITCOIN, LITECOIN):
        height = payload.varuint()
        root = message[::-1].hex() if message is not None and len(message) == 32 else None
        return Attestation("bitcoin" if kind_tag == BITCOIN else "litecoin", height=height, merkle_root=root)
    if kind_tag == PENDING:
        uri = payload.varbytes(1000)
        text = uri.decode("ascii", "replace")
        # The format allows only URL characters; anything else is shown escaped, never raw.
        safe = "".join(c if c.isascii() and c.isprintable() else "?" for c in text)
        return Attestation("pending", calendar=safe)
    return Attestation("unknown")


def parse(data: bytes) -> Timestamp:
    """The proof in ``data``; OtsError when it is not one (or is past the bounds)."""
    if len(data) > MAX_BYTES:
        raise OtsError(f"the proof is over {MAX_BYTES} bytes")
    reader = _Reader(data)
    if reader.take(len(MAGIC)) != MAGIC:
        raise OtsError("not an OpenTimestamps proof (no header)")
    version = reader.varuint()
    if version != 1:
        raise OtsError(f"OpenTimestamps proof version {version} is not known")
    tag = reader.byte()
    if tag not in _HASHES:
        raise OtsError(f"unknown file hash 0x{tag:02x}")
    name, size = _HASHES[tag]
    digest = reader.take(size)
    attestations: list[Attestation] = []
    _tree(reader, digest, 0, attestations)
    if reader.pos != len(data):
        raise OtsError("bytes follow the end of the proof")
    return Timestamp(name, digest.hex(), attestations)
