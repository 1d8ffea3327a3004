"""Choosing the items of the vault a statement links to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.evidence import items
from ...core.evidence.items import ItemSummary
from ..session import Session
from .widgets import line_edit


class ItemPicker(QDialog):
    """Choose items of the vault to link to a statement (checkable list with a filter)."""

    def __init__(self, session: Session, chosen: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link items"))
        self.resize(520, 560)
        self.chosen = set(chosen)
        self.filter = line_edit(self.tr("Filter items by name"), self.tr("Filter by name"))
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
