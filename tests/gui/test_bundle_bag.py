"""The intake dialog's "Save as BagIt…": after a check that passed, the bag is written in a
worker into a folder named by the bundle id inside the chosen folder, and validates with the
bagit library; a destination already taken is refused in red with nothing written; a bundle
that failed its check cannot be bagged."""

from __future__ import annotations

import hashlib
from pathlib import Path

import bagit
import pytest

from evidence_vault.gui import bundle_intake as bi
from evidence_vault.gui import file_dialogs
from evidence_vault.gui.app import AppWindow
from tests.bundles.test_bag import cli_validates
from tests.gui.test_bundle_intake import _check
from tests.gui.test_export_wizard import seal_with_wizard


def test_the_button_saves_a_bag_that_validates(
    qtbot, unlocked: AppWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sealed = seal_with_wizard(qtbot, unlocked, tmp_path)
    dialog = unlocked.open_bundle()
    assert dialog is not None
    assert not dialog.bag.button.isEnabled()
    _check(qtbot, dialog, sealed, None)
    report = dialog.report
    assert report is not None and report.ok
    assert dialog.bag.button.isEnabled()
    assert "NOT encrypted" in dialog.bag.button.toolTip()

    archive = tmp_path / "transfer-source"
    archive.mkdir()
    (archive / "earlier-bag").mkdir()  # the chosen folder may hold other bags
    monkeypatch.setattr(file_dialogs, "existing_directory", lambda *_a, **_k: str(archive))
    dialog.bag.button.click()
    qtbot.waitUntil(lambda: dialog.bag.bagged is not None, timeout=60000)
    bag = archive / report.bundle_id
    assert dialog.bag.bagged is not None and dialog.bag.bagged.path == bag
    assert str(bag) in dialog.action_label.text() and "not encrypted" in dialog.action_label.text()
    assert bi.GREEN.name() in dialog.action_label.styleSheet()
    assert dialog.bag.button.isEnabled() and dialog.import_button.isEnabled()

    bagit.Bag(str(bag)).validate()
    assert cli_validates(bag).returncode == 0
    entry = report.files[0]
    assert hashlib.sha256((bag / "data" / entry["path"]).read_bytes()).hexdigest() == entry["sha256"]
    assert (bag / "metadata" / "verification-report.pdf").read_bytes().startswith(b"%PDF")
    assert bagit.Bag(str(bag)).info["External-Identifier"] == report.bundle_id

    # Again into the same folder: that bag exists; refused in red, nothing else written.
    before = sorted(p.name for p in archive.iterdir())
    dialog.bag.bagged = None
    dialog.bag.save_in(archive)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60000)
    assert dialog.bag.bagged is None
    assert bi.RED.name() in dialog.action_label.styleSheet()
    assert "No BagIt package was saved" in dialog.action_label.text()
    assert sorted(p.name for p in archive.iterdir()) == before

    # A bundle that failed its check cannot be bagged.
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.evb"
    tampered.write_bytes(bytes(data))
    dialog.again_button.click()
    _check(qtbot, dialog, tampered, None)
    assert dialog.report is not None and not dialog.report.ok
    assert not dialog.bag.button.isEnabled()
    dialog.reject()
