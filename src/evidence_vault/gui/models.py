"""The item grid's model: pages loaded in workers, thumbnails made in workers.

The model never touches the database on the UI thread. ``fetchMore`` asks a
worker for the next page (a few hundred rows); rows appear when it answers.
Thumbnails come from the previews the media analysis stored (encrypted, in the
vault); until then small images are made from the item's bytes. Either way the decoding
happens in the sandboxed analysis child (core.media.sandbox.Decoders), never here: this
process only wraps the RGBA pixels it answers with. Decoded icons stay only in a bounded
cache that ``clear`` empties.
"""

from __future__ import annotations

import itertools
import json
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QPixmap

from ..core.evidence import items
from ..core.evidence.items import ItemFilter, ItemSummary
from ..core.media import results as media_results
from ..core.media import store as media_store
from ..core.media.sandbox import Pixels, bytes_reader
from ..core.store.database import Connection
from .common import human_size, pixmap, type_icon_name
from .session import Session
from .tasks import Task

PAGE_SIZE = 300
THUMB_SIZE = 128
THUMB_MAX_BYTES = 48 * 1024 * 1024  # larger images get their type icon in the grid
CACHE_LIMIT = 3000
ItemRole = Qt.ItemDataRole.UserRole + 1
# Dragging items onto a case in the sidebar carries only their ids (never their content).
ITEM_IDS_MIME = "application/x-evidence-vault-item-ids"

_Index = QModelIndex | QPersistentModelIndex


