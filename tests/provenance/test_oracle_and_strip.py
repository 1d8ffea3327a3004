"""exiftool, an independent reader, agrees with ours on a manifest made here (claim generator,
signer, actions, author); and a sanitized copy carries no manifest, by c2pa-python itself."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import c2pa
import pytest
from cryptography import x509

from evidence_vault.core.provenance import c2pa_read, model
from evidence_vault.core.sanitize.engine import sanitize_bytes_detailed
from tests.provenance import signing as s
from tests.support import require_tool


def _certificates(blob: bytes) -> list[x509.Certificate]:
    """The DER certificates inside a COSE header exiftool hands over as binary (x5chain)."""
    found, at = [], 0
    while (at := blob.find(b"\x30\x82", at)) >= 0:
        length = int.from_bytes(blob[at + 2 : at + 4], "big") + 4
        with contextlib.suppress(ValueError):  # a DER-looking run that is not a certificate
            found.append(x509.load_der_x509_certificate(blob[at : at + length]))
        at += 1
    return found


@pytest.mark.oracle
def test_exiftool_reads_the_same_manifest(tmp_path: Path) -> None:
    exiftool = require_tool("exiftool")
    chain = s.make_chain("Oracle Signer")
    path = tmp_path / "signed.jpg"
    path.write_bytes(s.sign(s.plain_jpeg(), chain, s.manifest(source_type=s.AI, edited=True)))
    ours = c2pa_read.read(io.BytesIO(path.read_bytes()), "jpeg", chain.root_pem.decode(), 1)
    assert ours.verdict == model.TRUSTED
    m = ours.active_manifest
    assert m is not None

    out = subprocess.run(
        [exiftool, "-j", "-G", "-JUMBF:all", str(path)], capture_output=True, text=True, check=True
    )
    theirs = json.loads(out.stdout)[0]
    assert theirs["JUMBF:Claim_Generator_InfoName"] == "EV Test Camera" and m.claim_generator.startswith(
        "EV Test Camera"
    )
    assert str(theirs["JUMBF:Claim_Generator_InfoVersion"]) == "2.1" == m.claim_generator.split()[-1]
    actions = theirs["JUMBF:ActionsAction"]
    assert (actions if isinstance(actions, list) else [actions]) == [a.action for a in m.actions]
    assert theirs["JUMBF:ActionsDigitalSourceType"] == s.AI == m.actions[0].source_type
    assert (
        theirs["JUMBF:AuthorName"] == "Jane Witness" and ("schema.org author", "Jane Witness") in m.identities
    )
    # The signer: exiftool hands over the COSE header as binary; its certificates read with cryptography.
    header = subprocess.run(
        [exiftool, "-b", "-JUMBF:Item0", str(path)], capture_output=True, check=True
    ).stdout
    certs = _certificates(header)
    assert certs, "no certificate in exiftool's JUMBF:Item0"
    signer = certs[0]
    assert signer.subject.rfc4514_string() == "O=Test Newsroom,CN=Oracle Signer"
    assert m.signer == "Oracle Signer" and "CN=Oracle Signer" in m.signer_subject
    assert (
        "CN=Test Intermediate CA" in signer.issuer.rfc4514_string()
        and "CN=Test Intermediate CA" in m.signer_issuer
    )
    assert (
        format(signer.serial_number, "x") == m.serial.lower().lstrip("0")
        or str(signer.serial_number) == m.serial
    )


def test_a_sanitized_copy_carries_no_manifest() -> None:
    chain = s.make_chain()
    signed = s.sign(s.plain_jpeg((320, 200)), chain)
    assert c2pa_read.read(io.BytesIO(signed), "jpeg").verdict == model.UNTRUSTED
    outcome = sanitize_bytes_detailed(signed, "signed.jpg")
    assert outcome.data is not None and outcome.data != signed
    # c2pa-python itself finds nothing in the copy.
    with pytest.raises(c2pa.C2paError.ManifestNotFound):
        c2pa.Reader("image/jpeg", io.BytesIO(outcome.data))
    assert c2pa_read.read(io.BytesIO(outcome.data), "jpeg").verdict == model.ABSENT
    assert any("C2PA" in r or "JUMBF" in r for r in outcome.removed), outcome.removed


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (9, 90, 200)).save(out, "PNG")
    return out.getvalue()


def _wav() -> bytes:
    import wave

    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(bytes(16000))
    return out.getvalue()


@pytest.mark.parametrize(
    ("mime", "name", "make"), [("image/png", "a.png", _png), ("audio/wav", "a.wav", _wav)]
)
def test_other_cleaned_formats_carry_no_manifest(mime: str, name: str, make: Any) -> None:
    """The cleaner's own check reads no C2PA (sanitize/check.py keeps to its lists of what may
    stay): c2pa-python, given each copy, must find no manifest store left in it."""
    signed = s.sign(make(), s.make_chain(), mime=mime)
    with c2pa.Reader(mime, io.BytesIO(signed)):
        pass  # the signed original has one
    outcome = sanitize_bytes_detailed(signed, name)
    assert outcome.data is not None
    with pytest.raises(c2pa.C2paError.ManifestNotFound):
        c2pa.Reader(mime, io.BytesIO(outcome.data))
    assert any("caBX" in r or "C2PA" in r for r in outcome.removed), outcome.removed
