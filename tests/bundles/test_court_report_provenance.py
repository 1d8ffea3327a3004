"""End to end: a really sealed bundle whose originals carry the sender's C2PA reading and
ProofMode check (and the proof files) gives a court report PDF that shows them as the
sender's record, with every attachment's hash, read back with pdftotext."""

from __future__ import annotations

from pathlib import Path

from evidence_vault.core import bundle
from evidence_vault.core.bundle import court_report
from tests.bundles import forge
from tests.bundles.test_court_pdf import pdf_pages
from tests.bundles.test_provenance_in_bundles import Sealed, chain, sealed  # noqa: F401 - fixtures
from tests.support import cli_env, run_cli


def test_the_pdf_shows_the_senders_provenance_and_attachments(sealed: Sealed, tmp_path: Path) -> None:  # noqa: F811
    _, path, key, _ = sealed
    report = bundle.read(path, forge.identity(key))
    assert report.ok, report.problems
    out = tmp_path / "report.pdf"
    done = run_cli("bundle", "report", str(path), "--identity", str(key), "--pdf", str(out), env=cli_env())
    assert done.returncode == 0, done.stderr
    whole = " ".join("\n".join(pdf_pages(out)).split())  # lines joined: sentences wrap
    assert "Recorded by the sender's vault at" in whole and "not a check made by this report" in whole
    assert "Valid signature, signer not in a trusted list" in whole  # the C2PA verdict, in words
    assert "the file: signature valid, by the export's key" in whole  # ProofMode's
    assert "No capture-time provenance recorded by the sender." not in whole
    for entry in report.files:
        for attachment in entry.get("attachments") or []:
            assert attachment["sha256"] in whole
    built = court_report.build(report)
    counts = [
        r.value for s in built.sections for r in s.rows if r.label == "Attachments that came with the file"
    ]
    assert counts == ["7"]  # the ProofMode capture's proof files; the C2PA photo has none


def test_a_sanitized_copy_says_its_provenance_was_not_carried(sealed: Sealed, tmp_path: Path) -> None:  # noqa: F811
    vault, _, key, _ = sealed
    from evidence_vault.core.evidence import items

    out = tmp_path / "sanitized.evb"
    signed = [i for i in items.list_items(vault.conn) if i.name == "signed.jpg"]  # a real JPEG to clean
    bundle.seal(vault, signed, ["investigator"], out, profile="sanitized")
    text = court_report.build(bundle.read(out, forge.identity(key))).text()
    assert (
        text.count("Not carried: the sanitized copy no longer holds the original's Content Credentials.") == 1
    )
    assert "Recorded by the sender's vault" not in text
