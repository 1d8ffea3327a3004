"""The export step that chooses who can open the bundle, and adds recipients."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from ...core.bundle import recipients
from ...core.bundle.recipients import Recipient
from ...core.evidence.items import visible_text
from ...core.session.vault import Vault
from ..session import Session
from ..tasks import Task
from ..widgets import Page, wrapped_text
from .recipient_dialog import AddRecipientDialog


class RecipientsPage(Page):
    """The vault's recipients with their fingerprints, to tick; ``changed`` on any change."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Who can open it"), parent, heading_size=5)
        self.session = session
        self.all_recipients: list[Recipient] = []
        self.own: Recipient | None = None
        self.pending_add: str | None = None
        self.add(
            wrapped_text(
                self.tr(
                    "Tick who the bundle is for. Compare each fingerprint with the recipient by voice "
                    "before you send anything."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recipients"))
        self.list.itemChanged.connect(lambda *_args: self.changed.emit())
        self.add(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add recipient…"))
        self.add_button.setAccessibleName(self.tr("Add recipient"))
        self.add_button.clicked.connect(self.open_add)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.own_label = wrapped_text(self.tr("This archive's own key is always included…"))
        self.own_label.setAccessibleName(self.tr("This archive's own key"))
        self.add(self.own_label)
        self.problem = wrapped_text("")
        self.problem.setObjectName("errorLabel")
        self.add(self.problem)
        self.load()

    def load(self, check: str | None = None) -> None:
        def load(vault: Vault, task: Task) -> tuple[list[Recipient], Recipient]:
            return recipients.list_all(vault), recipients.own_recipient(vault)

        self.session.on_vault(load, lambda result: self._loaded(result, check), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText(str(exc))

    def _loaded(self, result: tuple[list[Recipient], Recipient], check: str | None) -> None:
        listed, own = result
        ticked = set(self.chosen_names())
        if check:
            ticked.add(check)
        self.all_recipients, self.own = listed, own
        self.list.blockSignals(True)
        self.list.clear()
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
            self.list.addItem(entry)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.own_label.setText(
            self.tr(
                "This archive's own key is always included, so you can reopen the bundle yourself "
                "(fingerprint {fp})."
            ).format(fp=own.fingerprint)
        )
        if not listed:
            self.problem.setText(self.tr("No recipients yet. Add one with “Add recipient…”."))
        else:
            self.problem.setText("")
        self.changed.emit()

    def chosen_names(self) -> list[str]:
        names = []
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                names.append(str(entry.data(Qt.ItemDataRole.UserRole)))
        return names

    def set_checked(self, name: str, checked: bool = True) -> None:
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == name:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @property
    def ready(self) -> bool:
        return bool(self.chosen_names()) and self.pending_add is None

    def open_add(self) -> AddRecipientDialog:
        dialog = AddRecipientDialog(self)
        dialog.accepted.connect(lambda: self.add_recipient(dialog.name.text(), dialog.public_key or ""))
        dialog.open()
        self.add_dialog = dialog
        return dialog

    def add_recipient(self, name: str, public_key: str) -> None:
        name = name.strip()
        self.pending_add = name

        def add(vault: Vault, task: Task) -> Recipient:
            return recipients.add(vault, name, public_key)

        def added(recipient: Recipient) -> None:
            self.pending_add = None
            self.load(check=recipient.name)

        def failed(exc: BaseException) -> None:
            self.pending_add = None
            self.problem.setText(self.tr("Could not add the recipient: {e}").format(e=exc))
            self.changed.emit()

        self.session.on_vault(add, added, failed)
