"""The Statements window on real widgets: write, amend, versions and their differences,
identity kept apart, consent recorded and withdrawn, rendering to PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QMessageBox

from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import cases, statements
from evidence_vault.gui.app import AppWindow
from evidence_vault.gui.session import Session
from evidence_vault.gui.statements.editor import StatementEditor
from evidence_vault.gui.statements.item_picker import ItemPicker
from evidence_vault.gui.statements.widgets import word_diff_html
from evidence_vault.gui.statements.window import IdRole, StatementsWindow
from tests.gui.helpers import ask, import_files, write

REAL_NAME = "Ivan Piatrovich Karpenka"
CONTACT = "+375 29 765-43-21"
NARRATIVE = (
    "Мяне затрымалі 10 жніўня 2020 года каля Пушкінскай. Затрыманне было жорсткім: "
    "мяне білі дубінкамі ў аўтазаку."
)


def _open(qtbot, window: AppWindow) -> StatementsWindow:
    window.chrome.statements_action.trigger()
    statements_window = window.statements_window
    assert statements_window is not None and statements_window.isVisible()
    return statements_window


def _events(qtbot, session: Session, action: str) -> list[custody.Event]:
    return ask(qtbot, session, lambda conn: [e for e in custody.events(conn) if e.action == action])


def _fill(qtbot, editor: StatementEditor) -> None:
    form = editor.form
    qtbot.keyClicks(form.pseudonym, "Tsimur")
    form.title.setText("Затрыманне каля Пушкінскай")  # QTest.keyClicks aborts on non-ASCII text
    form.narrative.setPlainText(NARRATIVE)
    qtbot.keyClicks(form.events_start, "2020-08-10T23:30")
    qtbot.keyClicks(form.events_end, "2020-08-13")
    form.approximate.click()
    form.events_when.setText("ноч з 10 на 11 жніўня")
    form.place_of_events.setText("Мінск, праспект Пушкіна")
    form.place_of_detention.setText("ЦІП на Акрэсціна")
    form.perpetrators.setPlainText("АМАП, чорная форма без знакаў")
    form.injuries.setPlainText("гематомы на спіне і нагах")
    form.body.buttons["back"].click()
    form.body.buttons["left leg"].click()
    form.medical_care.setPlainText("Emergency room, 12 August; discharge note")
    form.witnesses.setPlainText("a neighbour from the 3rd floor")
    form.interviewer.setText("Documenter A")
    qtbot.keyClicks(form.interview_date, "2020-09-01")
    form.language.setText("be")


def test_write_amend_history_identity_consent_and_pdf(
    qtbot, unlocked: AppWindow, sample_files: Path, tmp_path: Path
) -> None:
    window = unlocked
    import_files(qtbot, window, [sample_files]).close()
    session = window.session
    assert session is not None
    write(qtbot, session, lambda vault: cases.add(vault, "Pushkinskaya"))
    win = _open(qtbot, window)
    editor = win.editor
    assert win.list.row_count() == 0
    qtbot.waitUntil(lambda: editor.form.case_combo.count() == 1, timeout=5000)

    _fill(qtbot, editor)
    # Link an item through the picker.
    picker = ItemPicker(session, set(), editor)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.list.count() == 3, timeout=5000)
    photo = next(
        int(picker.list.item(r).data(256))
        for r in range(3)
        if "injury-left-arm" in picker.list.item(r).text()
    )
    picker.check(photo)
    assert picker.chosen == {photo}
    editor.set_links(picker.chosen, picker)
    assert editor.form.links.count() == 1 and "injury-left-arm.jpg" in editor.form.links.item(0).text()
    # File it under the case, from the editor's combo.
    editor.form.case_combo.setCurrentText("Pushkinskaya")
    editor.form.case_button.click()
    assert "Pushkinskaya" in editor.form.case_list.text()

    # Identity and consent, in the sensitive pane; the real name is hidden until shown.
    pane = editor.sensitive
    assert pane.real_name.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(pane.real_name, REAL_NAME)
    pane.contact.setText(CONTACT)
    pane.show_identity.click()
    assert pane.real_name.echoMode() == QLineEdit.EchoMode.Normal
    pane.show_identity.click()
    assert pane.real_name.echoMode() == QLineEdit.EchoMode.Password
    assert not pane.record_consent.isEnabled()  # saved with the new statement
    pane.set_audience("named-investigators")
    pane.recipients.setText("A. Investigator, B. Investigator")
    pane.given_on.setText("2020-09-01")
    pane.how_given.setText("orally, recorded on audio")

    editor.save_button.click()
    qtbot.waitUntil(lambda: win.list.row_count() == 1 and editor.statement is not None, timeout=10000)
    sid = editor.statement.id
    assert "version 1" in editor.message.text()

    stored = ask(qtbot, session, lambda conn: statements.get(conn, sid))
    content = stored.latest.fields
    assert stored.pseudonym == "Tsimur"
    assert content.narrative == NARRATIVE
    assert content.title == "Затрыманне каля Пушкінскай"
    assert (content.events_start, content.events_end, content.events_approximate) == (
        "2020-08-10T23:30",
        "2020-08-13",
        True,
    )
    assert content.body_regions == ("back", "left leg")
    assert content.place_of_detention == "ЦІП на Акрэсціна"
    assert content.interview_date == "2020-09-01" and content.language == "be"
    assert [link["id"] for link in stored.latest.items] == [photo]
    assert stored.cases == ["Pushkinskaya"]
    assert stored.consent.audience == "named-investigators"
    assert stored.consent.named_recipients == ("A. Investigator", "B. Investigator")
    # The identity is stored apart: not in the version, not in the custody log.
    who = ask(qtbot, session, lambda conn: statements.identity(conn, sid))
    assert (who.real_name, who.contact) == (REAL_NAME, CONTACT)
    assert stored.has_identity
    assert REAL_NAME.encode() not in stored.latest.body and CONTACT.encode() not in stored.latest.body
    assert "real_name" not in stored.latest.fields.to_json()
    created = _events(qtbot, session, "statement.created")
    assert len(created) == 1 and created[0].body["params"]["sha256"] == stored.latest.sha256
    log = ask(
        qtbot, session, lambda conn: b"".join(bytes(r[0]) for r in conn.execute("SELECT body FROM custody"))
    )
    assert REAL_NAME.encode() not in log and CONTACT.encode() not in log
    assert len(_events(qtbot, session, "statement.identity_set")) == 1

    # Amend: a new version; the first stays.
    editor.form.narrative.setPlainText(NARRATIVE + " Потым мяне адвезлі на Акрэсціна.")
    editor.form.injuries.setPlainText("зламанае рабро")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.statement.latest.number == 2, timeout=10000)
    assert "version 2" in editor.message.text()
    qtbot.waitUntil(lambda: win.list.tree.topLevelItem(0).text(2) == "v2", timeout=5000)
    stored = ask(qtbot, session, lambda conn: statements.get(conn, sid))
    assert [v.number for v in stored.versions] == [1, 2]
    assert stored.versions[0].fields.narrative == NARRATIVE
    assert len(_events(qtbot, session, "statement.amended")) == 1
    # Nothing changed: no version.
    editor.save_button.click()
    qtbot.waitUntil(lambda: "Nothing changed" in editor.message.text(), timeout=10000)

    # History: both versions, and the differences field by field.
    history = editor.history
    assert editor.tabs.isTabEnabled(1)
    editor.tabs.setCurrentWidget(history)
    assert history.list.topLevelItemCount() == 2
    assert history.list.topLevelItem(1).text(2) == stored.versions[1].sha256
    assert len(history.list.selectedItems()) == 2
    shown = history.diff.toPlainText()
    assert "Акрэсціна" in shown and "зламанае рабро" in shown and "гематомы" in shown
    assert "Injuries" in shown and "Statement" in shown
    assert "Place of detention" not in shown.split("Unchanged")[0]  # unchanged fields only listed
    history.select(1)
    assert "first version" in history.diff.toPlainText()

    # Identity changed on its own: no new version.
    pane.contact.setText("Signal only")
    pane.save_identity.click()
    qtbot.waitUntil(lambda: "Identity saved" in editor.message.text(), timeout=10000)
    who = ask(qtbot, session, lambda conn: statements.identity(conn, sid))
    assert who.contact == "Signal only"
    assert len(ask(qtbot, session, lambda conn: statements.get(conn, sid)).versions) == 2

    # Consent: a new record, then withdrawn.
    pane.set_audience("investigators")
    pane.recipients.clear()
    pane.may_be_named.setChecked(True)
    pane.voice_disguised.setChecked(True)
    pane.record_consent.click()
    qtbot.waitUntil(lambda: "investigators in general" in pane.consent_status.text(), timeout=10000)
    stored = ask(qtbot, session, lambda conn: statements.get(conn, sid))
    assert len(stored.consent_history) == 2 and stored.consent.audience == "investigators"
    assert stored.consent.may_be_named and stored.consent.publish_only == ("voice-disguised",)
    assert "disguise the voice" in pane.consent_status.text()
    assert pane.voice_disguised.isChecked() and not pane.face_hidden.isChecked()

    # Render to PDF (with the identity, which this consent allows).
    out = tmp_path / "out" / "statement.pdf"
    out.parent.mkdir()
    pane.with_identity.setChecked(True)
    editor.render_to(out)
    qtbot.waitUntil(lambda: editor.last_pdf == out, timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")
    rendered = _events(qtbot, session, "statement.rendered")
    assert len(rendered) == 1 and rendered[0].body["params"]["with_identity"] is True
    editor.render_to(out)  # never overwrites
    assert "already exists" in editor.message.text()
    assert sorted(p.name for p in out.parent.iterdir()) == ["statement.pdf"]

    pane.withdrawn_on.setText("2024-05-01")
    pane.withdraw.click()
    qtbot.waitUntil(lambda: "withdrawn on 2024-05-01" in pane.consent_status.text(), timeout=10000)
    stored = ask(qtbot, session, lambda conn: statements.get(conn, sid))
    assert stored.consent.withdrawn_at == "2024-05-01"
    qtbot.waitUntil(lambda: win.list.tree.topLevelItem(0).text(3) == "Withdrawn", timeout=5000)
    assert not pane.withdraw.isEnabled()
    assert len(_events(qtbot, session, "consent.withdrawn")) == 1

    # Locking closes the window and forgets it.
    window.lock()
    assert window.statements_window is None and not win.isVisible()


def test_problems_are_shown_and_nothing_is_stored(qtbot, unlocked: AppWindow) -> None:
    window = unlocked
    win = _open(qtbot, window)
    editor = win.editor
    editor.form.pseudonym.setText("Witness 7")
    editor.form.title.setText("Без апісання")
    editor.save_button.click()  # no narrative
    qtbot.waitUntil(lambda: "narrative" in editor.message.text(), timeout=10000)
    editor.form.narrative.setPlainText("Тэкст.")
    editor.form.events_start.setText("2020-08-12")
    editor.form.events_end.setText("2020-08-10")
    editor.save_button.click()
    qtbot.waitUntil(lambda: "end before they start" in editor.message.text(), timeout=10000)
    editor.form.events_end.clear()
    editor.sensitive.real_name.setText("Witness 7 Smith")  # the pseudonym must not give the name away
    editor.save_button.click()
    qtbot.waitUntil(lambda: "pseudonym must not contain" in editor.message.text(), timeout=10000)
    assert window.session is not None
    assert ask(qtbot, window.session, statements.list_statements) == []
    # Partial dates only: the validator refuses letters.
    editor.form.interview_date.clear()
    qtbot.keyClicks(editor.form.interview_date, "2020-ab-01")
    assert editor.form.interview_date.text() == "2020-01"


def test_keyboard_and_accessible_names(qtbot, unlocked: AppWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit

    win = _open(qtbot, unlocked)
    editor = win.editor
    for widget in editor.findChildren(QLineEdit) + editor.findChildren(QPlainTextEdit):
        assert widget.accessibleName(), widget
    for widget in editor.findChildren(QComboBox):
        assert widget.accessibleName(), widget
    for button in editor.findChildren(QAbstractButton):
        if button.isVisibleTo(editor) and button.parent() is not None:
            assert button.text() or button.accessibleName(), button
    for region in statements.BODY_REGIONS:
        assert region in editor.form.body.buttons
        assert editor.form.body.buttons[region].accessibleName().startswith("Body region")


def test_word_diff_marks_removed_and_added_words() -> None:
    out = word_diff_html("білі дубінкамі <b>", "білі нагамі <b>")
    assert "line-through" in out and "дубінкамі" in out and "нагамі" in out
    assert "&lt;b&gt;" in out  # stored text is escaped, never rendered as markup


class TestUnsavedChanges:
    """A statement being typed is never lost by a stray click: choosing another statement,
    starting a new one or closing the window asks first. Locking never asks."""

    def _answer(self, monkeypatch, button):  # type: ignore[no-untyped-def]
        asked: list[str] = []

        def question(_parent, title, _text, *_args):  # type: ignore[no-untyped-def]
            asked.append(title)
            return button

        monkeypatch.setattr(QMessageBox, "question", question)
        return asked

    def test_asks_before_leaving_and_keeps_the_text_on_cancel(
        self, qtbot, unlocked: AppWindow, monkeypatch
    ) -> None:
        session = unlocked.session
        assert session is not None
        first = write(
            qtbot, session, lambda vault: statements.create(vault, statements.Fields("First", "one"), "A")
        )
        write(qtbot, session, lambda vault: statements.create(vault, statements.Fields("Second", "two"), "B"))
        win = _open(qtbot, unlocked)
        editor = win.editor
        qtbot.waitUntil(lambda: win.list.row_count() == 2, timeout=5000)

        asked = self._answer(monkeypatch, QMessageBox.StandardButton.Cancel)
        win.new_statement()
        assert asked == []  # an empty new form: nothing to lose, no question
        rows = {int(win.list.tree.topLevelItem(r).data(0, IdRole)): r for r in range(2)}
        win.list.select_row(rows[first])
        qtbot.waitUntil(lambda: editor.statement is not None and editor.statement.id == first, timeout=5000)
        assert not editor.has_unsaved_changes()

        editor.form.narrative.setPlainText("one, and what she added after the break")
        other = next(row for sid, row in rows.items() if sid != first)
        win.list.select_row(other)
        win.new_statement()
        win.close()
        assert asked == ["Unsaved changes"] * 3
        assert win.isVisible() and editor.statement is not None and editor.statement.id == first
        assert editor.form.narrative.toPlainText() == "one, and what she added after the break"
        assert int(win.list.tree.currentItem().data(0, IdRole)) == first

        asked = self._answer(monkeypatch, QMessageBox.StandardButton.Discard)
        win.list.select_row(other)
        qtbot.waitUntil(lambda: editor.statement is not None and editor.statement.id != first, timeout=5000)
        assert asked == ["Unsaved changes"] and not editor.has_unsaved_changes()

    def test_saving_clears_the_question_and_locking_never_asks(
        self, qtbot, unlocked: AppWindow, monkeypatch
    ) -> None:
        win = _open(qtbot, unlocked)
        editor = win.editor
        asked = self._answer(monkeypatch, QMessageBox.StandardButton.Cancel)
        qtbot.keyClicks(editor.form.pseudonym, "Tsimur")
        editor.form.title.setText("Detention near the metro")
        editor.form.narrative.setPlainText(NARRATIVE)
        assert editor.has_unsaved_changes()
        editor.save()
        qtbot.waitUntil(lambda: editor.statement is not None, timeout=5000)
        assert not editor.has_unsaved_changes(), editor.message.text()
        win.new_statement()
        assert asked == [] and editor.statement is None

        editor.form.narrative.setPlainText("typed, never saved")
        unlocked.lock()
        assert asked == [] and unlocked.statements_window is None
