"""The C2PA reader and its verdicts on files signed here, and on tampered copies of them."""

from __future__ import annotations

import io
import socket
import threading

import pytest

from evidence_vault.core.provenance import c2pa_read, model, words
from tests.provenance import signing as s


@pytest.fixture(scope="module")
def chain() -> s.Chain:
    return s.make_chain()


@pytest.fixture(scope="module")
def signed(chain: s.Chain) -> bytes:
    return s.sign(s.plain_jpeg(), chain)


def read(data: bytes, anchors: bytes = b"") -> model.Provenance:
    return c2pa_read.read(io.BytesIO(data), "jpeg", anchors.decode(), anchors.count(b"BEGIN CERTIFICATE"))


def test_installed_anchor_makes_the_signer_trusted(chain: s.Chain, signed: bytes) -> None:
    prov = read(signed, chain.root_pem)
    assert prov.verdict == model.TRUSTED and prov.state == "Trusted" and prov.failures == []
    m = prov.active_manifest
    assert m is not None and m.signer == "Field Camera 7" and m.claim_generator == "EV Test Camera 2.1"
    assert "CN=Test Intermediate CA" in m.signer_issuer and "CN=Field Camera 7" in m.signer_subject
    assert [a.action for a in m.actions] == ["c2pa.created"] and m.actions[0].source_type == s.CAPTURE
    assert ("schema.org author", "Jane Witness") in m.identities
    summary = words.summarise(prov)
    assert summary.headline.startswith("Signed by Field Camera 7 (EV Test Camera 2.1); the file has not been")
    assert not summary.broken
    assert any("digital capture" in note for note in summary.notes)
    assert any("not attested" in note for note in summary.notes)  # no timestamp: the time is only claimed


def test_without_anchors_a_valid_signer_is_untrusted(signed: bytes) -> None:
    prov = read(signed)
    assert prov.verdict == model.UNTRUSTED and prov.state == "Valid"
    assert [f.code for f in prov.failures] == ["signingCredential.untrusted"]
    assert words.summarise(prov).headline.startswith("Valid signature, signer not in a trusted list")


def test_an_anchor_of_another_chain_does_not_make_it_trusted(signed: bytes) -> None:
    other = s.make_chain("Someone Else")
    assert read(signed, other.root_pem).verdict == model.UNTRUSTED


def test_the_right_root_among_others_makes_it_trusted(chain: s.Chain, signed: bytes) -> None:
    other = s.make_chain("Someone Else")
    assert read(signed, other.root_pem + chain.root_pem).verdict == model.TRUSTED


def test_a_chain_not_rooted_in_the_signer_chain_is_untrusted_even_when_the_names_match() -> None:
    # Two chains whose CAs carry the same names: only the keys decide.
    first, second = s.make_chain(), s.make_chain()
    data = s.sign(s.plain_jpeg(), first)
    assert read(data, second.root_pem).verdict == model.UNTRUSTED
    assert read(data, first.root_pem).verdict == model.TRUSTED


def test_changed_pixels_break_the_binding(chain: s.Chain, signed: bytes) -> None:
    prov = read(s.change_pixels(signed), chain.root_pem)
    assert prov.verdict == model.CHANGED and prov.state == "Invalid"
    assert "assertion.dataHash.mismatch" in [f.code for f in prov.failures]
    summary = words.summarise(prov)
    assert summary.broken and summary.headline.startswith("CHANGED AFTER SIGNING")


def test_an_edited_manifest_breaks_the_signature(chain: s.Chain, signed: bytes) -> None:
    prov = read(s.edit_manifest(signed), chain.root_pem)
    assert prov.verdict in (model.INVALID_SIGNATURE, model.DAMAGED)
    assert prov.verdict != model.TRUSTED and prov.state == "Invalid"
    assert words.summarise(prov).broken


def test_no_manifest_is_absent_and_garbage_is_unreadable() -> None:
    assert read(s.plain_jpeg()).verdict == model.ABSENT
    prov = c2pa_read.read(io.BytesIO(b"\xff\xd8\xff\xe0 not a jpeg at all"), "jpeg")
    assert prov.verdict in (model.UNREADABLE, model.ABSENT)
    if prov.verdict == model.UNREADABLE:
        assert "reader" in prov.problem
        assert "not a finding about the file" in words.summarise(prov).headline


def test_ai_generated_is_said_prominently(chain: s.Chain) -> None:
    prov = read(s.sign(s.plain_jpeg(), chain, s.manifest(source_type=s.AI)), chain.root_pem)
    assert prov.verdict == model.TRUSTED
    m = prov.active_manifest
    assert m is not None and m.actions[0].ai_generated
    assert any(note.startswith("MADE OR CHANGED BY AI") for note in words.summarise(prov).notes)


def test_a_remote_manifest_is_never_fetched(chain: s.Chain) -> None:
    # A listening socket on loopback counts connections; the reader must make none.
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    server.settimeout(0.5)
    port = server.getsockname()[1]
    hits: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append(conn.recv(100))
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        data = s.remote_only(s.plain_jpeg(), chain, f"http://127.0.0.1:{port}/manifest.c2pa")
        prov = read(data, chain.root_pem)
        assert prov.verdict == model.REMOTE and f"127.0.0.1:{port}" in prov.remote_url
        assert "never goes online" in words.summarise(prov).headline
        # The control: c2pa with fetching on does connect, so the check above can see a fetch.
        import c2pa

        context = c2pa.Context.from_dict({"verify": {"remote_manifest_fetch": True, "ocsp_fetch": False}})
        with pytest.raises(c2pa.C2paError):
            c2pa.Reader("image/jpeg", io.BytesIO(data), context=context)
        thread.join(1.0)
        assert hits, "the control fetch reached no server: this test could not see a fetch"
        before = len(hits)
        read(data, chain.root_pem)
        thread.join(0.6)
        assert len(hits) == before
    finally:
        stop.set()
        server.close()


