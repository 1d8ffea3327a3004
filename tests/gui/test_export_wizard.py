"""The export wizard on real widgets: recipients with fingerprints, the risk report (GPS
removed, an uncleanable file blocks), a sealed bundle that verifies with the recipient's
key, plain sanitized files to a folder, and Cancel leaving no file behind."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.gui.app import AppWindow
from evidence_vault.gui.export import ExportWizard
from evidence_vault.gui.export import steps as ew
from tests.gui import helpers


def gps_jpeg(path: Path) -> Path:
    image = Image.new("RGB", (160, 120), (120, 80, 60))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (53.0, 54.0, 7.2)
    gps[3], gps[4] = "E", (27.0, 33.0, 41.8)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    path.write_bytes(out.getvalue())
    return path


def import_all(qtbot, window: AppWindow, paths: list[Path], timeout: int = 30000) -> None:
    """Import, then wait until the grid lists them."""
    helpers.import_files(qtbot, window, paths, timeout).close()
    model = window.main_view.model
    qtbot.waitUntil(lambda: model.total >= len(paths) and not model.loading, timeout=10000)


def select(window: AppWindow, name: str) -> None:
    model = window.main_view.model
    for row in range(model.rowCount()):
        if model.item_at(row).name == name:
            window.main_view.select_row(row)
            return
    raise AssertionError(f"{name} is not in the grid")


def add_recipient(qtbot, wizard: ExportWizard, name: str, key_file: Path) -> None:
    dialog = wizard.recipients.open_add()
    dialog.name.setText(name)
    dialog.key.setPlainText("age1thisisnotakey")
    assert "not an age public key" in dialog.problem.text()
    assert not dialog.ok_button.isEnabled()
    dialog.load_file(key_file)
    public = key_file.read_text().split("public key: ")[1].split()[0]
    assert dialog.fingerprint.text() == recipients.Recipient("", public).fingerprint
    assert dialog.problem.text() == "" and dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: name in wizard.recipients.chosen_names(), timeout=10000)


def walk_to_risks(qtbot, wizard: ExportWizard, profile: str) -> None:
    assert wizard.page == ew.ITEMS and wizard.items.use_selection.isChecked()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.page == ew.PROFILE)
    wizard.profiles.buttons[profile].setChecked(True)
    wizard.next_button.click()
    if profile != ew.FOLDER:
        assert wizard.page == ew.RECIPIENTS
        qtbot.waitUntil(lambda: wizard.recipients.own is not None, timeout=10000)
        assert wizard.recipients.own.fingerprint in wizard.recipients.own_label.text()
        assert "always included" in wizard.recipients.own_label.text()
        if not wizard.recipients.chosen_names():
            assert not wizard.next_button.isEnabled()
            wizard.recipients.set_checked(wizard.recipients.all_recipients[0].name)
        assert wizard.next_button.isEnabled()
        wizard.next_button.click()
    assert wizard.page == ew.RISKS
    qtbot.waitUntil(lambda: wizard.risks.done, timeout=20000)


def risk_rows(wizard: ExportWizard) -> list[list[str]]:
    rows = []
    tree = wizard.risks.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows.append([top.text(c) for c in range(4)])
        rows += [[top.child(j).text(c) for c in range(4)] for j in range(top.childCount())]
    return rows


def run_to_result(qtbot, wizard: ExportWizard, out: Path) -> None:
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    assert wizard.page == ew.DESTINATION
    assert not wizard.next_button.isEnabled()  # nothing chosen yet
    wizard.destination.set(out)
    assert wizard.next_button.text() == "Export"
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.page == ew.RESULT, timeout=60000)


def seal_with_wizard(qtbot, window: AppWindow, tmp_path: Path, profile: str = ew.ORIGINALS) -> Path:
    """Import a GPS-tagged photo, add a recipient, seal it: the bundle and the recipient's key."""
    import_all(qtbot, window, [gps_jpeg(tmp_path / "IMG_0042.jpg")])
    select(window, "IMG_0042.jpg")
    key = tmp_path / "investigator.key"
    recipients.generate_identity_file(key)
    wizard = window.open_export()
    assert wizard is not None
    add_recipient(qtbot, wizard, "UN mechanism", key)
    walk_to_risks(qtbot, wizard, profile)
    out = tmp_path / "case.evb"
    run_to_result(qtbot, wizard, out)
    wizard.next_button.click()  # Close
    return out


