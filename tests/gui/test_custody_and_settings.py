"""The custody log window (filters, Verify now, anchors) and the settings dialog
(locking, backup reminder, language, passphrase change, new recovery code)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from evidence_vault.core.audit.anchor import Anchor
from evidence_vault.core.custody import log as custody
from evidence_vault.core.errors import WrongPassphrase
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import settings
from evidence_vault.gui.app import AppWindow
from evidence_vault.gui.custody_view import CustodyWindow
from evidence_vault.gui.settings_dialog import SettingsDialog
from tests.gui.helpers import import_files
from tests.support import PASSPHRASE


def _import(qtbot, window: AppWindow, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    import_files(qtbot, window, paths)
    qtbot.waitUntil(lambda: window.main_view.model.rowCount() == 3, timeout=5000)


def _open_custody(qtbot, window: AppWindow) -> CustodyWindow:  # type: ignore[no-untyped-def]
    window.chrome.custody_action.trigger()
    custody_window = window.custody_window
    assert custody_window is not None
    qtbot.waitUntil(lambda: custody_window.model.rowCount() > 0 and not custody_window.model.loading)
    return custody_window


def _column(custody_window: CustodyWindow, column: int) -> list[str]:
    model = custody_window.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_log_filters_verify_and_anchor(qtbot, unlocked: AppWindow, sample_files: Path) -> None:  # type: ignore[no-untyped-def]
    window = unlocked
    _import(qtbot, window, [sample_files])
    window.main_view.select_row(0)
    qtbot.waitUntil(lambda: window.main_view.details.current is not None)
    chosen = window.main_view.details.current
    assert chosen is not None

    log = _open_custody(qtbot, window)
    # Opened on a selected item: only its events, newest first.
    assert log.only_item.isChecked()
    assert _column(log, 2) == ["Imported"] and chosen.name in _column(log, 3)[0]
    log.only_item.setChecked(False)
    qtbot.waitUntil(lambda: log.model.rowCount() == 4 and not log.model.loading)
    assert _column(log, 2)[-1] == "Archive created"
    seqs = [int(s) for s in _column(log, 0)]
    assert seqs == sorted(seqs, reverse=True)
    qtbot.waitUntil(lambda: log.action_box.findData("vault.created") >= 0)
    log.action_box.setCurrentIndex(log.action_box.findData("item.imported"))
    qtbot.waitUntil(lambda: not log.model.loading and set(_column(log, 2)) == {"Imported"})
    assert log.model.rowCount() == 3
    log.dates.until_on.setChecked(True)
    log.dates.until.setDate(log.dates.until.date().addYears(-30))
    qtbot.waitUntil(lambda: not log.model.loading and log.model.rowCount() == 0)
    log.dates.until_on.setChecked(False)
    log.action_box.setCurrentIndex(0)

    # Verify now: a pass, and the run itself appears in the log.
    log.verify_button.click()
    qtbot.waitUntil(lambda: log.report_title.text().startswith("PASSED"), timeout=20000)
    assert "3 item(s)" in log.report_title.text() or "3 items" in log.report_title.text()
    qtbot.waitUntil(lambda: not log.model.loading and "Verified" in _column(log, 2))
    qtbot.waitUntil(lambda: "all intact" in window.status.verify_label.text(), timeout=10000)

    # Show anchor: a code and a QR code, recorded in custody; checking it holds.
    log.anchor_button.click()
    qtbot.waitUntil(lambda: log.anchor_dialog is not None, timeout=10000)
    dialog = log.anchor_dialog
    assert dialog is not None
    code = dialog.code_label.text()
    assert re.fullmatch(r"EV2-\d+(-[0-9A-Z]{4}){6}-[0-9A-Z*~$=]", code)
    assert not dialog.qr_label.pixmap().isNull()
    dialog.accept()
    log.anchor_input.setText(code.lower())
    log.check_button.click()
    qtbot.waitUntil(lambda: log.anchor_result.text() != "")
    assert log.anchor_result.text().startswith("Anchor holds"), log.anchor_result.text()

    # A code for a longer log than this one (an older copy, or removed events) does not hold.
    size = int(code.split("-")[1])
    longer = Anchor(size + 50, Anchor.parse(code).root).code  # well formed, so not a typo
    log.anchor_input.setText(longer)
    log.check_button.click()
    qtbot.waitUntil(lambda: "NOT" in log.anchor_result.text())
    log.anchor_input.setText("EV2-3-ABCD")
    log.check_button.click()
    assert "mistyped" in log.anchor_result.text() or "looks like" in log.anchor_result.text()

    # A forged event: Verify now fails and lists the problem.
    session = window.session
    assert session is not None
    conn = session.vault.conn
    seq, body = conn.execute(
        "SELECT seq, body FROM custody WHERE action = 'item.imported' LIMIT 1"
    ).fetchone()
    forged = json.loads(bytes(body))
    forged["params"]["size"] = 1
    conn.execute("UPDATE custody SET body = ? WHERE seq = ?", (json.dumps(forged).encode(), seq))
    log.verify_button.click()
    qtbot.waitUntil(lambda: log.report_title.text().startswith("FAILED"), timeout=20000)
    assert log.report_list.isVisibleTo(log) and log.report_list.count() >= 1
    assert f"{seq}" in " ".join(log.report_list.item(i).text() for i in range(log.report_list.count()))
    qtbot.waitUntil(lambda: "PROBLEMS" in window.status.verify_label.text())

    window.lock()
    assert window.custody_window is None


def _open_settings(qtbot, window: AppWindow) -> SettingsDialog:  # type: ignore[no-untyped-def]
    window.chrome.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.fingerprint.text() != "Checking…")
    return dialog


def test_each_event_reads_as_a_sentence_with_its_record_at_hand(
    qtbot, unlocked: AppWindow, sample_files: Path
) -> None:  # type: ignore[no-untyped-def]
    """The log shows what happened in words, not JSON; the selected event's whole signed
    record, every hash in full, is one click away."""
    window = unlocked
    _import(qtbot, window, [sample_files])
    log = _open_custody(qtbot, window)
    log.only_item.setChecked(False)
    qtbot.waitUntil(lambda: not log.model.loading and "Imported" in _column(log, 2))
    row = _column(log, 2).index("Imported")
    said = _column(log, 4)[row]
    event = log.model.rows[row].event
    full = event.body["params"]["sha256"]
    assert said.startswith("Imported #") and f"SHA-256 {full[:16]}…" in said
    assert "{" not in said and full not in said
    assert log.model.headers[4] == "In words"

    log.table.selectRow(row)
    pane = log.event_pane
    qtbot.waitUntil(lambda: pane.raw_button.isEnabled())
    assert f"Event {event.seq}" in pane.summary.text() and said in pane.summary.text()
    assert pane.raw.isHidden()
    pane.raw_button.click()
    assert not pane.raw.isHidden() and pane.raw_button.text() == "Hide the full record"
    record = json.loads(pane.raw.toPlainText())
    assert record["params"]["sha256"] == full and record["hash"] == event.hash.hex()


def test_settings_locking_reminder_language_and_key(qtbot, unlocked: AppWindow, sample_files: Path) -> None:  # type: ignore[no-untyped-def]
    window = unlocked
    _import(qtbot, window, [sample_files])
    dialog = _open_settings(qtbot, window)
    assert "3 items were never sealed" in dialog.backup.text()
    assert dialog.duress_state.text() == "No duress passphrase is set."
    session = window.session
    assert session is not None
    from evidence_vault.core.crypto import minisign

    assert minisign.fingerprint(session.vault.verify_key) in dialog.fingerprint.text()
    assert minisign.public_key_line(session.vault.verify_key) in dialog.fingerprint.text()

    dialog.idle.setCurrentIndex(dialog.idle.findData(30))
    assert settings.load().auto_lock_minutes == 30
    assert (
        window.chrome.lock_menu.idle_actions[30].isChecked()
        and window.autolock.timer.interval() == 30 * 60_000
    )
    dialog.minimise.setChecked(True)
    assert settings.load().lock_on_minimise and window.chrome.lock_menu.minimise_action.isChecked()
    dialog.language.setCurrentIndex(dialog.language.findData("be"))
    assert settings.load().language == "be"
    assert "next start" in dialog.language_note.text()

    dialog.duress_button.click()
    qtbot.waitUntil(lambda: len(window.dialogs) == 1, timeout=5000)
    window.dialogs[0].reject()
    qtbot.waitUntil(lambda: not window.dialogs)


def test_change_passphrase_and_new_recovery_code(qtbot, unlocked: AppWindow) -> None:  # type: ignore[no-untyped-def]
    window = unlocked
    location = window.location
    dialog = _open_settings(qtbot, window)

    dialog.change_button.click()
    change = dialog.secret_dialog
    assert change is not None and change.pair is not None
    change.current.setText("not it")
    change.pair.first.setText("a brand new passphrase")
    change.pair.second.setText("a brand new passphrase")
    change.confirm_button.click()
    qtbot.waitUntil(lambda: change.problem.text() != "", timeout=10000)
    assert change.problem.text() == "That is not the current passphrase."
    change.current.setText(PASSPHRASE)
    change.confirm_button.click()
    qtbot.waitUntil(lambda: not change.isVisible(), timeout=10000)

    dialog.code_button.click()
    renew = dialog.secret_dialog
    assert renew is not None and renew is not change
    renew.current.setText("a brand new passphrase")
    renew.confirm_button.click()
    qtbot.waitUntil(lambda: renew.code.isVisible(), timeout=10000)
    code = renew.code.text().replace("  ", "-").replace("\n", "-")
    assert re.fullmatch(r"\d{4}(-\d{4}){9}", code), code
    assert not renew.done_button.isEnabled()
    renew.written.setChecked(True)
    renew.done_button.click()

    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen.ready, timeout=5000)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(location, PASSPHRASE)
    with Vault.unlock_with_recovery(location, code) as vault:
        actions = [e.action for e in custody.events(vault.conn)]
    assert "passphrase.changed" in actions and "recovery_code.replaced" in actions
    Vault.unlock(location, "a brand new passphrase").lock()
