"""C2PA-signed test files made here: an ES256 chain (root CA -> intermediate -> signer) made with
``cryptography`` in memory, signed with c2pa-python's Builder, and tampered copies of them."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image

CAPTURE = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"
AI = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test Newsroom"),
        ]
    )


def _cert(
    subject: str, issuer: str, key: Any, issuer_key: Any, *, ca: bool, path: int | None = None
) -> x509.Certificate:
    now = dt.datetime.now(dt.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False
        )
    )
    if ca:  # keyCertSign and cRLSign
        usage = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
    else:  # digitalSignature, and the EKU c2pa accepts for claim signers (emailProtection)
        usage = x509.KeyUsage(True, False, False, False, False, False, False, False, False)
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
    return builder.add_extension(usage, critical=True).sign(issuer_key, hashes.SHA256())


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class Chain:
    root_pem: bytes
    chain_pem: bytes  # signer, then intermediate (what the manifest carries)
    key_pem: bytes
    signer_cn: str


def make_chain(signer_cn: str = "Field Camera 7") -> Chain:
    root_key, mid_key, leaf_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    root = _cert("Test Root CA", "Test Root CA", root_key, root_key, ca=True, path=1)
    mid = _cert("Test Intermediate CA", "Test Root CA", mid_key, root_key, ca=True, path=0)
    leaf = _cert(signer_cn, "Test Intermediate CA", leaf_key, mid_key, ca=False)
    key = leaf_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return Chain(_pem(root), _pem(leaf) + _pem(mid), key, signer_cn)


def plain_jpeg(size: tuple[int, int] = (96, 64), colour: tuple[int, int, int] = (180, 40, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=90)
    return out.getvalue()


def manifest(
    *, source_type: str = CAPTURE, author: str | None = "Jane Witness", edited: bool = False
) -> dict[str, Any]:
    actions: list[dict[str, Any]] = [{"action": "c2pa.created", "digitalSourceType": source_type}]
    if edited:
        actions.append({"action": "c2pa.cropped"})
    assertions: list[dict[str, Any]] = [{"label": "c2pa.actions", "data": {"actions": actions}}]
    if author:
        assertions.append(
            {
                "label": "stds.schema-org.CreativeWork",
                "data": {
                    "@context": "https://schema.org",
                    "@type": "CreativeWork",
                    "author": [{"@type": "Person", "name": author}],
                },
            }
        )
    return {"claim_generator_info": [{"name": "EV Test Camera", "version": "2.1"}], "title": "scene.jpg",
            "assertions": assertions}  # fmt: skip


def sign(data: bytes, chain: Chain, spec: dict[str, Any] | None = None, mime: str = "image/jpeg") -> bytes:
    signer = c2pa.Signer.from_info(c2pa.C2paSignerInfo(b"es256", chain.chain_pem, chain.key_pem, None))
    out = io.BytesIO()
    with c2pa.Builder(spec or manifest()) as builder:
        builder.sign(signer, mime, io.BytesIO(data), out)
    return out.getvalue()


def remote_only(data: bytes, chain: Chain, url: str) -> bytes:
    """A JPEG that only points to its manifest at ``url`` (nothing embedded)."""
    signer = c2pa.Signer.from_info(c2pa.C2paSignerInfo(b"es256", chain.chain_pem, chain.key_pem, None))
    out = io.BytesIO()
    with c2pa.Builder(manifest(author=None)) as builder:
        builder.set_no_embed()
        builder.set_remote_url(url)
        builder.sign(signer, "image/jpeg", io.BytesIO(data), out)
    return out.getvalue()


def change_pixels(signed: bytes) -> bytes:
    """The same file with one byte of the compressed picture changed (the manifest untouched)."""
    out = bytearray(signed)
    out[-20] ^= 0x55
    return bytes(out)


def edit_manifest(signed: bytes, old: bytes = b"EV Test Camera", new: bytes = b"EV Fake Camera") -> bytes:
    """The claim generator's name edited inside the signed claim (same length)."""
    assert len(old) == len(new) and signed.count(old) >= 1
    return signed.replace(old, new)