def test_originals_bundle_verifies_with_the_recipients_key(
    qtbot, unlocked: AppWindow, tmp_path: Path
) -> None:
    window = unlocked
    import_all(qtbot, window, [gps_jpeg(tmp_path / "IMG_0042.jpg")])
    select(window, "IMG_0042.jpg")
    key = tmp_path / "investigator.key"
    recipients.generate_identity_file(key)
    assert window.chrome.export_action.isEnabled()
    assert window.chrome.export_action.shortcut().toString() == "Ctrl+E"
    wizard = window.open_export()
    assert wizard is not None and wizard.selected[0].name == "IMG_0042.jpg"
    add_recipient(qtbot, wizard, "UN mechanism", key)
    walk_to_risks(qtbot, wizard, ew.ORIGINALS)
    rows = risk_rows(wizard)
    assert not wizard.risks.c2pa_note.isVisible()  # originals keep their Content Credentials
    assert any(r[0] == "GPSLatitude" and r[3] == "kept (original)" for r in rows)
    out = tmp_path / "case.evb"
    run_to_result(qtbot, wizard, out)

    assert out.is_file()
    assert wizard.outcome.sha.text() == hashlib.sha256(out.read_bytes()).hexdigest()
    assert wizard.outcome.path.text() == str(out)
    assert "UN mechanism" in wizard.outcome.recipients.text()
    assert wizard.outcome.anchor.text().startswith("EV2-")
    assert wizard.result.tree_head.size > 0
    report = bundle.read(out, recipients.load_identity_file(key))
    assert report.ok, report.problems
    assert [f["original_name"] for f in report.files] == ["IMG_0042.jpg"]
    assert [r["name"] for r in report.recipients] == ["UN mechanism", "this vault"]
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard not in window.transfer_dialogs)

    # Locked: the action is off.
    window.lock()
    assert not window.chrome.export_action.isEnabled()


def test_sanitized_removes_gps_and_uncleanable_blocks(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:
    window = unlocked
    notes = tmp_path / "notes.txt"
    notes.write_text("Seen at 14:05 near the bridge.\n")
    import_all(qtbot, window, [gps_jpeg(tmp_path / "IMG_0042.jpg"), notes])
    key = tmp_path / "journalist.key"
    recipients.generate_identity_file(key)

    select(window, "IMG_0042.jpg")
    wizard = window.open_export()
    add_recipient(qtbot, wizard, "journalist", key)
    walk_to_risks(qtbot, wizard, ew.SANITIZED)
    rows = risk_rows(wizard)
    # A cleaned copy cannot carry a valid claim about the original: the page says so.
    assert wizard.risks.c2pa_note.isVisible() and "no Content Credentials" in wizard.risks.c2pa_note.text()
    gps = [r for r in rows if r[0].startswith("GPS")]
    assert gps and all(r[3] == "removed" for r in gps)
    assert any(r[0] == "Make" and r[3] == "removed" for r in rows)
    assert wizard.next_button.isEnabled() and not wizard.risks.problem.text()
    out = tmp_path / "sanitized.evb"
    run_to_result(qtbot, wizard, out)
    report = bundle.read(out, recipients.load_identity_file(key))
    assert report.ok and report.profile == "sanitized"
    assert any("GPSLatitude" in r for r in report.files[0]["derivative"]["removed"])
    wizard.next_button.click()

    # A file the sanitizer cannot clean is shown in red and stops the sanitized profiles.
    select(window, "notes.txt")
    wizard = window.open_export()
    walk_to_risks(qtbot, wizard, ew.SANITIZED)
    assert wizard.blocked and not wizard.next_button.isEnabled()
    assert "cannot be cleaned" in wizard.risks.problem.text()
    top = wizard.risks.tree.topLevelItem(0)
    assert top.text(3) == "CANNOT be cleaned"
    assert top.foreground(0).color() == ew.RED
    reasons = [top.child(j) for j in range(top.childCount()) if top.child(j).text(0) == "Cannot clean"]
    assert reasons and "not one this program can clean" in reasons[0].text(1)
    wizard.next()  # pressing Next anyway does nothing
    assert wizard.page == ew.RISKS
    # Originals are not blocked by it.
    wizard.back_button.click()
    if wizard.page == ew.RECIPIENTS:
        wizard.back_button.click()
    assert wizard.page == ew.PROFILE
    wizard.profiles.buttons[ew.ORIGINALS].setChecked(True)
    wizard.next_button.click()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.risks.done, timeout=20000)
    assert not wizard.blocked and wizard.next_button.isEnabled()
    wizard.reject()


