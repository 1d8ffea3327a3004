"""No picture can crash the app: each scenario in image_scenarios.py runs in a child
pytest, so a segfault in a native decoder (exit -11) is a failure here, not the end of
the test run. Found: Qt's TIFF plugin crashed on an ordinary Pillow-written TIFF."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(name: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH", "")])
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            f"{Path(__file__).with_name('image_scenarios.py')}::{name}",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout[-6000:]}\n{proc.stderr[-3000:]}"


def test_a_pillow_tiff_is_shown_without_crashing() -> None:
    _run("test_pillow_tiff")


@pytest.mark.slow
def test_every_image_format_and_broken_ones_survive_lock_and_unlock() -> None:
    _run("test_every_format")


# The one decoder call left in the interface: the anchor's QR code, a PNG that qrcode drew
# in memory from the anchor (never evidence bytes).
_ALLOWED = {("custody_view.py", "loadFromData")}


def test_the_interface_hands_no_bytes_to_a_native_image_decoder() -> None:
    found = []
    for path in sorted((ROOT / "src" / "evidence_vault" / "gui").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for name in ("QImageReader", "loadFromData", "fromData"):
            if name in text and (path.name, name) not in _ALLOWED:
                found.append(f"{path.name}: {name}")
    assert found == []


def test_lock_does_not_wait_for_a_picture_being_decoded(
    qtbot,  # type: ignore[no-untyped-def]
    unlocked,  # type: ignore[no-untyped-def]
    sample_files: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from evidence_vault.core.media.sandbox import Decoders
    from tests.gui.helpers import import_files, row_named

    window = unlocked
    import_files(qtbot, window, [sample_files / "street.jpg"])
    model = window.main_view.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=10000)
    # A decoder that hangs (the wall clock would stop it only after a minute).
    monkeypatch.setenv("EV_HOSTILE_MODE", "hang")
    session = window.session
    session.decoders.close()  # the children the thumbnails used end
    session.decoders = Decoders(module="tests.media.hostile_worker")
    viewer = window.open_viewer(model.item_at(row_named(window, "street.jpg")))
    assert viewer is not None
    qtbot.waitUntil(lambda: session.queries.busy, timeout=5000)
    qtbot.wait(300)  # the child has the job
    assert viewer.image.isNull()
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=5000)
    assert not session.vault.is_open
