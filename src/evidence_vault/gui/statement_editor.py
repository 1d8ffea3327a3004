"""The statement editor: the structured statement, its versions, and (apart) identity and consent.

Everything is read in workers (``Session.query``) and written on the vault's own
connection (``Session.on_vault``): saving a new statement is ``statements.create``,
saving an edited one ``statements.amend`` (a new version; the old ones stay).
The witness's identity and consent live in a separate, visibly marked pane and
are saved by their own buttons (``set_identity``, ``record_consent``,
``withdraw_consent``); they are never part of a version.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.evidence import cases, items, render, statements
from ..core.evidence.items import ItemSummary, visible_text
from ..core.evidence.statements import ConsentInput, Fields, Identity, Statement, Version
from ..core.session.vault import Vault
from ..core.store.database import Connection
from . import file_dialogs
from .common import heading_font, mono_font, short_time
from .session import Session

# Partial dates while typing: 2020, 2020-08, 2020-08-10, 2020-08-10T22:30 (core checks the result).
_DATE_TYPING = r"^\d{0,4}(-(\d{1,2}(-(\d{1,2}([T ](\d{1,2}(:(\d{1,2}(:\d{0,2})?)?)?)?)?)?)?)?)?$"
_DAY_TYPING = r"^\d{0,4}(-(\d{1,2}(-\d{0,2})?)?)?$"
_WORDS = re.compile(r"\s+|\S+\s*")


def _date_edit(pattern: str, placeholder: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)
    edit.setMaximumWidth(190)
    return edit


def _line(accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def _text(accessible: str, lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(heading_font(1))
    label.setContentsMargins(0, 12, 0, 2)
    return label


def _esc(text: str) -> str:
    """Stored text made safe for a rich-text view: escaped, invisible controls shown."""
    return html.escape(visible_text(text, keep_newlines=True)).replace("\n", "<br>")


def word_diff_html(old: str, new: str) -> str:
    """The change from ``old`` to ``new`` word by word: removed words struck out in red,
    added ones underlined in green, the rest as is. Texts with little in common are
    shown as one removal and one addition rather than a confetti of fragments."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    opcodes = matcher.get_opcodes()
    if a and b and matcher.ratio() < 0.3:
        opcodes = [("replace", 0, len(a), 0, len(b))]
    out: list[str] = []
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            out.append(_esc("".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            removed = "".join(a[i1:i2])
            out.append(
                '<span style="background:#f9d6d2; color:#922b21; text-decoration:line-through">'
                f"{_esc(removed.rstrip())}</span>"
            )
            out.append(" " if op == "replace" or removed != removed.rstrip() else "")
        if op in ("insert", "replace"):
            added = "".join(b[j1:j2])
            out.append(
                '<span style="background:#d4efdf; color:#1d6b3a; text-decoration:underline">'
                f"{_esc(added.rstrip())}</span>"
            )
            out.append(_esc(added[len(added.rstrip()) :]))
    return "".join(out)


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


class ItemPicker(QDialog):
    """Choose items of the vault to link to a statement (checkable list with a filter)."""

    def __init__(self, session: Session, chosen: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link items"))
        self.resize(520, 560)
        self.chosen = set(chosen)
        self.filter = _line(self.tr("Filter items by name"), self.tr("Filter by name"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Items of the archive; check those to link"))
        self.status = QLabel(self.tr("Loading…"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link checked items"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._toggled)
        session.query(
            lambda conn: items.list_items(conn), self._loaded, lambda e: self.status.setText(str(e))
        )

    def _loaded(self, found: list[ItemSummary]) -> None:
        self.list.blockSignals(True)
        for item in found:
            row = QListWidgetItem(f"{item.name}  ·  {item.content_type}  ·  #{item.id}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.id in self.chosen else Qt.CheckState.Unchecked)
            self.list.addItem(row)
        self.list.blockSignals(False)
        self.status.setText(self.tr("%n item(s) in the archive", "", len(found)))

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self.list.count()):
            entry = self.list.item(row)
            entry.setHidden(needle not in entry.text().casefold())

    def _toggled(self, entry: QListWidgetItem) -> None:
        item_id = int(entry.data(Qt.ItemDataRole.UserRole))
        if entry.checkState() == Qt.CheckState.Checked:
            self.chosen.add(item_id)
        else:
            self.chosen.discard(item_id)

    def check(self, item_id: int, checked: bool = True) -> None:
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == item_id:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class SensitivePane(QFrame):
    """The witness's identity and consent: kept apart from the statement, and marked so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sensitive")
        self.setStyleSheet(
            "QFrame#sensitive { background: #fdf3ef; border: 2px solid #b9492f; border-radius: 8px; }"
            "QFrame#sensitive QLabel#sensitiveHeading { color: #8e2f1c; }"
            "QFrame#sensitive QLabel { background: transparent; border: none; }"
        )
        self.setAccessibleName(self.tr("Sensitive: the witness's identity and consent"))
        heading = QLabel(self.tr("Sensitive — kept apart from the statement"))
        heading.setObjectName("sensitiveHeading")
        heading.setFont(heading_font(2))
        heading.setWordWrap(True)
        note = QLabel(
            self.tr(
                "The real name and contact are never part of a version, never searched and never "
                "written to the custody log. Exports use the pseudonym unless the witness agreed to be named."
            )
        )
        note.setWordWrap(True)

        # Identity.
        self.real_name = _line(self.tr("Real name (hidden)"))
        self.real_name.setEchoMode(QLineEdit.EchoMode.Password)
        self.contact = _line(self.tr("Contact (hidden)"))
        self.contact.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_identity = QPushButton(self.tr("Show"))
        self.show_identity.setCheckable(True)
        self.show_identity.setAccessibleName(self.tr("Show the real name and contact"))
        self.show_identity.toggled.connect(self._toggle_echo)
        self.save_identity = QPushButton(self.tr("Save identity"))
        self.save_identity.setAccessibleName(self.tr("Save the real name and contact"))
        identity_form = QFormLayout()
        name_row = QHBoxLayout()
        name_row.addWidget(self.real_name, 1)
        name_row.addWidget(self.show_identity)
        identity_form.addRow(self.tr("Real name"), name_row)
        identity_form.addRow(self.tr("Contact"), self.contact)
        identity_form.addRow("", self.save_identity)

        # Consent.
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Who may see the statement"))
        for code, text in (
            (None, self.tr("Not recorded yet")),
            ("none", self.tr("Nobody yet")),
            ("named-investigators", self.tr("Only named investigators")),
            ("investigators", self.tr("Investigators in general")),
            ("public-anonymised", self.tr("The public, when anonymised")),
        ):
            self.audience.addItem(text, code)
        self.recipients = _line(
            self.tr("Investigators named in the consent, separated by commas"),
            self.tr("Names, separated by commas"),
        )
        self.may_be_named = QCheckBox(self.tr("May be named"))
        self.may_be_named.setAccessibleName(self.tr("The witness agreed to be named"))
        self.given_on = _date_edit(_DAY_TYPING, self.tr("today"), self.tr("Date consent was given"))
        self.how_given = _line(self.tr("How consent was given"), self.tr("e.g. orally, recorded on audio"))
        self.record_consent = QPushButton(self.tr("Record consent"))
        self.consent_status = QLabel()
        self.consent_status.setWordWrap(True)
        self.consent_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.withdrawn_on = _date_edit(_DAY_TYPING, self.tr("today"), self.tr("Date consent was withdrawn"))
        self.withdraw = QPushButton(self.tr("Withdraw consent"))
        self.withdraw.setAccessibleName(self.tr("Record that the witness withdrew consent"))
        consent_form = QFormLayout()
        consent_form.addRow(self.tr("May be seen by"), self.audience)
        consent_form.addRow(self.tr("Investigators"), self.recipients)
        consent_form.addRow("", self.may_be_named)
        consent_form.addRow(self.tr("Given on"), self.given_on)
        consent_form.addRow(self.tr("How"), self.how_given)
        consent_form.addRow("", self.record_consent)
        consent_form.addRow(self.tr("Withdrawn on"), self.withdrawn_on)
        consent_form.addRow("", self.withdraw)

        self.with_identity = QCheckBox(self.tr("Real name in rendered PDFs"))
        self.with_identity.setAccessibleName(self.tr("Put the real name in rendered PDFs"))
        self.with_identity.setToolTip(self.tr("Only when the witness agreed to be named and consent stands."))
        self.new_hint = QLabel(self.tr("For a new statement, identity and consent are saved with it."))
        self.new_hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(_heading(self.tr("Identity")))
        layout.addLayout(identity_form)
        layout.addWidget(_heading(self.tr("Consent")))
        layout.addWidget(self.consent_status)
        layout.addLayout(consent_form)
        layout.addSpacing(8)
        layout.addWidget(self.with_identity)
        layout.addWidget(self.new_hint)
        layout.addStretch(1)
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self._audience_changed()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.real_name.setEchoMode(mode)
        self.contact.setEchoMode(mode)
        self.show_identity.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _audience_changed(self) -> None:
        code = self.audience.currentData()
        self.recipients.setEnabled(code == "named-investigators")
        for widget in (self.may_be_named, self.given_on, self.how_given):
            widget.setEnabled(code is not None)

    def set_audience(self, code: str | None) -> None:
        self.audience.setCurrentIndex(max(0, self.audience.findData(code)))

    def identity_values(self) -> tuple[str, str]:
        return self.real_name.text(), self.contact.text()

    def consent_input(self) -> ConsentInput | None:
        code = self.audience.currentData()
        if code is None:
            return None
        names = tuple(n.strip() for n in self.recipients.text().split(",") if n.strip())
        return ConsentInput(
            str(code),
            names if code == "named-investigators" else (),
            self.may_be_named.isChecked(),
            self.given_on.text(),
            self.how_given.text(),
        )

    def describe(self, consent: statements.Consent | None) -> str:
        if consent is None:
            return self.tr("No consent recorded: the statement cannot be exported.")
        if consent.withdrawn_at is not None:
            return self.tr("Consent withdrawn on {date}: nothing of this statement may be exported.").format(
                date=consent.withdrawn_at[:10]
            )
        who = {
            "none": self.tr("nobody yet"),
            "investigators": self.tr("investigators in general"),
            "named-investigators": self.tr("only {names}").format(names=", ".join(consent.named_recipients)),
            "public-anonymised": self.tr("the public, when anonymised"),
        }.get(consent.audience, consent.audience)
        named = (
            self.tr("The witness may be named.")
            if consent.may_be_named
            else self.tr("The witness must not be named.")
        )
        return self.tr("Current consent: may be seen by {who}. {named} Given {date} ({how}).").format(
            who=who, named=named, date=consent.given_on, how=consent.how_given
        )

    def show_statement(self, statement: Statement | None, identity: Identity | None) -> None:
        self.show_identity.setChecked(False)
        self.real_name.setText(identity.real_name if identity is not None else "")
        self.contact.setText(identity.contact if identity is not None else "")
        consent = statement.consent if statement is not None else None
        self.consent_status.setText(self.describe(consent) if statement is not None else "")
        live = consent if consent is not None and consent.withdrawn_at is None else None
        self.set_audience(live.audience if live is not None else None)
        self.recipients.setText(", ".join(live.named_recipients) if live is not None else "")
        self.may_be_named.setChecked(live.may_be_named if live is not None else False)
        self.given_on.setText(live.given_on if live is not None else "")
        self.how_given.setText(live.how_given if live is not None and live.how_given != "not stated" else "")
        self.withdrawn_on.clear()
        existing = statement is not None
        self.save_identity.setEnabled(existing)
        self.record_consent.setEnabled(existing)
        self.withdraw.setEnabled(live is not None)
        self.withdrawn_on.setEnabled(live is not None)
        self.new_hint.setVisible(not existing)

    def clear(self) -> None:
        self.show_statement(None, None)


class HistoryPane(QWidget):
    """The versions of a statement; two selected (or one and its predecessor) are compared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[Version] = []
        self.names: dict[int, str] = {}
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Version"), self.tr("Recorded"), self.tr("SHA-256")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Versions; select two to compare"))
        self.list.setMaximumHeight(170)
        self.hint = QLabel(self.tr("Select two versions (Ctrl+click) to see what changed between them."))
        self.hint.setWordWrap(True)
        self.diff = QTextBrowser()
        self.diff.setOpenLinks(False)
        self.diff.setAccessibleName(self.tr("Differences between the versions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addWidget(self.diff, 1)
        self.list.itemSelectionChanged.connect(self._compare)

    def show_versions(self, versions: list[Version], names: dict[int, str]) -> None:
        self.versions, self.names = versions, names
        self.list.blockSignals(True)
        self.list.clear()
        for version in versions:
            row = QTreeWidgetItem([str(version.number), short_time(version.created_at), version.sha256])
            row.setFont(2, mono_font())
            row.setData(0, Qt.ItemDataRole.UserRole, version.number)
            self.list.addTopLevelItem(row)
        for column in range(2):
            self.list.resizeColumnToContents(column)
        self.list.blockSignals(False)
        self.diff.clear()
        if len(versions) >= 2:
            self.select(versions[-2].number, versions[-1].number)
        elif versions:
            self.select(versions[-1].number)

    def select(self, *numbers: int) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        for row in range(self.list.topLevelItemCount()):
            entry = self.list.topLevelItem(row)
            if entry is not None and entry.data(0, Qt.ItemDataRole.UserRole) in numbers:
                entry.setSelected(True)
        self.list.blockSignals(False)
        self._compare()

    def _compare(self) -> None:
        chosen = sorted(int(e.data(0, Qt.ItemDataRole.UserRole)) for e in self.list.selectedItems())
        by_number = {v.number: v for v in self.versions}
        if len(chosen) == 1:
            number = chosen[0]
            if number - 1 in by_number:
                chosen = [number - 1, number]
            else:
                self.diff.setHtml(
                    "<p>"
                    + html.escape(self.tr("Version {n} is the first version.").format(n=number))
                    + "</p>"
                )
                return
        if len(chosen) != 2:
            self.diff.setHtml("<p>" + html.escape(self.hint.text()) + "</p>")
            return
        self.diff.setHtml(self.diff_html(by_number[chosen[0]], by_number[chosen[1]]))

    def _links_text(self, version: Version) -> str:
        return "\n".join(
            f"#{link['id']} {self.names.get(int(link['id']), '')}".strip() for link in version.items
        )

    def diff_html(self, old: Version, new: Version) -> str:
        labels = field_labels(self)
        rows: list[tuple[str, str, str]] = [(self.tr("Pseudonym"), old.pseudonym, new.pseudonym)]
        for f in fields(Fields):
            a, b = getattr(old.fields, f.name), getattr(new.fields, f.name)
            if f.name == "body_regions":
                a, b = (
                    ", ".join(region_label(self, r) for r in a),
                    ", ".join(region_label(self, r) for r in b),
                )
            elif isinstance(a, bool):
                yes, no = self.tr("yes"), self.tr("no")
                a, b = (yes if a else no), (yes if b else no)
            rows.append((labels.get(f.name, f.name), str(a), str(b)))
        rows.append((self.tr("Linked items"), self._links_text(old), self._links_text(new)))
        title = self.tr("Changes from version {a} ({when_a}) to version {b} ({when_b})").format(
            a=old.number, when_a=short_time(old.created_at), b=new.number, when_b=short_time(new.created_at)
        )
        parts = [f"<h3>{html.escape(title)}</h3>"]
        changed = [(label, a, b) for label, a, b in rows if a != b]
        if not changed:
            parts.append(f"<p>{html.escape(self.tr('No field differs.'))}</p>")
        for label, a, b in changed:
            parts.append(f'<p style="margin-top:10px"><b>{html.escape(label)}</b></p>')
            parts.append(f'<p dir="auto" style="margin-left:12px">{word_diff_html(a, b)}</p>')
        unchanged = [label for label, a, b in rows if a == b and a]
        if unchanged and changed:
            parts.append(
                '<p style="color:#6c7a89; margin-top:14px">'
                + html.escape(self.tr("Unchanged: {fields}").format(fields=", ".join(unchanged)))
                + "</p>"
            )
        return "\n".join(parts)

    def clear(self) -> None:
        self.versions, self.names = [], {}
        self.list.clear()
        self.diff.clear()


def field_labels(widget: QWidget) -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("StatementFields", "Title"),
        "narrative": QCoreApplication.translate("StatementFields", "Statement"),
        "events_start": QCoreApplication.translate("StatementFields", "Events began"),
        "events_end": QCoreApplication.translate("StatementFields", "Events ended"),
        "events_approximate": QCoreApplication.translate("StatementFields", "Dates approximate"),
        "events_when": QCoreApplication.translate("StatementFields", "When, in words"),
        "place_of_events": QCoreApplication.translate("StatementFields", "Place of the events"),
        "place_of_detention": QCoreApplication.translate("StatementFields", "Place of detention"),
        "perpetrators": QCoreApplication.translate("StatementFields", "Perpetrators as described"),
        "injuries": QCoreApplication.translate("StatementFields", "Injuries"),
        "body_regions": QCoreApplication.translate("StatementFields", "Body regions"),
        "medical_care": QCoreApplication.translate("StatementFields", "Medical care and documents"),
        "witnesses_mentioned": QCoreApplication.translate("StatementFields", "Witnesses mentioned"),
        "interviewer": QCoreApplication.translate("StatementFields", "Interviewer"),
        "interview_date": QCoreApplication.translate("StatementFields", "Interview date"),
        "language": QCoreApplication.translate("StatementFields", "Language"),
    }


def region_label(widget: QWidget, region: str) -> str:
    return {
        "head": QCoreApplication.translate("StatementFields", "head"),
        "face": QCoreApplication.translate("StatementFields", "face"),
        "neck": QCoreApplication.translate("StatementFields", "neck"),
        "chest": QCoreApplication.translate("StatementFields", "chest"),
        "abdomen": QCoreApplication.translate("StatementFields", "abdomen"),
        "back": QCoreApplication.translate("StatementFields", "back"),
        "buttocks": QCoreApplication.translate("StatementFields", "buttocks"),
        "genitals": QCoreApplication.translate("StatementFields", "genitals"),
        "left arm": QCoreApplication.translate("StatementFields", "left arm"),
        "right arm": QCoreApplication.translate("StatementFields", "right arm"),
        "left hand": QCoreApplication.translate("StatementFields", "left hand"),
        "right hand": QCoreApplication.translate("StatementFields", "right hand"),
        "left leg": QCoreApplication.translate("StatementFields", "left leg"),
        "right leg": QCoreApplication.translate("StatementFields", "right leg"),
        "left foot": QCoreApplication.translate("StatementFields", "left foot"),
        "right foot": QCoreApplication.translate("StatementFields", "right foot"),
    }.get(region, region)


# Body regions laid out roughly as a person facing you (their right on your left).
_BODY_GRID: tuple[tuple[str | None, ...], ...] = (
    (None, "head", None),
    (None, "face", None),
    (None, "neck", None),
    ("right arm", "chest", "left arm"),
    ("right hand", "abdomen", "left hand"),
    (None, "back", None),
    (None, "buttocks", None),
    (None, "genitals", None),
    ("right leg", None, "left leg"),
    ("right foot", None, "left foot"),
)


class BodyRegions(QWidget):
    """Toggle buttons for the body regions core knows (statements.BODY_REGIONS)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(3)
        placed = set()
        for row, entries in enumerate(_BODY_GRID):
            for column, region in enumerate(entries):
                if region is not None:
                    self._add(grid, region, row, column)
                    placed.add(region)
        for extra, region in enumerate(r for r in statements.BODY_REGIONS if r not in placed):
            self._add(grid, region, len(_BODY_GRID) + extra // 3, extra % 3)
        self.setAccessibleName(self.tr("Injured body regions"))

    def _add(self, grid: QGridLayout, region: str, row: int, column: int) -> None:
        button = QPushButton(region_label(self, region))
        button.setCheckable(True)
        button.setAccessibleName(self.tr("Body region: {region}").format(region=region_label(self, region)))
        button.setStyleSheet(
            "QPushButton { padding: 3px 8px; } QPushButton:checked { background: #c0392b; color: white; }"
        )
        button.toggled.connect(self.changed)
        grid.addWidget(button, row, column)
        self.buttons[region] = button

    def regions(self) -> tuple[str, ...]:
        return tuple(r for r in statements.BODY_REGIONS if r in self.buttons and self.buttons[r].isChecked())

    def set_regions(self, regions: tuple[str, ...] | list[str]) -> None:
        for region, button in self.buttons.items():
            button.setChecked(region in regions)


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
        self.pseudonym = _line(
            self.tr("Pseudonym of the witness"), self.tr("The name the witness is referred to by")
        )
        self.title = _line(self.tr("Title"), self.tr("A short title, e.g. Detention near the metro"))
        self.narrative = QPlainTextEdit()
        self.narrative.setAccessibleName(self.tr("Statement: what the witness said, in their words"))
        self.narrative.setPlaceholderText(self.tr("What the witness said, in their words."))
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMinimumHeight(170)
        self.events_start = _date_edit(
            _DATE_TYPING, self.tr("2020-08-10 or 2020-08-10T22:30"), self.tr("When the events began")
        )
        self.events_end = _date_edit(
            _DATE_TYPING, self.tr("optional, for a range"), self.tr("When the events ended (optional)")
        )
        self.approximate = QCheckBox(self.tr("approximate"))
        self.approximate.setAccessibleName(self.tr("The dates are approximate"))
        self.events_when = _line(
            self.tr("When, in words"), self.tr("e.g. the night of 9 to 10 August, after the curfew")
        )
        self.place_of_events = _line(self.tr("Place of the events"))
        self.place_of_detention = _line(self.tr("Place of detention"))
        self.perpetrators = _text(
            self.tr("Perpetrators as described"),
            placeholder=self.tr("Units, uniforms, vehicles, names or numbers heard"),
        )
        self.injuries = _text(self.tr("Injuries, in the witness's words"))
        self.body = BodyRegions()
        self.medical_care = _text(self.tr("Medical care received and medical documents"), 2)
        self.witnesses = _text(self.tr("Other witnesses mentioned"), 2)
        self.interviewer = _line(self.tr("Interviewer"))
        self.interview_date = _date_edit(_DAY_TYPING, self.tr("2020-09-01"), self.tr("Interview date"))
        self.language = _line(self.tr("Language of the statement"), self.tr("e.g. Belarusian"))
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
        page_layout.addWidget(_heading(self.tr("Statement")))
        page_layout.addWidget(self.narrative, 1)
        page_layout.addWidget(_heading(self.tr("Circumstances")))
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
            from .. import render_pdf  # QTextDocument and QPdfWriter, on the UI thread

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