def test_plain_sanitized_folder(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:
    window = unlocked
    import_all(qtbot, window, [gps_jpeg(tmp_path / "IMG_0042.jpg")])
    select(window, "IMG_0042.jpg")
    wizard = window.open_export()
    walk_to_risks(qtbot, wizard, ew.FOLDER)
    assert any(r[0].startswith("GPS") and r[3] == "removed" for r in risk_rows(wizard))
    out = tmp_path / "for-publishing"
    run_to_result(qtbot, wizard, out)
    files = list(out.iterdir())
    assert len(files) == 1
    data = files[0].read_bytes()
    assert data.startswith(b"\xff\xd8") and b"PhoneMaker" not in data
    assert not wizard.outcome.anchor.isVisible() and str(out) in wizard.outcome.path.text()


def test_cancel_leaves_no_file(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:
    window = unlocked
    big = tmp_path / "recording.bin"
    with open(big, "wb") as handle:
        for _ in range(64):
            handle.write(os.urandom(1 << 20))
    import_all(qtbot, window, [big], timeout=60000)
    select(window, "recording.bin")
    key = tmp_path / "investigator.key"
    recipients.generate_identity_file(key)
    wizard = window.open_export()
    add_recipient(qtbot, wizard, "investigator", key)
    walk_to_risks(qtbot, wizard, ew.ORIGINALS)
    wizard.next_button.click()
    out = tmp_path / "cancelled.evb"
    wizard.destination.set(out)
    wizard.next_button.click()
    assert wizard.page == ew.PROGRESS and wizard.cancel_button.isVisible()
    qtbot.waitUntil(lambda: wizard.progress.bar.value() > 0, timeout=20000)
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.running, timeout=20000)
    assert wizard.cancelled, wizard.error
    assert "cancelled" in wizard.progress.label.text()
    assert not out.exists()
    assert list(tmp_path.glob("cancelled*")) == []
    # Back to the destination page, and this time it goes through.
    wizard.back_button.click()
    assert wizard.page == ew.DESTINATION and wizard.next_button.isEnabled()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: not wizard.running, timeout=60000)
    assert wizard.page == ew.RESULT, (wizard.page, wizard.error, wizard.progress.label.text())
    assert bundle.read(out, recipients.load_identity_file(key)).ok


def test_whole_case_with_a_statement_without_consent_blocks(
    qtbot, unlocked: AppWindow, tmp_path: Path
) -> None:
    from evidence_vault.core.evidence import cases, statements

    window = unlocked
    import_all(qtbot, window, [gps_jpeg(tmp_path / "IMG_0042.jpg")])
    item_id = window.main_view.model.item_at(0).id
    recipients.generate_identity_file(tmp_path / "inv.key")
    public = (tmp_path / "inv.key").read_text().split("public key: ")[1].split()[0]
    done: list[int] = []

    def prepare(vault, task) -> int:
        cases.add(vault, "Akrestsina")
        cases.add_item(vault, "Akrestsina", item_id)
        recipients.add(vault, "investigator", public)
        fields = statements.Fields(title="Night of 10 August", narrative="They were beaten in the yard.")
        return statements.create(vault, fields, "Witness A", cases=["Akrestsina"])

    window.session.on_vault(prepare, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)

    wizard = window.open_export()
    assert not wizard.items.use_selection.isEnabled()  # nothing selected in the grid
    qtbot.waitUntil(lambda: wizard.items.case_combo.count() == 1, timeout=10000)
    assert wizard.items.use_case.isChecked() and "1 statement" in wizard.items.case_combo.currentText()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.page == ew.PROFILE, timeout=10000)
    assert [i.id for i in wizard.plan.items] == [item_id] and wizard.plan.statement_ids == done
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.recipients.own is not None, timeout=10000)
    wizard.recipients.set_checked("investigator")
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.risks.done, timeout=20000)
    wizard.next_button.click()
    assert wizard.page == ew.CONSENT
    qtbot.waitUntil(lambda: len(wizard.consent.consents) == 1, timeout=10000)
    assert not wizard.consent.consents[0].allowed
    assert "No consent is recorded" in wizard.consent.list.item(0).text()
    assert wizard.consent.list.item(0).foreground().color() == ew.RED
    assert "cannot go to these recipients" in wizard.consent.problem.text()
    assert not wizard.next_button.isEnabled()
    wizard.reject()


