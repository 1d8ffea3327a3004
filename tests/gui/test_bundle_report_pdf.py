"""The intake dialog's "Save report as PDF…": after a check (passed or failed) the court
report is written where the user chose, read back here with poppler's pdftotext; the report
view shows each file's recorded provenance and its number of attachments."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from evidence_vault.gui import bundle_intake as bi
from evidence_vault.gui import file_dialogs
from evidence_vault.gui.app import AppWindow
from tests.bundles.test_court_pdf import pdf_pages
from tests.gui.test_bundle_intake import _check
from tests.gui.test_export_wizard import seal_with_wizard


def test_the_button_saves_the_report(
    qtbot, unlocked: AppWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sealed = seal_with_wizard(qtbot, unlocked, tmp_path)
    dialog = unlocked.open_bundle()
    assert dialog is not None
    assert not dialog.pdf_button.isEnabled() or dialog.report is None
    _check(qtbot, dialog, sealed, None)
    assert dialog.report is not None and dialog.report.ok
    row = dialog.view.files.topLevelItem(0)
    assert row.text(5) == "0"
    assert row.text(6) == "No capture-time provenance recorded by the sender."
    assert dialog.pdf_button.isEnabled()

    out = tmp_path / "chosen.pdf"
    asked: list[str] = []

    def choose(parent: object, caption: str, start: str = "", filters: str = "", **_: object) -> str:
        asked.append(start)
        return str(out)

    monkeypatch.setattr(file_dialogs, "save_file", choose)
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: dialog.report_pdf is not None, timeout=30000)
    assert asked == [f"report-{dialog.report.bundle_id[:8]}.pdf"]
    assert str(out) in dialog.action_label.text()
    pages = pdf_pages(out)
    fingerprint = hashlib.sha256(sealed.read_bytes()).hexdigest()
    assert all(fingerprint in page and f"of {len(pages)}" in page for page in pages)
    assert "VERIFIED" in pages[0]
    assert dialog.report.files[0]["sha256"] in "\n".join(pages)

    # A failed check is reported too, saying so.
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.evb"
    tampered.write_bytes(bytes(data))
    dialog.again_button.click()
    _check(qtbot, dialog, tampered, None)
    assert dialog.report is not None and not dialog.report.ok
    assert dialog.pdf_button.isEnabled() and not dialog.import_button.isEnabled()
    out = tmp_path / "failed.pdf"
    dialog.report_pdf = None
    dialog.save_report_pdf(out)
    qtbot.waitUntil(lambda: dialog.report_pdf is not None, timeout=30000)
    first = pdf_pages(out)[0]
    assert "FAILED" in first and "VERIFIED" not in first
    assert bi.GREEN.name() in dialog.action_label.styleSheet()
    dialog.reject()