def item_ids_from(data: QMimeData) -> list[int]:
    """The item ids a drag from the grid carries (empty for anything else)."""
    if not data.hasFormat(ITEM_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(ITEM_IDS_MIME).data()).decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return []
    return [int(i) for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


@dataclass(frozen=True)
class Query:
    where: ItemFilter = field(default_factory=ItemFilter)
    name: str = ""

    def filter(self) -> ItemFilter:
        return replace(self.where, name=self.name)


def image_from(pixels: Pixels) -> QImage:
    """A QImage over the child's RGBA pixels: building one from raw pixels parses nothing.

    ``copy`` makes the image own its memory (the QImage constructor only borrows ``rgba``).
    """
    if pixels.problem is not None or not pixels.rgba:
        return QImage()
    image = QImage(pixels.rgba, pixels.width, pixels.height, pixels.width * 4, QImage.Format.Format_RGBA8888)
    return image.copy()


def decode_item(
    session: Session, conn: Connection, item: ItemSummary, max_side: int, task: Task | None
) -> Pixels:
    """The item's picture, decoded in the analysis child (EXIF orientation applied).

    Native image decoders (Qt's image plugins included) never see evidence bytes in this
    process: Qt's TIFF plugin crashed the app on an ordinary TIFF, and again at every
    unlock when the thumbnail was asked for again. In the child a crash costs one picture.
    """
    cancel = task.cancel_event if task is not None else None
    return session.decoders.decode(item.size, media_store.item_reader(conn, item), max_side, cancel)


class ThumbnailCache(QObject):
    ready = Signal(int)  # item id

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._cache: OrderedDict[int, QIcon] = OrderedDict()
        self._pending: dict[int, Task] = {}
        self._failed: set[int] = set()
        self.reasons: dict[int, str] = {}  # why an item has no thumbnail (the decoder's answer)
        self._priority = itertools.count()

    def get(self, item: ItemSummary) -> QIcon | None:
        icon = self._cache.get(item.id)
        if icon is not None:
            self._cache.move_to_end(item.id)
            return icon
        if item.id not in self._pending and item.id not in self._failed:
            # Newest requests first: what is on screen now beats what scrolled past.
            priority = min(next(self._priority), 2**30)

            def make(conn: Connection, task: Task) -> tuple[int, QImage, str | None]:
                # The preview stored by the analysis (images, video frames, PDF pages,
                # waveforms); until it exists, small images are decoded on the fly. The stored
                # preview is a JPEG our child wrote, but a child that a hostile file took over
                # could have written anything there: it goes through the child too.
                stored = media_results.preview(conn, item.id)
                if stored is not None:
                    pixels = self.session.decoders.decode(
                        len(stored), bytes_reader(stored), THUMB_SIZE, task.cancel_event
                    )
                elif not item.content_type.startswith("image/") or item.size > THUMB_MAX_BYTES:
                    return item.id, QImage(), None
                else:
                    pixels = decode_item(self.session, conn, item, THUMB_SIZE, task)
                return item.id, image_from(pixels), pixels.problem

            task = self.session.thumbnail(make, self._made, priority)
            if task is not None:
                self._pending[item.id] = task
        return None

    def _made(self, result: tuple[int, QImage, str | None]) -> None:
        item_id, image, problem = result
        self._pending.pop(item_id, None)
        if image.isNull():
            self._failed.add(item_id)
            if problem:
                self.reasons[item_id] = problem
            return
        self._cache[item_id] = QIcon(QPixmap.fromImage(image))
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        self.ready.emit(item_id)

    def clear(self) -> None:
        for task in self._pending.values():
            task.cancel()
        self._pending.clear()
        self._cache.clear()
        self._failed.clear()
        self.reasons.clear()

    def __len__(self) -> int:
        return len(self._cache)


class ItemListModel(QAbstractListModel):
    """All items matching a query, paged in as the view scrolls."""

    counted = Signal(int, int)  # items, bytes for the current query
    page_loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, session: Session | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.thumbs: ThumbnailCache | None = None
        self._items: list[ItemSummary] = []
        self._rows: dict[int, int] = {}
        self._total = 0
        self._loading = False
        self._generation = 0
        self.query = Query()
        if session is not None:
            self.attach(session)

    # -- lifecycle ---------------------------------------------------------------
    def attach(self, session: Session) -> None:
        self.clear()
        self.session = session
        self.thumbs = ThumbnailCache(session, self)
        self.thumbs.ready.connect(self._thumb_ready)

    def clear(self) -> None:
        """Forget every item and thumbnail (on lock)."""
        self._generation += 1
        self.beginResetModel()
        self._items, self._rows, self._total, self._loading = [], {}, 0, False
        self.endResetModel()
        if self.thumbs is not None:
            self.thumbs.clear()
            self.thumbs.deleteLater()
            self.thumbs = None
        self.session = None

    def set_query(self, query: Query) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._items, self._rows, self._total, self._loading = [], {}, 0, True
        self.endResetModel()
        if self.session is None:
            return
        query = self.query

        def first(conn: Connection) -> tuple[tuple[int, int], list[ItemSummary]]:
            where = query.filter()
            totals = items.count(conn, where)
            page = items.list_items(conn, limit=PAGE_SIZE, offset=0, where=where)
            return totals, page

        def done(result: tuple[tuple[int, int], list[ItemSummary]]) -> None:
            if generation != self._generation:
                return
            (total, size), page = result
            self._total = total
            self._loading = False
            self.counted.emit(total, size)
            self._append(page)

        self.session.query(first, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.load_failed.emit(str(exc))

    def _append(self, page: list[ItemSummary]) -> None:
        if page:
            start = len(self._items)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            for offset, item in enumerate(page):
                self._rows[item.id] = start + offset
            self._items.extend(page)
            self.endInsertRows()
        else:
            self._total = len(self._items)  # the vault changed under us; stop paging
        self.page_loaded.emit()

    # -- Qt model API ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._items) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self.session is None:
            return
        self._loading = True
        generation, offset, query = self._generation, len(self._items), self.query

        def page(conn: Connection) -> list[ItemSummary]:
            return items.list_items(conn, limit=PAGE_SIZE, offset=offset, where=query.filter())

        def done(items: list[ItemSummary]) -> None:
            if generation == self._generation:
                self._loading = False
                self._append(items)

        self.session.query(page, done, self._failed)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self.thumbs.get(item) if self.thumbs is not None else None
            return icon if icon is not None else QIcon(pixmap(type_icon_name(item.content_type), 96))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{item.name}\n{item.content_type} · {human_size(item.size)}"
            problem = self.thumbs.reasons.get(item.id) if self.thumbs is not None else None
            if problem:
                tip += "\n" + self.tr("Preview could not be made: {reason}").format(reason=problem)
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.name}, {human_size(item.size)}"
        if role == ItemRole:
            return item
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._items[i.row()].id for i in indexes if i.isValid() and i.row() < len(self._items)})
        data = QMimeData()
        data.setData(ITEM_IDS_MIME, QByteArray(json.dumps(ids).encode("ascii")))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def previews_changed(self) -> None:
        """New stored previews exist (an analysis run ended): fetch thumbnails again."""
        if self.thumbs is not None:
            self.thumbs.clear()
        if self._items:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._items) - 1), [Qt.ItemDataRole.DecorationRole]
            )

    def _thumb_ready(self, item_id: int) -> None:
        row = self._rows.get(item_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- helpers -----------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def item_at(self, row: int) -> ItemSummary:
        return self._items[row]

    def row_of(self, item_id: int) -> int | None:
        return self._rows.get(item_id)
