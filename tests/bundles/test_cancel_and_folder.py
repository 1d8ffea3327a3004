"""Cancelling a seal or a folder export deletes what was half-written; plain sanitized
copies in a folder carry nothing the sanitizer removed, and a refusal writes nothing."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest
from PIL import Image

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.core.custody import log as custody
from evidence_vault.core.errors import UsageError
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.sanitize import SanitizeRefused
from evidence_vault.core.session.vault import Vault


def _photo(path: Path, artist: str = "Medic Name") -> Path:
    picture = io.BytesIO()
    exif = Image.Exif()
    exif[0x013B] = artist
    Image.new("RGB", (64, 48), (10, 120, 40)).save(picture, "JPEG", exif=exif)
    path.write_bytes(picture.getvalue())
    return path


@pytest.fixture
def filled(vault: Vault, tmp_path: Path) -> Vault:
    source = tmp_path / "src"
    source.mkdir()
    (source / "big.bin").write_bytes(os.urandom(3 << 20))  # three chunks: cancel lands mid-file
    _photo(source / "wound.jpg")
    Importer(vault).run([source])
    recipients.add(vault, "investigator", recipients.generate_identity_file(tmp_path / "inv.key"))
    return vault


def test_cancelled_seal_deletes_the_partial_bundle(filled: Vault, tmp_path: Path) -> None:
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        cancel.set()  # the user presses Cancel after the first chunk

    out = tmp_path / "half.evb"
    with pytest.raises(bundle.ExportCancelled):
        bundle.seal(
            filled, items.list_items(filled.conn), ["investigator"], out, progress=progress, cancel=cancel
        )
    assert seen and not out.exists()
    assert custody.latest(filled.conn, "bundle.sealed") is None
    # Not cancelled: the same call seals and verifies.
    done = bundle.seal(filled, items.list_items(filled.conn), ["investigator"], out, cancel=threading.Event())
    assert bundle.read(done.path, recipients.load_identity_file(tmp_path / "inv.key")).ok


def test_cancelled_before_writing_writes_nothing(filled: Vault, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(bundle.ExportCancelled):
        bundle.seal(
            filled, items.list_items(filled.conn), ["investigator"], tmp_path / "x.evb", cancel=cancel
        )
    assert not (tmp_path / "x.evb").exists()


def test_plain_sanitized_folder(vault: Vault, tmp_path: Path) -> None:
    _photo(tmp_path / "wound.jpg")
    _photo(tmp_path / "arm.jpg", artist="Other Medic")
    Importer(vault).run([tmp_path / "wound.jpg", tmp_path / "arm.jpg"])
    out = tmp_path / "out" / "public"
    result = bundle.export_sanitized_folder(vault, items.list_items(vault.conn), out)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f["path"] for f in result.files) and len(names) == 2
    for entry in result.files:
        data = (out / entry["path"]).read_bytes()
        assert b"Medic" not in data and entry["removed"]
        assert (out / entry["path"]).stat().st_mode & 0o777 == 0o600
    event = custody.latest(vault.conn, "item.extracted")
    assert event is not None and event.body["params"]["sanitized"] is True
    with pytest.raises(UsageError, match="not an empty folder"):
        bundle.export_sanitized_folder(vault, items.list_items(vault.conn), out)


def test_folder_cancel_and_refusal_leave_nothing(vault: Vault, tmp_path: Path) -> None:
    _photo(tmp_path / "wound.jpg")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01 not a format the sanitizer knows" * 100)
    Importer(vault).run([tmp_path / "wound.jpg"])
    cancel = threading.Event()
    out = tmp_path / "cancelled"
    with pytest.raises(bundle.ExportCancelled):
        bundle.export_sanitized_folder(
            vault, items.list_items(vault.conn), out, progress=lambda d, t: cancel.set(), cancel=cancel
        )
    assert not out.exists()
    Importer(vault).run([tmp_path / "notes.bin"])
    refused = tmp_path / "refused"
    with pytest.raises(SanitizeRefused):
        bundle.export_sanitized_folder(vault, items.list_items(vault.conn), refused)
    assert not refused.exists()
