"""The unlocked main view: sidebar, thumbnail grid, details panel."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.database import Connection
from ..core.items import Facets, ItemFilter, ItemSummary, facets
from .common import pixmap, type_label
from .details import DetailsPanel
from .models import ItemListModel, ItemRole, Query
from .session import Session

FilterRole = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class _Group:
    title: str
    key: str


class Sidebar(QTreeWidget):
    filter_chosen = Signal(object)  # ItemFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Sections: all items, cases, tags and types"))
        self.setMinimumWidth(190)
        self.setFrameShape(QTreeWidget.Shape.NoFrame)
        self.setObjectName("sidebar")
        self.currentItemChanged.connect(self._chosen)
        self._current = ItemFilter()
        self.clear_all()

    def clear_all(self) -> None:
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)

    def populate(self, data: Facets, total: int) -> None:
        current = self._current
        self.blockSignals(True)
        self.clear()
        all_items = QTreeWidgetItem([self.tr("All items"), str(total)])
        all_items.setData(0, FilterRole, ItemFilter())
        self.addTopLevelItem(all_items)
        groups = (
            (self.tr("Cases"), [(n, c, ItemFilter(case=n)) for n, c in data.cases]),
            (self.tr("Tags"), [(n, c, ItemFilter(tag=n)) for n, c in data.tags]),
            (
                self.tr("Types"),
                [
                    (type_label(k), c, ItemFilter(type_prefix=k if "/" in k else f"{k}/"))
                    for k, c in data.types
                ],
            ),
        )
        selected: QTreeWidgetItem = all_items
        for title, entries in groups:
            header = QTreeWidgetItem([title.upper(), ""])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            font.setPointSize(max(7, font.pointSize() - 1))
            header.setFont(0, font)
            header.setForeground(0, self.palette().placeholderText())
            self.addTopLevelItem(header)
            if not entries:
                empty = QTreeWidgetItem([self.tr("none yet"), ""])
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                empty.setForeground(0, self.palette().placeholderText())
                header.addChild(empty)
            for name, count, where in entries:
                child = QTreeWidgetItem([name, str(count)])
                child.setData(0, FilterRole, where)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                header.addChild(child)
                if where == current:
                    selected = child
            header.setExpanded(True)
        all_items.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setCurrentItem(selected)
        self.resizeColumnToContents(1)
        self.setColumnWidth(0, max(120, self.viewport().width() - self.columnWidth(1) - 8))
        self.blockSignals(False)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.setColumnWidth(0, max(120, self.viewport().width() - self.columnWidth(1) - 8))

    def _chosen(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        where = item.data(0, FilterRole)
        if isinstance(where, ItemFilter):
            self._current = where
            self.filter_chosen.emit(where)

    @property
    def current_filter(self) -> ItemFilter:
        return self._current

    def reset_filter(self) -> None:
        self._current = ItemFilter()


class ItemGrid(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setIconSize(QSize(128, 128))
        self.setGridSize(QSize(156, 176))
        self.setSpacing(4)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(False)
        self.setAccessibleName(self.tr("Items"))
        self.setObjectName("grid")


class MainView(QWidget):
    open_item = Signal(object)  # ItemSummary
    counts_changed = Signal(int, int)  # all items, total bytes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.search_text = ""
        self.sidebar = Sidebar()
        self.model = ItemListModel(parent=self)
        self.grid = ItemGrid()
        self.grid.setModel(self.model)
        self.details = DetailsPanel()
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_icon = QLabel()
        empty_icon.setPixmap(pixmap("import", 64))
        empty_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel(
            self.tr("Nothing here yet.\nDrag files or folders onto this window, or use Add files.")
        )
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_icon)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addStretch(2)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.grid)
        self.centre.addWidget(self.empty)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.centre)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([210, 700, 340])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.setTabOrder(self.sidebar, self.grid)
        self.setTabOrder(self.grid, self.details)
        self.sidebar.filter_chosen.connect(self._filter_chosen)
        self.grid.activated.connect(lambda index: self.open_item.emit(index.data(ItemRole)))
        self.grid.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.page_loaded.connect(self._update_empty)
        self.model.modelReset.connect(self._model_reset)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_query)

    # -- lifecycle -----------------------------------------------------------------
    def attach(self, session: Session) -> None:
        self.session = session
        self.sidebar.reset_filter()
        self.search_text = ""
        self.model.attach(session)
        self.details.attach(session)
        session.analysed.connect(self._analysed)
        self.refresh()

    def clear(self) -> None:
        """Forget everything shown (on lock): items, thumbnails, details, sections."""
        self._search_timer.stop()
        self.session = None
        self.model.clear()
        self.details.attach(None)
        self.sidebar.clear_all()
        self.sidebar.reset_filter()
        self.search_text = ""
        self.centre.setCurrentWidget(self.grid)

    def refresh(self) -> None:
        """Reload the sections' counts and the current list (after an import)."""
        if self.session is None:
            return

        def load(conn: Connection) -> tuple[Facets, int, int]:
            from ..core.items import count

            total, size = count(conn)
            return facets(conn), total, size

        self.session.query(load, self._facets_loaded)
        self._apply_query()
        # At unlock and after each import: read metadata and make previews of new items.
        self.session.analyse_pending()

    def _analysed(self, _summary: object) -> None:
        self.model.previews_changed()
        self.details.refresh()

    def _facets_loaded(self, result: tuple[Facets, int, int]) -> None:
        if self.session is None:
            return
        data, total, size = result
        self.sidebar.populate(data, total)
        self.counts_changed.emit(total, size)

    # -- querying ------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self.search_text = text
        self._search_timer.start()

    def _filter_chosen(self, where: ItemFilter) -> None:
        self._apply_query()

    def _apply_query(self) -> None:
        if self.session is None:
            return
        self.details.clear()
        self.model.set_query(Query(self.sidebar.current_filter, self.search_text))

    def _model_reset(self) -> None:
        self.details.clear()

    def _update_empty(self) -> None:
        if self.model.rowCount() == 0 and not self.model.loading:
            filtered = self.search_text or self.sidebar.current_filter != ItemFilter()
            self.empty_text.setText(
                self.tr("No items match.")
                if filtered
                else self.tr("Nothing here yet.\nDrag files or folders onto this window, or use Add files.")
            )
            self.centre.setCurrentWidget(self.empty)
        else:
            self.centre.setCurrentWidget(self.grid)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        item = indexes[0].data(ItemRole) if indexes else None
        self.details.show_item(item if isinstance(item, ItemSummary) else None)

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index)
