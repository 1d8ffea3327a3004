"""Setting up (or removing) a duress passphrase, with its consequences said plainly.

The real passphrase is asked again even though the archive is open: someone who
finds it unlocked must not be able to arm or disarm this.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import duress
from ..core.session.vault import Vault
from . import file_dialogs
from .session import Session
from .tasks import Task
from .widgets import RecoveryCode, weak_passphrase_accepted


class DuressDialog(QDialog):
    done_setting = Signal(bool)  # True: set, False: removed

    def __init__(self, session: Session, is_set: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.is_set = is_set
        self.decoy: Path | None = None
        self.setWindowTitle(self.tr("Duress passphrase"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "A duress passphrase is for when someone forces you to open the archive. Typed instead "
                "of your passphrase, it seems to work: it opens a second archive that holds only what you "
                "put in it now, or nothing. At the same moment it destroys your real archive. Nobody can "
                "recover it afterwards, not you either: your passphrase and your recovery code will then "
                "say \u201cwrong passphrase\u201d.\n\n"
                "Before you set it up, seal your evidence in a bundle for investigators you trust.\n\n"
                "It does not protect a copy of the archive made before the duress passphrase is typed, "
                "and destroying evidence can itself be a crime in some countries."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.real = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.real.setAccessibleName(self.tr("Your passphrase"))
        form.addRow(self.tr("Your passphrase"), self.real)
        self.duress = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.duress.setAccessibleName(self.tr("Duress passphrase"))
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Duress passphrase again"))
        self.decoy_label = QLabel(self.tr("Nothing (an empty archive)"))
        choose = QPushButton(self.tr("Choose a folder…"))
        choose.clicked.connect(self._choose_decoy)
        decoy_row = QHBoxLayout()
        decoy_row.addWidget(self.decoy_label, 1)
        decoy_row.addWidget(choose)
        self.understood = QCheckBox(self.tr("I understand that typing it destroys my real archive for good."))
        if not is_set:
            form.addRow(self.tr("Duress passphrase"), self.duress)
            form.addRow(self.tr("Again"), self.repeat)
            form.addRow(self.tr("What the decoy shows"), decoy_row)
        layout.addLayout(form)
        if not is_set:
            layout.addWidget(self.understood)
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        # Shown once the decoy exists: its own recovery code, for when one is demanded.
        self.code_note = QLabel(
            self.tr(
                "This is the decoy's recovery code, not your archive's. If you are forced to hand over "
                "a recovery code, give this one: it opens the decoy and destroys your real archive, "
                "like the duress passphrase. Write it down now; it is shown only once."
            )
        )
        self.code_note.setWordWrap(True)
        self.code_note.hide()
        layout.addWidget(self.code_note)
        self.code = RecoveryCode()
        self.code.setAccessibleName(self.tr("The decoy's recovery code"))
        self.code.hide()
        layout.addWidget(self.code)
        self.written = QCheckBox(self.tr("I have written it down"))
        self.written.hide()
        layout.addWidget(self.written)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.confirm = QPushButton(self.tr("Remove the duress passphrase") if is_set else self.tr("Set up"))
        self.confirm.setObjectName("primary")
        self.confirm.clicked.connect(self._confirm)
        self.written.toggled.connect(self.confirm.setEnabled)
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm)
        layout.addLayout(buttons)
        self.ensurePolished()  # 560 px, or wider where translated labels need it
        self.setMinimumWidth(max(560, layout.totalMinimumSize().width()))
        for widget in (self.real, self.duress, self.repeat):
            widget.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        self._update()

    def _choose_decoy(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Innocuous photos and notes for the decoy"))
        if folder:
            self.set_decoy(Path(folder))

    def set_decoy(self, folder: Path) -> None:
        self.decoy = folder
        self.decoy_label.setText(str(folder))

    def _update(self) -> None:
        if self.is_set:
            self.confirm.setEnabled(bool(self.real.text()))
            return
        complete = bool(self.real.text() and self.duress.text()) and self.understood.isChecked()
        matching = self.duress.text() == self.repeat.text()
        self.message.setText(
            "" if matching or not self.repeat.text() else self.tr("The two duress passphrases differ.")
        )
        self.confirm.setEnabled(complete and matching)

    def _confirm(self) -> None:
        real, phrase, decoy = self.real.text(), self.duress.text(), self.decoy
        setting = not self.is_set
        if setting and not weak_passphrase_accepted(self, phrase, duress=True):
            self.duress.setFocus()
            self.duress.selectAll()
            return
        self.confirm.setEnabled(False)
        self.message.setText(self.tr("Working… this takes a few seconds."))

        def work(vault: Vault, task: Task) -> str | None:
            """None: not the passphrase; "": removed; else the decoy's recovery code."""
            if not vault.check_passphrase(real):
                return None
            if setting:
                return duress.set_up(vault, phrase, [decoy] if decoy is not None else []).recovery_code
            duress.clear(vault)
            return ""

        def finished(code: str | None) -> None:
            if code is None:
                self._update()
                self.message.setText(self.tr("That is not your passphrase."))
                return
            if code:
                self._show_code(code)
                return
            self.done_setting.emit(setting)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._update()
            self.message.setText(str(exc))

        self.session.on_vault(work, finished, failed)

    def _show_code(self, code: str) -> None:
        for widget in (self.real, self.duress, self.repeat, self.understood):
            widget.setEnabled(False)
        self.message.clear()
        self.cancel.hide()  # it is set up: the only way on is past the code
        self.code.set_code(code)
        self.code_note.show()
        self.code.show()
        self.written.show()
        self.confirm.clicked.disconnect()
        self.confirm.setText(self.tr("Close"))
        self.confirm.setEnabled(False)
        self.confirm.clicked.connect(self._finish)

    def _finish(self) -> None:
        self.done_setting.emit(True)
        self.accept()


def open_duress_dialog(
    session: Session,
    parent: QWidget,
    opened: list[DuressDialog],
    closed: Callable[[], None] | None = None,
) -> None:
    """Ask the vault whether duress is set (off the UI thread), then show the dialog;
    ``closed`` is called when it closes."""

    def show(is_set: bool) -> None:
        dialog = DuressDialog(session, is_set, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opened.append(dialog)
        dialog.finished.connect(lambda _result: opened.remove(dialog) if dialog in opened else None)
        if closed is not None:
            dialog.finished.connect(lambda _result: closed())
        dialog.open()

    session.on_vault(lambda vault, task: duress.is_set(vault), show)
