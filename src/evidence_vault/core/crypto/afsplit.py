"""Anti-forensic information splitter, as specified for LUKS (AFsplit / AFmerge).

A key slot's payload is spread over ``stripes`` random-looking blocks so that
recovering it needs every block: overwriting any part of a slot destroys it,
even when the storage keeps old copies of some (not all) of its blocks.
No maintained Python library exposes this, and it is twenty lines over hashlib,
so it is written here, following the LUKS1 on-disk format specification.
"""

from __future__ import annotations

import hashlib
import os

STRIPES = 4000  # LUKS's default stripe count
_DIGEST = hashlib.sha256().digest_size


def _diffuse(block: bytes) -> bytes:
    out = bytearray()
    for index, start in enumerate(range(0, len(block), _DIGEST)):
        piece = block[start : start + _DIGEST]
        out += hashlib.sha256(index.to_bytes(4, "big") + piece).digest()[: len(piece)]
    return bytes(out)


def _xor(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(len(a), "big")


def split(data: bytes, stripes: int = STRIPES) -> bytes:
    size = len(data)
    out = bytearray()
    digest = bytes(size)
    for _ in range(stripes - 1):
        stripe = os.urandom(size)
        out += stripe
        digest = _diffuse(_xor(digest, stripe))
    out += _xor(digest, data)
    return bytes(out)


def merge(material: bytes, size: int, stripes: int = STRIPES) -> bytes:
    if len(material) != size * stripes:
        raise ValueError("anti-forensic material has the wrong length")
    digest = bytes(size)
    for k in range(stripes - 1):
        digest = _diffuse(_xor(digest, material[k * size : (k + 1) * size]))
    return _xor(digest, material[(stripes - 1) * size :])
