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
