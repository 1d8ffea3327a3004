"""The details panel's Content Credentials section in its three states, rendered offscreen:
docs/screenshots/40-provenance-valid.png, 41-provenance-broken.png, 42-provenance-absent.png.

    .venv/bin/python tools/screenshots.py --provenance

A throw-away vault (weak test KDF) with a photo signed by a test chain made here, whose root
is installed as a trust anchor, a copy with changed pixels, and a photo without a manifest.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "river lantern copper meadow"


def main() -> int:
    from screenshots import _isolate  # beside this file

    tmp = _isolate()
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    from PySide6.QtCore import QEventLoop, QTimer
    from tests.provenance import signing

    from evidence_vault.core.crypto import kdf
    from evidence_vault.core.evidence.importer import Importer
    from evidence_vault.core.media import store
    from evidence_vault.core.provenance import trust
    from evidence_vault.core.session.vault import Vault
    from evidence_vault.gui.app import AppWindow
    from evidence_vault.gui.launch import make_app

    vault_dir = tmp / "data" / "Archive"
    vault, _ = Vault.create(vault_dir, PASSPHRASE, params=kdf.KdfParams(opslimit=1, memlimit=8 << 20))
    chain = signing.make_chain("Field Camera 7")
    photos = tmp / "photos"
    photos.mkdir()
    signed = signing.sign(signing.plain_jpeg((640, 420), (70, 110, 150)), chain)
    files = {
        "IMG_0101.jpg": signed,
        "IMG_0101-edited.jpg": signing.change_pixels(signed),
        "IMG_0102.jpg": signing.plain_jpeg((640, 420), (150, 120, 70)),
    }
    for name, data in files.items():
        (photos / name).write_bytes(data)
    trust.add(vault, chain.root_pem)
    Importer(vault).run([photos / n for n in files])
    store.analyse_pending(vault)
    vault.lock()

    make_app([])
    OUT.mkdir(parents=True, exist_ok=True)

    def pump(seconds: float = 0.2) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def wait(condition: object, timeout: float = 30.0) -> None:
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:  # type: ignore[operator]
            pump(0.05)
        if not condition():  # type: ignore[operator]
            raise SystemExit("screenshot step timed out")

    window = AppWindow(vault_dir)
    window.resize(1280, 900)
    window.show()
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    wait(lambda: window.is_unlocked)
    view = window.main_view
    wait(lambda: view.model.rowCount() == 3 and not view.model.loading)
    details = view.details
    shots = (
        ("IMG_0101.jpg", "Signed by", "40-provenance-valid.png"),
        ("IMG_0101-edited.jpg", "CHANGED AFTER SIGNING", "41-provenance-broken.png"),
        ("IMG_0102.jpg", "No Content Credentials", "42-provenance-absent.png"),
    )
    for name, start, out in shots:
        row = next(r for r in range(view.model.rowCount()) if view.model.item_at(r).name == name)
        view.select_row(row)
        wait(lambda start=start: details.provenance.verdict.text().startswith(start))
        if name == "IMG_0101.jpg":
            details.provenance.toggle.setChecked(True)
        pump(0.4)
        details.grab().save(str(OUT / out))
        print((OUT / out).relative_to(ROOT))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
