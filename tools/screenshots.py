"""Render each main screen of the desktop app offscreen into docs/screenshots/.

Uses a throw-away vault in a temporary folder (and the weak test KDF, so it runs
in seconds) filled with generated sample pictures. Run from the repo root:

    .venv/bin/python tools/screenshots.py
    .venv/bin/python tools/screenshots.py --language be   # 50-main-window-be.png, 51-duress-be.png
    .venv/bin/python tools/screenshots.py --anonymise     # the face review screens (anonymise-*.png)
    .venv/bin/python tools/screenshots.py --provenance    # the C2PA section (40/41/42-provenance-*.png)
    .venv/bin/python tools/screenshots.py --bundle-report # intake dialog and its PDF (60/61-*), en be ru uk
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "river lantern copper meadow"


def _isolate() -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="ev-shots-"))
    for name in ("home", "config", "data", "cache"):
        (tmp / name).mkdir()
    os.environ.update(
        HOME=str(tmp / "home"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_DATA_HOME=str(tmp / "data"),
        XDG_CACHE_HOME=str(tmp / "cache"),
        QT_QPA_PLATFORM="offscreen",
        EVIDENCE_VAULT_TEST_WEAK_KDF="1",  # kdf.WEAK_KDF_ENV: fast, for a throw-away vault,
    )
    os.environ.pop("EVIDENCE_VAULT_DIR", None)
    return tmp


def _sky(draw, w: int, h: int, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> None:
    for y in range(h):
        t = y / h
        draw.line(
            [(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )


def make_samples(folder: Path) -> list[Path]:
    """Photographs-like pictures drawn with Pillow: streets, crowds, documents, injuries."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(7)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []

    def save(image: Image.Image, name: str, orientation: int = 0) -> None:
        exif = Image.Exif()
        exif[0x010F] = "Camera"
        if name.startswith("IMG_2024"):  # what a phone writes: model, time and position
            exif[0x0110] = "Phone Model 12"
            exif[0x0132] = "2024:04:11 18:32:10"
            gps = exif.get_ifd(0x8825)
            gps[1], gps[2] = "N", (53.0, 54.0, 7.2)
            gps[3], gps[4] = "E", (27.0, 33.0, 41.8)
        if orientation:
            exif[0x0112] = orientation
        path = folder / name
        image.save(path, "JPEG", quality=88, exif=exif.tobytes())
        paths.append(path)

    for index in range(5):  # streets at dusk
        w, h = 1600, 1066
        img = Image.new("RGB", (w, h))
        d = ImageDraw.Draw(img)
        _sky(d, w, h, (40 + index * 20, 70, 120), (230, 160 - index * 10, 110))
        x = 0
        while x < w:
            bw, bh = rng.randint(90, 220), rng.randint(250, 700)
            shade = rng.randint(25, 60)
            d.rectangle([x, h - bh, x + bw, h], fill=(shade, shade, shade + 10))
            for wy in range(h - bh + 20, h - 60, 40):
                for wx in range(x + 12, x + bw - 20, 30):
                    if rng.random() < 0.4:
                        d.rectangle([wx, wy, wx + 14, wy + 20], fill=(240, 210, 130))
            x += bw + rng.randint(0, 20)
        for _ in range(40):  # people
            px, py = rng.randint(0, w), h - rng.randint(20, 120)
            d.ellipse([px - 9, py - 60, px + 9, py - 42], fill=(20, 20, 25))
            d.rectangle([px - 12, py - 42, px + 12, py + 10], fill=(rng.randint(20, 90), 30, 40))
        save(img.filter(ImageFilter.GaussianBlur(1.2)), f"IMG_20240{index + 3}1{index}_1832{index}.jpg")

    for index in range(3):  # close-ups on skin tones
        w, h = 1200, 1600
        base = (200 - index * 25, 150 - index * 20, 120 - index * 15)
        img = Image.new("RGB", (w, h), base)
        d = ImageDraw.Draw(img)
        for r in range(420, 0, -6):
            c = tuple(min(255, v + int(25 * math.sin(r / 40))) for v in base)
            d.ellipse([w / 2 - r, h / 2 - r * 1.3, w / 2 + r, h / 2 + r * 1.3], fill=c)
        d.ellipse([w / 2 - 160, h / 2 - 90, w / 2 + 170, h / 2 + 110], fill=(130, 60, 80))
        d.ellipse([w / 2 - 90, h / 2 - 40, w / 2 + 80, h / 2 + 60], fill=(95, 40, 70))
        d.rectangle([60, h - 220, 420, h - 160], fill=(245, 245, 240))
        for t in range(0, 360, 20):
            d.line([60 + t, h - 220, 60 + t, h - 195], fill=(30, 30, 30), width=3)
        save(img.filter(ImageFilter.GaussianBlur(3)).rotate(0), f"injury_{index + 1:02d}.jpg", orientation=1)

    for index in range(3):  # photographed documents
        w, h = 1240, 1754
        img = Image.new("RGB", (w, h), (90, 80, 70))
        d = ImageDraw.Draw(img)
        d.polygon([(80, 60), (w - 70, 90), (w - 100, h - 60), (60, h - 90)], fill=(238, 234, 222))
        for line in range(24):
            y = 220 + line * 55
            length = rng.randint(600, 1000)
            d.line([(160, y), (160 + length, y + 6)], fill=(70, 70, 80), width=9)
        d.rectangle([160, 120, 640, 170], fill=(40, 40, 60))
        d.ellipse([850, 1400, 1050, 1600], outline=(60, 80, 170), width=10)
        save(img, f"scan_document_{index + 1}.jpg")

    # One shot taken holding the phone sideways: stored rotated, EXIF says "rotate 90°".
    img = Image.new("RGB", (1600, 900))
    d = ImageDraw.Draw(img)
    _sky(d, 1600, 900, (120, 170, 220), (200, 220, 235))
    d.rectangle([0, 600, 1600, 900], fill=(90, 110, 80))
    for i in range(12):
        d.rectangle([100 + i * 120, 420, 170 + i * 120, 600], fill=(50, 60, 70))
    save(img.rotate(90, expand=True), "IMG_sideways.jpg", orientation=6)

    pdf = folder / "statement.pdf"
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    for line in range(30):
        d.line(
            [(120, 160 + line * 48), (1100 - (line % 4) * 90, 160 + line * 48)], fill=(60, 60, 60), width=6
        )
    page.save(pdf, "PDF")
    paths.append(pdf)
    return paths


