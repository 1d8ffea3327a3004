"""The details panel reads as a person needs it: custody first, in sentences, then the
metadata with positions in degrees and times with their zone, the stored value one click away."""

from __future__ import annotations

from pathlib import Path

from evidence_vault.gui.app import AppWindow
from tests.bundles.test_withhold import camera_jpeg
from tests.gui.helpers import import_files


def test_custody_first_then_metadata_in_degrees_with_the_stored_value_at_hand(
    qtbot, unlocked: AppWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "square.jpg").write_bytes(camera_jpeg())
    window = unlocked
    import_files(qtbot, window, [folder])
    view = window.main_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    view.select_row(0)
    details = view.details
    qtbot.waitUntil(lambda: "°" in details.metadata.text(), timeout=15000)

    layout = details.content.layout()
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert order.index(details.history) < order.index(details.capture) < order.index(details.metadata)
    history = details.history.text()
    assert "Imported this file (" in history and f"SHA-256 {details.current.sha256[:16]}…" in history

    shown = details.metadata.text()
    assert "50.450278°" in shown and "[50, 27, 1]" not in shown  # 50° 27′ 1″
    assert "2024-03-01 10:11:12 (no zone recorded)" in shown  # the camera wrote no OffsetTime
    assert details.capture.text().startswith("2024-03-01 10:11:12 (no zone recorded)")
    assert "50.450278° N, 30.517222° E" in details.capture.text()

    assert details.stored_value.isHidden()
    index = details.stored.index("[50, 27, 1]")
    details.metadata.linkActivated.emit(f"raw:{index}")
    assert not details.stored_value.isHidden()
    assert details.stored_value.text() == "As stored in the file: [50, 27, 1]"
