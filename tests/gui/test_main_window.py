"""Import (normal and cancelled), details, viewers, playback from the store, lock."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QIcon
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication

from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Status
from evidence_vault.core.session.vault import Vault
from evidence_vault.gui.app import AppWindow
from evidence_vault.gui.models import ItemRole
from evidence_vault.gui.viewers import ImageViewer, MediaViewer
from tests.gui.helpers import import_files, row_named
from tests.support import PASSPHRASE


def _events(vault_dir: Path, action: str) -> int:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        return sum(1 for e in custody.events(vault.conn) if e.action == action)
    finally:
        vault.lock()


def test_import_shows_items_and_details(qtbot, unlocked: AppWindow, sample_files: Path) -> None:
    window = unlocked
    dialog = import_files(qtbot, window, [sample_files])
    assert dialog.summary.count(Status.IMPORTED) == 3
    assert "Added: 3" in dialog.current.text()
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    view = window.main_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: window.status.count_label.text() == "3 items", timeout=5000)
    assert window.status.verify_label.text() == "Not verified yet"

    # Same folder again: all already present, nothing duplicated.
    dialog = import_files(qtbot, window, [sample_files])
    assert dialog.summary.count(Status.DUPLICATE) == 3
    assert "Already in the archive: 3" in dialog.current.text()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and not view.model.loading, timeout=5000)

    path = sample_files / "injury-left-arm.jpg"
    row = row_named(window, path.name)
    view.select_row(row)
    details = view.details
    expected = hashlib.sha256(path.read_bytes()).hexdigest()
    assert details.name.text() == path.name
    assert details.sha256.text().replace("\n", "") == expected
    assert f"{path.stat().st_size:,} bytes" in details.size_value.text()
    assert details.type.text() == "image/jpeg"
    qtbot.waitUntil(lambda: "Imported" in details.history.text(), timeout=5000)
    details.copy_hash.click()
    assert QApplication.clipboard().text() == expected
    # Metadata is read in the background after the import; the panel fills in when it ends.
    qtbot.waitUntil(lambda: "does not say where" in details.capture.text(), timeout=20000)
    qtbot.waitUntil(lambda: "Low risk: technical details" in details.metadata.text(), timeout=5000)
    assert "320×200" in details.capture.text()

    # Thumbnails are made from the bytes in memory, orientation applied (6 = rotate 90°).
    model = view.model
    street = row_named(window, "street.jpg")
    # Wait for this item's own thumbnail (another item's may arrive first), and keep the one
    # seen: the cache is emptied when the background analysis ends, which may be now.
    made: list[QIcon] = []

    def thumbnail_made() -> bool:
        icon = model.thumbs.get(model.item_at(street))
        if icon is not None:
            made.append(icon)
        return icon is not None

    qtbot.waitUntil(thumbnail_made, timeout=5000)
    icon = made[-1]
    size = icon.availableSizes()[0]
    assert size.height() > size.width()  # 320x200 stored, shown upright as 200x320

    # Search by name, then the type section in the sidebar.
    window.chrome.search.setText("STREET")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.item_at(0).name == "street.jpg"
    window.chrome.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)


def test_drop_files_onto_window_imports_them(qtbot, unlocked: AppWindow, sample_files: Path) -> None:
    window = unlocked
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(sample_files / "notes.txt"))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    dialog = window.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert dialog.summary.count(Status.IMPORTED) == 1
    qtbot.waitUntil(lambda: window.main_view.model.rowCount() == 1, timeout=5000)


def test_import_failure_is_reported_with_reason(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:
    dialog = import_files(qtbot, unlocked, [tmp_path / "does-not-exist.jpg"])
    assert dialog.summary.count(Status.FAILED) == 1
    assert dialog.details.isVisible()
    assert "does-not-exist.jpg" in dialog.details.toPlainText()


@pytest.mark.slow
def test_cancel_import_midway(qtbot, unlocked: AppWindow, tmp_path: Path, existing_vault: Path) -> None:
    big = tmp_path / "big.bin"
    with open(big, "wb") as handle:
        for _ in range(64):
            handle.write(os.urandom(1 << 20))
    small = tmp_path / "small.txt"
    small.write_text("after the big one")
    window = unlocked
    dialog = window.start_import([big, small])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.last is not None and dialog.last.progress.bytes_done > 0, timeout=10000)
    assert dialog.bar.maximum() == 1000
    assert "File 1 of 2" in dialog.files.text()
    done_before = dialog.last.progress.bytes_done
    assert done_before < 64 << 20
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    summary = dialog.summary
    assert summary.cancelled
    assert summary.count(Status.IMPORTED) == 0
    assert dialog.title.text() == "Import cancelled"
    qtbot.waitUntil(lambda: window.main_view.model.total == 0 and not window.main_view.model.loading)
    # The vault is consistent: nothing half-imported, and it verifies.
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=10000)
    vault = Vault.unlock(existing_vault, PASSPHRASE)
    try:
        assert items.count(vault.conn) == (0, 0)
        from evidence_vault.core.audit import verify

        assert verify.verify(vault).ok
    finally:
        vault.lock()


def test_video_plays_from_the_encrypted_store(
    qtbot, unlocked: AppWindow, mp4_file: Path, existing_vault
) -> None:
    window = unlocked
    import_files(qtbot, window, [mp4_file])
    qtbot.waitUntil(lambda: window.main_view.model.rowCount() == 1, timeout=5000)
    item = window.main_view.model.item_at(0)
    assert item.content_type == "video/mp4"
    viewer = window.open_viewer(item)
    assert isinstance(viewer, MediaViewer)
    statuses: list[QMediaPlayer.MediaStatus] = []
    viewer.player.mediaStatusChanged.connect(statuses.append)
    if viewer.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
        statuses.append(QMediaPlayer.MediaStatus.EndOfMedia)
    qtbot.waitUntil(lambda: QMediaPlayer.MediaStatus.EndOfMedia in statuses, timeout=15000)
    assert viewer.player.error() == QMediaPlayer.Error.NoError
    assert viewer.device is not None and viewer.device.bytes_read >= item.size
    assert viewer.player.source().isEmpty() or not viewer.player.source().isLocalFile()
    # Seeking back works on the random-access device.
    viewer.player.setPosition(200)
    viewer.player.play()
    qtbot.waitUntil(
        lambda: viewer.player.position() >= 200 or statuses[-1].name == "EndOfMedia", timeout=5000
    )
    viewer.close()
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=10000)
    assert _events(existing_vault, "item.played") == 1


def test_lock_closes_viewers_and_clears_views(
    qtbot, unlocked: AppWindow, sample_files: Path, existing_vault: Path
) -> None:
    window = unlocked
    import_files(qtbot, window, [sample_files])
    view = window.main_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    row = row_named(window, "injury-left-arm.jpg")
    view.select_row(row)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)  # Enter opens the viewer
    assert len(window.viewers) == 1
    viewer = window.viewers[0]
    assert isinstance(viewer, ImageViewer)
    qtbot.waitUntil(lambda: not viewer.image.isNull(), timeout=5000)
    assert (viewer.image.width(), viewer.image.height()) == (320, 200)
    view.model.data(view.model.index(row), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: len(view.model.thumbs) >= 1, timeout=5000)
    assert view.details.name.text() == "injury-left-arm.jpg"
    session = window.session

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.viewers == [] and not viewer.isVisible()
    assert view.model.rowCount() == 0 and view.model.thumbs is None
    assert view.details.name.text() == "" and view.details.current is None
    assert view.sidebar.topLevelItemCount() == 0
    assert not window.chrome.toolbar.isVisible()
    qtbot.waitUntil(lambda: not session.vault.is_open, timeout=10000)
    assert window.unlock_screen.ready
    assert _events(existing_vault, "item.viewed") == 1

    # And it unlocks again.
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)


def test_many_items_page_in(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(700):
        (folder / f"note-{i:04d}.txt").write_text(f"note {i}")
    # Each small file is its own durable commit (~30 ms of fsyncs here): allow for a loaded machine.
    import_files(qtbot, unlocked, [folder], timeout=90000)
    model = unlocked.main_view.model
    qtbot.waitUntil(lambda: model.total == 700 and model.rowCount() > 0, timeout=5000)
    assert model.rowCount() < 700  # only the first page is loaded
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert model.rowCount() == 700
    assert model.index(699).data(ItemRole).name == "note-0699.txt"
