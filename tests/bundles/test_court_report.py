"""The court report's content (core/bundle/court_report.py), from hand-built reports: the
verdict, every file's hashes and what was done to it, the provenance the sender recorded,
and that malformed or hostile values are said as text, never obeyed or dropped."""

from __future__ import annotations

import json
from typing import Any

from evidence_vault.core.bundle import court_provenance, court_report
from evidence_vault.core.bundle.court_model import ALERT, HASH
from evidence_vault.core.bundle.outcome import BundleReport

SHA = "ab" * 32
OTHER = "cd" * 32


def _entry(**extra: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "path": "files/000001-IMG.jpg",
        "item_id": 1,
        "original_name": "IMG.jpg",
        "original_name_hex": "",
        "original_sha256": SHA,
        "content_type": "image/jpeg",
        "sha256": SHA,
        "size": 1234,
        "derivative": None,
    }
    return entry | extra


def _report(*entries: dict[str, Any], problems: list[str] | None = None) -> BundleReport:
    manifest = {"custody": {"inclusion_proofs": {"1": [OTHER]}}}
    canonical = json.dumps(
        {"seq": 1, "time": "2026-03-02T10:41:05.000000Z", "action": "item.viewed", "items": [1], "params": {}}
    )
    return BundleReport(
        bundle_id="0" * 32,
        format="evidence-vault-bundle/2",
        created_at="2026-03-02T11:00:00Z",
        profile="originals",
        sealed_by={"fingerprint": "12345 67890", "minisign_public_key": "RWS…", "vault_id": "v"},
        files=list(entries) or [_entry()],
        tree_head={"size": 1, "root": OTHER, "time": "t", "sig": "ef" * 64, "vault_id": "v"},
        checks=["manifest signature verified"],
        problems=problems or [],
        manifest=json.dumps(manifest).encode(),
        custody_files={
            "custody/events.jsonl": json.dumps({"canonical": canonical, "hash": SHA, "sig": "00"}).encode()
        },
        file_sha256="9" * 64,
    )


def _c2pa(verdict: str = "signed_intact_untrusted") -> dict[str, Any]:
    return {
        "verdict": verdict,
        "state": "Valid",
        "active": "m1",
        "manifests": [{"label": "m1", "signer": "Example Camera Co", "claim_generator": "CamApp/1.0"}],
        "read_at": "2026-03-01T09:00:00Z",
    }


class TestVerdict:
    def test_verified_only_when_ok(self) -> None:
        good = court_report.build(_report())
        assert good.ok and good.verdict.startswith("VERIFIED")
        bad = court_report.build(_report(problems=["files/000001-IMG.jpg: SHA-256 differs"]))
        assert not bad.ok and bad.verdict.startswith("FAILED")
        text = bad.text()
        assert "VERIFIED" not in text
        assert "files/000001-IMG.jpg: SHA-256 differs" in text
        assert "Nothing after the problems is verified" in text
        assert "inclusion proof against the signed head verified" not in text  # claimed only when ok

    def test_an_unreadable_bundle_still_reports_its_fingerprint_and_problem(self) -> None:
        report = BundleReport(
            problems=["this bundle is not encrypted to the given identity"], file_sha256=SHA
        )
        built = court_report.build(report)
        assert not built.ok and built.fingerprint == SHA
        assert "this bundle is not encrypted to the given identity" in built.text()
        assert "File 1" not in built.text()

    def test_every_hash_is_in_a_hash_row(self) -> None:
        built = court_report.build(_report())
        hashes = [row.value for section in built.sections for row in section.rows if row.style == HASH]
        assert SHA in hashes and OTHER in hashes and "9" * 64 in hashes
        signature = next(v for v in hashes if v.startswith("efef"))
        assert all(len(line) <= 64 for line in signature.splitlines())  # 128 digits as two lines

    def test_the_timeline_has_the_event_sentence_hash_and_proof(self) -> None:
        text = court_report.build(_report()).text()
        assert "2026-03-02 10:41:05 UTC · event 1: #1 “IMG.jpg” was opened for viewing." in text
        assert f"Audit path (1 hashes): {OTHER}" in text


class TestWhatWasDone:
    def test_original_sanitized_withheld_anonymised(self) -> None:
        original = court_report.build(_report(_entry())).text()
        assert "Nothing: this is the original, byte-exact" in original
        cleaned = _entry(derivative={"removed": ["GPS", "Make"], "reencoded": True})
        text = court_report.build(_report(cleaned)).text()
        assert "A sanitized copy of the original; removed: GPS, Make." in text
        assert "Its pixels were re-encoded" in text
        assert "not carried: the sanitized copy" in text.lower()
        withheld = _entry(
            derivative={"removed": ["SerialNumber"], "reencoded": False, "withheld": ["serials"]}
        )
        assert "device-identifying fields withheld (serials); removed: SerialNumber." in (
            court_report.build(_report(withheld)).text()
        )
        record = {"model_sha256": OTHER, "face_boxes": 3, "face_tracks": 1, "voice_disguised": True}
        anonymised = _entry(derivative={"removed": [], "reencoded": True, "anonymised": record})
        text = court_report.build(_report(anonymised)).text()
        assert "3 face box(es) in 1 track(s) hidden; voice disguised: yes; sound removed: no." in text
        assert OTHER in text


