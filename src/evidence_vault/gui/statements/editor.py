"""The statement editor: the structured statement, its versions, and (apart) identity and consent.

The fields themselves are the form (form.py); the editor keeps the statement being
edited, knows whether the form holds unsaved changes, and loads and saves.
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
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
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
from .form import StatementForm
from .history import HistoryPane
from .item_picker import ItemPicker
from .sensitive import SensitivePane


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
        self.pending_cases: list[str] = []
        self.busy = False
        self.last_pdf: Path | None = None
        self._saved_snapshot: tuple[object, ...] = ()  # the form as last loaded or saved

        self.form = StatementForm()
        self.history = HistoryPane()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Statement and versions"))
        self.tabs.addTab(self.form, self.tr("Statement"))
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
        self.form.link_button.clicked.connect(self.pick_items)
        self.form.case_button.clicked.connect(self.add_to_case)
        self.sensitive.save_identity.clicked.connect(self.save_identity)
        self.sensitive.record_consent.clicked.connect(self.record_consent)
        self.sensitive.withdraw.clicked.connect(self.withdraw_consent)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.save)
        self.new_statement()

    # -- showing -----------------------------------------------------------------------------
    def _show_cases(self) -> None:
        self.form.show_cases(self.statement.cases if self.statement is not None else self.pending_cases)

    def new_statement(self) -> None:
        self.statement = None
        self.pending_cases = []
        self.form.fill("", Fields("", ""), {})
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
        self._saved_snapshot = self._snapshot()

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
        linked = {int(link["id"]): loaded.names.get(int(link["id"]), "") for link in latest.items}
        self.form.fill(statement.pseudonym, latest.fields, linked)
        self.pending_cases = []
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
        self._saved_snapshot = self._snapshot()

    # -- unsaved changes -----------------------------------------------------------------------------
    def _snapshot(self) -> tuple[object, ...]:
        """What a save would write: the statement, its links and, before the first save, the
        identity and consent typed beside it."""
        first = self.statement is None
        return (
            self.form.pseudonym.text(),
            self.form.fields(),
            tuple(sorted(self.form.linked)),
            tuple(self.pending_cases),
            self.sensitive.identity_values() if first else None,
            self.sensitive.consent_input() if first else None,
        )

    def has_unsaved_changes(self) -> bool:
        return self._snapshot() != self._saved_snapshot

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
        self.session.query(
            cases.list_cases, lambda found: self.form.offer_cases([c.name for c in found]), self._failed
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
        content = self.form.fields()
        pseudonym = self.form.pseudonym.text()
        linked = sorted(self.form.linked)
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
        name = self.form.case_combo.currentText().strip()
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
        picker = ItemPicker(self.session, set(self.form.linked), self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.set_links(picker.chosen, picker)

    def set_links(self, chosen: set[int], picker: ItemPicker | None = None) -> None:
        names = {}
        if picker is not None:
            for row in range(picker.list.count()):
                entry = picker.list.item(row)
                names[int(entry.data(Qt.ItemDataRole.UserRole))] = entry.text().split("  ·  ")[0]
        linked = self.form.linked
        self.form.set_links({i: names.get(i, linked.get(i, "")) for i in sorted(chosen)})

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
