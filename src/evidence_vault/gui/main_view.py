"""The unlocked main view: sidebar, thumbnail grid, details panel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QPoint, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.evidence import cases
from ..core.evidence.items import Facets, ItemFilter, ItemSummary, facets
from ..core.session.vault import Vault
from ..core.store.database import Connection
from .cases_dialog import CaseDialog
from .common import pixmap, type_label
from .details import DetailsPanel
from .models import ItemListModel, ItemRole, Query, item_ids_from
from .session import Session
from .tasks import Task

FilterRole = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class _Group:
    title: str
    key: str


class Sidebar(QTreeWidget):
    filter_chosen = Signal(object)  # ItemFilter
    new_case_requested = Signal()
    edit_case_requested = Signal(str)  # case name
    items_dropped = Signal(str, list)  # case name, item ids

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
        self._drop_target: QTreeWidgetItem | None = None
        # Items dragged from the grid are dropped on a case (and only on a case).
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
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

    # -- cases: context menu and drops ------------------------------------------------
    def case_item(self, name: str) -> QTreeWidgetItem | None:
        for top in range(self.topLevelItemCount()):
            header = self.topLevelItem(top)
            if header is None:
                continue
            for row in range(header.childCount()):
                child = header.child(row)
                if self.case_of(child) == name:
                    return child
        return None

    @staticmethod
    def case_of(item: QTreeWidgetItem | None) -> str | None:
        where = item.data(0, FilterRole) if item is not None else None
        return where.case if isinstance(where, ItemFilter) else None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.topLevelItemCount() == 0:
            return
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        item = self.currentItem() if keyboard else self.itemAt(event.pos())
        name = self.case_of(item)
        menu = QMenu(self)
        menu.addAction(self.tr("New case…"), self.new_case_requested.emit)
        if name is not None:
            menu.addAction(self.tr("Edit case…"), lambda: self.edit_case_requested.emit(name))
        menu.exec(event.globalPos())

    def _case_at(self, event: QDragMoveEvent | QDropEvent) -> QTreeWidgetItem | None:
        if not item_ids_from(event.mimeData()):
            return None
        item = self.itemAt(event.position().toPoint())
        return item if self.case_of(item) is not None else None

    def _mark(self, item: QTreeWidgetItem | None) -> None:
        if self._drop_target is item:
            return
        for old in (self._drop_target,):
            if old is not None:
                for column in range(2):
                    old.setData(column, Qt.ItemDataRole.BackgroundRole, None)
        self._drop_target = item
        if item is not None:
            for column in range(2):
                item.setBackground(column, self.palette().highlight().color().lighter(160))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if item_ids_from(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self._case_at(event)
        self._mark(target)
        if target is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept(self.visualItemRect(target))
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:
        self._mark(None)

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._case_at(event)
        self._mark(None)
        name = self.case_of(target)
        if name is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.items_dropped.emit(name, item_ids_from(event.mimeData()))

    def reset_filter(self) -> None:
        self._current = ItemFilter()

    def select_case(self, name: str) -> bool:
        """Show the items of the case called ``name`` (a search hit); False if it is not listed."""
        entry = self.case_item(name)
        if entry is not None:
            self.setCurrentItem(entry)
        return entry is not None


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
        # Several items can be selected and dragged onto a case in the sidebar.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setAccessibleName(self.tr("Items"))
        self.setObjectName("grid")


class MainView(QWidget):
    open_item = Signal(object)  # ItemSummary
    counts_changed = Signal(int, int)  # all items, total bytes
    assigned = Signal(str, int)  # case name, items filed
    unassigned = Signal(str, int)  # case name, items taken out
    assign_failed = Signal(str)

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
        self.sidebar.new_case_requested.connect(self.new_case)
        self.sidebar.edit_case_requested.connect(self.edit_case)
        self.sidebar.items_dropped.connect(self.assign_items)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._grid_menu)
        self.case_dialog: CaseDialog | None = None
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
        if self.case_dialog is not None:
            self.case_dialog.reject()  # forgets it (finished)
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
            from ..core.evidence.items import count

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

    # -- cases -------------------------------------------------------------------------
    def new_case(self) -> CaseDialog | None:
        return self._case_dialog(None)

    def edit_case(self, name: str | None = None) -> CaseDialog | None:
        name = name if name is not None else self.sidebar.current_filter.case
        if name is None:
            item = self.sidebar.currentItem()
            name = self.sidebar.case_of(item)
        if name is None:
            return self._case_dialog(None)  # no case chosen: offer a new one
        return self._case_dialog(name)

    def _case_dialog(self, name: str | None) -> CaseDialog | None:
        if self.session is None:
            return None
        if self.case_dialog is not None:
            self.case_dialog.reject()
        dialog = CaseDialog(self.session, name, self)
        dialog.saved.connect(lambda _name: self.refresh())
        dialog.finished.connect(lambda _result: self._case_dialog_closed(dialog))
        self.case_dialog = dialog
        dialog.open()
        return dialog

    def _case_dialog_closed(self, dialog: CaseDialog) -> None:
        if self.case_dialog is dialog:
            self.case_dialog = None
        dialog.deleteLater()

    def assign_items(self, name: str, ids: list[int]) -> None:
        """File the dragged items under the case (one custody event per newly filed item)."""
        self._change_case(name, ids, cases.add_item, self.assigned)

    def _change_case(
        self,
        name: str,
        ids: list[int],
        change: Callable[[Vault, str, int], None],
        done_signal: SignalInstance,
    ) -> None:
        """Apply ``change`` (file under, or take out of, the case) to each item in a worker."""
        if self.session is None or not ids:
            return

        def work(vault: Vault, _task: Task) -> int:
            for item_id in ids:
                change(vault, name, item_id)
            return len(ids)

        def done(count: int) -> None:
            done_signal.emit(name, count)
            self.refresh()
            self.details.refresh()

        self.session.on_vault(work, done, lambda exc: self.assign_failed.emit(str(exc)))

    def selected_ids(self) -> list[int]:
        chosen = (index.data(ItemRole) for index in self.grid.selectionModel().selectedIndexes())
        return sorted(item.id for item in chosen if isinstance(item, ItemSummary))

    def case_menu(self) -> QMenu | None:
        """The grid's context menu while a case is shown and items are selected."""
        name = self.sidebar.current_filter.case
        ids = self.selected_ids()
        if name is None or not ids:
            return None
        menu = QMenu(self)
        menu.addAction(
            self.tr("Take %n item(s) out of the case “{name}”", "", len(ids)).format(name=name),
            lambda: self.unassign_items(name, ids),
        )
        return menu

    def _grid_menu(self, pos: QPoint) -> None:
        menu = self.case_menu()
        if menu is not None:
            menu.popup(self.grid.viewport().mapToGlobal(pos))

    def unassign_items(self, name: str, ids: list[int]) -> None:
        """Take items out of a case (one custody event each); they stay in the archive."""
        self._change_case(name, ids, cases.remove_item, self.unassigned)

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index)