class TestProvenance:
    def test_absent_on_an_older_bundle(self) -> None:
        assert "No capture-time provenance recorded by the sender." in court_report.build(_report()).text()

    def test_c2pa_is_the_senders_record_not_a_check(self) -> None:
        entry = _entry(provenance={"c2pa": _c2pa(), "proofmode": None})
        text = court_report.build(_report(entry)).text()
        assert "Recorded by the sender's vault at 2026-03-01T09:00:00Z" in text
        assert "not a check made by this report" in text
        assert "Valid signature, signer not in a trusted list: signed by Example Camera Co" in text
        assert "No capture-time provenance" not in text

    def test_changed_after_signing_is_an_alert(self) -> None:
        entry = _entry(provenance={"c2pa": _c2pa("changed_after_signing"), "proofmode": None})
        rows = court_provenance.rows(entry, lambda _c, s: s)
        assert any(r.style == ALERT and r.value.startswith("CHANGED AFTER SIGNING") for r in rows)
        assert court_provenance.verdict(entry, lambda _c, s: s)[1] is True

    def test_proofmode_verdicts_and_attachments(self) -> None:
        check = {
            "signatures": [{"file": "a.asc", "verdict": "valid", "key": "ABCD1234", "signs_media": True}],
            "proofs": [{"kind": "proof-csv", "verdict": "other-hash", "hashes": [OTHER]}],
            "timestamps": [],
            "problems": [],
            "checked_at": "2026-03-01T10:00:00Z",
        }
        attachments = [
            {"path": "attachments/1/a.asc", "name": "a.asc", "kind": "signature", "sha256": OTHER, "size": 9}
        ]
        entry = _entry(provenance={"c2pa": None, "proofmode": check}, attachments=attachments)
        rows = court_provenance.rows(entry, lambda _c, s: s)
        values = [r.value for r in rows]
        assert "the file: signature valid, by the export's key 0xABCD 1234" in values
        bad = next(r for r in rows if "NOT this one" in r.value)
        assert bad.style == ALERT
        assert any(r.label == "signature: a.asc (9 bytes), SHA-256" and r.value == OTHER for r in rows)
        assert any(r.label == "Attachments that came with the file" and r.value == "1" for r in rows)

    def test_a_proofmode_capture_without_credentials_is_listed_by_its_proof(self) -> None:
        check = {"signatures": [{"file": "a.asc", "verdict": "bad", "key": "ABCD1234", "signs_media": True}],
                 "proofs": [], "timestamps": [], "problems": []}  # fmt: skip
        entry = _entry(provenance={"c2pa": _c2pa("absent"), "proofmode": check})
        said, bad = court_provenance.verdict(entry, lambda _c, s: s)
        assert "BAD signature" in said and bad is True
        alone = _entry(provenance={"c2pa": _c2pa("absent"), "proofmode": None})
        assert "Content Credentials" in court_provenance.verdict(alone, lambda _c, s: s)[0]

    def test_malformed_records_are_said_to_be(self) -> None:
        entry = _entry(provenance={"c2pa": {"manifests": "not a list"}, "proofmode": {"signatures": [{}]}})
        rows = court_provenance.rows(entry, lambda _c, s: s)
        assert sum(r.value.startswith("The sender's record of it is malformed") for r in rows) == 2
        assert court_provenance.verdict(entry, lambda _c, s: s)[1] is True
        assert court_provenance.rows(_entry(provenance="junk", attachments={"x": 1}), lambda _c, s: s)


class TestTranslation:
    def test_every_text_goes_through_the_translator(self) -> None:
        seen: set[str] = set()

        def tr(context: str, source: str) -> str:
            seen.add(context)
            return "«" + source + "»"

        entry = _entry(provenance={"c2pa": _c2pa(), "proofmode": None})
        built = court_report.build(_report(entry), tr)
        assert built.title == "«Verification report of a received bundle»"
        assert built.footer.startswith("«Page {page} of {pages}")
        for section in built.sections:
            assert section.heading.startswith("«"), section.heading
            for row in section.rows:
                assert not row.label or "«" in row.label, row
        assert {"CourtReport", "CustodySentence", "Provenance"} <= seen

    def test_a_translation_missing_a_placeholder_falls_back_to_english(self) -> None:
        def tr(context: str, source: str) -> str:
            return "{nonsense}" if context == "CustodySentence" else source

        assert "#1 “IMG.jpg” was opened for viewing." in court_report.build(_report(), tr).text()

    def test_hostile_names_stay_plain_text(self) -> None:
        entry = _entry(original_name="<b>x</b>\u202egpj.exe")
        text = court_report.build(_report(entry)).text()
        assert "<b>x</b>\\u202egpj.exe" in text and "\u202e" not in text
