"""Leaks: after a session (import, view, play, export, lock) no canary bytes are in the vault
files, a journal or WAL, TMPDIR, the cache directories or the home directory, and no evidence
text reaches any log, at any log level."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from evidence_vault.core.evidence import items
from evidence_vault.core.session.vault import Vault
from tests.gui.conftest import existing_vault, make_window, mp4_file
from tests.reliability.conftest import Record
from tests.support import PASSPHRASE, cli_main

__all__ = ["existing_vault", "make_window", "mp4_file"]  # GUI fixtures, for the desktop session

CANARY = b"CANARY-91c2e7-evidence-text-must-never-leak"
NAME_CANARY = "CANARYNAME-5d1f"


def test_no_canary_after_a_full_session(
    tmp_path: Path,
    isolated_environment: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    record: Record,
) -> None:
    caplog.set_level(logging.DEBUG)  # every log level, every logger
    vault_dir = tmp_path / "vault"
    pass_file = tmp_path / "pass"
    pass_file.write_text(PASSPHRASE + "\n")
    source = tmp_path / "src"
    source.mkdir()
    (source / f"{NAME_CANARY}.txt").write_bytes(b"the witness said " + CANARY * 200)
    (source / "clip.bin").write_bytes(os.urandom(3 << 20) + CANARY)
    base = ["--vault", str(vault_dir), "--passphrase-file", str(pass_file)]
    assert cli_main([*base, "init"]) == 0
    assert cli_main([*base, "import", str(source)]) == 0
    key = tmp_path / "un.key"
    assert cli_main(["keys", "generate", "--out", str(key)]) == 0
    public = capsys.readouterr().out.split()[-1]
    assert cli_main([*base, "recipients", "add", "UN", public]) == 0
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:  # what a viewer and a player do
        for item in items.list_items(vault.conn):
            stream = items.ItemStream(vault.conn, item)
            stream.read_at(0, item.size)
            items.record_access(vault, item, "item.played" if item.name == "clip.bin" else "item.viewed")
    assert cli_main([*base, "show", "1"]) == 0
    assert cli_main([*base, "verify"]) == 0
    out = tmp_path / "out" / "case.evb"
    out.parent.mkdir()
    assert cli_main([*base, "export", "1", "2", "--to", "UN", "--out", str(out)]) == 0
    capsys.readouterr()

    failures: list[str] = []
    needles = (CANARY, b"the witness said", NAME_CANARY.encode(), b"SQLite format 3")
    roots = [
        vault_dir,
        out.parent,
        *(isolated_environment / d for d in ("home", "config", "data", "cache", "tmp")),
    ]
    scanned = _scan(roots, needles, failures)
    if sorted(p.name for p in vault_dir.iterdir()) != ["vault.db", "vault.keys"]:
        failures.append(f"journal or WAL left: {sorted(p.name for p in vault_dir.iterdir())}")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    failures += [f"{needle!r} logged" for needle in ("CANARY", "the witness said") if needle in logged]
    record(
        "leaks: canary after import, view, play, export, lock "
        "(vault, journal/WAL, TMPDIR, caches, home, logs)",
        scanned,
        failures,
        f"{scanned} files scanned; {len(caplog.records)} log records at DEBUG",
    )


def _scan(roots: list[Path], needles: tuple[bytes, ...], failures: list[str]) -> int:
    """Look for each needle in every file under ``roots``; returns how many files were read."""
    scanned = 0
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                scanned += 1
                data = path.read_bytes()
                failures += [f"{needle!r} in {path}" for needle in needles if needle in data]
    return scanned


def test_no_canary_after_a_desktop_session(
    qtbot,  # type: ignore[no-untyped-def]
    make_window,
    existing_vault: Path,
    mp4_file: Path,
    tmp_path: Path,
    isolated_environment: Path,
    record: Record,
) -> None:
    """The desktop app's own viewing and playing: thumbnails, the image viewer and the
    player stream from the vault in memory; nothing reaches Qt's caches, TMPDIR or home."""
    from PySide6.QtCore import QStandardPaths

    from tests.gui.conftest import jpeg_bytes

    source = tmp_path / "src"
    source.mkdir()
    photo = jpeg_bytes((200, 40, 40))
    # The canary in a JPEG comment segment (COM) right after SOI: the picture stays valid.
    comment = b"\xff\xfe" + (len(CANARY) + 2).to_bytes(2, "big") + CANARY
    (source / f"{NAME_CANARY}.jpg").write_bytes(photo[:2] + comment + photo[2:])
    clip = source / "clip.mp4"
    clip.write_bytes(mp4_file.read_bytes())
    window = make_window(existing_vault)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    dialog = window.start_import([source])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    model = window.main_view.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    for row in range(2):  # thumbnails, then each item in its viewer (the clip plays)
        model.data(model.index(row), 1)
        viewer = window.open_viewer(model.item_at(row))
        assert viewer is not None
        qtbot.wait(300)
        viewer.close()
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=10000)

    failures: list[str] = []
    qt_places = [
        Path(QStandardPaths.writableLocation(location))
        for location in (
            QStandardPaths.StandardLocation.CacheLocation,
            QStandardPaths.StandardLocation.GenericCacheLocation,
            QStandardPaths.StandardLocation.AppDataLocation,
            QStandardPaths.StandardLocation.TempLocation,
        )
    ]
    roots = [*(isolated_environment / d for d in ("home", "config", "data", "cache", "tmp"))]
    roots += [
        place for place in qt_places if place.exists() and not any(place.is_relative_to(r) for r in roots)
    ]
    needles = (CANARY, NAME_CANARY.encode())
    scanned = _scan([existing_vault, *roots], needles, failures)
    record(
        "leaks: canary after a desktop session (import, thumbnails, image viewer, video player, lock)",
        scanned,
        failures,
        f"{scanned} files scanned, Qt's cache, data and temp locations included",
    )
