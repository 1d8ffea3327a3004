"""The committed custody test vectors, recomputed from docs/custody-format.md with
hashlib, json and PyNaCl only, and the live log checked against the same rules."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

from evidence_vault.core.audit import anchor
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from tests.core.test_merkle import ref_mth, ref_path, ref_subproof

VECTORS = Path(__file__).resolve().parent.parent / "vectors" / "custody-v1.json"


@pytest.fixture(scope="module")
def vectors() -> dict[str, Any]:
    return dict(json.loads(VECTORS.read_text(encoding="utf-8")))


def _jcs(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


class TestVectors:
    def test_events(self, vectors: dict[str, Any]) -> None:
        key = nacl.signing.SigningKey(bytes.fromhex(vectors["signing_seed"]))
        assert bytes(key.verify_key).hex() == vectors["public_key"]
        prev = "00" * 32
        for seq, event in enumerate(vectors["events"], start=1):
            raw = event["canonical"].encode("utf-8")
            body = json.loads(raw)
            assert _jcs(body) == raw  # canonical: re-encoding gives the same bytes
            assert (body["seq"], body["prev"], body["v"]) == (seq, prev, 1)
            digest = hashlib.sha256(raw).digest()
            assert digest.hex() == event["hash"]
            key.verify_key.verify(b"evidence-vault custody event v1\n" + digest, bytes.fromhex(event["sig"]))
            assert hashlib.sha256(b"\x00" + digest).hexdigest() == event["leaf_hash"]
            prev = event["hash"]

    def test_tree_proofs_and_head(self, vectors: dict[str, Any]) -> None:
        hashes = [bytes.fromhex(e["hash"]) for e in vectors["events"]]
        for size, root in vectors["roots"].items():
            assert ref_mth(hashes[: int(size)]).hex() == root
        for case in vectors["inclusion"]:
            expected = [p.hex() for p in ref_path(case["seq"] - 1, hashes[: case["size"]])]
            assert case["proof"] == expected
        for case in vectors["consistency"]:
            expected = [p.hex() for p in ref_subproof(case["old_size"], hashes[: case["new_size"]], True)]
            assert case["proof"] == expected
        head = vectors["tree_head"]
        body = json.loads(head["canonical"])
        assert body["root"] == vectors["roots"][str(body["size"])]
        key = nacl.signing.VerifyKey(bytes.fromhex(vectors["public_key"]))
        key.verify(b"evidence-vault tree head v1\n" + head["canonical"].encode(), bytes.fromhex(head["sig"]))
        parsed = anchor.Anchor.parse(vectors["anchor_code"])
        assert parsed.size == body["size"] and bytes.fromhex(body["root"])[:15] == parsed.root

    def test_minisign_public_key_layout(self, vectors: dict[str, Any]) -> None:
        raw = base64.b64decode(vectors["minisign_public_key"])
        assert raw[:2] == b"Ed" and raw[10:].hex() == vectors["public_key"]

    def test_vectors_file_is_reproducible(self, vectors: dict[str, Any]) -> None:
        import importlib.util

        spec = importlib.util.spec_from_file_location(
            "custody_vectors", Path(__file__).resolve().parents[2] / "tools" / "custody_vectors.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        assert module.build() == vectors


class TestLiveLogFollowsTheSpec:
    def test_every_event_and_head_checks_with_the_spec_alone(self, vault: Vault, tmp_path: Path) -> None:
        (tmp_path / "a.txt").write_bytes("свядомы сведка".encode())
        Importer(vault, case="Гомель").run([tmp_path / "a.txt"])
        head = vault.seal_log_head()
        key = nacl.signing.VerifyKey(bytes(vault.verify_key))
        prev = "00" * 32
        hashes = []
        for row in vault.conn.execute("SELECT seq, body, hash, sig FROM custody ORDER BY seq"):
            raw = bytes(row[1])
            assert _jcs(json.loads(raw)) == raw
            assert set(json.loads(raw)) == {
                "v",
                "seq",
                "time",
                "mono_ns",
                "action",
                "items",
                "objects",
                "params",
                "prev",
            }
            assert json.loads(raw)["prev"] == prev
            digest = hashlib.sha256(raw).digest()
            assert digest == bytes(row[2])
            key.verify(custody.EVENT_DOMAIN + digest, bytes(row[3]))
            hashes.append(digest)
            prev = digest.hex()
        assert ref_mth(hashes) == head.root
        key.verify(custody.HEAD_DOMAIN + head.body(), head.sig)


def test_minisign_verifies_what_the_vault_key_signs(tmp_path: Path, vault: Vault) -> None:
    """The real minisign tool accepts the public key we print and a signature we make."""
    import subprocess

    from evidence_vault.core.crypto import minisign
    from tests.support import require_tool

    tool = require_tool("minisign")
    pub = tmp_path / "vault.pub"
    pub.write_text(minisign.public_key_file(vault.verify_key))
    message = tmp_path / "manifest.json"
    message.write_bytes('{"case": "Мінск"}'.encode() * 1000)
    signature = minisign.sign(vault.signer, [message.read_bytes()], "sealed by Evidence Vault test")
    (tmp_path / "manifest.json.minisig").write_text(signature)
    ok = subprocess.run(
        [tool, "-Vm", str(message), "-p", str(pub)], capture_output=True, text=True, check=False
    )
    assert ok.returncode == 0, ok.stderr
    assert "Trusted comment: sealed by Evidence Vault test" in ok.stdout
    message.write_bytes(message.read_bytes() + b" ")
    tampered = subprocess.run(
        [tool, "-Vm", str(message), "-p", str(pub)], capture_output=True, text=True, check=False
    )
    assert tampered.returncode != 0
