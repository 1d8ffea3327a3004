"""Opening a received bundle on real widgets: a bundle sealed with the export wizard
verifies, imports into the investigator's own archive (the item count changes) and saves
to a folder; a tampered copy shows the failure in red and cannot be imported."""

from __future__ import annotations

from pathlib import Path

from evidence_vault.core.session.vault import Vault
from evidence_vault.gui import bundle_intake as bi
from evidence_vault.gui.app import AppWindow
from tests.gui.test_export_wizard import seal_with_wizard
from tests.support import PASSPHRASE


def _check(qtbot, dialog: bi.BundleIntakeDialog, path: Path, identity: Path | None) -> None:
    dialog.set_bundle(path)
    dialog.set_identity(identity)
    assert dialog.verify_button.isEnabled()
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == bi.REPORT, timeout=30000)


def test_open_verify_import_and_tamper(qtbot, unlocked: AppWindow, make_window, tmp_path: Path) -> None:
    sealed = seal_with_wizard(qtbot, unlocked, tmp_path)
    key = tmp_path / "investigator.key"

    # The sender reopens their own bundle with the archive's own key (the default).
    own = unlocked.open_bundle()
    assert own is not None and own.own_identity.isChecked()
    _check(qtbot, own, sealed, None)
    assert own.report is not None and own.report.ok
    own.reject()

    # The investigator's archive.
    theirs_dir = tmp_path / "investigator-archive"
    Vault.create(theirs_dir, PASSPHRASE)[0].lock()
    window = make_window(theirs_dir)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    model = window.main_view.model
    qtbot.waitUntil(lambda: not model.loading and model.total == 0, timeout=10000)
    assert window.chrome.open_bundle_action.isEnabled()

    dialog = window.open_bundle()
    assert dialog is not None
    _check(qtbot, dialog, sealed, key)
    report = dialog.report
    assert report is not None and report.ok, report.problems
    assert dialog.view.verdict.text().startswith("Verified")
    assert dialog.view.sealed_fingerprint.text() == report.sealed_by["fingerprint"]
    assert dialog.view.sealed_by.text().startswith("RW")
    assert "ok" in dialog.view.custody_label.text()
    assert dialog.view.files.topLevelItemCount() == 1
    row = dialog.view.files.topLevelItem(0)
    assert row.text(0) == "IMG_0042.jpg" and row.text(2) == "hash ok"
    assert row.text(3) == report.files[0]["sha256"]
    assert dialog.import_button.isEnabled() and dialog.save_button.isEnabled()

    # Save to a folder (the user's explicit destination), then import.
    folder = tmp_path / "opened"
    dialog.save_to(folder)
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=30000)
    assert (folder / "report.txt").is_file() and (folder / report.files[0]["path"]).is_file()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_report is not None, timeout=30000)
    assert "Imported 1 file" in dialog.action_label.text()
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: model.total == 1 and not model.loading, timeout=10000)
    assert model.item_at(0).name == "IMG_0042.jpg"

    # A flipped byte: the failure is shown in red and import is disabled.
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.evb"
    tampered.write_bytes(bytes(data))
    dialog.again_button.click()
    assert dialog.stack.currentIndex() == bi.CHOOSE
    _check(qtbot, dialog, tampered, key)
    assert dialog.report is not None and not dialog.report.ok
    assert "FAILED" in dialog.view.verdict.text()
    assert bi.RED.name() in dialog.view.verdict.styleSheet()
    assert not dialog.import_button.isEnabled() and not dialog.save_button.isEnabled()
    problems = [dialog.view.details.item(i) for i in range(dialog.view.details.count())]
    first = problems[0]
    assert first.text().startswith("PROBLEM: the bundle is damaged or was altered")
    assert first.foreground().color() == bi.RED
    dialog.import_bundle()  # refused without a verified report
    assert model.total == 1

    # The wrong identity says so.
    stranger = tmp_path / "stranger.key"
    from evidence_vault.core.bundle import recipients

    recipients.generate_identity_file(stranger)
    dialog.again_button.click()
    _check(qtbot, dialog, sealed, stranger)
    assert not dialog.report.ok
    assert "not encrypted to the given identity" in dialog.view.details.item(0).text()
    dialog.reject()
    window.lock()


def test_a_format_1_bundle_says_what_it_did_not_cover(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:
    from evidence_vault.core import bundle
    from evidence_vault.core.bundle import recipients
    from evidence_vault.core.evidence import items
    from evidence_vault.core.evidence.importer import Importer
    from tests.bundles import forge

    sender, _ = Vault.create(tmp_path / "sender", PASSPHRASE)
    (tmp_path / "note.txt").write_text("what the medic saw")
    Importer(sender).run([tmp_path / "note.txt"])
    key = tmp_path / "inv.key"
    recipients.add(sender, "investigator", recipients.generate_identity_file(key))
    bundle.seal(sender, items.list_items(sender.conn), ["investigator"], tmp_path / "new.evb")
    members = forge.as_format_1(forge.take_apart(tmp_path / "new.evb", key), sender.signer)
    sender.lock()
    old = forge.reseal(members, key, tmp_path / "old.evb")
    dialog = unlocked.open_bundle()
    assert dialog is not None
    _check(qtbot, dialog, old, key)
    assert dialog.report is not None and dialog.report.ok, dialog.report.problems
    lines = [dialog.view.details.item(i).text() for i in range(dialog.view.details.count())]
    assert any(line.startswith("NOT COVERED: format 1") for line in lines), lines
    dialog.reject()
