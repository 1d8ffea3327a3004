"""Scenarios that import pictures and view them, run by test_image_decoding.py in a child
pytest: a native decoder crash (exit -11) must show as a failed test, not end the suite.

Not collected on its own (the name does not start with ``test_``)."""

from __future__ import annotations

import io
import struct
from pathlib import Path

from PIL import Image

from evidence_vault.core.evidence.items import ItemSummary
from evidence_vault.gui.app import AppWindow
from evidence_vault.gui.viewers import ImageViewer
from tests.gui.helpers import import_files, row_named
from tests.support import PASSPHRASE

SIZE = (300, 200)
OUTCOMES: dict[str, str] = {}  # broken file -> what its viewer showed


def picture() -> Image.Image:
    """A picture whose left and right halves differ, so a decoded result can be checked."""
    image = Image.new("RGB", SIZE, (200, 30, 30))
    image.paste((30, 30, 200), (150, 0, 300, 200))
    return image


def encoded(fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    picture().save(out, fmt, **options)
    return out.getvalue()


def multipage_tiff() -> bytes:
    out = io.BytesIO()
    picture().save(out, "TIFF", save_all=True, append_images=[Image.new("RGB", SIZE, (0, 200, 0))])
    return out.getvalue()


def tiled_tiff(tile: int = 64) -> bytes:
    """An uncompressed RGB TIFF in ``tile``×``tile`` tiles, written by hand: Pillow's TIFF
    writer drops the tile tags (TiffImagePlugin's blocklist), so it cannot write one."""
    image = picture()
    width, height = image.size
    across, down = -(-width // tile), -(-height // tile)
    tiles = []
    for row in range(down):
        for col in range(across):
            box = Image.new("RGB", (tile, tile))
            box.paste(image.crop((col * tile, row * tile, (col + 1) * tile, (row + 1) * tile)))
            tiles.append(box.tobytes())
    count = len(tiles)
    entries = 11
    ifd_at = 8
    ifd_size = 2 + entries * 12 + 4
    bits_at = ifd_at + ifd_size
    offsets_at = bits_at + 6
    counts_at = offsets_at + 4 * count
    data_at = counts_at + 4 * count
    offsets = [data_at + i * len(tiles[0]) for i in range(count)]

    def entry(tag: int, kind: int, n: int, value: int) -> bytes:
        return struct.pack("<HHII", tag, kind, n, value)

    short, long_ = 3, 4
    ifd = (
        struct.pack("<H", entries)
        + b"".join(
            [
                entry(256, long_, 1, width),
                entry(257, long_, 1, height),
                entry(258, short, 3, bits_at),  # BitsPerSample 8, 8, 8
                entry(259, short, 1, 1),  # no compression
                entry(262, short, 1, 2),  # RGB
                entry(277, short, 1, 3),  # SamplesPerPixel
                entry(284, short, 1, 1),  # PlanarConfiguration contiguous
                entry(322, short, 1, tile),  # TileWidth
                entry(323, short, 1, tile),  # TileLength
                entry(324, long_, count, offsets_at),  # TileOffsets
                entry(325, long_, count, counts_at),  # TileByteCounts
            ]
        )
        + struct.pack("<I", 0)
    )
    return (
        b"II*\x00"
        + struct.pack("<I", ifd_at)
        + ifd
        + struct.pack("<HHH", 8, 8, 8)
        + struct.pack(f"<{count}I", *offsets)
        + struct.pack(f"<{count}I", *[len(t) for t in tiles])
        + b"".join(tiles)
    )


def heic() -> bytes:
    import pillow_heif  # a runtime dependency: a missing install must fail, not skip

    pillow_heif.register_heif_opener()
    return encoded("HEIF", quality=90)


def valid_files() -> dict[str, bytes]:
    return {
        "photo.jpg": encoded("JPEG", quality=95),
        "drawing.png": encoded("PNG"),
        "anim.gif": encoded("GIF"),
        "photo.webp": encoded("WEBP", quality=95),
        "plain.tif": encoded("TIFF"),
        "deflate.tif": encoded("TIFF", compression="tiff_adobe_deflate"),
        "pages.tif": multipage_tiff(),
        "tiled.tif": tiled_tiff(),
        "photo.heic": heic(),
        "scan.bmp": encoded("BMP"),
    }


def broken_files(valid: dict[str, bytes]) -> dict[str, bytes]:
    broken = {}
    for name, data in valid.items():
        stem, ext = name.rsplit(".", 1)
        broken[f"{stem}-half.{ext}"] = data[: len(data) // 2]
        # A valid header, then garbage (seeded by the name: equal files would be stored once).
        seed = sum(name.encode())
        broken[f"{stem}-garbage.{ext}"] = data[:64] + bytes((i * 37 + seed) % 256 for i in range(4000))
    return broken


def _item(window: AppWindow, name: str) -> ItemSummary:
    return window.main_view.model.item_at(row_named(window, name))


def _check_thumbnail(qtbot, window: AppWindow, name: str, valid: bool) -> None:  # type: ignore[no-untyped-def]
    thumbs = window.main_view.model.thumbs
    assert thumbs is not None
    item = _item(window, name)
    thumbs.get(item)
    qtbot.waitUntil(lambda: item.id in thumbs._failed or thumbs.get(item) is not None, timeout=30000)
    icon = thumbs.get(item)
    if valid:
        assert icon is not None, f"{name}: no thumbnail ({thumbs.reasons.get(item.id)})"
    else:
        # A broken picture still gets a preview when the analysis decoded part of it;
        # when it gets none, the cache knows why.
        assert icon is not None or thumbs.reasons.get(item.id), name


def _check_viewer(qtbot, window: AppWindow, name: str, valid: bool) -> None:  # type: ignore[no-untyped-def]
    item = _item(window, name)
    if not item.content_type.startswith("image/"):
        assert not valid, f"{name} is {item.content_type}"
        return
    viewer = window.open_viewer(item)
    assert isinstance(viewer, ImageViewer), name
    qtbot.waitUntil(
        lambda: not viewer.image.isNull() or "could not be made" in viewer.status.text(), timeout=30000
    )
    if valid:
        assert (viewer.image.width(), viewer.image.height()) == SIZE, name
        left, right = viewer.image.pixelColor(10, 100), viewer.image.pixelColor(290, 100)
        assert left.red() > 150 and left.blue() < 90, (name, left.name())
        assert right.blue() > 150 and right.red() < 90, (name, right.name())
    else:
        # A broken picture is either shown as far as it decodes or says why not.
        OUTCOMES[name] = "shown" if not viewer.image.isNull() else viewer.status.text()
        if viewer.image.isNull():
            assert viewer.status.text().startswith("The picture could not be made: "), name
            assert len(viewer.status.text()) > len("The picture could not be made: ") + 5, name
    viewer.close()


def _unlock(qtbot, window: AppWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=20000)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=20000)


def _import(qtbot, window: AppWindow, folder: Path, files: dict[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    import_files(qtbot, window, [folder], timeout=60000)
    model = window.main_view.model
    qtbot.waitUntil(lambda: model.rowCount() == len(files) and not model.loading, timeout=20000)


def scenario_pillow_tiff(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The reported crash: a Pillow-written TIFF, its thumbnail made before the analysis ran."""
    window = unlocked
    _import(qtbot, window, tmp_path / "in", {"plain.tif": encoded("TIFF")})
    _check_thumbnail(qtbot, window, "plain.tif", valid=True)
    _check_viewer(qtbot, window, "plain.tif", valid=True)


def scenario_every_format(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = unlocked
    valid = valid_files()
    broken = broken_files(valid)
    _import(qtbot, window, tmp_path / "in", {**valid, **broken})
    for round_ in range(2):
        for name in valid:
            _check_thumbnail(qtbot, window, name, valid=True)
            _check_viewer(qtbot, window, name, valid=True)
        for name in broken:
            _check_thumbnail(qtbot, window, name, valid=False)
            _check_viewer(qtbot, window, name, valid=False)
        # A valid header followed by garbage decodes to nothing.
        assert all(OUTCOMES[name] != "shown" for name in broken if "-garbage." in name), OUTCOMES
        if round_ == 0:
            window.lock()
            _unlock(qtbot, window)
            qtbot.waitUntil(
                lambda: window.main_view.model.rowCount() == len(valid) + len(broken), timeout=20000
            )


# The names pytest collects when test_image_decoding.py runs this file in a child.
test_pillow_tiff = scenario_pillow_tiff
test_every_format = scenario_every_format
