"""Merkle tree hashes, inclusion and consistency proofs exactly as RFC 9162 section 2.1.

Leaf hash = SHA-256(0x00 || data); node hash = SHA-256(0x01 || left || right);
the tree of n leaves splits at the largest power of two smaller than n. The
functions work on any ``Tree``: a list in memory (``LeafList``) or the custody
table with its stored perfect-subtree hashes (custody.StoredTree). The
verification functions follow the RFC's algorithms step by step so a reader can
check them against the text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Protocol

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than n (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


class Tree(Protocol):
    def leaf(self, index: int) -> bytes:
        """The leaf hash at ``index``."""

    def perfect(self, level: int, index: int) -> bytes | None:
        """The stored hash of the perfect subtree of 2**level leaves starting at
        index * 2**level, or None when not stored (it is then recomputed)."""


class LeafList:
    """A tree over leaf hashes held in memory."""

    def __init__(self, leaves: Sequence[bytes]) -> None:
        self._leaves = leaves

    def leaf(self, index: int) -> bytes:
        return self._leaves[index]

    def perfect(self, level: int, index: int) -> bytes | None:
        return None


def subtree_hash(tree: Tree, start: int, end: int) -> bytes:
    """MTH(D[start:end]) for the ranges RFC 9162's recursion produces."""
    n = end - start
    if n <= 0:
        return EMPTY_ROOT
    if n == 1:
        return tree.leaf(start)
    if n & (n - 1) == 0 and start % n == 0:
        stored = tree.perfect(n.bit_length() - 1, start // n)
        if stored is not None:
            return stored
    k = _split(n)
    return node_hash(subtree_hash(tree, start, start + k), subtree_hash(tree, start + k, end))


def root(tree: Tree, size: int) -> bytes:
    return subtree_hash(tree, 0, size)


def inclusion_proof(tree: Tree, index: int, size: int) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 2.1.3.1."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of size {size}")

    def path(m: int, start: int, end: int) -> list[bytes]:
        n = end - start
        if n == 1:
            return []
        k = _split(n)
        if m < k:
            return [*path(m, start, start + k), subtree_hash(tree, start + k, end)]
        return [*path(m - k, start + k, end), subtree_hash(tree, start, start + k)]

    return path(index, 0, size)


def consistency_proof(tree: Tree, old_size: int, new_size: int) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 9162 2.1.4.1."""
    if not 0 <= old_size <= new_size:
        raise ValueError(f"no consistency proof from size {old_size} to {new_size}")
    if old_size in (0, new_size):
        return []

    def subproof(m: int, start: int, end: int, complete: bool) -> list[bytes]:
        n = end - start
        if m == n:
            return [] if complete else [subtree_hash(tree, start, end)]
        k = _split(n)
        if m <= k:
            return [*subproof(m, start, start + k, complete), subtree_hash(tree, start + k, end)]
        return [*subproof(m - k, start + k, end, False), subtree_hash(tree, start, start + k)]

    return subproof(old_size, 0, new_size, True)


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Iterable[bytes], expected_root: bytes
) -> bool:
    """RFC 9162 2.1.3.2, step by step."""
    proof = list(proof)
    if index >= size or index < 0:
        return False
    fn, sn = index, size - 1
    r = leaf
    for p in proof:
        if len(p) != 32:
            return False
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == expected_root


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Iterable[bytes]
) -> bool:
    """RFC 9162 2.1.4.2, step by step (with the conventions for empty and equal trees)."""
    proof = list(proof)
    if old_size < 0 or old_size > new_size or any(len(p) != 32 for p in proof):
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof and old_root == EMPTY_ROOT
    if not proof:
        return False
    if old_size & (old_size - 1) == 0:  # a power of two: prepend the old root
        proof = [old_root, *proof]
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0


class RootAccumulator:
    """Streaming tree hashing: push leaves in order; read the root at any size.

    Keeps one hash per set bit of the size (O(log n) memory) and reports every
    perfect subtree as it completes, in the order the custody table stores them.
    """

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[tuple[int, bytes]] = []  # (level, hash), levels strictly decreasing

    def push(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Add a leaf hash; return the perfect subtrees (level, index, hash) it completes."""
        completed: list[tuple[int, int, bytes]] = []
        level, value = 0, leaf
        while self._stack and self._stack[-1][0] == level:
            _, left = self._stack.pop()
            value = node_hash(left, value)
            level += 1
            completed.append((level, (self.size + 1) // (1 << level) - 1, value))
        self._stack.append((level, value))
        self.size += 1
        return completed

    def root(self) -> bytes:
        if not self._stack:
            return EMPTY_ROOT
        value = self._stack[-1][1]
        for _, left in reversed(self._stack[:-1]):
            value = node_hash(left, value)
        return value
