"""Helpers the GUI tests share: importing through the app, and asking the session's
workers for something (the UI thread never touches the database, the tests neither)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store.database import Connection
from evidence_vault.gui.app import AppWindow
from evidence_vault.gui.importing import ImportDialog
from evidence_vault.gui.session import Session


def import_files(qtbot, window: AppWindow, paths: list[Path], timeout: int = 20000) -> ImportDialog:  # type: ignore[no-untyped-def]
    """Import ``paths`` with the app's own import dialog and wait for its summary."""
    dialog = window.start_import(paths)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=timeout)
    return dialog


def _wait_for(qtbot, start: Callable[[Callable[[Any], None]], object]) -> Any:  # type: ignore[no-untyped-def]
    box: list[Any] = []
    start(box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10000)
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def ask(qtbot, session: Session, fn: Callable[[Connection], Any]) -> Any:  # type: ignore[no-untyped-def]
    """Read through the session's query workers."""
    return _wait_for(qtbot, lambda done: session.query(fn, done, done))


def write(qtbot, session: Session, fn: Callable[[Vault], Any]) -> Any:  # type: ignore[no-untyped-def]
    """Change the vault through the session's serial worker."""
    return _wait_for(qtbot, lambda done: session.on_vault(lambda vault, task: fn(vault), done, done))


def row_named(window: AppWindow, name: str) -> int:
    """The grid row showing the item called ``name``."""
    model = window.main_view.model
    for row in range(model.rowCount()):
        if model.item_at(row).name == name:
            return row
    raise AssertionError(f"{name} not in the grid")
