"""Export: seal items for investigators, or write sanitized copies to a folder.

Steps: what to export (the grid's selection or a whole case) → profile → recipients →
what leaves (the sanitizer's risk report per item; anything it cannot clean blocks the
sanitized profiles) → consent for statements (only when a case brings statements) →
where to write it → progress with Cancel → the result, with the bundle's SHA-256 and the
custody anchor code to write down.

Every database access runs in the Session's workers; the UI thread only shows results.
Nothing decrypted is written anywhere but the destination the user chose.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import bundle, export_plan
from ..core.audit.anchor import Anchor
from ..core.bundle import recipients
from ..core.bundle.recipients import Recipient
from ..core.errors import VaultError
from ..core.evidence import cases
from ..core.evidence.items import ItemSummary, visible_text
from ..core.session.vault import Vault
from ..core.store.database import Connection
from . import file_dialogs
from .common import human_size, mono_font
from .session import Session
from .tasks import Task
from .widgets import Page, selectable, wrapped_text

ITEMS, PROFILE, RECIPIENTS, RISKS, CONSENT, DESTINATION, PROGRESS, RESULT = range(8)
ORIGINALS, SANITIZED, FOLDER = "originals", "sanitized", "folder"
RED = QColor("#b03a2e")
_AGE_KEY = re.compile(r"age1[02-9ac-hj-np-z]{58}")


def find_public_key(text: str) -> str | None:
    """The first age public key (age1…) in pasted text or a key file, or None."""
    match = _AGE_KEY.search(text)
    return match.group(0) if match else None


class AddRecipientDialog(QDialog):
    """A name and an age public key, pasted or loaded from a file; the fingerprint is shown
    before anything is saved, to be compared with the recipient by voice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a recipient"))
        self.setMinimumWidth(560)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Recipient name"))
        self.name.setPlaceholderText(self.tr("e.g. UN investigators"))
        self.key = QPlainTextEdit()
        self.key.setAccessibleName(self.tr("Public key"))
        self.key.setPlaceholderText(self.tr("Paste the key that starts with age1…"))
        self.key.setFixedHeight(64)
        self.key.setTabChangesFocus(True)
        self.load_button = QPushButton(self.tr("Load from a file…"))
        self.load_button.setAccessibleName(self.tr("Load the public key from a file"))
        self.load_button.clicked.connect(self._load)
        self.fingerprint = selectable(wrapped_text(" "))
        self.fingerprint.setFont(mono_font(12))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.problem = wrapped_text("")
        self.problem.setObjectName("errorLabel")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add recipient"))
        self.ok_button.setAccessibleName(self.tr("Add recipient"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Public key"), self.key)
        row = QHBoxLayout()
        row.addWidget(self.load_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            wrapped_text(
                self.tr(
                    "Read the fingerprint aloud with the recipient (by phone or in person) and add "
                    "them only if it matches theirs exactly."
                )
            )
        )
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.key.textChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._update()

    @property
    def public_key(self) -> str | None:
        found = find_public_key(self.key.toPlainText())
        if found is None:
            return None
        try:
            recipients.parse_public_key(found)
        except VaultError:
            return None
        return found

    def _update(self) -> None:
        text = self.key.toPlainText().strip()
        key = self.public_key
        if key is not None:
            self.fingerprint.setText(Recipient("", key).fingerprint)
            self.problem.setText("")
        else:
            self.fingerprint.setText(" ")
            self.problem.setText(
                self.tr("This is not an age public key. It starts with age1 and has 62 characters.")
                if text
                else ""
            )
        self.ok_button.setEnabled(key is not None and bool(self.name.text().strip()))

    def _load(self) -> None:
        name = file_dialogs.open_file(self, self.tr("Choose the file with the public key"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")[:65536]
        except OSError as exc:
            self.problem.setText(self.tr("Cannot read that file: {e}").format(e=exc.strerror))
            return
        key = find_public_key(text)
        if key is None:
            self.key.setPlainText("")
            self.problem.setText(self.tr("That file holds no age public key (age1…)."))
            return
        self.key.setPlainText(key)

    def _accept(self) -> None:
        if self.public_key is not None and self.name.text().strip():
            self.accept()


class ExportWizard(QDialog):
    """Emits ``exported(result)`` with a SealResult or a FolderExport when it succeeds."""

    exported = Signal(object)

    def __init__(self, session: Session, selected: list[ItemSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.setWindowTitle(self.tr("Export"))
        self.setModal(False)
        self.resize(860, 640)
        self.session = session
        self.selected = list(selected)
        self.plan = export_plan.Plan()
        self.profile = ORIGINALS
        self.all_recipients: list[Recipient] = []
        self.own: Recipient | None = None
        self.reports: list[Any] = []  # sanitize.ItemReport, in item order
        self.risk_done = False
        self.risk_task: Task | None = None
        self.consents: list[export_plan.Consent] = []
        self.destination: Path | None = None
        self.cancel_event = threading.Event()
        self.export_task: Task | None = None
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self._close_when_stopped = False
        self._pending_add: str | None = None

        self.stack = QStackedWidget()
        for build in (
            self._items_page,
            self._profile_page,
            self._recipients_page,
            self._risks_page,
            self._consent_page,
            self._destination_page,
            self._progress_page,
            self._result_page,
        ):
            self.stack.addWidget(build())

        self.steps = QLabel()
        self.steps.setEnabled(False)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        nav = QHBoxLayout()
        nav.addWidget(self.steps)
        nav.addStretch(1)
        nav.addWidget(self.cancel_button)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)

        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 18)
        inner.addWidget(self.stack, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("separator")
        inner.addSpacing(6)
        inner.addWidget(line)
        inner.addLayout(nav)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addWidget(card)

        self._load_cases()
        self._load_recipients()
        self._go(ITEMS)

    # -- pages ---------------------------------------------------------------------
    def _items_page(self) -> QWidget:
        page = Page(self.tr("What to export"), heading_size=5)
        self.source_group = QButtonGroup(self)
        self.use_selection = QRadioButton(
            self.tr("The selected item(s) (%n)", "", len(self.selected))
            if self.selected
            else self.tr("The selected items (none selected)")
        )
        self.use_selection.setAccessibleName(self.tr("Export the selected items"))
        self.use_selection.setEnabled(bool(self.selected))
        self.use_case = QRadioButton(self.tr("A whole case, with its statements:"))
        self.use_case.setAccessibleName(self.tr("Export a whole case"))
        self.case_combo = QComboBox()
        self.case_combo.setAccessibleName(self.tr("Case"))
        self.case_combo.setEnabled(False)
        self.case_combo.setMinimumWidth(320)
        self.source_group.addButton(self.use_selection)
        self.source_group.addButton(self.use_case)
        (self.use_selection if self.selected else self.use_case).setChecked(True)
        self.use_case.toggled.connect(self._update_nav)
        self.case_combo.currentIndexChanged.connect(self._update_nav)
        page.add(self.use_selection)
        row = QHBoxLayout()
        row.addWidget(self.use_case)
        row.addWidget(self.case_combo, 1)
        page.layout_.addLayout(row)
        if self.selected:
            names = ", ".join(visible_text(i.name) for i in self.selected[:6])
            more = len(self.selected) - 6
            page.add(wrapped_text(names + (self.tr(" and %n more", "", more) if more > 0 else "")))
        self.items_problem = wrapped_text("")
        self.items_problem.setObjectName("errorLabel")
        page.add(self.items_problem)
        page.finish()
        return page

    def _profile_page(self) -> QWidget:
        page = Page(self.tr("What kind of copies"), heading_size=5)
        self.profile_group = QButtonGroup(self)
        choices = (
            (
                ORIGINALS,
                self.tr("Originals for investigators"),
                self.tr(
                    "The files exactly as they entered the archive, with all their metadata (place, "
                    "time, device), sealed in an encrypted, signed bundle only the chosen recipients "
                    "can open."
                ),
            ),
            (
                SANITIZED,
                self.tr("Sanitized copies"),
                self.tr(
                    "Copies with location, device and personal metadata removed, also sealed in a "
                    "bundle. Files the program cannot clean stop the export."
                ),
            ),
            (
                FOLDER,
                self.tr("Plain sanitized files to a folder"),
                self.tr(
                    "Sanitized copies written as ordinary, unencrypted files, for publishing. No "
                    "signatures or custody proofs travel with them."
                ),
            ),
        )
        self.profile_buttons: dict[str, QRadioButton] = {}
        for key, title, text in choices:
            button = QRadioButton(title)
            button.setAccessibleName(title)
            button.setAccessibleDescription(text)
            self.profile_group.addButton(button)
            self.profile_buttons[key] = button
            page.add(button)
            hint = wrapped_text(text)
            hint.setContentsMargins(26, 0, 0, 8)
            page.add(hint)
            if key == ORIGINALS:
                page.add(self._withhold_choices())
        self.profile_buttons[ORIGINALS].setChecked(True)
        for key, button in self.profile_buttons.items():
            button.toggled.connect(lambda on, k=key: self._set_profile(k) if on else None)
        page.finish()
        return page

    def _withhold_choices(self) -> QWidget:
        """Under "Originals for investigators": device-identifying fields to withhold."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(26, 0, 0, 8)
        label = wrapped_text(
            self.tr(
                "Withhold from the originals (places and times are always kept; each file then "
                "travels as a copy with only these fields cut out, listed with the original's hash):"
            )
        )
        layout.addWidget(label)
        self.withhold_boxes: dict[str, QCheckBox] = {}
        for key, title in (
            ("serials", self.tr("serial numbers")),
            ("make-model", self.tr("make and model")),
            ("software", self.tr("software")),
            ("owner", self.tr("owner names")),
        ):
            check = QCheckBox(title)
            check.setAccessibleName(self.tr("Withhold {what}").format(what=title))
            check.toggled.connect(self._withhold_changed)
            layout.addWidget(check)
            self.withhold_boxes[key] = check
        self.withhold_group = box
        return box

    def _withhold_changed(self, *_args: object) -> None:
        self.reports, self.risk_done = [], False
        self._update_nav()

    @property
    def withhold(self) -> frozenset[str]:
        """What to withhold from the originals (empty for the sanitized profiles)."""
        if self.profile != ORIGINALS:
            return frozenset()
        return frozenset(key for key, check in self.withhold_boxes.items() if check.isChecked())

    def _recipients_page(self) -> QWidget:
        page = Page(self.tr("Who can open it"), heading_size=5)
        page.add(
            wrapped_text(
                self.tr(
                    "Tick who the bundle is for. Compare each fingerprint with the recipient by voice "
                    "before you send anything."
                )
            )
        )
        self.recipient_list = QListWidget()
        self.recipient_list.setAccessibleName(self.tr("Recipients"))
        self.recipient_list.itemChanged.connect(self._update_nav)
        page.add(self.recipient_list, 1)
        row = QHBoxLayout()
        self.add_recipient_button = QPushButton(self.tr("Add recipient…"))
        self.add_recipient_button.setAccessibleName(self.tr("Add recipient"))
        self.add_recipient_button.clicked.connect(self.open_add_recipient)
        row.addWidget(self.add_recipient_button)
        row.addStretch(1)
        page.layout_.addLayout(row)
        self.own_label = wrapped_text(self.tr("This archive's own key is always included…"))
        self.own_label.setAccessibleName(self.tr("This archive's own key"))
        page.add(self.own_label)
        self.recipients_problem = wrapped_text("")
        self.recipients_problem.setObjectName("errorLabel")
        page.add(self.recipients_problem)
        return page

    def _risks_page(self) -> QWidget:
        page = Page(self.tr("What leaves with the files"), heading_size=5)
        self.risk_summary = wrapped_text(self.tr("Reading the metadata of each file…"))
        page.add(self.risk_summary)
        self.risk_bar = QProgressBar()
        self.risk_bar.setAccessibleName(self.tr("Reading metadata"))
        self.risk_bar.setFixedHeight(8)
        self.risk_bar.setTextVisible(False)
        page.add(self.risk_bar)
        self.risk_tree = QTreeWidget()
        self.risk_tree.setAccessibleName(self.tr("Metadata of each file and what happens to it"))
        self.risk_tree.setHeaderLabels(
            [self.tr("Field"), self.tr("Value"), self.tr("Risk"), self.tr("Result")]
        )
        self.risk_tree.setAlternatingRowColors(True)
        self.risk_tree.setUniformRowHeights(True)
        header = self.risk_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.risk_tree.setColumnWidth(0, 260)
        self.risk_tree.setColumnWidth(2, 80)
        self.risk_tree.setColumnWidth(3, 140)
        page.add(self.risk_tree, 1)
        self.risk_problem = wrapped_text("")
        self.risk_problem.setObjectName("errorLabel")
        page.add(self.risk_problem)
        return page

    def _consent_page(self) -> QWidget:
        page = Page(self.tr("Consent for the statements"), heading_size=5)
        page.add(
            wrapped_text(
                self.tr(
                    "Statements go only where the witness's recorded consent covers these recipients. "
                    "They travel under the pseudonym; the witness's identity is never included here."
                )
            )
        )
        self.consent_list = QListWidget()
        self.consent_list.setAccessibleName(self.tr("Statements and their consent"))
        self.consent_list.setWordWrap(True)
        page.add(self.consent_list, 1)
        self.consent_problem = wrapped_text("")
        self.consent_problem.setObjectName("errorLabel")
        page.add(self.consent_problem)
        return page

    def _destination_page(self) -> QWidget:
        page = Page(self.tr("Where to write it"), heading_size=5)
        self.destination_hint = wrapped_text("")
        page.add(self.destination_hint)
        self.destination_label = selectable(QLabel(self.tr("Nothing chosen yet.")))
        self.destination_label.setObjectName("pathLabel")
        self.destination_label.setWordWrap(True)
        self.destination_label.setAccessibleName(self.tr("Destination"))
        page.add(self.destination_label)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose where to write it"))
        self.choose_button.clicked.connect(self._choose_destination)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        page.layout_.addLayout(row)
        self.destination_summary = wrapped_text("")
        page.add(self.destination_summary)
        self.destination_problem = wrapped_text("")
        self.destination_problem.setObjectName("errorLabel")
        page.add(self.destination_problem)
        page.finish()
        return page

    def _progress_page(self) -> QWidget:
        page = Page(self.tr("Exporting"), heading_size=5)
        self.progress_label = wrapped_text(self.tr("Preparing…"))
        page.add(self.progress_label)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Export progress"))
        self.progress_bar.setRange(0, 0)
        page.add(self.progress_bar)
        self.progress_problem = wrapped_text("")
        self.progress_problem.setObjectName("errorLabel")
        page.add(self.progress_problem)
        page.finish()
        return page

    def _result_page(self) -> QWidget:
        page = Page(self.tr("Done"), heading_size=5)
        self.result_intro = wrapped_text("")
        page.add(self.result_intro)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.result_path = selectable(wrapped_text())
        self.result_path.setAccessibleName(self.tr("Written to"))
        self.result_sha = selectable(wrapped_text())
        self.result_sha.setFont(mono_font())
        self.result_sha.setAccessibleName(self.tr("SHA-256 fingerprint of the bundle"))
        self.result_recipients = selectable(wrapped_text())
        self.result_recipients.setAccessibleName(self.tr("Recipients"))
        self.result_anchor = selectable(wrapped_text())
        self.result_anchor.setFont(mono_font(13))
        self.result_anchor.setAccessibleName(self.tr("Custody anchor code"))
        self.result_sha_title = QLabel(self.tr("SHA-256"))
        self.result_recipients_title = QLabel(self.tr("Sealed to"))
        self.result_anchor_title = QLabel(self.tr("Anchor code"))
        self._sealed_only: tuple[QWidget, ...] = (
            self.result_sha,
            self.result_sha_title,
            self.result_recipients,
            self.result_recipients_title,
            self.result_anchor,
            self.result_anchor_title,
        )
        form.addRow(self.tr("Written to"), self.result_path)
        form.addRow(self.result_sha_title, self.result_sha)
        form.addRow(self.result_recipients_title, self.result_recipients)
        form.addRow(self.result_anchor_title, self.result_anchor)
        page.layout_.addLayout(form)
        self.result_note = wrapped_text("")
        page.add(self.result_note)
        page.finish()
        return page

    # -- loading through the session --------------------------------------------------
    def _load_cases(self) -> None:
        self.session.query(cases.list_cases, self._cases_loaded)

    def _cases_loaded(self, listed: list[cases.CaseSummary]) -> None:
        self.case_combo.clear()
        for case in listed:
            label = self.tr("{name} — %n item(s)", "", case.items).format(name=visible_text(case.name))
            if case.statements:
                label += self.tr(", %n statement(s)", "", case.statements)
            self.case_combo.addItem(label, case.name)
        self.use_case.setEnabled(bool(listed))
        self.case_combo.setEnabled(bool(listed) and self.use_case.isChecked())
        if not listed and not self.selected:
            self.items_problem.setText(
                self.tr("Select items in the main window, or file items under a case, first.")
            )
        self._update_nav()

    def _load_recipients(self, check: str | None = None) -> None:
        def load(vault: Vault, task: Task) -> tuple[list[Recipient], Recipient]:
            return recipients.list_all(vault), recipients.own_recipient(vault)

        self.session.on_vault(
            load, lambda result: self._recipients_loaded(result, check), self._failed_inline
        )

    def _recipients_loaded(self, result: tuple[list[Recipient], Recipient], check: str | None) -> None:
        listed, own = result
        ticked = {name for name in self.chosen_recipient_names()}
        if check:
            ticked.add(check)
        self.all_recipients, self.own = listed, own
        self.recipient_list.blockSignals(True)
        self.recipient_list.clear()
        for recipient in listed:
            entry = QListWidgetItem(
                self.tr("{name}\nfingerprint {fp}").format(
                    name=visible_text(recipient.name), fp=recipient.fingerprint
                )
            )
            entry.setData(Qt.ItemDataRole.UserRole, recipient.name)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if recipient.name in ticked else Qt.CheckState.Unchecked
            )
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{recipient.name}, {recipient.fingerprint}")
            self.recipient_list.addItem(entry)
        self.recipient_list.blockSignals(False)
        if self.recipient_list.count():
            self.recipient_list.setCurrentRow(0)
        self.own_label.setText(
            self.tr(
                "This archive's own key is always included, so you can reopen the bundle yourself "
                "(fingerprint {fp})."
            ).format(fp=own.fingerprint)
        )
        if not listed:
            self.recipients_problem.setText(self.tr("No recipients yet. Add one with “Add recipient…”."))
        else:
            self.recipients_problem.setText("")
        self._update_nav()

    def chosen_recipient_names(self) -> list[str]:
        names = []
        for row in range(self.recipient_list.count()):
            entry = self.recipient_list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                names.append(str(entry.data(Qt.ItemDataRole.UserRole)))
        return names

    def set_recipient_checked(self, name: str, checked: bool = True) -> None:
        for row in range(self.recipient_list.count()):
            entry = self.recipient_list.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == name:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def open_add_recipient(self) -> AddRecipientDialog:
        dialog = AddRecipientDialog(self)
        dialog.accepted.connect(lambda: self.add_recipient(dialog.name.text(), dialog.public_key or ""))
        dialog.open()
        self.add_dialog = dialog
        return dialog

    def add_recipient(self, name: str, public_key: str) -> None:
        name = name.strip()
        self._pending_add = name

        def add(vault: Vault, task: Task) -> Recipient:
            return recipients.add(vault, name, public_key)

        def added(recipient: Recipient) -> None:
            self._pending_add = None
            self._load_recipients(check=recipient.name)

        def failed(exc: BaseException) -> None:
            self._pending_add = None
            self.recipients_problem.setText(self.tr("Could not add the recipient: {e}").format(e=exc))

        self.session.on_vault(add, added, failed)

    def _failed_inline(self, exc: BaseException) -> None:
        self.recipients_problem.setText(str(exc))

    # -- the plan -------------------------------------------------------------------
    def _set_profile(self, key: str) -> None:
        self.profile = key
        self.withhold_group.setEnabled(key == ORIGINALS)
        self.reports, self.risk_done = [], False
        self.destination = None
        self.destination_label.setText(self.tr("Nothing chosen yet."))
        self._update_nav()

    @property
    def sealed(self) -> bool:
        return self.profile in (ORIGINALS, SANITIZED)

    def _resolve_items(self) -> None:
        """Turn the first page's choice into items (and a case's statements), then go on."""
        case = self.case_combo.currentData() if self.use_case.isChecked() else None
        if self.use_case.isChecked() and not case:
            return
        chosen = [] if case else list(self.selected)

        def load(conn: Connection) -> export_plan.Plan:
            return export_plan.choose(conn, chosen=chosen, case=case)

        self.next_button.setEnabled(False)
        self.session.query(load, self._items_resolved, self._items_failed)

    def _items_resolved(self, plan: export_plan.Plan) -> None:
        self.items_problem.setText("")
        changed = [i.id for i in plan.items] != [i.id for i in self.plan.items]
        self.plan = plan
        if changed:
            self.reports, self.risk_done = [], False
        self._go(PROFILE)

    def _items_failed(self, exc: BaseException) -> None:
        if isinstance(exc, export_plan.NothingToExport):
            self.items_problem.setText(self.tr("There is nothing to export in that choice."))
        else:
            self.items_problem.setText(str(exc))
        self._update_nav()

    def _start_risk_report(self) -> None:
        if self.risk_done or self.risk_task is not None:
            self._show_risks()
            return
        chosen = list(self.plan.items)
        withhold = self.withhold or None
        self.risk_tree.clear()
        self.risk_bar.setRange(0, max(1, len(chosen)))
        self.risk_bar.setValue(0)
        self.risk_bar.show()
        self.risk_summary.setText(self.tr("Reading the metadata of each file…"))

        def run(vault: Vault, task: Task) -> list[Any]:
            return export_plan.risk_reports(
                vault, chosen, withhold, cancelled=lambda: task.cancelled, progress=task.report
            )

        def done(found: list[Any]) -> None:
            self.risk_task = None
            self.reports, self.risk_done = found, True
            self._show_risks()

        def failed(exc: BaseException) -> None:
            self.risk_task = None
            self.risk_problem.setText(self.tr("The metadata could not be read: {e}").format(e=exc))
            self._update_nav()

        self.risk_task = self.session.on_vault(run, done, failed, self.risk_bar.setValue)
        self._update_nav()

    def _action_words(self, action: str) -> str:
        if self.profile == ORIGINALS:
            if action == "withheld":
                return self.tr("withheld")
            if action == "blocking" and self.withhold:
                return self.tr("CANNOT be withheld")
            return self.tr("kept (original)")
        return {
            "removed": self.tr("removed"),
            "kept": self.tr("kept"),
            "re-encoded": self.tr("re-encoded"),
            "blocking": self.tr("CANNOT be removed"),
            "unknown": self.tr("unknown"),
        }.get(action, action)

    def _show_risks(self) -> None:
        if not self.risk_done:
            return
        self.risk_bar.hide()
        self.risk_tree.clear()
        blocked = 0
        for report in self.reports:
            # For plain originals, what the sanitizer could not clean does not matter.
            cannot = bool(report.blocking) and (self.profile != ORIGINALS or bool(self.withhold))
            blocked += cannot
            withheld = any(plan.action == "withheld" for plan in report.fields)
            if self.profile == ORIGINALS and cannot:
                state = self.tr("CANNOT withhold the chosen fields")
            elif self.profile == ORIGINALS and withheld:
                state = self.tr("sent with the chosen fields withheld")
            elif self.profile == ORIGINALS:
                state = self.tr("sent unchanged")
            elif cannot:
                state = self.tr("CANNOT be cleaned")
            else:
                state = self.tr("can be cleaned")
            top = QTreeWidgetItem([visible_text(report.name), "", "", state])
            font = top.font(0)
            font.setBold(True)
            for column in range(4):
                top.setFont(column, font)
            if cannot:
                for column in range(4):
                    top.setForeground(column, QBrush(RED))
            for plan in report.fields:
                row = QTreeWidgetItem(
                    [
                        visible_text(plan.field.field),
                        visible_text(plan.field.value)[:200],
                        plan.field.risk.value,
                        self._action_words(plan.action),
                    ]
                )
                row.setToolTip(0, visible_text(plan.field.location))
                row.setToolTip(1, visible_text(plan.field.value)[:2000])
                if plan.action == "blocking" and cannot:
                    for column in range(4):
                        row.setForeground(column, QBrush(RED))
                top.addChild(row)
            if cannot:
                why = self.tr("Cannot withhold") if self.profile == ORIGINALS else self.tr("Cannot clean")
                for reason in report.blocking:
                    row = QTreeWidgetItem([why, visible_text(reason), "", ""])
                    for column in range(4):
                        row.setForeground(column, QBrush(RED))
                    top.addChild(row)
            elif not report.fields:
                top.addChild(QTreeWidgetItem([self.tr("No metadata found"), "", "", ""]))
            self.risk_tree.addTopLevelItem(top)
            top.setExpanded(True)
        count = len(self.reports)
        if self.profile == ORIGINALS and blocked:
            self.risk_summary.setText(self.tr("Fields marked 'withheld' are cut out of the copies sent."))
            self.risk_problem.setText(
                self.tr(
                    "The chosen fields cannot be withheld from %n file(s) (in red). Go back and leave "
                    "them out, or withhold nothing.",
                    "",
                    blocked,
                )
            )
        elif self.profile == ORIGINALS and self.withhold:
            self.risk_summary.setText(
                self.tr(
                    "Originals leave as they are, except the fields marked 'withheld', which are cut out "
                    "of the copies sent; every other field goes with them. Only the recipients can read them."
                )
            )
            self.risk_problem.setText("")
        elif self.profile == ORIGINALS:
            self.risk_summary.setText(
                self.tr(
                    "Originals leave exactly as they are: every field below goes with them. Only the "
                    "recipients can read them."
                )
            )
            self.risk_problem.setText("")
        elif blocked:
            self.risk_summary.setText(self.tr("%n file(s) will be cleaned as shown.", "", count - blocked))
            self.risk_problem.setText(
                self.tr(
                    "%n file(s) cannot be cleaned (in red). Go back and leave them out, or send originals.",
                    "",
                    blocked,
                )
            )
        else:
            self.risk_summary.setText(self.tr("All %n file(s) can be cleaned as shown.", "", count))
            self.risk_problem.setText("")
        self._update_nav()

    @property
    def blocked(self) -> bool:
        """Whether something the sanitizer cannot clean (or withhold) stops this export."""
        return (self.profile != ORIGINALS or bool(self.withhold)) and any(r.blocking for r in self.reports)

    def _check_consent(self) -> None:
        ids = list(self.plan.statement_ids)
        names = self.chosen_recipient_names()

        def load(conn: Connection) -> list[export_plan.Consent]:
            return export_plan.consents(conn, ids, names)

        self.consent_list.clear()
        self.consent_problem.setText("")
        self.consents = []
        self.next_button.setEnabled(False)
        self.session.query(load, self._consent_checked, lambda exc: self.consent_problem.setText(str(exc)))

    def _consent_checked(self, found: list[export_plan.Consent]) -> None:
        self.consents = found
        self.consent_list.clear()
        for consent in found:
            mark = self.tr("allowed") if consent.allowed else self.tr("REFUSED")
            entry = QListWidgetItem(
                self.tr("Statement {id} ({pseudonym}): {mark}\n{reason}").format(
                    id=consent.statement_id,
                    pseudonym=visible_text(consent.pseudonym),
                    mark=mark,
                    reason=consent.reason,
                )
            )
            if not consent.allowed:
                entry.setForeground(QBrush(RED))
            self.consent_list.addItem(entry)
        refused = sum(not c.allowed for c in found)
        self.consent_problem.setText(
            self.tr(
                "%n statement(s) cannot go to these recipients. Change the recipients, or export "
                "the items without the case.",
                "",
                refused,
            )
            if refused
            else ""
        )
        self._update_nav()

    def _choose_destination(self) -> None:
        if self.sealed:
            name = file_dialogs.save_file(
                self, self.tr("Save the bundle as"), "", self.tr("Sealed bundles (*.evb)")
            )
            if name:
                path = Path(name)
                self.set_destination(path if path.suffix.lower() == ".evb" else path.with_suffix(".evb"))
        else:
            folder = file_dialogs.existing_directory(self, self.tr("Choose an empty folder"))
            if folder:
                self.set_destination(Path(folder))

    def set_destination(self, path: Path) -> None:
        self.destination = Path(path)
        self.destination_label.setText(str(path))
        problem = ""
        if self.sealed and path.exists():
            problem = self.tr("That file already exists. Choose a new name; nothing is overwritten.")
        elif not self.sealed and path.exists() and (not path.is_dir() or any(path.iterdir())):
            problem = self.tr("That folder is not empty. Choose an empty or new folder.")
        self.destination_problem.setText(problem)
        self._update_nav()

    # -- navigation ----------------------------------------------------------------
    def _sequence(self) -> list[int]:
        pages = [ITEMS, PROFILE]
        if self.sealed:
            pages.append(RECIPIENTS)
        if self.plan.items:
            pages.append(RISKS)
        if self.sealed and self.plan.statement_ids:
            pages.append(CONSENT)
        return [*pages, DESTINATION, PROGRESS, RESULT]

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        sequence = self._sequence()
        shown = sequence.index(index) + 1 if index in sequence else 1
        self.steps.setText(
            self.tr("Step {n} of {total}").format(n=min(shown, len(sequence) - 1), total=len(sequence) - 1)
        )
        if index == RISKS:
            self._start_risk_report()
        elif index == CONSENT:
            self._check_consent()
        elif index == DESTINATION:
            self._describe_destination()
        self._update_nav()
        focus = {
            ITEMS: self.use_selection if self.selected else self.use_case,
            PROFILE: self.profile_buttons[self.profile],
            RECIPIENTS: self.recipient_list,
            RISKS: self.risk_tree,
            CONSENT: self.consent_list,
            DESTINATION: self.choose_button,
        }.get(index)
        if focus is not None:
            focus.setFocus()

    def _describe_destination(self) -> None:
        if self.destination is None:
            self.destination_label.setText(self.tr("Nothing chosen yet."))
        n = len(self.plan.items)
        if self.sealed:
            self.destination_hint.setText(
                self.tr("Choose a new file for the sealed bundle (.evb). Only the recipients can open it.")
            )
            who = ", ".join(self.chosen_recipient_names())
            kind = self.tr("originals") if self.profile == ORIGINALS else self.tr("sanitized copies")
            summary = self.tr("%n file(s) as {kind}, sealed to {who} and this archive.", "", n).format(
                kind=kind, who=who
            )
            if self.plan.statement_ids:
                summary += " " + self.tr("With %n statement(s).", "", len(self.plan.statement_ids))
        else:
            self.destination_hint.setText(
                self.tr(
                    "Choose an empty folder. The cleaned copies are written there as ordinary files "
                    "that anyone with the folder can read."
                )
            )
            summary = self.tr("%n sanitized file(s).", "", n)
            if self.plan.statement_ids:
                summary += " " + self.tr("Statements are never written to a plain folder; they are left out.")
        self.destination_summary.setText(summary)

    def _update_nav(self, *_args: object) -> None:
        index = self.page
        self.case_combo.setEnabled(self.use_case.isChecked() and self.case_combo.count() > 0)
        stopped = index == PROGRESS and not self.running  # failed or cancelled: back, or close
        self.back_button.setVisible(index not in (ITEMS, PROGRESS, RESULT) or stopped)
        self.cancel_button.setVisible(index != RESULT and not stopped)
        self.cancel_button.setEnabled(not (index == PROGRESS and self.cancel_event.is_set()))
        self.next_button.setVisible(index != PROGRESS or stopped)
        if index == RESULT or stopped:
            self.next_button.setText(self.tr("Close"))
        elif index == DESTINATION:
            self.next_button.setText(self.tr("Export"))
        else:
            self.next_button.setText(self.tr("Next"))
        enabled = True
        if index == ITEMS:
            enabled = (self.use_selection.isChecked() and bool(self.selected)) or (
                self.use_case.isChecked() and self.case_combo.currentData() is not None
            )
        elif index == RECIPIENTS:
            enabled = bool(self.chosen_recipient_names()) and self._pending_add is None
        elif index == RISKS:
            enabled = self.risk_done and not self.blocked
        elif index == CONSENT:
            enabled = len(self.consents) == len(self.plan.statement_ids) and all(
                c.allowed for c in self.consents
            )
        elif index == DESTINATION:
            enabled = self.destination is not None and not self.destination_problem.text()
        self.next_button.setEnabled(bool(enabled))

    def back(self) -> None:
        if self.page == PROGRESS and not self.running:
            if self.destination is not None:
                self.set_destination(self.destination)
            self._go(DESTINATION)
            return
        sequence = self._sequence()
        if self.page in sequence and sequence.index(self.page) > 0 and self.page not in (PROGRESS, RESULT):
            self._go(sequence[sequence.index(self.page) - 1])

    def next(self) -> None:
        index = self.page
        if not self.next_button.isEnabled() and index != RESULT:
            return
        if index == ITEMS:
            self._resolve_items()
            return
        if index == DESTINATION:
            self.start_export()
            return
        if index == RESULT or (index == PROGRESS and not self.running):
            self.accept()
            return
        sequence = self._sequence()
        self._go(sequence[sequence.index(index) + 1])

    # -- running -------------------------------------------------------------------
    def start_export(self) -> None:
        if self.destination is None or self.running:
            return
        out = self.destination
        chosen = list(self.plan.items)
        names = self.chosen_recipient_names()
        statement_ids = list(self.plan.statement_ids) if self.sealed else []
        profile, cancel, withhold = self.profile, self.cancel_event, self.withhold
        cancel.clear()
        self.cancelled, self.error, self.result = False, None, None
        self.progress_problem.setText("")
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(
            self.tr("Making the sanitized copies…") if profile != ORIGINALS else self.tr("Sealing…")
        )

        def run(vault: Vault, task: Task) -> Any:
            def progress(done: int, total: int) -> None:
                if task.cancelled:  # the archive is being locked
                    cancel.set()
                task.report((done, total))

            if profile == FOLDER:
                return bundle.export_sanitized_folder(vault, chosen, out, progress=progress, cancel=cancel)
            return bundle.seal(
                vault,
                chosen,
                names,
                out,
                profile=profile,
                statement_ids=statement_ids,
                withhold=withhold,
                progress=progress,
                cancel=cancel,
            )

        self.running = True
        self._go(PROGRESS)
        self.export_task = self.session.on_vault(
            run, self._export_done, self._export_failed, self._export_progress
        )
        if self.export_task is None:
            self.running = False
            self.progress_problem.setText(self.tr("The archive is locking; nothing was written."))

    def _export_progress(self, value: tuple[int, int]) -> None:
        done, total = value
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(int(1000 * done / max(1, total)))
        if done >= total and self.sealed:
            self.progress_label.setText(self.tr("Checking the sealed bundle…"))
        else:
            self.progress_label.setText(
                self.tr("{done} of {total}").format(done=human_size(done), total=human_size(total))
            )

    def _cancel_clicked(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.reject()

    def cancel(self) -> None:
        if self.running:
            self.cancel_event.set()
            self.progress_label.setText(self.tr("Stopping…"))
            self._update_nav()

    def _stopped(self) -> None:
        self.running = False
        self.export_task = None
        if self._close_when_stopped:
            super().reject()

    def _export_done(self, result: Any) -> None:
        self._stopped()
        self.result = result
        self._show_result(result)
        self._go(RESULT)
        self.exported.emit(result)

    def _export_failed(self, exc: BaseException) -> None:
        self._stopped()
        self.error = exc
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        if isinstance(exc, bundle.ExportCancelled):
            self.cancelled = True
            self.progress_label.setText(self.tr("Export cancelled. The half-written output was deleted."))
        else:
            self.progress_label.setText(self.tr("The export stopped. Nothing was kept."))
            self.progress_problem.setText(str(exc))
        self._update_nav()
        self.next_button.setFocus()

    def _show_result(self, result: Any) -> None:
        if isinstance(result, bundle.SealResult):
            self.result_intro.setText(
                self.tr(
                    "The bundle is sealed and was checked after writing. %n file(s) inside.", "", result.items
                )
            )
            self.result_path.setText(str(result.path))
            self.result_sha.setText(result.sha256)
            recipient_lines = [f"{visible_text(r.name)} — {r.fingerprint}" for r in result.recipients]
            if self.own is not None:
                recipient_lines.append(self.tr("this archive — {fp}").format(fp=self.own.fingerprint))
            self.result_recipients.setText("\n".join(recipient_lines))
            self.result_anchor.setText(Anchor.from_head(result.tree_head).code)
            self.result_note.setText(
                self.tr(
                    "Send the recipients the SHA-256 separately, and write the anchor code down somewhere "
                    "outside this computer: it lets anyone check later that this archive's history was "
                    "not rewritten."
                )
            )
            for widget in self._sealed_only:
                widget.show()
        else:
            self.result_intro.setText(
                self.tr("%n cleaned file(s) were written and checked.", "", len(result.files))
            )
            self.result_path.setText(str(result.folder))
            for widget in self._sealed_only:
                widget.hide()
            self.result_note.setText(
                self.tr("These are ordinary files: anyone who has the folder can read them.")
            )

    def reject(self) -> None:  # Cancel, Escape, window close, lock
        if self.running:
            self._close_when_stopped = True
            self.cancel()
            return
        if self.risk_task is not None:
            self.risk_task.cancel()
            self.risk_task = None
        super().reject()
