"""The statement editor: the structured statement, its versions, and (apart) identity and consent.

Everything is read in workers (``Session.query``) and written on the vault's own
connection (``Session.on_vault``): saving a new statement is ``statements.create``,
saving an edited one ``statements.amend`` (a new version; the old ones stay).
The witness's identity and consent live in a separate, visibly marked pane and
are saved by their own buttons (``set_identity``, ``record_consent``,
``withdraw_consent``); they are never part of a version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.evidence import cases, items, render, statements
from ...core.evidence.items import visible_text
from ...core.evidence.statements import Fields, Identity, Statement
from ...core.session.vault import Vault
from ...core.store.database import Connection
from .. import file_dialogs
from ..common import heading_font, short_time
from ..session import Session
from .history import HistoryPane
from .item_picker import ItemPicker
from .regions import BodyRegions
from .sensitive import SensitivePane
from .widgets import DATE_TYPING, DAY_TYPING, date_edit, line_edit, section_heading, text_edit


@dataclass(frozen=True)
class Loaded:
    statement: Statement
    identity: Identity | None
    names: dict[int, str]  # linked item id -> shown name


def _load(conn: Connection, statement_id: int) -> Loaded:
    statement = statements.get(conn, statement_id)
    names = {}
    for version in statement.versions:
        for link in version.items:
            if int(link["id"]) not in names:
                try:
                    names[int(link["id"])] = items.resolve(conn, str(link["id"])).name
                except Exception:  # noqa: BLE001 - an unreadable link is shown by number
                    names[int(link["id"])] = ""
    return Loaded(statement, statements.identity(conn, statement_id), names)


class StatementEditor(QWidget):
    """Statement form and versions (tabs), with the sensitive pane beside them."""

    saved = Signal(int)  # statement id, after create or amend
    changed_elsewhere = Signal()  # identity, consent or cases changed: the list may show it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.statement: Statement | None = None
        self.linked: dict[int, str] = {}
        self.pending_cases: list[str] = []
        self.busy = False
        self.last_pdf: Path | None = None
        self._saved_form: tuple[object, ...] = ()  # the form as last loaded or saved

        # -- the statement form ------------------------------------------------------
        self.pseudonym = line_edit(
            self.tr("Pseudonym of the witness"), self.tr("The name the witness is referred to by")
        )
        self.title = line_edit(self.tr("Title"), self.tr("A short title, e.g. Detention near the metro"))
        self.narrative = QPlainTextEdit()
        self.narrative.setAccessibleName(self.tr("Statement: what the witness said, in their words"))
        self.narrative.setPlaceholderText(self.tr("What the witness said, in their words."))
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMinimumHeight(170)
        self.events_start = date_edit(
            DATE_TYPING, self.tr("2020-08-10 or 2020-08-10T22:30"), self.tr("When the events began")
        )
        self.events_end = date_edit(
            DATE_TYPING, self.tr("optional, for a range"), self.tr("When the events ended (optional)")
        )
        self.approximate = QCheckBox(self.tr("approximate"))
        self.approximate.setAccessibleName(self.tr("The dates are approximate"))
        self.events_when = line_edit(
            self.tr("When, in words"), self.tr("e.g. the night of 9 to 10 August, after the curfew")
        )
        self.place_of_events = line_edit(self.tr("Place of the events"))
        self.place_of_detention = line_edit(self.tr("Place of detention"))
        self.perpetrators = text_edit(
            self.tr("Perpetrators as described"),
            placeholder=self.tr("Units, uniforms, vehicles, names or numbers heard"),
        )
        self.injuries = text_edit(self.tr("Injuries, in the witness's words"))
        self.body = BodyRegions()
        self.medical_care = text_edit(self.tr("Medical care received and medical documents"), 2)
        self.witnesses = text_edit(self.tr("Other witnesses mentioned"), 2)
        self.interviewer = line_edit(self.tr("Interviewer"))
        self.interview_date = date_edit(DAY_TYPING, self.tr("2020-09-01"), self.tr("Interview date"))
        self.language = line_edit(self.tr("Language of the statement"), self.tr("e.g. Belarusian"))
        self.language.setMaximumWidth(190)

        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Linked items of the archive"))
        self.links.setMaximumHeight(90)
        self.links.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.link_button = QPushButton(self.tr("Link items…"))
        self.unlink_button = QPushButton(self.tr("Unlink selected"))
        self.case_combo = QComboBox()
        self.case_combo.setAccessibleName(self.tr("Case to add the statement to"))
        self.case_combo.setMinimumWidth(180)
        self.case_button = QPushButton(self.tr("Add to case"))
        self.case_list = QLabel()
        self.case_list.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.addRow(self.tr("Pseudonym"), self.pseudonym)
        form.addRow(self.tr("Title"), self.title)
        body_form = QFormLayout()
        body_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body_form.setHorizontalSpacing(12)
        when_row = QHBoxLayout()
        when_row.addWidget(self.events_start)
        when_row.addWidget(QLabel(self.tr("to")))
        when_row.addWidget(self.events_end)
        when_row.addWidget(self.approximate)
        when_row.addStretch(1)
        body_form.addRow(self.tr("When"), when_row)
        body_form.addRow("", self.events_when)
        body_form.addRow(self.tr("Place of the events"), self.place_of_events)
        body_form.addRow(self.tr("Place of detention"), self.place_of_detention)
        body_form.addRow(self.tr("Perpetrators"), self.perpetrators)
        body_form.addRow(self.tr("Injuries"), self.injuries)
        body_form.addRow(self.tr("Body regions"), self.body)
        body_form.addRow(self.tr("Medical care"), self.medical_care)
        body_form.addRow(self.tr("Witnesses mentioned"), self.witnesses)
        interview_row = QHBoxLayout()
        interview_row.addWidget(self.interviewer, 1)
        interview_row.addWidget(QLabel(self.tr("on")))
        interview_row.addWidget(self.interview_date)
        body_form.addRow(self.tr("Interviewer"), interview_row)
        body_form.addRow(self.tr("Language"), self.language)
        link_buttons = QVBoxLayout()
        link_buttons.addWidget(self.link_button)
        link_buttons.addWidget(self.unlink_button)
        link_buttons.addStretch(1)
        link_row = QHBoxLayout()
        link_row.addWidget(self.links, 1)
        link_row.addLayout(link_buttons)
        body_form.addRow(self.tr("Linked items"), link_row)
        case_row = QHBoxLayout()
        case_row.addWidget(self.case_combo)
        case_row.addWidget(self.case_button)
        case_row.addStretch(1)
        body_form.addRow(self.tr("Cases"), case_row)
        body_form.addRow("", self.case_list)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(form)
        page_layout.addWidget(section_heading(self.tr("Statement")))
        page_layout.addWidget(self.narrative, 1)
        page_layout.addWidget(section_heading(self.tr("Circumstances")))
        page_layout.addLayout(body_form)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.history = HistoryPane()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Statement and versions"))
        self.tabs.addTab(scroll, self.tr("Statement"))
        self.tabs.addTab(self.history, self.tr("Versions"))

        self.heading = QLabel()
        self.heading.setFont(heading_font(3))
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.subheading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S). Saving an existing statement adds a version."))
        self.render_button = QPushButton(self.tr("Render to PDF…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.render_button)
        buttons.addWidget(self.save_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.subheading)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addLayout(buttons)

        self.sensitive = SensitivePane()
        sensitive_scroll = QScrollArea()
        sensitive_scroll.setWidget(self.sensitive)
        sensitive_scroll.setWidgetResizable(True)
        sensitive_scroll.setFrameShape(QFrame.Shape.NoFrame)
        sensitive_scroll.setMinimumWidth(365)
        sensitive_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(sensitive_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        self.save_button.clicked.connect(self.save)
        self.render_button.clicked.connect(self.render_pdf)
        self.link_button.clicked.connect(self.pick_items)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.case_button.clicked.connect(self.add_to_case)
        self.sensitive.save_identity.clicked.connect(self.save_identity)
        self.sensitive.record_consent.clicked.connect(self.record_consent)
        self.sensitive.withdraw.clicked.connect(self.withdraw_consent)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.save)
        self.new_statement()

    # -- showing -----------------------------------------------------------------------------
    def _fill(self, content: Fields) -> None:
        self.title.setText(content.title)
        self.narrative.setPlainText(content.narrative)
        self.events_start.setText(content.events_start)
        self.events_end.setText(content.events_end)
        self.approximate.setChecked(content.events_approximate)
        self.events_when.setText(content.events_when)
        self.place_of_events.setText(content.place_of_events)
        self.place_of_detention.setText(content.place_of_detention)
        self.perpetrators.setPlainText(content.perpetrators)
        self.injuries.setPlainText(content.injuries)
        self.body.set_regions(content.body_regions)
        self.medical_care.setPlainText(content.medical_care)
        self.witnesses.setPlainText(content.witnesses_mentioned)
        self.interviewer.setText(content.interviewer)
        self.interview_date.setText(content.interview_date)
        self.language.setText(content.language)

    def _show_links(self) -> None:
        self.links.clear()
        for item_id, name in sorted(self.linked.items()):
            entry = QListWidgetItem(f"#{item_id}  {name}".rstrip())
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            self.links.addItem(entry)

    def _show_cases(self) -> None:
        names = self.statement.cases if self.statement is not None else self.pending_cases
        self.case_list.setText(
            self.tr("In: {cases}").format(cases=", ".join(names)) if names else self.tr("In no case yet.")
        )

    def new_statement(self) -> None:
        self.statement = None
        self.linked, self.pending_cases = {}, []
        self.pseudonym.clear()
        self._fill(Fields("", ""))
        self._show_links()
        self._show_cases()
        self.history.clear()
        self.tabs.setTabEnabled(1, False)
        self.tabs.setCurrentIndex(0)
        self.sensitive.clear()
        self.heading.setText(self.tr("New statement"))
        self.subheading.setText(self.tr("Saved as version 1. Later changes add versions; none is lost."))
        self.render_button.setEnabled(False)
        self.message.clear()
        self.load_cases()
        self._saved_form = self._form()

    def load(self, statement_id: int, message: str = "") -> None:
        self.say(self.tr("Loading…"))
        self.session.query(
            lambda conn: _load(conn, statement_id),
            lambda loaded: self.show_loaded(loaded, message),
            self._failed,
        )

    def show_loaded(self, loaded: Loaded, message: str = "") -> None:
        statement = loaded.statement
        self.statement = statement
        latest = statement.latest
        self.pseudonym.setText(statement.pseudonym)
        self._fill(latest.fields)
        self.linked = {int(link["id"]): loaded.names.get(int(link["id"]), "") for link in latest.items}
        self.pending_cases = []
        self._show_links()
        self._show_cases()
        self.history.show_versions(statement.versions, loaded.names)
        self.tabs.setTabEnabled(1, True)
        self.sensitive.show_statement(statement, loaded.identity)
        self.heading.setText(
            self.tr("Statement {id}: {title}").format(
                id=statement.id, title=visible_text(latest.fields.title)
            )
        )
        self.subheading.setText(
            self.tr("Version {n} of {total}, recorded {when}. SHA-256 {sha}").format(
                n=latest.number,
                total=len(statement.versions),
                when=short_time(latest.created_at),
                sha=latest.sha256,
            )
        )
        self.render_button.setEnabled(True)
        self.say(message)
        self.load_cases()
        self._saved_form = self._form()

    # -- unsaved changes -----------------------------------------------------------------------------
    def _form(self) -> tuple[object, ...]:
        """What a save would write: the statement, its links and, before the first save, the
        identity and consent typed beside it."""
        first = self.statement is None
        return (
            self.pseudonym.text(),
            self.fields(),
            tuple(sorted(self.linked)),
            tuple(self.pending_cases),
            self.sensitive.identity_values() if first else None,
            self.sensitive.consent_input() if first else None,
        )

    def has_unsaved_changes(self) -> bool:
        return self._form() != self._saved_form

    def confirm_leave(self) -> bool:
        """True when the form may be left: nothing unsaved, or the user chose to discard it."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "This statement has changes that are not saved. If you leave it now, they are lost."
                "\n\nDiscard the changes?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def load_cases(self) -> None:
        def done(found: list[cases.CaseSummary]) -> None:
            current = self.case_combo.currentText()
            self.case_combo.clear()
            for case in found:
                self.case_combo.addItem(case.name)
            if current:
                self.case_combo.setCurrentText(current)
            self.case_button.setEnabled(bool(found))

        self.session.query(cases.list_cases, done, self._failed)

    # -- reading the form ------------------------------------------------------------------------------
    def fields(self) -> Fields:
        return Fields(
            title=self.title.text(),
            narrative=self.narrative.toPlainText(),
            events_start=self.events_start.text().strip(),
            events_end=self.events_end.text().strip(),
            events_approximate=self.approximate.isChecked(),
            events_when=self.events_when.text().strip(),
            place_of_events=self.place_of_events.text().strip(),
            place_of_detention=self.place_of_detention.text().strip(),
            perpetrators=self.perpetrators.toPlainText().strip(),
            injuries=self.injuries.toPlainText().strip(),
            body_regions=self.body.regions(),
            medical_care=self.medical_care.toPlainText().strip(),
            witnesses_mentioned=self.witnesses.toPlainText().strip(),
            interviewer=self.interviewer.text().strip(),
            interview_date=self.interview_date.text().strip(),
            language=self.language.text().strip(),
        )

    # -- writing ---------------------------------------------------------------------------------------
    def _run(self, fn: Callable[[Vault], Any], done: Callable[[Any], None], working: str) -> None:
        if self.busy:
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.say(working)

        def finished(result: Any) -> None:
            self.busy = False
            self.save_button.setEnabled(True)
            done(result)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.save_button.setEnabled(True)
            self._failed(exc)

        self.session.on_vault(lambda vault, task: fn(vault), finished, failed)

    def _failed(self, exc: BaseException) -> None:
        self.say(str(exc), error=True)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b03a2e;" if error else "")
        self.message.setText(text)

    def save(self) -> None:
        content = self.fields()
        pseudonym = self.pseudonym.text()
        linked = sorted(self.linked)
        if self.statement is None:
            name, contact = self.sensitive.identity_values()
            identity = (name, contact) if name.strip() or contact.strip() else None
            consent = self.sensitive.consent_input()
            case_names = list(self.pending_cases)

            def create(vault: Vault) -> int:
                return statements.create(
                    vault,
                    content,
                    pseudonym,
                    items=linked,
                    cases=case_names,
                    identity=identity,
                    consent=consent,
                )

            self._run(create, self._created, self.tr("Saving…"))
            return
        sid = self.statement.id

        def amend(vault: Vault) -> int | None:
            return statements.amend(vault, sid, content, pseudonym=pseudonym, items=linked)

        self._run(amend, lambda number: self._amended(sid, number), self.tr("Saving…"))

    def _created(self, sid: int) -> None:
        self.saved.emit(sid)
        self.load(sid, self.tr("Saved as statement {id}, version 1.").format(id=sid))

    def _amended(self, sid: int, number: int | None) -> None:
        if number is None:
            self.say(self.tr("Nothing changed, so no new version was made."))
            return
        self.saved.emit(sid)
        self.load(sid, self.tr("Saved as version {n}. Earlier versions remain.").format(n=number))

    def _after(self, message: str) -> Callable[[Any], None]:
        def done(_result: Any) -> None:
            self.changed_elsewhere.emit()
            if self.statement is not None:
                self.load(self.statement.id, message)

        return done

    def save_identity(self) -> None:
        if self.statement is None:
            return
        sid = self.statement.id
        name, contact = self.sensitive.identity_values()
        self._run(
            lambda vault: statements.set_identity(vault, sid, name, contact),
            self._after(self.tr("Identity saved, apart from the statement.")),
            self.tr("Saving…"),
        )

    def record_consent(self) -> None:
        consent = self.sensitive.consent_input()
        if self.statement is None or consent is None:
            return
        sid = self.statement.id
        self._run(
            lambda vault: statements.record_consent(vault, sid, consent),
            self._after(self.tr("Consent recorded.")),
            self.tr("Saving…"),
        )

    def withdraw_consent(self) -> None:
        if self.statement is None:
            return
        sid, on = self.statement.id, self.sensitive.withdrawn_on.text().strip()
        self._run(
            lambda vault: statements.withdraw_consent(vault, sid, on),
            self._after(self.tr("Consent withdrawn: nothing of this statement may be exported now.")),
            self.tr("Saving…"),
        )

    def add_to_case(self) -> None:
        name = self.case_combo.currentText().strip()
        if not name:
            return
        if self.statement is None:
            if name not in self.pending_cases:
                self.pending_cases.append(name)
            self._show_cases()
            return
        sid = self.statement.id
        self._run(
            lambda vault: cases.add_statement(vault, name, sid),
            self._after(self.tr("Added to the case {name}.").format(name=name)),
            self.tr("Saving…"),
        )

    # -- links -------------------------------------------------------------------------------------------
    def pick_items(self) -> None:
        picker = ItemPicker(self.session, set(self.linked), self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.set_links(picker.chosen, picker)

    def set_links(self, chosen: set[int], picker: ItemPicker | None = None) -> None:
        names = {}
        if picker is not None:
            for row in range(picker.list.count()):
                entry = picker.list.item(row)
                names[int(entry.data(Qt.ItemDataRole.UserRole))] = entry.text().split("  ·  ")[0]
        self.linked = {i: names.get(i, self.linked.get(i, "")) for i in sorted(chosen)}
        self._show_links()

    def unlink_selected(self) -> None:
        for entry in self.links.selectedItems():
            self.linked.pop(int(entry.data(Qt.ItemDataRole.UserRole)), None)
        self._show_links()

    # -- rendering -----------------------------------------------------------------------------------------
    def render_pdf(self) -> None:
        if self.statement is None:
            return
        suggested = f"statement-{self.statement.id}-v{self.statement.latest.number}.pdf"
        name = file_dialogs.save_file(
            self,
            self.tr("Render the statement to PDF"),
            str(Path.home() / suggested),
            self.tr("PDF documents (*.pdf)"),
            confirm_overwrite=False,
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            self.render_to(path)

    def render_to(self, path: Path) -> None:
        """Render the latest version to a new PDF at ``path`` (never overwriting a file)."""
        if self.statement is None or self.busy:
            return
        if path.exists():
            self._failed(
                FileExistsError(self.tr("{path} already exists; choose another name.").format(path=path))
            )
            return
        sid = self.statement.id
        with_identity = self.sensitive.with_identity.isChecked()
        self.busy = True
        self.say(self.tr("Rendering…"))

        def page(conn: Connection) -> tuple[Statement, str]:
            statement = statements.get(conn, sid)
            return statement, render.render_html(conn, statement, include_identity=with_identity)

        def write(result: tuple[Statement, str]) -> None:
            from ... import render_pdf  # QTextDocument and QPdfWriter, on the UI thread

            statement, document_html = result
            title = f"Statement {statement.id}: {statement.latest.fields.title}"
            try:
                document = render_pdf.html_to_pdf(document_html, title)
            except Exception as exc:  # noqa: BLE001 - shown to the user
                failed(exc)
                return
            self.session.on_vault(
                lambda vault, task: render.export(
                    vault, statement, path, document, fmt="pdf", include_identity=with_identity
                ),
                lambda _none: self._rendered(path),
                failed,
            )

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._failed(exc)

        self.session.query(page, write, failed)

    def _rendered(self, path: Path) -> None:
        self.busy = False
        self.last_pdf = path
        self.say(self.tr("Wrote {path} (recorded in the custody log).").format(path=path))
