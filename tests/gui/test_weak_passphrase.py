"""Issue 18 §7 in the app: a passphrase rated Weak is not taken without a word. The create-archive
wizard, the change-passphrase dialog, the recovery screen and the duress set-up ask for an explicit
confirmation that names the risk; its default button goes back. Both answers are tested."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from evidence_vault.core import duress
from evidence_vault.core.errors import WrongPassphrase
from evidence_vault.core.session.vault import Vault, vault_exists
from evidence_vault.gui import wizard as wiz
from evidence_vault.gui.app import AppWindow
from tests.gui.test_custody_and_settings import _open_settings
from tests.support import PASSPHRASE

WEAK = "password"


@dataclass
class Answer:
    """Answers the next modal QMessageBox (go back, or use it anyway) and records what it said."""

    use_anyway: bool
    text: str = ""
    default_is_go_back: bool = False
    answered: bool = False
    tries: list[int] = field(default_factory=list)

    def arm(self) -> None:
        QTimer.singleShot(0, self._respond)

    def _respond(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if len(self.tries) < 200:  # give up after about 4 s: the test then fails on .answered
                self.tries.append(1)
                QTimer.singleShot(20, self._respond)
            return
        self.text = f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}"
        default = box.defaultButton()
        self.default_is_go_back = (
            default is not None and box.buttonRole(default) == QMessageBox.ButtonRole.RejectRole
        )
        role = QMessageBox.ButtonRole.AcceptRole if self.use_anyway else QMessageBox.ButtonRole.RejectRole
        [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
        self.answered = True
        button.click()

    def check(self, risk: str) -> None:
        assert self.answered, "no confirmation was asked for"
        assert self.default_is_go_back, "the default button must go back"
        assert "Weak" in self.text and risk in self.text, self.text


def _wizard_at_passphrase(qtbot, make_window, vault_dir: Path) -> wiz.FirstRunWizard:  # type: ignore[no-untyped-def]
    window = make_window(vault_dir)
    w = window.wizard
    assert w is not None
    w.next_button.click()
    w.set_location(vault_dir)
    w.next_button.click()
    assert w.page == wiz.PASSPHRASE
    w.passphrase.first.setText(WEAK)
    w.passphrase.second.setText(WEAK)
    return w


def test_wizard_weak_passphrase_declined(qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    w = _wizard_at_passphrase(qtbot, make_window, vault_dir)
    answer = Answer(use_anyway=False)
    answer.arm()
    w.next_button.click()  # the box is modal: answered before click() returns
    answer.check("guess")
    assert w.page == wiz.PASSPHRASE and not vault_exists(vault_dir)
    assert w.passphrase.first.text() == WEAK  # kept, to be changed


def test_wizard_weak_passphrase_accepted(qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    w = _wizard_at_passphrase(qtbot, make_window, vault_dir)
    answer = Answer(use_anyway=True)
    answer.arm()
    w.next_button.click()
    answer.check("guess")
    qtbot.waitUntil(lambda: w.page == wiz.RECOVERY, timeout=10000)
    w.written_box.setChecked(True)
    w.next_button.click()
    w.next_button.click()  # no first files
    window = w.window()
    assert isinstance(window, AppWindow)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=20000)
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=20000)
    Vault.unlock(vault_dir, WEAK).lock()


def test_a_fair_passphrase_is_not_questioned(qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    w = _wizard_at_passphrase(qtbot, make_window, vault_dir)
    w.passphrase.first.setText(PASSPHRASE)
    w.passphrase.second.setText(PASSPHRASE)
    w.next_button.click()  # no box: a modal one would block here
    qtbot.waitUntil(lambda: w.page == wiz.RECOVERY, timeout=10000)


@pytest.mark.parametrize("use_anyway", [False, True])
def test_change_passphrase_to_a_weak_one(qtbot, unlocked: AppWindow, use_anyway: bool) -> None:  # type: ignore[no-untyped-def]
    window = unlocked
    location = window.location
    dialog = _open_settings(qtbot, window)
    dialog.change_button.click()
    change = dialog.secret_dialog
    assert change is not None and change.pair is not None
    change.current.setText(PASSPHRASE)
    change.pair.first.setText(WEAK)
    change.pair.second.setText(WEAK)
    answer = Answer(use_anyway=use_anyway)
    answer.arm()
    change.confirm_button.click()
    answer.check("guess")
    if use_anyway:
        qtbot.waitUntil(lambda: not change.isVisible(), timeout=10000)
    else:
        assert change.isVisible() and change.pair.first.text() == WEAK
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=20000)
    Vault.unlock(location, WEAK if use_anyway else PASSPHRASE).lock()


@pytest.mark.parametrize("use_anyway", [False, True])
def test_recovery_with_a_weak_new_passphrase(qtbot, make_window, vault_dir: Path, use_anyway: bool) -> None:  # type: ignore[no-untyped-def]
    _vault, code = Vault.create(vault_dir, PASSPHRASE)
    _vault.lock()
    window = make_window(vault_dir)
    screen = window.unlock_screen
    qtbot.waitUntil(lambda: screen.ready, timeout=20000)
    screen.show_recovery(True)
    screen.code.setText(code)
    screen.new_passphrase.first.setText(WEAK)
    screen.new_passphrase.second.setText(WEAK)
    answer = Answer(use_anyway=use_anyway)
    answer.arm()
    screen.recover_button.click()
    answer.check("guess")
    if use_anyway:
        qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
        window.lock()
        qtbot.waitUntil(lambda: screen.ready, timeout=20000)
        Vault.unlock(vault_dir, WEAK).lock()
    else:
        assert not window.is_unlocked
        Vault.unlock(vault_dir, PASSPHRASE).lock()


@pytest.mark.parametrize("use_anyway", [False, True])
def test_duress_set_up_with_a_weak_duress_passphrase(qtbot, unlocked: AppWindow, use_anyway: bool) -> None:  # type: ignore[no-untyped-def]
    window = unlocked
    location = window.location
    window.chrome.duress_action.trigger()
    qtbot.waitUntil(lambda: len(window.dialogs) == 1, timeout=20000)
    dialog = window.dialogs[0]
    dialog.real.setText(PASSPHRASE)
    dialog.duress.setText(WEAK)
    dialog.repeat.setText(WEAK)
    dialog.understood.setChecked(True)
    answer = Answer(use_anyway=use_anyway)
    answer.arm()
    dialog.confirm.click()
    answer.check("destroys")
    if use_anyway:
        # Set up: the decoy's own recovery code is shown once, and the dialog closes after it.
        qtbot.waitUntil(lambda: dialog.written.isVisible(), timeout=20000)
        assert dialog.code.isVisible()
        dialog.written.setChecked(True)
        dialog.confirm.click()
        qtbot.waitUntil(lambda: not window.dialogs, timeout=20000)
    else:
        assert window.dialogs == [dialog] and dialog.confirm.isEnabled()
        dialog.reject()
        qtbot.waitUntil(lambda: not window.dialogs, timeout=20000)
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=20000)
    with Vault.unlock(location, PASSPHRASE) as vault:
        assert duress.is_set(vault) is use_anyway
    if not use_anyway:
        with pytest.raises(WrongPassphrase):
            Vault.unlock(location, WEAK)
