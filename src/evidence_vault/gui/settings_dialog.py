"""Settings: locking, duress, language, where the archive lives, keys and secrets.

Changing the passphrase or making a new recovery code asks for the current
passphrase again, even though the archive is open: someone who finds it unlocked
must not be able to lock its owner out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core import duress
from ..core.crypto import minisign
from ..core.evidence import items
from ..core.session.vault import Vault
from ..core.store import settings
from ..core.store.database import Connection
from .common import mono_font
from .session import Session
from .tasks import Task
from .widgets import Busy, PassphrasePair, RecoveryCode

IDLE_CHOICES = (1, 5, 15, 30, 60, 0)
# Each language named in itself, so that someone who cannot read the current one finds theirs.
LANGUAGES = (("en", "English"), ("be", "Беларуская"), ("ru", "Русский"), ("uk", "Українська"))


@dataclass(frozen=True)
class Facts:
    """What the settings show about the open archive, read in one worker call."""

    duress_set: bool
    never_sealed: int
    signing_fingerprint: str
    signing_key: str


def _facts(vault: Vault, _task: Task) -> Facts:
    conn: Connection = vault.conn
    return Facts(
        duress.is_set(vault),
        items.never_sealed(conn),
        minisign.fingerprint(vault.verify_key),
        minisign.public_key_line(vault.verify_key),
    )


class SecretDialog(QDialog):
    """Current passphrase, then either a new passphrase or a new recovery code."""

    def __init__(self, session: Session, new_code: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.new_code = new_code
        self.setWindowTitle(self.tr("New recovery code") if new_code else self.tr("Change the passphrase"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "A new recovery code replaces the old one: the old code stops working at once. "
                "Write the new code on paper and destroy the old paper."
            )
            if new_code
            else self.tr(
                "The archive is not re-encrypted: only the key that opens it is wrapped again under the "
                "new passphrase. The old passphrase stops working. The recovery code still works."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        form.addRow(self.tr("Current passphrase"), self.current)
        layout.addLayout(form)
        self.pair: PassphrasePair | None = None
        if not new_code:
            self.pair = PassphrasePair(label=self.tr("New passphrase"))
            layout.addWidget(self.pair)
        self.code = RecoveryCode()
        self.code.hide()
        layout.addWidget(self.code)
        self.written = QCheckBox(self.tr("I have written it down"))
        self.written.hide()
        layout.addWidget(self.written)
        self.problem = QLabel()
        self.problem.setObjectName("errorLabel")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.busy = Busy(self.tr("Working…"))
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(
            self.tr("Make a new code") if new_code else self.tr("Change the passphrase"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.reject)
        self.done_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.done_button.clicked.connect(self.accept)
        self.done_button.hide()
        self.written.toggled.connect(self.done_button.setEnabled)
        layout.addWidget(self.buttons)

    def _confirm(self) -> None:
        current = self.current.text()
        new = self.pair.validate() if self.pair is not None else ""
        if new is None:
            return
        self.problem.clear()
        self.confirm_button.setEnabled(False)
        self.busy.start()

        def work(vault: Vault, _task: Task) -> str | None:
            if not vault.check_passphrase(current):
                return None
            if self.new_code:
                return vault.replace_recovery_code()
            vault.change_passphrase(str(new))
            return ""

        self.session.on_vault(work, self._finished, self._failed)

    def _finished(self, result: str | None) -> None:
        self.busy.stop()
        self.confirm_button.setEnabled(True)
        if result is None:
            self.problem.setText(self.tr("That is not the current passphrase."))
            self.current.selectAll()
            self.current.setFocus()
            return
        self.current.clear()
        if self.pair is not None:
            self.pair.clear()
            self.accept()
            return
        self.code.set_code(result)
        self.code.show()
        self.written.show()
        self.confirm_button.hide()
        self.cancel_button.hide()
        self.done_button.show()
        self.done_button.setEnabled(False)

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.confirm_button.setEnabled(True)
        self.problem.setText(str(exc))


class SettingsDialog(QDialog):
    """One place for every setting; the window's own menu items stay as shortcuts."""

    idle_chosen = Signal(int)
    minimise_chosen = Signal(bool)
    duress_requested = Signal()

    def __init__(self, session: Session, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.secret_dialog: SecretDialog | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.resize(640, 600)
        preferences = settings.load()
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        # Locking.
        lock_box = QGroupBox(self.tr("Locking"))
        lock_form = QFormLayout(lock_box)
        self.idle = QComboBox()
        self.idle.setAccessibleName(self.tr("Lock automatically"))
        for minutes in IDLE_CHOICES:
            # self.tr with %n: the one plural form every pyside6-lupdate version extracts.
            label = self.tr("After %n minute(s) without use", "", minutes) if minutes else self.tr("Never")
            self.idle.addItem(label, minutes)
        index = self.idle.findData(preferences.auto_lock_minutes)
        self.idle.setCurrentIndex(index if index >= 0 else 1)
        self.idle.currentIndexChanged.connect(lambda _i: self.idle_chosen.emit(int(self.idle.currentData())))
        lock_form.addRow(self.tr("Lock automatically"), self.idle)
        self.minimise = QCheckBox(self.tr("Lock when the window is minimised"))
        self.minimise.setChecked(preferences.lock_on_minimise)
        self.minimise.toggled.connect(self.minimise_chosen.emit)
        lock_form.addRow(self.minimise)
        layout.addWidget(lock_box)

        # Duress.
        duress_box = QGroupBox(self.tr("Duress passphrase"))
        duress_layout = QVBoxLayout(duress_box)
        about = QLabel(
            self.tr(
                "A second passphrase for when someone forces you to open the archive. It opens a decoy "
                "archive and destroys the real one at the same moment, for good: nobody can recover it, "
                "not you either. Seal your evidence for investigators you trust before you set it up."
            )
        )
        about.setWordWrap(True)
        duress_layout.addWidget(about)
        row = QHBoxLayout()
        self.duress_state = QLabel(self.tr("Checking…"))
        self.duress_button = QPushButton(self.tr("Set up or change…"))
        self.duress_button.setAccessibleName(self.tr("Set up the duress passphrase and its decoy"))
        self.duress_button.clicked.connect(self.duress_requested.emit)
        row.addWidget(self.duress_state, 1)
        row.addWidget(self.duress_button)
        duress_layout.addLayout(row)
        layout.addWidget(duress_box)

        # Language.
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        index = self.language.findData(preferences.language)
        self.language.setCurrentIndex(max(0, index))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_form.addRow(self.tr("Language"), self.language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        language_form.addRow(self.language_note)
        layout.addWidget(language_box)

        # The archive and its backup.
        archive_box = QGroupBox(self.tr("The archive"))
        archive_form = QFormLayout(archive_box)
        where = QLabel(location)
        where.setObjectName("pathLabel")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        archive_form.addRow(self.tr("Kept in"), where)
        self.backup = QLabel(self.tr("Checking…"))
        self.backup.setWordWrap(True)
        archive_form.addRow(self.tr("Backup"), self.backup)
        self.fingerprint = QLabel(self.tr("Checking…"))
        self.fingerprint.setFont(mono_font())
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Signing key fingerprint"))
        archive_form.addRow(self.tr("Signing key"), self.fingerprint)
        layout.addWidget(archive_box)

        # Secrets.
        secrets_box = QGroupBox(self.tr("Passphrase and recovery code"))
        secrets_row = QHBoxLayout(secrets_box)
        self.change_button = QPushButton(self.tr("Change the passphrase…"))
        self.change_button.clicked.connect(lambda: self._secret(False))
        self.code_button = QPushButton(self.tr("New recovery code…"))
        self.code_button.clicked.connect(lambda: self._secret(True))
        secrets_row.addWidget(self.change_button)
        secrets_row.addWidget(self.code_button)
        secrets_row.addStretch(1)
        layout.addWidget(secrets_box)
        layout.addStretch(1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)
        close.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        outer.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        """Read the facts about the archive again (after duress was set up, for example)."""
        self.session.on_vault(_facts, self._show_facts)

    def _show_facts(self, facts: Facts) -> None:
        self.duress_state.setText(
            self.tr("A duress passphrase is set.")
            if facts.duress_set
            else self.tr("No duress passphrase is set.")
        )
        if facts.never_sealed:
            self.backup.setStyleSheet("color: #b03a2e;")
            self.backup.setText(
                self.tr(
                    "%n item(s) were never sealed to anyone. If this computer is lost or taken, they are "
                    "lost too: export them in a bundle to an investigator you trust.",
                    "",
                    facts.never_sealed,
                )
            )
        else:
            self.backup.setStyleSheet("")
            self.backup.setText(self.tr("Every item has been sealed in a bundle at least once."))
        self.fingerprint.setText(f"{facts.signing_fingerprint}\n{facts.signing_key}")

    def _language_chosen(self, _index: int) -> None:
        preferences = settings.load()
        preferences.language = str(self.language.currentData())
        settings.save(preferences)
        self.language_note.setText(self.tr("The new language is used from the next start of the program."))

    def _secret(self, new_code: bool) -> None:
        self.secret_dialog = SecretDialog(self.session, new_code, self)
        self.secret_dialog.show()
