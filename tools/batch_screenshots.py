"""The batch intake dialog after a batch of good, duplicate, tampered, truncated, foreign and
same-id-other-bytes bundles, in English, Belarusian, Russian and Ukrainian, rendered
offscreen into docs/screenshots/62-batch-intake-LANG.png.

    .venv/bin/python tools/batch_screenshots.py

Each language runs in a process of its own (the app's language is chosen once, at start).
Two throw-away sender vaults (the tests' ``batch_kit``) seal the bundles to an
investigator's key; the dialog takes them in with its own Start button.
"""

from __future__ import annotations

import os
import shutil
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
    from tests.bundles import batch_kit

    from evidence_vault.core.crypto import kdf
    from evidence_vault.core.session.vault import Vault
    from evidence_vault.gui.app import AppWindow
    from evidence_vault.gui.launch import make_app

    make_app([])
    os.environ[kdf.WEAK_KDF_ENV] = "1"  # the senders' throw-away vaults
    (tmp / "senders").mkdir()
    kit = batch_kit.make(tmp / "senders")
    inbox = tmp / "received"
    inbox.mkdir()
    shutil.copy(kit.good_a, inbox / "alice-2026-03-01.evb")
    shutil.copy(kit.good_b, inbox / "bob-2026-03-02.evb")
    shutil.copy(kit.good_a, inbox / "alice-2026-03-01 (copy).evb")
    batch_kit.tampered(kit.good_b, inbox / "bob-resent.evb")
    batch_kit.truncated(kit.good_a, inbox / "download-cut.evb")
    shutil.copy(kit.foreign, inbox / "for-someone-else.evb")
    batch_kit.resealed(kit.good_a, kit.key, inbox / "zz-alice-re-encrypted.evb")
    vault_dir = tmp / "data" / "Archive"
    Vault.create(vault_dir, PASSPHRASE, params=kdf.KdfParams(opslimit=1, memlimit=8 << 20))[0].lock()

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
    dialog = window.open_batch_intake()
    assert dialog is not None
    dialog.resize(1100, 640)
    dialog.add_paths([inbox])
    dialog.set_identity(kit.key)
    dialog.start_button.click()
    wait(lambda: dialog.summary is not None)
    pump(0.3)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"62-batch-intake-{language}.png"
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
        print(one_language(sys.argv[1]).relative_to(ROOT))
        sys.exit(0)
    sys.exit(main())
