"""First run, unlock, wrong passphrase, recovery code: driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from evidence_vault.core.session.vault import Vault, vault_exists
from evidence_vault.core.store import settings
from evidence_vault.gui import wizard as wiz
from tests.support import PASSPHRASE


def test_first_run_wizard_creates_and_unlocks(
    qtbot, make_window, vault_dir: Path, sample_files: Path
) -> None:
    window = make_window(vault_dir)
    assert window.windowTitle() == "Archive"
    w = window.wizard
    assert w is not None and window.stack.currentWidget() is w
    assert not window.chrome.toolbar.isVisible() and not window.menuBar().isVisible()

    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    assert w.page == wiz.LOCATION
    w.set_location(vault_dir)
    assert w.location_label.text() == str(vault_dir)
    w.next_button.click()
    assert w.page == wiz.PASSPHRASE

    # Refused: empty, then two different passphrases.
    w.next_button.click()
    assert w.page == wiz.PASSPHRASE and "cannot be empty" in w.passphrase.problem.text()
    # QTest types ASCII only; the rest of the (non-ASCII) passphrase is set directly.
    qtbot.keyClicks(w.passphrase.first, "correct horse")
    w.passphrase.first.setText(PASSPHRASE)
    w.passphrase.second.setText(PASSPHRASE + "x")
    w.next_button.click()
    assert w.page == wiz.PASSPHRASE and "different" in w.passphrase.problem.text()
    assert w.passphrase.meter.value() >= 3  # long passphrase rates good or strong
    w.passphrase.second.setText(PASSPHRASE)
    w.next_button.click()
    assert w.page == wiz.CREATING and w.busy.isVisible() and not w.next_button.isEnabled()

    qtbot.waitUntil(lambda: w.page == wiz.RECOVERY, timeout=10000)
    code = w.code_label.text()
    assert len("".join(ch for ch in code if ch.isdigit())) == 40
    assert w.code_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert not w.next_button.isEnabled()  # must confirm it was written down
    assert not w.back_button.isVisible()
    w.written_box.setChecked(True)
    assert w.next_button.isEnabled()
    w.next_button.click()
    assert w.page == wiz.FIRST_IMPORT and w.code_label.text() == ""

    w.set_first_folder(sample_files)
    w.next_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=5000)
    assert window.stack.currentWidget() is window.main_view
    assert vault_exists(vault_dir)
    dialog = window.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=15000)
    qtbot.waitUntil(lambda: window.main_view.model.rowCount() == 3, timeout=5000)
    # The recovery code shown really opens the vault.
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=5000)
    Vault.unlock_with_recovery(vault_dir, code).lock()


def test_wizard_remembers_a_chosen_folder(qtbot, make_window, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "other-file.txt").write_text("not ours")
    window = make_window(tmp_path / "nowhere")
    w = window.wizard
    w.next_button.click()
    w.set_location(stick)
    assert w.location == stick / wiz.SUBFOLDER  # a non-empty folder gets a subfolder
    w.next_button.click()
    w.passphrase.first.setText("four random words here")
    w.passphrase.second.setText("four random words here")
    w.next_button.click()
    qtbot.waitUntil(lambda: w.page == wiz.RECOVERY, timeout=10000)
    assert settings.load().vault_dir == stick / wiz.SUBFOLDER
    assert settings.load().effective_vault_dir() == stick / wiz.SUBFOLDER


def test_wrong_passphrase_then_right_one(qtbot, make_window, existing_vault: Path) -> None:
    window = make_window(existing_vault)
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    assert window.windowTitle() == "Archive"
    qtbot.keyClicks(screen.passphrase, "not the passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong passphrase" in screen.message.text(), timeout=10000)
    assert not window.is_unlocked and screen.passphrase.isEnabled()
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    assert screen.passphrase.text() == ""


def test_damaged_vault_is_reported_distinctly(qtbot, make_window, existing_vault: Path) -> None:
    (existing_vault / "vault.db").write_bytes(b"\0" * 70000)
    window = make_window(existing_vault)
    screen = window.unlock_screen
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: screen.message.text() != "", timeout=10000)
    assert "damaged" in screen.message.text()
    assert "Wrong passphrase" not in screen.message.text()


def test_recovery_code_sets_a_new_passphrase(qtbot, make_window, vault_dir: Path) -> None:
    vault, code = Vault.create(vault_dir, PASSPHRASE)
    vault.lock()
    window = make_window(vault_dir)
    screen = window.unlock_screen
    screen.forgot_button.click()
    assert screen.pages.currentIndex() == 1
    screen.code.setText("1111-2222-3333-4444-5555-6666-7777-8888-9999-0000")
    screen.new_passphrase.first.setText("a brand new passphrase")
    screen.new_passphrase.second.setText("a brand new passphrase")
    screen.recover_button.click()
    qtbot.waitUntil(lambda: "recovery code does not open" in screen.message.text(), timeout=10000)
    screen.code.setText(code.replace("-", " "))
    screen.recover_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=5000)
    Vault.unlock(vault_dir, "a brand new passphrase").lock()
