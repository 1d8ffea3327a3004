"""Archive → Look-alikes…: pairs of items whose pictures look alike (core/media/similar.py),
closest first, with where each came from. Nothing is merged; double-click shows the item.

The listing runs in a worker (``session.query``); the hashes themselves are computed by the
background analysis (stage 4, in the sandboxed child), and the list is read again when it
ends. Thumbnails come from the same cache as the main grid (decoded in a child).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.evidence import items
from ..core.evidence.items import ItemSummary
from ..core.media import hashes, similar
from ..core.store.database import Connection
from .models import ThumbnailCache
from .session import Session
from .widgets import wrapped_text

THUMB = 64
ITEM_ROLE = int(Qt.ItemDataRole.UserRole) + 1
DISTANCE, FIRST, FIRST_FROM, SECOND, SECOND_FROM = range(5)


@dataclass(frozen=True)
class Listing:
    pairs: list[similar.Pair]
    summaries: dict[int, ItemSummary]
    waiting: int  # items not hashed yet


def _list(conn: Connection, max_distance: int) -> Listing:
    pairs = similar.find(conn, max_distance)
    ids = sorted({side.item_id for pair in pairs for side in (pair.first, pair.second)})
    summaries = {item_id: items.resolve(conn, str(item_id)) for item_id in ids}
    return Listing(pairs, summaries, len(hashes.pending(conn)))


class LookAlikesDialog(QDialog):
    """Emits ``item_chosen(item_id)`` when a row's item is double-clicked."""

    item_chosen = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Look-alikes"))
        self.resize(1060, 620)
        self.session = session
        self.listing: Listing | None = None
        self.thumbs = ThumbnailCache(session, self)
        self.thumbs.ready.connect(self._thumb_ready)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_text(
                self.tr(
                    "Items whose pictures look alike, such as a photo or video that a messenger "
                    "re-encoded: not the same bytes, so both were kept. The distance counts the bits "
                    "of 64 in which their perceptual hashes differ (0: look the same; unrelated "
                    "pictures differ in about 32). Nothing is merged: both items stay as they came."
                )
            )
        )
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Show pairs at most this many bits apart:")))
        self.distance = QSpinBox()
        self.distance.setRange(0, similar.MAX_DISTANCE)
        self.distance.setValue(similar.DEFAULT_MAX_DISTANCE)
        self.distance.setAccessibleName(self.tr("Largest distance shown"))
        self.distance.valueChanged.connect(lambda _value: self.reload())
        controls.addWidget(self.distance)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Distance"),
                self.tr("Item"),
                self.tr("Came from"),
                self.tr("Looks like"),
                self.tr("Came from"),
            ]
        )
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DISTANCE, QHeaderView.ResizeMode.ResizeToContents)
        for column in (FIRST, FIRST_FROM, SECOND, SECOND_FROM):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        session.analysed.connect(self._analysed)
        self.reload()

    def _analysed(self, _summary: object) -> None:
        self.reload()  # new hashes may have come in

    def reload(self) -> None:
        self.status.setText(self.tr("Looking for items that look alike…"))
        self.session.query(lambda conn: _list(conn, self.distance.value()), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The look-alikes could not be listed: {error}").format(error=exc))

    def _show(self, listing: Listing) -> None:
        self.listing = listing
        self.table.setRowCount(0)
        for pair in listing.pairs:
            row = self.table.rowCount()
            self.table.insertRow(row)
            distance = QTableWidgetItem(self.tr("{distance} of 64").format(distance=pair.distance))
            distance.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, DISTANCE, distance)
            for column, side in ((FIRST, pair.first), (SECOND, pair.second)):
                self.table.setItem(row, column, self._item_cell(side))
                origin = QTableWidgetItem("\n".join(self._origin(o) for o in side.origins) or "?")
                origin.setData(ITEM_ROLE, side.item_id)
                self.table.setItem(row, column + 1, origin)
        count = len(listing.pairs)
        # Counts after a colon, not "%n": the same words whatever the number.
        text = (
            self.tr("Pairs that look alike: {count}.").format(count=count)
            if count
            else self.tr("No items look alike at this distance.")
        )
        if listing.waiting:
            text += " " + self.tr(
                "Not compared yet, their hashes being computed in the background: {count}."
            ).format(count=listing.waiting)
        self.status.setText(text)

    def _item_cell(self, side: similar.Side) -> QTableWidgetItem:
        kind = self.tr("video") if side.media == "video" else self.tr("picture")
        cell = QTableWidgetItem(f"#{side.item_id} {side.name}\n{kind}")
        cell.setData(ITEM_ROLE, side.item_id)
        summary = self.listing.summaries.get(side.item_id) if self.listing else None
        icon = self.thumbs.get(summary) if summary is not None else None
        if icon is not None:
            cell.setIcon(icon)
        return cell

    def _origin(self, origin: similar.Origin) -> str:
        day = origin.at[:10]
        if origin.kind == "bundle":
            return self.tr("Bundle {bundle}, sealed by key {sender}, received {day}").format(
                bundle=(origin.bundle_id or "?")[:8], sender=origin.sender or "?", day=day
            )
        return self.tr("Added here, {day}").format(day=day)

    def _thumb_ready(self, item_id: int) -> None:
        if self.listing is None or item_id not in self.listing.summaries:
            return
        icon = self.thumbs.get(self.listing.summaries[item_id])
        for row in range(self.table.rowCount()):
            for column in (FIRST, SECOND):
                cell = self.table.item(row, column)
                if cell is not None and cell.data(ITEM_ROLE) == item_id and icon is not None:
                    cell.setIcon(icon)

    def _double_clicked(self, row: int, column: int) -> None:
        cell = self.table.item(row, column)
        item_id = cell.data(ITEM_ROLE) if cell is not None else None
        if isinstance(item_id, int):
            self.item_chosen.emit(item_id)

    def done(self, result: int) -> None:
        self.thumbs.clear()
        super().done(result)
