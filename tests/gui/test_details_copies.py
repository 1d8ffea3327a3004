"""The details panel shows an original's published copies (the way from an original to what
left the vault), with what was done and who confirmed the boxes; an item without copies
shows no such section."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from evidence_vault.core.anonymise.in_vault import make_anonymised
from evidence_vault.core.anonymise.one_file import Request
from evidence_vault.core.evidence import items
from evidence_vault.gui.app import AppWindow
from tests.anonymise import scenes
from tests.gui.helpers import import_files, row_named


def test_an_anonymised_copy_is_listed_under_its_original(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    frame = scenes.background(640, 480, 4)
    scenes.paste(frame, scenes.face_crops()[0], 140, 200, 120)
    Image.fromarray(frame).save(folder / "square.jpg", "JPEG", quality=90)
    Image.fromarray(scenes.background(64, 48, 5)).save(folder / "wall.jpg", "JPEG")
    window = unlocked
    import_files(qtbot, window, [folder])
    view = window.main_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)
    vault = window.session.vault
    (item,) = [i for i in items.list_items(vault.conn) if i.name == "square.jpg"]
    copy = make_anonymised(vault, item, Request(confirmed_by="Ales"))
    view.select_row(row_named(window, "wall.jpg"))
    qtbot.waitUntil(lambda: view.details.name.text() == "wall.jpg", timeout=5000)
    qtbot.waitUntil(lambda: "Custody" in view.details.history.accessibleName(), timeout=5000)
    assert not view.details.copies.isVisibleTo(view.details)
    view.select_row(row_named(window, "square.jpg"))
    qtbot.waitUntil(lambda: copy.sha256 in view.details.copies.text(), timeout=10000)
    shown = view.details.copies.text()
    assert "Faces hidden" in shown and "boxes confirmed by Ales" in shown and "face" in shown
    assert view.details.copies.isVisibleTo(view.details)
