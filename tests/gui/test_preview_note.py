"""The details panel says when a photo's preview is its embedded thumbnail, not yet checked
against the picture (core/media/store.py: stage 1), and what the check found (stage 2)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from evidence_vault.core.media import store
from evidence_vault.gui.app import AppWindow
from tests.gui.helpers import import_files, row_named
from tests.media import builders as b


def test_preview_note_before_and_after_the_check(
    qtbot, unlocked: AppWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    scene = b.scene()
    (folder / "same.jpg").write_bytes(b.photo(scene, scene.resize((160, 120))))
    (folder / "edited.jpg").write_bytes(b.photo(scene, b.scene(seed=6).resize((160, 120))))
    # Stage 1 only, as between the read-out and the background check.
    original = store.analyse_pending
    monkeypatch.setattr(store, "analyse_pending", functools.partial(original, check=False))
    window = unlocked
    view = window.main_view
    details = view.details
    import_files(qtbot, window, [folder])
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not view.model.loading, timeout=5000)

    for name in ("same.jpg", "edited.jpg"):
        view.select_row(row_named(window, name))
        qtbot.waitUntil(lambda: details.preview_note.isVisible(), timeout=20000)
        assert "embedded thumbnail" in details.preview_note.text()
        assert "not yet been checked" in details.preview_note.text()
        assert "shows something other" not in details.metadata.text()

    # The check runs (in the app: when stage 1 has nothing left and no import runs).
    monkeypatch.setattr(store, "analyse_pending", original)
    session = view.session
    assert session is not None
    qtbot.waitUntil(lambda: not session.analysis.busy, timeout=20000)  # the stage-1 runs are over
    with qtbot.waitSignal(
        session.analysed, timeout=30000, check_params_cb=lambda summary: summary.checked == 2
    ):
        assert session.analyse_pending() is not None
    # The panel shows the last item selected, edited.jpg, and reloads when the analysis ends.
    assert details.name.text() == "edited.jpg"
    qtbot.waitUntil(
        lambda: "shows something other than the picture" in details.preview_note.text(), timeout=10000
    )
    assert "not yet been checked" not in details.preview_note.text()
    assert details.preview_note.isVisible()
    assert "Embedded thumbnail differs from the picture" in details.metadata.text()
    assert "edited or cropped after it was taken" in details.metadata.text()  # the rule's reason

    details.show_item(view.model.item_at(row_named(window, "same.jpg")))
    qtbot.waitUntil(lambda: details.name.text() == "same.jpg", timeout=5000)
    qtbot.waitUntil(
        lambda: "Low risk" in details.metadata.text() and not details.preview_note.isVisible(), timeout=10000
    )
    assert "Embedded thumbnail differs" not in details.metadata.text()
