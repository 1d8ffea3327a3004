"""RFC 9162 Merkle trees: published test vectors, and an independent recomputation
written straight from the RFC's definitions (lists and recursion, nothing shared
with the implementation but SHA-256)."""

from __future__ import annotations

import hashlib

import pytest

from evidence_vault.core.crypto import merkle

# RFC 6962 / RFC 9162 reference leaves and roots (Certificate Transparency test data).
CT_LEAVES = [
    bytes.fromhex(h)
    for h in (
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    )
]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
CT_INCLUSION = {
    (0, 8): [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
    (5, 8): [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
}


# -- the reference: RFC 9162 section 2.1 definitions, literally --------------------------
def ref_mth(d: list[bytes]) -> bytes:
    n = len(d)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + d[0]).digest()
    k = 1
    while k * 2 < n:
        k *= 2
    return hashlib.sha256(b"\x01" + ref_mth(d[:k]) + ref_mth(d[k:])).digest()


def ref_path(m: int, d: list[bytes]) -> list[bytes]:
    n = len(d)
    if n == 1:
        return []
    k = 1
    while k * 2 < n:
        k *= 2
    if m < k:
        return ref_path(m, d[:k]) + [ref_mth(d[k:])]  # noqa: RUF005 - the RFC's notation, literally
    return ref_path(m - k, d[k:]) + [ref_mth(d[:k])]  # noqa: RUF005


def ref_subproof(m: int, d: list[bytes], b: bool) -> list[bytes]:
    n = len(d)
    if m == n:
        return [] if b else [ref_mth(d)]
    k = 1
    while k * 2 < n:
        k *= 2
    if m <= k:
        return ref_subproof(m, d[:k], b) + [ref_mth(d[k:])]  # noqa: RUF005
    return ref_subproof(m - k, d[k:], False) + [ref_mth(d[:k])]  # noqa: RUF005


def tree_of(data: list[bytes]) -> merkle.LeafList:
    return merkle.LeafList([merkle.leaf_hash(x) for x in data])


DATA = [b"event %d" % i for i in range(41)]


class TestReferenceVectors:
    def test_roots(self) -> None:
        assert merkle.root(tree_of([]), 0) == merkle.EMPTY_ROOT
        for size in range(1, 9):
            assert merkle.root(tree_of(CT_LEAVES), size).hex() == CT_ROOTS[size - 1]

    @pytest.mark.parametrize(("index", "size"), sorted(CT_INCLUSION))
    def test_inclusion_proofs(self, index: int, size: int) -> None:
        proof = merkle.inclusion_proof(tree_of(CT_LEAVES), index, size)
        assert [p.hex() for p in proof] == CT_INCLUSION[(index, size)]
        root = bytes.fromhex(CT_ROOTS[size - 1])
        assert merkle.verify_inclusion(merkle.leaf_hash(CT_LEAVES[index]), index, size, proof, root)

    def test_consistency_proof_2_to_8(self) -> None:
        proof = merkle.consistency_proof(tree_of(CT_LEAVES), 2, 8)
        assert [p.hex() for p in proof[:2]] == CT_INCLUSION[(0, 8)][1:]
        assert merkle.verify_consistency(2, 8, bytes.fromhex(CT_ROOTS[1]), bytes.fromhex(CT_ROOTS[7]), proof)


class TestAgainstIndependentRecomputation:
    def test_every_size_every_leaf_every_pair(self) -> None:
        tree = tree_of(DATA)
        for n in range(1, len(DATA) + 1):
            root = merkle.root(tree, n)
            assert root == ref_mth(DATA[:n])
            for m in range(n):
                proof = merkle.inclusion_proof(tree, m, n)
                assert proof == ref_path(m, DATA[:n])
                assert merkle.verify_inclusion(merkle.leaf_hash(DATA[m]), m, n, proof, root)
            for m in range(1, n + 1):
                proof = merkle.consistency_proof(tree, m, n)
                assert proof == ([] if m == n else ref_subproof(m, DATA[:n], True))
                assert merkle.verify_consistency(m, n, ref_mth(DATA[:m]), root, proof)

    def test_accumulator_matches_roots_and_stores_every_perfect_subtree(self) -> None:
        accumulator = merkle.RootAccumulator()
        nodes = {}
        for n, item in enumerate(DATA, start=1):
            for level, index, value in accumulator.push(merkle.leaf_hash(item)):
                width = 1 << level
                assert value == ref_mth(DATA[index * width : (index + 1) * width])
                nodes[(level, index)] = value
            assert accumulator.root() == ref_mth(DATA[:n])
        assert len(nodes) == len(DATA) - bin(len(DATA)).count("1")


class TestRejections:
    def test_mangled_inclusion_proofs_fail(self) -> None:
        tree = tree_of(DATA)
        n, m = 37, 12
        root = merkle.root(tree, n)
        leaf = merkle.leaf_hash(DATA[m])
        proof = merkle.inclusion_proof(tree, m, n)
        flipped = [bytes([proof[0][0] ^ 1]) + proof[0][1:], *proof[1:]]
        for bad in (flipped, proof[:-1], [*proof, bytes(32)], proof[::-1]):
            assert not merkle.verify_inclusion(leaf, m, n, bad, root)
        assert not merkle.verify_inclusion(leaf, m + 1, n, proof, root)
        # (Sizes 37 and 38 give leaf 12 the same path shape: RFC 9162 binds the size
        # through the signed tree head, not the proof. A different shape must fail.)
        assert not merkle.verify_inclusion(leaf, m, 16, proof, root)
        assert not merkle.verify_inclusion(leaf, n, n, proof, root)

    def test_mangled_consistency_proofs_fail(self) -> None:
        tree = tree_of(DATA)
        old, new = 13, 37
        old_root, new_root = merkle.root(tree, old), merkle.root(tree, new)
        proof = merkle.consistency_proof(tree, old, new)
        flipped = [bytes([proof[0][0] ^ 1]) + proof[0][1:], *proof[1:]]
        for bad in (flipped, proof[:-1], [*proof, bytes(32)], []):
            assert not merkle.verify_consistency(old, new, old_root, new_root, bad)
        assert not merkle.verify_consistency(old, new, merkle.root(tree, old - 1), new_root, proof)
        assert not merkle.verify_consistency(new, old, new_root, old_root, proof)
        assert merkle.verify_consistency(old, old, old_root, old_root, [])
        assert not merkle.verify_consistency(old, old, old_root, new_root, [])
