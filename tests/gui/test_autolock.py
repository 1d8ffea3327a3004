"""Locking without being asked (idle, minimise, sleep, screen lock) and quick delete."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from evidence_vault.core.errors import WrongPassphrase
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import settings
from evidence_vault.gui.app import AppWindow
from tests.support import PASSPHRASE


def test_idle_timer_locks_and_input_postpones_it(qtbot, unlocked: AppWindow) -> None:  # type: ignore[no-untyped-def]
    window = unlocked
    window.autolock.set_idle_ms(700)
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:  # a person moving the mouse: no lock
        qtbot.mouseMove(window.main_view.grid.viewport(), QPoint(10, 10 + int(time.monotonic() * 10) % 50))
        qtbot.wait(150)
    assert window.is_unlocked
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=3000)
    assert window.stack.currentWidget() is window.unlock_screen


def test_lock_when_minimised_if_chosen(qtbot, unlocked: AppWindow) -> None:  # type: ignore[no-untyped-def]
    window = unlocked
    window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.wait(50)
    assert window.is_unlocked  # off by default
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.chrome.lock_menu.minimise_action.setChecked(True)
    assert settings.load().lock_on_minimise is True
    window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=3000)


def test_idle_choice_is_remembered(qtbot, make_window, existing_vault: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(existing_vault)
    assert window.chrome.lock_menu.idle_actions[5].isChecked()  # the default: five minutes
    window.chrome.lock_menu.idle_actions[15].trigger()
    assert settings.load().auto_lock_minutes == 15
    again = make_window(existing_vault)
    assert again.chrome.lock_menu.idle_actions[15].isChecked()
    assert again.autolock.timer.interval() == 15 * 60_000


def test_sleep_and_screen_lock_signals_lock(qtbot, unlocked: AppWindow) -> None:  # type: ignore[no-untyped-def]
    unlocked.autolock.screen_saver(False)
    assert unlocked.is_unlocked
    unlocked.autolock.prepare_for_sleep(True)
    qtbot.waitUntil(lambda: not unlocked.is_unlocked, timeout=3000)


def test_screen_lock_arrives_over_a_real_session_bus(tmp_path: Path) -> None:
    """The D-Bus wiring itself: a private session bus, the real signal sent by dbus-send."""
    from tests.support import require_tool

    require_tool("dbus-run-session")
    require_tool("dbus-send")
    script = tmp_path / "probe.py"
    script.write_text(
        textwrap.dedent(
            """
            import subprocess, sys
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QApplication, QWidget
            from evidence_vault.gui.autolock import AutoLock
            app = QApplication([])
            owner = QWidget()
            locked = []
            lock = AutoLock(lambda: locked.append(1), lambda: True, owner)
            def send():
                subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                                "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"], check=True)
            QTimer.singleShot(300, send)
            QTimer.singleShot(2000, app.quit)
            app.exec()
            sys.exit(0 if locked else 1)
            """
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_quick_delete_asks_once_then_destroys(
    qtbot, unlocked: AppWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked
    location = window.location
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.chrome.destroy_action.trigger()
    assert window.is_unlocked
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.chrome.destroy_action.trigger()
    assert not window.is_unlocked
    assert not (location / "vault.db").exists()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(location, PASSPHRASE)
    assert window.wizard is not None and window.stack.currentWidget() is window.wizard


def test_duress_set_up_in_the_app_then_unlock_into_the_decoy(  # type: ignore[no-untyped-def]
    qtbot, unlocked: AppWindow, tmp_path: Path
) -> None:
    from evidence_vault.core import duress
    from evidence_vault.core.evidence import items

    window = unlocked
    window.chrome.duress_action.trigger()
    qtbot.waitUntil(lambda: len(window.dialogs) == 1, timeout=5000)
    dialog = window.dialogs[0]
    assert dialog.confirm.text() == "Set up" and not dialog.confirm.isEnabled()
    (tmp_path / "decoy").mkdir()
    (tmp_path / "decoy" / "garden.jpg").write_bytes(b"\xff\xd8\xff garden")
    dialog.set_decoy(tmp_path / "decoy")
    dialog.real.setText("not my passphrase")
    dialog.duress.setText("forced open")
    dialog.repeat.setText("forced opem")
    dialog.understood.setChecked(True)
    assert not dialog.confirm.isEnabled() and "differ" in dialog.message.text()
    dialog.repeat.setText("forced open")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "Working… this takes a few seconds.", timeout=10000)
    assert dialog.message.text() == "That is not your passphrase."
    dialog.real.setText(PASSPHRASE)
    dialog.confirm.click()
    # The decoy's own recovery code is shown once, said to be the decoy's, before closing.
    qtbot.waitUntil(lambda: dialog.code.isVisible(), timeout=20000)
    assert "decoy's recovery code, not your archive's" in dialog.code_note.text()
    decoy_code = dialog.code.text().replace("\n", "-").replace("  ", "-")
    assert not dialog.confirm.isEnabled() and not dialog.cancel.isVisible()
    dialog.written.setChecked(True)
    dialog.confirm.click()
    qtbot.waitUntil(lambda: not window.dialogs, timeout=20000)

    location = window.location
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=5000)
    window.unlock_screen.passphrase.setText("forced open")
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    assert window.session is not None
    decoy = window.session.vault
    assert [i.name for i in items.list_items(decoy.conn)] == ["garden.jpg"]
    assert not duress.is_set(decoy)
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=5000)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(location, PASSPHRASE)
    with Vault.unlock_with_recovery(location, decoy_code) as again:  # the decoy, as an ordinary vault
        assert [i.name for i in items.list_items(again.conn)] == ["garden.jpg"]
