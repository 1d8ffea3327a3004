"""Adding a recipient to the export: a name and an age public key, with its fingerprint."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.bundle import recipients
from ...core.bundle.recipients import Recipient
from ...core.errors import VaultError
from .. import file_dialogs
from ..common import mono_font
from ..widgets import selectable, wrapped_text

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