def test_originals_with_device_fields_withheld(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:
    """Under "Originals for investigators", ticked fields are withheld: the risk report says
    "withheld" or "kept (original)", and the sealed copy keeps GPS and loses the serial."""
    import json

    window = unlocked
    photo = tmp_path / "IMG_0077.jpg"
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "PhoneMaker", "PhoneModel X12"
    exif.get_ifd(0x8769)[0xA431] = "SERIAL55501234"  # BodySerialNumber
    exif.get_ifd(0x8769)[0x9003] = "2024:03:01 10:11:12"  # DateTimeOriginal
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (53.0, 54.0, 7.2)
    out = io.BytesIO()
    Image.new("RGB", (96, 64), (120, 80, 60)).save(out, "JPEG", exif=exif.tobytes())
    photo.write_bytes(out.getvalue())
    import_all(qtbot, window, [photo])
    select(window, "IMG_0077.jpg")
    key = tmp_path / "investigator.key"
    recipients.generate_identity_file(key)
    wizard = window.open_export()
    assert wizard is not None
    add_recipient(qtbot, wizard, "UN mechanism", key)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.page == ew.PROFILE)
    # The choices belong to the originals only.
    wizard.profiles.buttons[ew.SANITIZED].setChecked(True)
    assert not wizard.profiles.withhold_group.isEnabled()
    wizard.profiles.buttons[ew.ORIGINALS].setChecked(True)
    assert wizard.profiles.withhold_group.isEnabled()
    assert [c.text() for c in wizard.profiles.withhold_boxes.values()] == [
        "serial numbers", "make and model", "software", "owner names",
    ]  # fmt: skip
    wizard.profiles.withhold_boxes["serials"].setChecked(True)
    wizard.profiles.withhold_boxes["make-model"].setChecked(True)
    assert wizard.withhold == {"serials", "make-model"}
    wizard.next_button.click()
    assert wizard.page == ew.RECIPIENTS
    wizard.next_button.click()
    assert wizard.page == ew.RISKS
    qtbot.waitUntil(lambda: wizard.risks.done, timeout=20000)
    rows = {r[0]: r[3] for r in risk_rows(wizard)}
    assert rows["BodySerialNumber"] == rows["Make"] == rows["Model"] == "withheld"
    assert rows["GPSLatitude"] == rows["DateTimeOriginal"] == "kept (original)"
    assert rows["IMG_0077.jpg"] == "sent with the chosen fields withheld"
    assert "withheld" in wizard.risks.summary.text() and not wizard.risks.problem.text()
    bundle_path = tmp_path / "withheld.evb"
    run_to_result(qtbot, wizard, bundle_path)
    report = bundle.read(bundle_path, recipients.load_identity_file(key))
    assert report.ok, report.problems
    (entry,) = report.files
    assert entry["derivative"]["withheld"] == ["make-model", "serials"]
    assert any(r.startswith("BodySerialNumber") for r in entry["derivative"]["removed"])
    assert entry["original_sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest() != entry["sha256"]
    assert json.loads(report.manifest)["withheld"] == ["make-model", "serials"]
    wizard.next_button.click()