def statement_screens(window, shot, wait, pump) -> None:
    """A case with items filed by drag and drop, and a witness statement in two versions."""
    from evidence_vault.core.evidence import cases

    session, view = window.session, window.main_view
    box: list[object] = []
    details = cases.CaseDetails(
        "Detentions near Pushkinskaya metro",
        "2020-08-10",
        "2020-08-12",
        "Minsk, Pushkin avenue",
        "Detentions after the polls closed; people taken to the Akrestsina detention centre.",
    )
    session.on_vault(lambda vault, task: cases.add(vault, "Pushkinskaya", details), box.append, box.append)
    wait(lambda: box)
    ids = [view.model.item_at(row).id for row in range(4)]
    view.assign_items("Pushkinskaya", ids)
    wait(lambda: view.sidebar.case_item("Pushkinskaya") is not None)
    wait(lambda: view.sidebar.case_item("Pushkinskaya").text(1) == "4")
    dialog = view.edit_case("Pushkinskaya")
    wait(lambda: dialog.save_button.isEnabled())
    shot(dialog, "22-case-dialog.png")
    dialog.reject()

    statements = window.open_statements()
    statements.resize(1400, 900)
    editor = statements.editor
    form = editor.form
    wait(lambda: form.case_combo.count() == 1)
    form.pseudonym.setText("Tsimur")
    form.title.setText("Затрыманне каля Пушкінскай")
    form.narrative.setPlainText(
        "Мяне затрымалі 10 жніўня 2020 года каля Пушкінскай, калі я ішоў дадому. Затрыманне было "
        "жорсткім: мяне білі дубінкамі ў аўтазаку.\n\nУ аўтазаку было яшчэ шэсць чалавек. Нас "
        "паклалі на падлогу тварам уніз."
    )
    form.events_start.setText("2020-08-10T23:30")
    form.events_end.setText("2020-08-13")
    form.approximate.setChecked(True)
    form.events_when.setText("the night of 10 to 11 August, after the polls closed")
    form.place_of_events.setText("Minsk, Pushkin avenue, near the metro exit")
    form.place_of_detention.setText("Akrestsina detention centre")
    form.perpetrators.setPlainText("Riot police in black uniforms without insignia; a grey minibus")
    form.injuries.setPlainText("Bruises on the back and both legs")
    for region in ("back", "left leg", "right leg"):
        form.body.buttons[region].setChecked(True)
    form.medical_care.setPlainText("Emergency room on 13 August; discharge note photographed")
    form.witnesses.setPlainText("Six other detainees in the van")
    form.interviewer.setText("Documenter A")
    form.interview_date.setText("2020-09-01")
    form.language.setText("Belarusian")
    linked = [view.model.item_at(row) for row in (5, 6)]
    form.set_links({item.id: item.name for item in linked})
    form.case_combo.setCurrentText("Pushkinskaya")
    editor.add_to_case()
    pane = editor.sensitive
    pane.real_name.setText("Ivan Karpenka")
    pane.contact.setText("Signal +375 29 000-00-00")
    pane.set_audience("named-investigators")
    pane.recipients.setText("A. Investigator, B. Investigator")
    pane.given_on.setText("2020-09-01")
    pane.how_given.setText("orally, recorded on audio")
    editor.save()
    wait(lambda: editor.statement is not None)
    wait(lambda: statements.list.row_count() == 1)
    form.narrative.setPlainText(
        form.narrative.toPlainText().replace("калі я ішоў дадому", "калі я вяртаўся з выбарчага ўчастка")
        + " Потым нас адвезлі на Акрэсціна."
    )
    form.injuries.setPlainText("Bruises on the back and both legs; a cracked rib (X-ray on 13 August)")
    form.body.buttons["chest"].setChecked(True)
    editor.save()
    wait(lambda: editor.statement is not None and editor.statement.latest.number == 2)
    wait(
        lambda: (
            statements.list.tree.topLevelItemCount() == 1
            and statements.list.tree.topLevelItem(0).text(2) == "v2"
        )
    )
    statements.list.tree.setCurrentItem(statements.list.tree.topLevelItem(0))
    wait(lambda: not editor.busy and "Loading" not in editor.message.text())
    editor.tabs.setCurrentIndex(0)
    shot(statements, "20-statement-editor.png")
    editor.tabs.setCurrentWidget(editor.history)
    shot(statements, "21-statement-versions.png")
    statements.close()