def test_the_settings_switch_off_every_fetch() -> None:
    verify = c2pa_read.offline_settings("")["verify"]
    assert verify["remote_manifest_fetch"] is False and verify["ocsp_fetch"] is False
    assert "trust" not in c2pa_read.offline_settings("")  # c2pa refuses an empty bundle


@pytest.mark.parametrize(
    ("state", "codes", "verdict"),
    [
        ("Trusted", [], model.TRUSTED),
        ("Valid", ["signingCredential.untrusted"], model.UNTRUSTED),
        ("Valid", [], model.UNTRUSTED),
        ("Invalid", ["assertion.dataHash.mismatch"], model.CHANGED),
        ("Invalid", ["assertion.bmffHash.mismatch", "signingCredential.untrusted"], model.CHANGED),
        ("Invalid", ["claimSignature.mismatch", "assertion.dataHash.mismatch"], model.INVALID_SIGNATURE),
        ("Invalid", ["signingCredential.expired"], model.INVALID_SIGNATURE),
        ("Invalid", ["assertion.hashedURI.mismatch"], model.DAMAGED),
        ("Invalid", [], model.DAMAGED),
        ("Trusted", ["assertion.hashedURI.mismatch"], model.DAMAGED),
        ("Weird", [], model.UNREADABLE),
        ("", [], model.UNREADABLE),
    ],
)
def test_verdicts_follow_c2pa_and_never_read_an_unknown_as_good(
    state: str, codes: list[str], verdict: str
) -> None:
    from evidence_vault.core.provenance.verdict import judge

    assert judge(state, codes, True) == verdict


def test_the_record_survives_a_json_round_trip(chain: s.Chain, signed: bytes) -> None:
    prov = read(signed, chain.root_pem)
    again = model.Provenance.from_json(prov.to_json())
    assert again == prov
    forged = {**prov.to_json(), "verdict": "totally_fine"}
    assert model.Provenance.from_json(forged).verdict == model.UNREADABLE


def test_a_timestamp_authoritys_time_is_said_and_a_broken_one_is_not(signed: bytes) -> None:
    """No timestamp authority can be reached offline, so the store c2pa gives for a file signed
    here gets the ``signature_info.time`` a TSA-stamped claim carries; a ``timeStamp.*`` failure
    must take the time back to "only claimed"."""
    import json

    import c2pa

    with c2pa.Reader("image/jpeg", io.BytesIO(signed)) as reader:
        store = json.loads(reader.json())
    active = store["manifests"][store["active_manifest"]]
    assert "time" not in active["signature_info"]  # signed here without a TSA
    plain = words.summarise(c2pa_read.parse(store))
    assert any("has no timestamp" in n for n in plain.notes)
    active["signature_info"]["time"] = "2026-03-02T12:41:05+02:00"
    stamped = words.summarise(c2pa_read.parse(store))
    assert "Signed on 2026-03-02 10:41 UTC, by the clock of a timestamp authority." in stamped.notes
    failed = {"code": "timeStamp.mismatch", "explanation": "the stamp is for other bytes"}
    store["validation_results"]["activeManifest"]["failure"] = [failed]
    broken = words.summarise(c2pa_read.parse(store))
    assert broken.verdict == model.INVALID_SIGNATURE and broken.broken  # c2pa's failure is the verdict
    assert not any("timestamp authority" in n for n in broken.notes)


def test_the_signers_whole_chain_is_shown(chain: s.Chain, signed: bytes) -> None:
    """c2pa-python names only the signer; the chain comes from the signature's x5chain, signer
    first, each certificate with the SHA-256 of its DER bytes (as `c2patool --certs` prints it)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    prov = read(signed, chain.root_pem)
    active = prov.active_manifest
    assert active is not None
    subjects = [c.subject for c in active.chain]
    assert subjects == ["CN=Field Camera 7, O=Test Newsroom", "CN=Test Intermediate CA, O=Test Newsroom"]
    assert active.chain[1].issuer == "CN=Test Root CA, O=Test Newsroom"
    assert active.chain[0].subject == active.signer_subject  # the same certificate c2pa names
    intermediate = next(
        c
        for c in x509.load_pem_x509_certificates(chain.chain_pem)
        if "Intermediate" in c.subject.rfc4514_string()
    )
    der = intermediate.public_bytes(serialization.Encoding.DER)
    assert active.chain[1].sha256 == __import__("hashlib").sha256(der).hexdigest()
    rows = [value for label, value in words.details(prov) if label == "Certificate chain"]
    assert len(rows) == 2 and "issued by CN=Test Root CA, O=Test Newsroom" in rows[1]
    assert model.Provenance.from_json(prov.to_json()) == prov  # stored and read back whole


def test_a_garbled_signature_box_gives_no_chain_and_no_error() -> None:
    from evidence_vault.core.provenance import chain as chain_reader

    assert chain_reader.certificates(b"\x00\x00\x00\x10jumb" + b"\xff" * 8, "urn:x") == []
    assert chain_reader.certificates(b"\xff\xff\xff\xffjumb", "urn:x") == []
    assert chain_reader.certificates(b"", "urn:x") == []
