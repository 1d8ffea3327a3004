"""The Statements window: the list of witness statements beside the editor.

Opened from Archive → Statements (or the toolbar). The list shows pseudonym,
title, latest version and consent; choosing one opens it in the editor
(gui/statements/editor.py). The window closes when the archive locks.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.evidence import statements
from ...core.evidence.items import visible_text
from ...core.evidence.statements import StatementSummary
from ..common import heading_font
from ..session import Session
from .editor import StatementEditor

IdRole = Qt.ItemDataRole.UserRole + 20


class StatementList(QWidget):
    chosen = Signal(int)  # statement id
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Statements"))
        title.setFont(heading_font(3))
        self.new_button = QPushButton(self.tr("New statement"))
        self.new_button.setToolTip(self.tr("New statement (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Pseudonym"), self.tr("Title"), self.tr("Version"), self.tr("Consent")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Statements: pseudonym, title, version and consent"))
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(1, 130)
        self.tree.setColumnWidth(2, 44)
        self.empty = QLabel(self.tr("No statements yet. Use New statement to record one."))
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self.tree.currentItemChanged.connect(self._current)

    def consent_label(self, code: str) -> str:
        return {
            "not recorded": self.tr("Not recorded"),
            "withdrawn": self.tr("Withdrawn"),
            "none": self.tr("Nobody yet"),
            "named-investigators": self.tr("Named investigators"),
            "investigators": self.tr("Investigators"),
            "public-anonymised": self.tr("Public, anonymised"),
        }.get(code, code)

    def populate(self, rows: list[StatementSummary], select: int | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for row in rows:
            entry = QTreeWidgetItem(
                [
                    visible_text(row.pseudonym),
                    visible_text(row.title),
                    self.tr("v{n}").format(n=row.versions),
                    self.consent_label(row.consent),
                ]
            )
            entry.setData(0, IdRole, row.id)
            entry.setToolTip(1, visible_text(row.title))
            entry.setData(
                0,
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{pseudonym}: {title}, %n version(s)", "", row.versions).format(
                    pseudonym=visible_text(row.pseudonym), title=visible_text(row.title)
                ),
            )
            if row.consent in ("withdrawn", "not recorded"):
                entry.setForeground(3, Qt.GlobalColor.darkRed)
            self.tree.addTopLevelItem(entry)
            if row.id == select:
                chosen = entry
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self.empty.setVisible(not rows)

    def _current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.chosen.emit(int(item.data(0, IdRole)))

    def row_count(self) -> int:
        return self.tree.topLevelItemCount()

    def select_row(self, row: int) -> None:
        entry = self.tree.topLevelItem(row)
        if entry is not None:
            self.tree.setCurrentItem(entry)


class StatementsWindow(QWidget):
    """A top-level window: statement list on the left, the editor on the right."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Statements"))
        self.resize(1320, 860)
        self.session = session
        self.list = StatementList()
        self.editor = StatementEditor(session)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 980])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.list.new_button, self.list.tree)
        self.setTabOrder(self.list.tree, self.editor.form.pseudonym)

        self._locking = False
        self.list.chosen.connect(self._choose)
        self.list.new_requested.connect(self.new_statement)
        self.editor.saved.connect(self.reload)
        self.editor.changed_elsewhere.connect(lambda: self.reload(self._current_id()))
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.activated.connect(self.new_statement)
        self.reload()

    def _current_id(self) -> int | None:
        return self.editor.statement.id if self.editor.statement is not None else None

    def _choose(self, statement_id: int) -> None:
        if statement_id == self._current_id():
            return
        if not self.editor.confirm_leave():
            self._select_quietly(self._current_id())  # stay on the statement being edited
            return
        self.editor.load(statement_id)

    def _select_quietly(self, statement_id: int | None) -> None:
        tree = self.list.tree
        tree.blockSignals(True)
        tree.clearSelection()
        tree.setCurrentIndex(QModelIndex())
        for row in range(tree.topLevelItemCount()):
            entry = tree.topLevelItem(row)
            if entry is not None and statement_id is not None and int(entry.data(0, IdRole)) == statement_id:
                tree.setCurrentItem(entry)
        tree.blockSignals(False)

    def new_statement(self) -> None:
        if not self.editor.confirm_leave():
            return
        self.list.tree.blockSignals(True)
        self.list.tree.clearSelection()
        self.list.tree.setCurrentIndex(QModelIndex())
        self.list.tree.blockSignals(False)
        self.editor.new_statement()
        self.editor.form.pseudonym.setFocus()

    def reload(self, select: int | None = None) -> None:
        self.session.query(
            lambda conn: statements.list_statements(conn),
            lambda rows: self.list.populate(rows, select),
            self.editor._failed,
        )

    def close_for_lock(self) -> None:
        """Close at once, unsaved changes or not: locking never waits for a question."""
        self._locking = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._locking and not self.editor.confirm_leave():
            event.ignore()
            return
        # Forget what was shown: the next opening reads it again.
        self.editor.sensitive.clear()
        super().closeEvent(event)
