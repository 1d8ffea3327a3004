"""Which key opens received bundles: this archive's own, or an age identity file. One widget
for the single-bundle dialog and the batch dialog."""

from __future__ import annotations

from pathlib import Path

import pyrage
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.bundle import recipients
from ..core.session.vault import Vault
from . import file_dialogs


def load_identity(vault: Vault, path: Path | None) -> pyrage.x25519.Identity:
    """The identity in ``path``, or this archive's own (on the vault's worker)."""
    return recipients.load_identity_file(path) if path is not None else recipients.own_identity(vault)


class IdentityChoice(QWidget):
    """Emits ``changed()`` when the choice or the typed path changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.own_identity = QRadioButton(self.tr("This archive's own key"))
        self.own_identity.setAccessibleName(self.tr("Open with this archive's own key"))
        self.file_identity = QRadioButton(self.tr("An identity file:"))
        self.file_identity.setAccessibleName(self.tr("Open with an identity file"))
        self.group.addButton(self.own_identity)
        self.group.addButton(self.file_identity)
        self.own_identity.setChecked(True)
        self.file_identity.toggled.connect(self.changed)
        self.identity_edit = QLineEdit()
        self.identity_edit.setAccessibleName(self.tr("Identity file"))
        self.identity_edit.setPlaceholderText(self.tr("age identity file (AGE-SECRET-KEY-…)"))
        self.identity_edit.textChanged.connect(self._typed)
        self.identity_button = QPushButton(self.tr("Choose…"))
        self.identity_button.setAccessibleName(self.tr("Choose the identity file"))
        self.identity_button.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.own_identity)
        row = QHBoxLayout()
        row.addWidget(self.file_identity)
        row.addWidget(self.identity_edit, 1)
        row.addWidget(self.identity_button)
        layout.addLayout(row)

    def path(self) -> Path | None:
        """The identity file chosen, or None (this archive's own key, or nothing typed yet)."""
        text = self.identity_edit.text().strip()
        return Path(text) if self.file_identity.isChecked() and text else None

    def ready(self) -> bool:
        return self.own_identity.isChecked() or self.path() is not None

    def set_path(self, path: Path | None) -> None:
        """An identity file, or None for this archive's own key."""
        if path is None:
            self.own_identity.setChecked(True)
        else:
            self.identity_edit.setText(str(path))
            self.file_identity.setChecked(True)

    def _typed(self, text: str) -> None:
        if text.strip():
            self.file_identity.setChecked(True)
        self.changed.emit()

    def _choose(self) -> None:
        name = file_dialogs.open_file(self, self.tr("Choose your identity file"))
        if name:
            self.set_path(Path(name))
