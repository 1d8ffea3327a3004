"""First run: what this is, where it lives, a passphrase, the recovery code, first files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.session.vault import Vault, vault_exists
from ..core.store import settings
from . import file_dialogs
from .common import pixmap
from .tasks import Runner, Task
from .widgets import Busy, Page, PassphrasePair, RecoveryCode, wrapped_text

WELCOME, LOCATION, PASSPHRASE, CREATING, RECOVERY, FIRST_IMPORT = range(6)
SUBFOLDER = "Archive"


class FirstRunWizard(QWidget):
    """Emits ``created(vault, first_folder | None)`` once the vault exists and the
    recovery code was acknowledged; ``existing(path)`` if the chosen place already
    holds a vault."""

    created = Signal(object, object)
    existing = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.runner = Runner(self)
        self.vault: Vault | None = None
        self.recovery_code = ""
        self.first_folder: Path | None = None
        self.settings = settings.load()
        self.location = self.settings.effective_vault_dir()
        self.create_task: Task | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self._welcome_page())
        self.stack.addWidget(self._location_page())
        self.stack.addWidget(self._passphrase_page())
        self.stack.addWidget(self._creating_page())
        self.stack.addWidget(self._recovery_page())
        self.stack.addWidget(self._import_page())

        self.steps = QLabel()
        self.steps.setEnabled(False)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        nav = QHBoxLayout()
        nav.addWidget(self.steps)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)

        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(640)
        card.setMaximumHeight(560)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 32, 36, 24)
        inner.addWidget(self.stack, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("separator")
        inner.addSpacing(8)
        inner.addWidget(line)
        inner.addLayout(nav)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(row, 8)
        outer.addStretch(1)
        self._go(WELCOME)

    # -- pages ---------------------------------------------------------------------
    def _welcome_page(self) -> QWidget:
        page = Page(self.tr("A safe place for your files"))
        icon = QLabel()
        icon.setPixmap(pixmap("archive", 72))
        page.layout_.insertWidget(0, icon)
        page.add(
            wrapped_text(
                self.tr(
                    "This app keeps photos, videos, recordings and documents in one locked archive "
                    "on this computer or on a USB stick. Everything inside is encrypted: without "
                    "your passphrase nobody can open it, not even with the computer in their hands."
                )
            )
        )
        page.add(
            wrapped_text(
                self.tr(
                    "Files are stored exactly as they were, with a fingerprint (SHA-256) and a signed "
                    "record of when they were added and opened, so you can later show they were "
                    "not changed."
                )
            )
        )
        page.add(wrapped_text(self.tr("It works without the internet and never sends anything anywhere.")))
        page.add(wrapped_text(self.tr("Setting up takes about a minute.")))
        page.finish()
        return page

    def _location_page(self) -> QWidget:
        page = Page(self.tr("Where to keep the archive"))
        page.add(
            wrapped_text(
                self.tr(
                    "The archive is one folder. Keep it on this computer, or on a USB stick you can "
                    "take with you or hide. This choice is remembered."
                )
            )
        )
        self.location_label = QLabel()
        self.location_label.setWordWrap(True)
        self.location_label.setObjectName("pathLabel")
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label.setAccessibleName(self.tr("Archive folder"))
        page.add(self.location_label)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose another folder or USB stick…"))
        self.choose_button.clicked.connect(self._choose_location)
        self.default_button = QPushButton(self.tr("Use the default place"))
        self.default_button.clicked.connect(self._use_default)
        row.addWidget(self.choose_button)
        row.addWidget(self.default_button)
        row.addStretch(1)
        page.layout_.addLayout(row)
        self.location_problem = wrapped_text("")
        self.location_problem.setObjectName("errorLabel")
        page.add(self.location_problem)
        page.finish()
        self._show_location()
        return page

    def _passphrase_page(self) -> QWidget:
        page = Page(self.tr("Choose a passphrase"))
        page.add(
            wrapped_text(
                self.tr(
                    "You will type it each time you open the archive. Make it long and something "
                    "others would not guess; a short sentence or four random words works well. "
                    "Do not reuse a password from elsewhere."
                )
            )
        )
        self.passphrase = PassphrasePair()
        page.add(self.passphrase)
        page.finish()
        return page

    def _creating_page(self) -> QWidget:
        page = Page(self.tr("Creating your archive"))
        page.add(wrapped_text(self.tr("Protecting the key with your passphrase. This takes a few seconds.")))
        self.busy = Busy(self.tr("Working…"))
        page.add(self.busy)
        self.create_problem = wrapped_text("")
        self.create_problem.setObjectName("errorLabel")
        page.add(self.create_problem)
        page.finish()
        return page

    def _recovery_page(self) -> QWidget:
        page = Page(self.tr("Write down your recovery code"))
        page.add(
            wrapped_text(
                self.tr(
                    "If you forget your passphrase, this code is the only way back in. Write it on "
                    "paper now and keep the paper somewhere safe, away from this computer. It is "
                    "shown only this once."
                )
            )
        )
        self.code_label = RecoveryCode()
        page.add(self.code_label)
        page.add(
            wrapped_text(self.tr("Anyone who has this code can open the archive. Do not photograph it."))
        )
        self.written_box = QCheckBox(self.tr("I have written it down"))
        self.written_box.toggled.connect(self._update_nav)
        page.add(self.written_box)
        page.finish()
        return page

    def _import_page(self) -> QWidget:
        page = Page(self.tr("Add your first files"))
        page.add(
            wrapped_text(
                self.tr(
                    "You can add a folder now, or later by dragging files onto the window. The "
                    "originals stay where they are; you decide whether to delete them afterwards."
                )
            )
        )
        row = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Choose a folder…"))
        self.folder_button.clicked.connect(self._choose_folder)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        page.layout_.addLayout(row)
        self.folder_label = wrapped_text(self.tr("No folder chosen. You can skip this step."))
        page.add(self.folder_label)
        page.finish()
        return page

    # -- navigation ----------------------------------------------------------------
    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        shown = {WELCOME: 1, LOCATION: 2, PASSPHRASE: 3, CREATING: 3, RECOVERY: 4, FIRST_IMPORT: 5}[index]
        self.steps.setText(self.tr("Step {n} of {total}").format(n=shown, total=5))
        if index == PASSPHRASE:
            self.passphrase.first.setFocus()
        self._update_nav()

    def _update_nav(self) -> None:
        index = self.page
        self.back_button.setVisible(index in (LOCATION, PASSPHRASE))
        labels = {
            WELCOME: self.tr("Start"),
            LOCATION: self.tr("Next"),
            PASSPHRASE: self.tr("Create archive"),
            CREATING: self.tr("Next"),
            RECOVERY: self.tr("Continue"),
            FIRST_IMPORT: self.tr("Finish") if self.first_folder is None else self.tr("Add and finish"),
        }
        self.next_button.setText(labels[index])
        enabled = True
        if index == CREATING:
            enabled = False
        elif index == RECOVERY:
            enabled = self.written_box.isChecked()
        self.next_button.setEnabled(enabled)

    def back(self) -> None:
        if self.page in (LOCATION, PASSPHRASE):
            self._go(self.page - 1)

    def next(self) -> None:
        index = self.page
        if index == WELCOME:
            self._go(LOCATION)
        elif index == LOCATION:
            if vault_exists(self.location):
                self.settings.vault_dir = self.location
                self._save_settings()
                self.existing.emit(self.location)
                return
            self._go(PASSPHRASE)
        elif index == PASSPHRASE:
            passphrase = self.passphrase.validate()
            if passphrase is not None:
                self._create(passphrase)
        elif index == RECOVERY and self.written_box.isChecked():
            self.code_label.clear()
            self.recovery_code = ""
            self._go(FIRST_IMPORT)
        elif index == FIRST_IMPORT and self.vault is not None:
            vault, self.vault = self.vault, None
            self.created.emit(vault, self.first_folder)

    # -- actions -------------------------------------------------------------------
    def _show_location(self) -> None:
        self.location_label.setText(str(self.location))
        self.location_problem.setText(
            self.tr("An archive already exists here. Continuing opens it.")
            if vault_exists(self.location)
            else ""
        )

    def set_location(self, folder: Path) -> None:
        """Use ``folder`` itself if it is (or may become) an archive, else a subfolder."""
        folder = Path(folder)
        if vault_exists(folder) or not folder.exists() or not any(folder.iterdir()):
            self.location = folder
        else:
            self.location = folder / SUBFOLDER
        self._show_location()

    def _choose_location(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Choose where to keep the archive"))
        if folder:
            self.set_location(Path(folder))

    def _use_default(self) -> None:
        self.settings.vault_dir = None
        self.location = self.settings.effective_vault_dir()
        self._show_location()

    def _choose_folder(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Choose a folder to add"))
        if folder:
            self.set_first_folder(Path(folder))

    def set_first_folder(self, folder: Path | None) -> None:
        self.first_folder = folder
        self.folder_label.setText(
            self.tr("Will add everything in: {path}").format(path=folder)
            if folder is not None
            else self.tr("No folder chosen. You can skip this step.")
        )
        self._update_nav()

    def _save_settings(self) -> None:
        try:
            settings.save(self.settings)
        except OSError as exc:
            self.location_problem.setText(self.tr("Could not remember this place: {e}").format(e=exc))

    def _create(self, passphrase: str) -> None:
        location = self.location
        self.create_problem.setText("")
        self._go(CREATING)
        self.busy.start(self.tr("Working…"))

        def create(task: Task) -> tuple[Vault, str]:
            return Vault.create(location, passphrase)

        self.create_task = self.runner.start(create, done=self._created, error=self._create_failed)

    def _created(self, result: tuple[Vault, str]) -> None:
        self.busy.stop()
        self.vault, self.recovery_code = result
        default = self.settings.effective_vault_dir() if self.settings.vault_dir is None else None
        self.settings.vault_dir = None if default == self.location else self.location
        self._save_settings()
        self.passphrase.clear()
        self.code_label.set_code(self.recovery_code)
        self._go(RECOVERY)
        self.written_box.setFocus()

    def _create_failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self._go(PASSPHRASE)
        self.passphrase.problem.setText(self.tr("The archive could not be created: {e}").format(e=exc))