def custody_settings_search_screens(window, shot, wait) -> None:  # type: ignore[no-untyped-def]
    """The custody log after a verification, an anchor, the settings, full-text search."""
    window.chrome.custody_action.trigger()
    log = window.custody_window
    log.resize(1100, 680)
    wait(lambda: log.model.rowCount() > 0 and not log.model.loading)
    log.verify_button.click()
    wait(lambda: log.report_title.text().startswith(("PASSED", "FAILED")), timeout=60.0)
    wait(lambda: not log.model.loading)
    shot(log, "40-custody-log.png")
    log.anchor_button.click()
    wait(lambda: log.anchor_dialog is not None)
    shot(log.anchor_dialog, "41-anchor.png")
    log.anchor_dialog.accept()
    log.close()

    window.chrome.settings_action.trigger()
    settings_dialog = window.settings_dialog
    settings_dialog.resize(680, 620)
    wait(lambda: settings_dialog.fingerprint.text() != "Checking…")
    shot(settings_dialog, "42-settings.png")
    settings_dialog.close()

    search = window.open_search("затрыманне")
    search.resize(800, 520)
    wait(lambda: search.results.count() > 0 or "Nothing" in search.status.text())
    shot(search, "43-search.png")
    search.close()


def language_screens(language: str) -> list[Path]:
    """The main window (a few items imported) and the duress dialog in ``language``."""
    tmp = _isolate()
    os.environ["EVIDENCE_VAULT_LANGUAGE"] = language  # i18n.LANGUAGE_ENV, read by make_app
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QEventLoop, QTimer

    from evidence_vault.core.evidence.importer import Importer
    from evidence_vault.core.session.vault import Vault
    from evidence_vault.gui.app import AppWindow, make_app

    make_app([])
    samples = make_samples(tmp / "from-phone")
    vault_dir = tmp / "data" / "Archive"
    vault, _code = Vault.create(vault_dir, PASSPHRASE)
    Importer(vault, case="Акрэсціна", tags=["phone"]).run(samples)
    vault.lock()

    def pump(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def wait(condition: object, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:  # type: ignore[operator]
            pump(0.05)
        if not condition():  # type: ignore[operator]
            raise SystemExit("screenshot step timed out")

    window = AppWindow(vault_dir)
    window.resize(1280, 800)
    window.show()
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock()
    wait(lambda: window.is_unlocked)
    view = window.main_view
    wait(lambda: view.model.rowCount() == len(samples))
    wait(lambda: window.session is not None and not window.session.analysis.busy)
    pump(0.5)
    view.select_row(1)
    wait(lambda: view.details.current is not None)
    for row in range(view.model.rowCount()):
        view.model.data(view.model.index(row), 1)
    wait(lambda: view.model.thumbs is not None and len(view.model.thumbs) >= len(samples) - 1)
    pump(1.0)
    OUT.mkdir(parents=True, exist_ok=True)
    written = [OUT / f"50-main-window-{language}.png", OUT / f"51-duress-{language}.png"]
    window.grab().save(str(written[0]))

    window.chrome.duress_action.trigger()
    wait(lambda: len(window.dialogs) == 1)
    duress = window.dialogs[0]
    duress.real.setText(PASSPHRASE)
    duress.duress.setText("my birthday 1987")
    duress.repeat.setText("my birthday 1987")
    duress.set_decoy(Path("/home/anna/Pictures/garden"))
    duress.understood.setChecked(True)
    pump(0.25)
    duress.grab().save(str(written[1]))
    duress.reject()
    window.close()
    pump(0.1)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--language", help="only the main window and the duress dialog in this language")
    parser.add_argument(
        "--anonymise",
        action="store_true",
        help="only the face review screens (tools/anonymise_screenshots.py)",
    )
    parser.add_argument(
        "--provenance",
        action="store_true",
        help="only the Content Credentials section (valid, broken, absent)",
    )
    parser.add_argument(
        "--bundle-report",
        action="store_true",
        help="only the intake dialog and its court report PDF, in en, be, ru and uk",
    )
    args = parser.parse_args()
    if args.bundle_report:
        import report_screenshots  # beside this file

        return report_screenshots.main()
    if args.provenance:
        import provenance_screenshots  # beside this file

        return provenance_screenshots.main()
    if args.anonymise:
        import anonymise_screenshots  # beside this file

        return anonymise_screenshots.main()
    if args.language:
        for path in language_screens(args.language):
            print(path.relative_to(ROOT))
        return 0
    tmp = _isolate()
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from evidence_vault.core.evidence.importer import ImportProgress
    from evidence_vault.gui import wizard as wiz
    from evidence_vault.gui.app import AppWindow, make_app
    from evidence_vault.gui.importing import ImportDialog, Snapshot

    make_app([])
    OUT.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def pump(seconds: float = 0.2) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def wait(condition: object, timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:  # type: ignore[operator]
            pump(0.05)
        if not condition():  # type: ignore[operator]
            raise SystemExit("screenshot step timed out")

    def shot(widget: QWidget, name: str) -> None:
        pump(0.25)
        path = OUT / name
        widget.grab().save(str(path))
        written.append(path)

    samples = make_samples(tmp / "from-phone")
    vault_dir = tmp / "data" / "Archive"
    window = AppWindow(vault_dir)
    window.resize(1280, 800)
    window.show()
    w = window.wizard
    assert w is not None
    shot(window, "01-wizard-welcome.png")
    w.next_button.click()
    shot(window, "02-wizard-location.png")
    w.next_button.click()
    w.passphrase.first.setText(PASSPHRASE)
    w.passphrase.second.setText(PASSPHRASE)
    shot(window, "03-wizard-passphrase.png")
    w.next_button.click()
    shot(window, "04-wizard-creating.png")
    wait(lambda: w.page == wiz.RECOVERY)
    shot(window, "05-wizard-recovery-code.png")
    w.written_box.setChecked(True)
    w.next_button.click()
    w.set_first_folder(tmp / "from-phone")
    shot(window, "06-wizard-first-import.png")
    w.next_button.click()
    wait(lambda: window.import_dialog is not None and window.import_dialog.summary is not None)
    dialog = window.import_dialog
    dialog.grab().save(str(OUT / "08-import-summary.png"))
    written.append(OUT / "08-import-summary.png")
    dialog.close()

    # Progress mid-way, as it looks during a long import (fed a realistic state).
    progress = ImportDialog(window.session, [], window)
    progress.show()
    progress._progress(
        Snapshot(
            ImportProgress(3, 12, 1_610_612_736, 4_080_218_931, "/media/usb/DCIM/100CANON/MVI_0457.MP4"),
            elapsed=21.0,
        )
    )
    shot(progress, "07-import-progress.png")
    progress.close()

    view = window.main_view
    wait(lambda: view.model.rowCount() == len(samples))
    wait(lambda: window.session is not None and not window.session.analysis.busy, timeout=60.0)
    pump(0.5)  # the grid reloads its previews when the analysis ends
    view.select_row(1)
    wait(lambda: "Imported" in view.details.history.text())
    for row in range(view.model.rowCount()):
        view.model.data(view.model.index(row), 1)
    wait(lambda: view.model.thumbs is not None and len(view.model.thumbs) >= len(samples) - 1)
    shot(window, "09-main-window.png")
    shot(view.details, "10-details-panel.png")

    viewer = window.open_viewer(view.model.item_at(0))
    assert viewer is not None
    viewer.resize(1000, 720)
    wait(lambda: not viewer.image.isNull())  # type: ignore[attr-defined]
    shot(viewer, "11-image-viewer.png")
    viewer.close()
    statement_screens(window, shot, wait, pump)

    window.chrome.duress_action.trigger()
    wait(lambda: len(window.dialogs) == 1)
    duress = window.dialogs[0]
    duress.real.setText(PASSPHRASE)
    duress.duress.setText("my birthday 1987")
    duress.repeat.setText("my birthday 1987")
    duress.set_decoy(Path("/home/anna/Pictures/garden"))
    duress.understood.setChecked(True)
    shot(duress, "15-duress-dialog.png")
    duress.reject()

    # Export: recipients, then what leaves with a phone photo as a sanitized copy; the result;
    # then the same bundle opened again with the archive's own key.
    from evidence_vault.core.bundle import recipients as recipient_keys
    from evidence_vault.gui import bundle_intake
    from evidence_vault.gui.export import steps as export_steps

    phone = next(r for r in range(view.model.rowCount()) if view.model.item_at(r).name.startswith("IMG_2024"))
    view.select_row(phone)
    public = recipient_keys.generate_identity_file(tmp / "investigator.key")
    export = window.open_export()
    assert export is not None
    export.resize(900, 660)
    export.show()
    export.recipients.add_recipient("UN investigators", public)
    wait(lambda: "UN investigators" in export.recipients.chosen_names())
    export.next_button.click()
    wait(lambda: export.page == export_steps.PROFILE)
    export.profiles.buttons[export_steps.SANITIZED].setChecked(True)
    export.next_button.click()
    shot(export, "30-export-recipients.png")
    export.next_button.click()
    wait(lambda: export.risks.done, timeout=60.0)
    shot(export, "31-export-risk-report.png")
    export.next_button.click()
    export.destination.set(tmp / "for-investigators.evb")
    export.next_button.click()
    wait(lambda: export.page == export_steps.RESULT, timeout=60.0)
    shot(export, "32-export-result.png")
    export.next_button.click()
    intake = window.open_bundle()
    assert intake is not None
    intake.resize(900, 680)
    intake.set_bundle(tmp / "for-investigators.evb")
    intake.verify_button.click()
    wait(lambda: intake.stack.currentIndex() == bundle_intake.REPORT, timeout=60.0)
    shot(intake, "33-bundle-report.png")
    intake.reject()
    custody_settings_search_screens(window, shot, wait)

    window.lock()
    wait(lambda: window.unlock_screen.ready)
    window.unlock_screen.passphrase.setText("wrong guess")
    window.unlock_screen.unlock()
    wait(lambda: window.unlock_screen.message.text() != "")
    shot(window, "12-unlock-wrong-passphrase.png")
    window.unlock_screen.reset()
    shot(window, "13-unlock.png")
    window.unlock_screen.show_recovery(True)
    shot(window, "14-unlock-recovery-code.png")
    window.close()
    pump(0.1)
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
