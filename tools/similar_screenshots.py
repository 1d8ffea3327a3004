"""The look-alikes dialog (Archive → Look-alikes…) in English, Belarusian, Russian and
Ukrainian, rendered offscreen into docs/screenshots/70-look-alikes-LANG.png.

    .venv/bin/python tools/similar_screenshots.py

Each language runs in a process of its own (the app's language is chosen once, at start).
Two throw-away sender vaults (weak test KDF) each seal a bundle to the investigator: one the
photo and clip as taken, the other the copies a messenger re-encoded. The investigator's
archive receives both bundles and also has an unrelated photo added by hand.
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


def one_language(language: str) -> Path:
    from screenshots import _isolate  # beside this file

    tmp = _isolate()
    os.environ["EVIDENCE_VAULT_LANGUAGE"] = language  # i18n.LANGUAGE_ENV, read by make_app
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer
    from tests.media import look_alike_media as media

    from evidence_vault.core import bundle
    from evidence_vault.core.bundle import recipients
    from evidence_vault.core.crypto import kdf
    from evidence_vault.core.evidence import items
    from evidence_vault.core.evidence.importer import Importer
    from evidence_vault.core.session.vault import Vault
    from evidence_vault.gui.app import AppWindow
    from evidence_vault.gui.launch import make_app
    from evidence_vault.gui.look_alikes import FIRST, SECOND

    make_app([])
    weak = kdf.KdfParams(opslimit=1, memlimit=8 << 20)
    key = tmp / "investigator.key"
    public = recipients.generate_identity_file(key)
    photo = media.photo_bytes(media.scene())
    (tmp / "clips").mkdir()
    clip = media.clip(tmp / "clips" / "VID_20260302_1041.mp4", media.scene())
    copy = media.reencoded(clip, tmp / "clips" / "video_2026-03-02_10-52.mp4")
    bundles = []
    for sender, files in (
        ("medic", {"IMG_20260302_1040.jpg": photo, clip.name: clip.read_bytes()}),
        (
            "neighbour",
            {"photo_2026-03-02_10-51.jpg": media.messenger_copy(photo), copy.name: copy.read_bytes()},
        ),
    ):
        folder = tmp / sender
        folder.mkdir()
        for name, data in files.items():
            (folder / name).write_bytes(data)
        vault, _ = Vault.create(tmp / f"{sender}-vault", PASSPHRASE, params=weak)
        Importer(vault).run([folder / name for name in files])
        recipients.add(vault, "investigator", public)
        out = tmp / f"{sender}.evb"
        bundle.seal(vault, items.list_items(vault.conn), ["investigator"], out)
        vault.lock()
        bundles.append(out)
    vault_dir = tmp / "data" / "Archive"
    investigator, _ = Vault.create(vault_dir, PASSPHRASE, params=weak)
    identity = recipients.load_identity_file(key)
    for sealed in bundles:
        assert bundle.import_into(investigator, sealed, identity).ok
    (tmp / "mine").mkdir()
    (tmp / "mine" / "street.jpg").write_bytes(media.photo_bytes(media.unrelated()))
    Importer(investigator).run([tmp / "mine" / "street.jpg"])
    investigator.lock()

    def pump(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def wait(condition: object, timeout: float = 120.0) -> None:
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
    session = window.main_view.session
    assert session is not None
    wait(lambda: not session.analysis.busy and window.main_view.model.rowCount() == 5)
    dialog = window.open_look_alikes()
    assert dialog is not None
    dialog.resize(1180, 400)
    table = dialog.table
    wait(lambda: dialog.listing is not None and table.rowCount() == 2)
    wait(
        lambda: all(
            not table.item(row, column).icon().isNull() for row in range(2) for column in (FIRST, SECOND)
        )
    )
    table.resizeRowsToContents()
    pump(0.3)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"70-look-alikes-{language}.png"
    dialog.grab().save(str(path))
    dialog.reject()
    window.close()
    pump(0.1)
    return path


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
        print(one_language(sys.argv[1]))
        sys.exit(0)
    sys.exit(main())
