"""The unlock screen: passphrase, or recovery code plus a new passphrase.

Neutral on purpose: it says "Archive" and nothing about what is inside.
Unlocking runs in a worker (the key derivation takes a second or two).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import VaultDamaged, WrongPassphrase
from ..core.session.vault import Vault
from ..core.store import locations, settings
from . import file_dialogs
from .common import heading_font, mono_font, pixmap
from .tasks import Runner, Task
from .widgets import Busy, PassphrasePair


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # Vault
    create_new = Signal(object)  # Path where no archive exists yet

    def __init__(self, location: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock")
        self.location = Path(location)
        self.runner = Runner(self)
        self.ready = True  # False while the previous session is still locking
        self._task: Task | None = None

        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 32, 36, 28)
        layout.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(pixmap("archive", 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Archive"))
        title.setFont(heading_font(8))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addSpacing(8)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        layout.addWidget(self.pages)

        self.busy = Busy(self.tr("Unlocking…"))
        layout.addWidget(self.busy)
        self.message = QLabel("")
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)

        self.location_label = QLabel()
        self.location_label.setEnabled(False)
        self.location_label.setWordWrap(True)
        self.location_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.other_button = QPushButton(self.tr("Open another archive…"))
        self.other_button.setFlat(True)
        self.other_button.clicked.connect(self._choose_other)
        layout.addSpacing(6)
        layout.addWidget(self.location_label)
        layout.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignCenter)

        card.ensurePolished()  # 460 px, or wider where a translated button needs it (buttons do not wrap)
        card.setFixedWidth(max(460, layout.totalMinimumSize().width()))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.set_location(self.location)
        self._show_page(0)

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumHeight(34)
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumHeight(34)
        self.unlock_button.clicked.connect(self.unlock)
        self.forgot_button = QPushButton(self.tr("Forgot the passphrase? Use the recovery code"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(lambda: self.show_recovery(True))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignCenter)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr("Type the 40-digit recovery code from your paper, then choose a new passphrase.")
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setFont(mono_font(10))
        self.code.setPlaceholderText("0000-0000-0000-0000-0000-0000-0000-0000-0000-0000")
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setMinimumHeight(34)
        self.new_passphrase = PassphrasePair(label=self.tr("New passphrase"))
        self.recover_button = QPushButton(self.tr("Unlock and set the new passphrase"))
        self.recover_button.setObjectName("primary")
        self.recover_button.setMinimumHeight(34)
        self.recover_button.clicked.connect(self.recover)
        back = QPushButton(self.tr("Back to passphrase"))
        back.setFlat(True)
        back.clicked.connect(lambda: self.show_recovery(False))
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.recover_button)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignCenter)
        return page

    # -- behaviour -----------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        # Only the visible page counts for the card's height.
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(i)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()

    def set_location(self, location: Path) -> None:
        """Show the location only if the user chose it: the default path is not shown
        on this neutral screen."""
        self.location = Path(location)
        chosen = settings.load().vault_dir is not None and self.location != locations.default_vault_dir()
        self.location_label.setText(self.tr("Location: {path}").format(path=self.location) if chosen else "")
        self.location_label.setVisible(chosen)

    def show_recovery(self, on: bool) -> None:
        self._show_page(1 if on else 0)
        self.message.clear()
        (self.code if on else self.passphrase).setFocus()

    def reset(self) -> None:
        """Back to an empty passphrase field (after locking)."""
        self.passphrase.clear()
        self.code.clear()
        self.new_passphrase.clear()
        self.message.clear()
        self.busy.stop()
        self._show_page(0)
        self._set_enabled(True)
        self.passphrase.setFocus()

    def _set_enabled(self, on: bool) -> None:
        for widget in (
            self.passphrase,
            self.unlock_button,
            self.forgot_button,
            self.code,
            self.new_passphrase,
            self.recover_button,
            self.other_button,
        ):
            widget.setEnabled(on)

    def unlock(self) -> None:
        if self._task is not None or not self.ready:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(self.tr("Type your passphrase."))
            return
        location = self.location

        def work(task: Task) -> Vault:
            return Vault.unlock(location, passphrase)

        self._start(work, self.tr("Unlocking…"))

    def recover(self) -> None:
        if self._task is not None or not self.ready:
            return
        code = self.code.text()
        if not code.strip():
            self.message.setText(self.tr("Type the recovery code."))
            return
        new = self.new_passphrase.validate()
        if new is None:
            return
        location = self.location

        def work(task: Task) -> Vault:
            vault = Vault.unlock_with_recovery(location, code)
            try:
                vault.change_passphrase(new)
            except BaseException:
                vault.lock()
                raise
            return vault

        self._start(work, self.tr("Unlocking and setting the new passphrase…"))

    def _start(self, work: object, text: str) -> None:
        self.message.clear()
        self._set_enabled(False)
        self.busy.start(text)
        self._task = self.runner.start(work, done=self._done, error=self._failed)  # type: ignore[arg-type]

    def _done(self, vault: Vault) -> None:
        self._task = None
        self.busy.stop()
        self.passphrase.clear()
        self.code.clear()
        self.new_passphrase.clear()
        self._set_enabled(True)
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.busy.stop()
        self._set_enabled(True)
        if isinstance(exc, WrongPassphrase):
            if self.pages.currentIndex() == 1:
                self.message.setText(self.tr("That recovery code does not open this archive."))
                self.code.setFocus()
                self.code.selectAll()
            else:
                self.message.setText(self.tr("Wrong passphrase. Check the keyboard layout and Caps Lock."))
                self.passphrase.setFocus()
                self.passphrase.selectAll()
        elif isinstance(exc, VaultDamaged):
            self.message.setText(self.tr("The archive is damaged and cannot be opened: {e}").format(e=exc))
        else:
            self.message.setText(str(exc))

    def _choose_other(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Choose the archive folder"))
        if not folder:
            return
        path = Path(folder)
        from ..core.session.vault import vault_exists

        if vault_exists(path):
            current = settings.load()
            current.vault_dir = path
            try:
                settings.save(current)
            except OSError as exc:
                self.message.setText(str(exc))
            self.set_location(path)
            self.message.clear()
        else:
            self.create_new.emit(path)
