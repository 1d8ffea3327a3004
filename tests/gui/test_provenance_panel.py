"""The details panel's Content Credentials section: valid, broken and absent, the verdict
first in the same words as ``show`` (core/provenance/words.py)."""

from __future__ import annotations

from pathlib import Path

from evidence_vault.core.provenance import trust
from evidence_vault.gui.app import AppWindow
from tests.gui.helpers import import_files, row_named, write
from tests.provenance import signing as s


def test_valid_broken_and_absent(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chain = s.make_chain()
    folder = tmp_path / "photos"
    folder.mkdir()
    signed = s.sign(s.plain_jpeg((320, 200)), chain)
    (folder / "signed.jpg").write_bytes(signed)
    (folder / "changed.jpg").write_bytes(s.change_pixels(signed))
    (folder / "plain.jpg").write_bytes(s.plain_jpeg((320, 200), (20, 90, 160)))
    window = unlocked
    session = window.main_view.session
    assert session is not None
    write(qtbot, session, lambda vault: trust.add(vault, chain.root_pem))
    view = window.main_view
    details = view.details
    import_files(qtbot, window, [folder])
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and not view.model.loading, timeout=5000)
    qtbot.waitUntil(lambda: not session.analysis.busy, timeout=30000)
    section = details.provenance

    view.select_row(row_named(window, "signed.jpg"))
    qtbot.waitUntil(lambda: section.verdict.text().startswith("Signed by Field Camera 7"), timeout=20000)
    assert section.kind == "trusted"
    assert "has not been changed since it was signed" in section.verdict.text()
    assert "digital capture" in section.notes.text()
    assert section.toggle.isVisible() and not section.details.isVisible()
    section.toggle.click()
    assert section.details.isVisible() and "EV Test Camera 2.1" in section.details.text().replace(
        "\u200b", ""
    )
    assert "nothing is fetched" in section.offline.text()

    view.select_row(row_named(window, "changed.jpg"))
    qtbot.waitUntil(lambda: section.verdict.text().startswith("CHANGED AFTER SIGNING"), timeout=20000)
    assert section.kind == "broken" and "#b3261e" in section.verdict.styleSheet()
    assert section.details.isVisible() and "assertion.dataHash.mismatch" in section.details.text().replace(
        "\u200b", ""
    )

    view.select_row(row_named(window, "plain.jpg"))
    qtbot.waitUntil(lambda: section.verdict.text().startswith("No Content Credentials"), timeout=20000)
    assert section.kind == "plain" and not section.toggle.isVisible() and not section.details.isVisible()
