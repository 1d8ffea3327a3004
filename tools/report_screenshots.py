"""The intake dialog with a checked bundle and the first pages of its court report (PDF), in
English, Belarusian, Russian and Ukrainian, rendered offscreen into docs/screenshots/:
60-bundle-report-LANG.png, 61-bundle-report-pdf-LANG-p1.png, 61-bundle-report-pdf-LANG-p2.png.

    .venv/bin/python tools/screenshots.py --bundle-report

Each language runs in a process of its own (the app's language is chosen once, at start).
A throw-away vault (weak test KDF) seals generated photos, one under a hostile name, to an
investigator's key; the dialog checks the bundle and saves the report with its own button.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "river lantern copper meadow"
LANGUAGES = ("en", "be", "ru", "uk")
PDF_DPI = 110


def one_language(language: str) -> list[Path]:
    from screenshots import _isolate, make_samples  # beside this file

    tmp = _isolate()
    os.environ["EVIDENCE_VAULT_LANGUAGE"] = language  # i18n.LANGUAGE_ENV, read by make_app
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QEventLoop, QSize, QTimer
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    from evidence_vault.core import bundle
    from evidence_vault.core.bundle import recipients
    from evidence_vault.core.crypto import kdf
    from evidence_vault.core.evidence import items
    from evidence_vault.core.evidence.importer import Importer
    from evidence_vault.core.session.vault import Vault
    from evidence_vault.gui import bundle_intake
    from evidence_vault.gui.app import AppWindow
    from evidence_vault.gui.launch import make_app

    make_app([])
    samples = make_samples(tmp / "from-phone")[:3]
    hostile = samples[0].with_name("<b>x</b>\u202egpj.exe".replace("/", "_"))
    samples[0].rename(hostile)
    samples[0] = hostile
    sender_dir = tmp / "sender"
    sender, _ = Vault.create(sender_dir, PASSPHRASE, params=kdf.KdfParams(opslimit=1, memlimit=8 << 20))
    Importer(sender, case="Akrestsina").run(samples)
    # Capture-time provenance, as the report shows it: a photo signed with Content Credentials
    # (a test chain) and a ProofMode capture (a key made here), both built by the tests' helpers.
    sys.path.insert(0, str(ROOT))
    from tests.proofmode import builders
    from tests.provenance import signing

    from evidence_vault.core.media import store as media_store
    from evidence_vault.core.proofmode import store as proof_store

    (tmp / "camera").mkdir()
    (tmp / "camera" / "DSC_0142.jpg").write_bytes(
        signing.sign(signing.plain_jpeg((640, 480)), signing.make_chain())
    )
    Importer(sender, case="Akrestsina").run([tmp / "camera" / "DSC_0142.jpg"])
    capture = samples[1].read_bytes()
    export = builders.export(
        tmp / "proofmode", builders.Phone.make(), {"PXL_20200809_2140.jpg": capture + b"\0"}
    )
    proof_store.import_export(sender, export.folder, case="Akrestsina")
    media_store.analyse_pending(sender)
    key = tmp / "investigator.key"
    recipients.add(sender, "UN investigators", recipients.generate_identity_file(key))
    sealed = tmp / "for-investigators.evb"
    bundle.seal(sender, items.list_items(sender.conn), ["UN investigators"], sealed)
    sender.lock()
    vault_dir = tmp / "data" / "Archive"
    Vault.create(vault_dir, PASSPHRASE, params=kdf.KdfParams(opslimit=1, memlimit=8 << 20))[0].lock()

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
    intake = window.open_bundle()
    assert intake is not None
    intake.resize(1100, 720)
    intake.set_bundle(sealed)
    intake.set_identity(key)
    intake.verify_button.click()
    wait(lambda: intake.stack.currentIndex() == bundle_intake.REPORT)
    pdf = tmp / "report.pdf"
    intake.save_report_pdf(pdf)
    wait(lambda: intake.report_pdf is not None)
    pump(0.3)
    OUT.mkdir(parents=True, exist_ok=True)
    written = [OUT / f"60-bundle-report-{language}.png"]
    intake.grab().save(str(written[0]))

    document = QPdfDocument()
    document.load(str(pdf))
    # The first page, and the page where the signed photo's capture-time provenance begins.
    signed = next((n for n in range(document.pageCount()) if "DSC_0142" in document.getAllText(n).text()), 1)
    for number, page in enumerate(sorted({0, min(signed, document.pageCount() - 1)})):
        points = document.pagePointSize(page)
        size = QSize(int(points.width() * PDF_DPI / 72), int(points.height() * PDF_DPI / 72))
        image = document.render(page, size)
        framed = QImage(size, QImage.Format.Format_RGB32)  # the page on white, as printed
        framed.fill(QColor("white"))
        painter = QPainter(framed)
        painter.drawImage(0, 0, image)
        painter.end()
        path = OUT / f"61-bundle-report-pdf-{language}-p{number + 1}.png"
        framed.save(str(path))
        written.append(path)
    intake.reject()
    window.close()
    pump(0.1)
    return written


def main() -> int:
    """Every language, each in a new process."""
    for language in LANGUAGES:
        done = subprocess.run([sys.executable, __file__, language], check=False)
        if done.returncode != 0:
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if len(sys.argv) == 2:
        for shot in one_language(sys.argv[1]):
            print(shot.relative_to(ROOT))
        sys.exit(0)
    sys.exit(main())
