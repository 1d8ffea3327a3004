"""GUI test fixtures: a real AppWindow offscreen, sample files, a short MP4."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

# pytest-qt's session-wide QApplication is made before the per-test environment
# fixture runs, so the platform must be chosen here, at import time.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from evidence_vault.core.session.vault import Vault
from evidence_vault.gui.app import AppWindow
from evidence_vault.gui.launch import make_app
from tests.support import PASSPHRASE


@pytest.fixture
def make_window(qtbot, vault_dir: Path) -> Iterator:
    windows: list[AppWindow] = []

    def make(location: Path | None = None) -> AppWindow:
        make_app()
        window = AppWindow(location if location is not None else vault_dir)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def existing_vault(vault_dir: Path) -> Path:
    vault, _code = Vault.create(vault_dir, PASSPHRASE)
    vault.lock()
    return vault_dir


@pytest.fixture
def unlocked(qtbot, make_window, existing_vault: Path) -> AppWindow:
    window = make_window(existing_vault)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    return window


def jpeg_bytes(
    colour: tuple[int, int, int], size: tuple[int, int] = (320, 200), orientation: int = 0
) -> bytes:
    image = Image.new("RGB", size, colour)
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


@pytest.fixture
def sample_files(tmp_path: Path) -> Path:
    folder = tmp_path / "samples"
    folder.mkdir()
    (folder / "injury-left-arm.jpg").write_bytes(jpeg_bytes((180, 90, 80)))
    (folder / "street.jpg").write_bytes(jpeg_bytes((60, 90, 160), orientation=6))
    (folder / "notes.txt").write_text("Seen at 14:05 near the bridge.\n", encoding="utf-8")
    return folder


@pytest.fixture
def mp4_file(tmp_path: Path) -> Path:
    import av  # a runtime dependency: a missing or broken install must fail, not skip

    path = tmp_path / "clip.mp4"
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=25)
        stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
        for i in range(20):
            frame = av.VideoFrame.from_image(Image.new("RGB", (160, 120), (i * 12, 80, 120)))
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path
