"""The witness's identity and consent, in their own visibly marked pane.

They are never part of a version: the editor saves them by their own buttons
(``statements.set_identity``, ``record_consent``, ``withdraw_consent``), or with a
new statement when it is first saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.evidence import statements
from ...core.evidence.statements import ConsentInput, Identity, Statement
from ..common import heading_font
from .widgets import DAY_TYPING, date_edit, line_edit, section_heading


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
        self.real_name = line_edit(self.tr("Real name (hidden)"))
        self.real_name.setEchoMode(QLineEdit.EchoMode.Password)
        self.contact = line_edit(self.tr("Contact (hidden)"))
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
        self.recipients = line_edit(
            self.tr("Investigators named in the consent, separated by commas"),
            self.tr("Names, separated by commas"),
        )
        self.may_be_named = QCheckBox(self.tr("May be named"))
        self.may_be_named.setAccessibleName(self.tr("The witness agreed to be named"))
        self.face_hidden = QCheckBox(self.tr("Publish only with the face hidden"))
        self.face_hidden.setAccessibleName(
            self.tr("Published copies of the linked items must have the faces hidden")
        )
        self.voice_disguised = QCheckBox(self.tr("Publish only with the voice disguised"))
        self.voice_disguised.setAccessibleName(
            self.tr("Published copies of the linked items must have the voices disguised")
        )
        self.given_on = date_edit(DAY_TYPING, self.tr("today"), self.tr("Date consent was given"))
        self.how_given = line_edit(
            self.tr("How consent was given"), self.tr("e.g. orally, recorded on audio")
        )
        self.record_consent = QPushButton(self.tr("Record consent"))
        self.consent_status = QLabel()
        self.consent_status.setWordWrap(True)
        self.consent_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.withdrawn_on = date_edit(DAY_TYPING, self.tr("today"), self.tr("Date consent was withdrawn"))
        self.withdraw = QPushButton(self.tr("Withdraw consent"))
        self.withdraw.setAccessibleName(self.tr("Record that the witness withdrew consent"))
        consent_form = QFormLayout()
        consent_form.addRow(self.tr("May be seen by"), self.audience)
        consent_form.addRow(self.tr("Investigators"), self.recipients)
        consent_form.addRow("", self.may_be_named)
        consent_form.addRow("", self.face_hidden)
        consent_form.addRow("", self.voice_disguised)
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
        layout.addWidget(section_heading(self.tr("Identity")))
        layout.addLayout(identity_form)
        layout.addWidget(section_heading(self.tr("Consent")))
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
        conditions = (self.face_hidden, self.voice_disguised)
        for widget in (self.may_be_named, *conditions, self.given_on, self.how_given):
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
            self._publish_only(),
        )

    def _publish_only(self) -> tuple[str, ...]:
        boxes = {"face-hidden": self.face_hidden, "voice-disguised": self.voice_disguised}
        return tuple(code for code, box in boxes.items() if box.isChecked())

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
        published = {
            (): "",
            ("face-hidden",): self.tr("Published copies must hide the face."),
            ("voice-disguised",): self.tr("Published copies must disguise the voice."),
            ("face-hidden", "voice-disguised"): self.tr(
                "Published copies must hide the face and disguise the voice."
            ),
        }.get(consent.publish_only, "")
        text = self.tr("Current consent: may be seen by {who}. {named} Given {date} ({how}).").format(
            who=who, named=named, date=consent.given_on, how=consent.how_given
        )
        return f"{text} {published}" if published else text

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
        self.face_hidden.setChecked(live is not None and "face-hidden" in live.publish_only)
        self.voice_disguised.setChecked(live is not None and "voice-disguised" in live.publish_only)
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
