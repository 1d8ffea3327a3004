"""Archive → Look-alikes…: a messenger's copy of a photo is listed beside it (with both
thumbnails and where each came from), an unrelated photo is not; double-click selects the
item in the main window; locking closes the dialog."""

from __future__ import annotations

from pathlib import Path

from evidence_vault.core.evidence.items import ItemSummary
from evidence_vault.gui.app import AppWindow
from evidence_vault.gui.look_alikes import FIRST, FIRST_FROM, SECOND
from tests.gui.helpers import import_files
from tests.media import look_alike_media as media


def test_the_dialog_lists_the_copy_and_not_the_unrelated_photo(
    qtbot, unlocked: AppWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "photos"
    folder.mkdir()
    original = media.photo_bytes(media.scene())
    (folder / "IMG_0042.jpg").write_bytes(original)
    (folder / "forwarded.jpg").write_bytes(media.messenger_copy(original))
    (folder / "other.jpg").write_bytes(media.photo_bytes(media.unrelated()))
    window = unlocked
    session = window.main_view.session
    assert session is not None
    view = window.main_view
    import_files(qtbot, window, [folder])
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and not view.model.loading, timeout=5000)
    qtbot.waitUntil(lambda: not session.analysis.busy, timeout=60000)

    window.chrome.look_alikes_action.trigger()
    dialog = window.look_alikes
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.listing is not None and dialog.table.rowCount() == 1, timeout=10000)
    names = {dialog.table.item(0, column).text().split("\n")[0] for column in (FIRST, SECOND)}
    assert {name.split(" ", 1)[1] for name in names} == {"IMG_0042.jpg", "forwarded.jpg"}
    assert "other.jpg" not in " ".join(
        dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())
    )
    assert dialog.table.item(0, FIRST_FROM).text().startswith("Added here, ")
    assert dialog.status.text() == "Pairs that look alike: 1."
    # Thumbnails arrive from the decoding children.
    qtbot.waitUntil(
        lambda: all(not dialog.table.item(0, c).icon().isNull() for c in (FIRST, SECOND)), timeout=20000
    )
    # A larger distance still brings in nothing unrelated.
    dialog.distance.setValue(20)
    qtbot.waitUntil(
        lambda: dialog.table.rowCount() == 1 and "alike: 1" in dialog.status.text(), timeout=10000
    )

    second = dialog.table.item(0, SECOND).text().split("\n")[0].split(" ", 1)[1]
    dialog.table.cellDoubleClicked.emit(0, SECOND)
    current = view.model.item_at(view.grid.currentIndex().row())
    assert isinstance(current, ItemSummary) and current.name == second
    window.lock()
    qtbot.waitUntil(lambda: window.look_alikes is None, timeout=10000)
