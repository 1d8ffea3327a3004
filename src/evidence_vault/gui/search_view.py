"""Full-text search in the app: words in file names, statements, tags and cases,
with the same filters as `evidence-vault search` (core/search.py does the work).

Typing in the toolbar's box narrows the grid by name at once; Enter opens this
window with everything that contains the words. Activating a hit shows it: an
item in its viewer, a statement in the statements window, a case in the sidebar.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UsageError
from ..core.evidence.items import facets
from ..core.store import search
from ..core.store.database import Connection
from .common import icon
from .session import Session
from .widgets import DateRange

HitRole = Qt.ItemDataRole.UserRole + 20
_KIND_ICONS = {"item": "file", "statement": "document", "case": "folder"}


class SearchWindow(QDialog):
    """Search results with filters; emits what the user chose to open."""

    open_item = Signal(int)
    open_statement = Signal(int)
    open_case = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Search"))
        self.resize(760, 560)
        self.session = session
        self._generation = 0
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("Words to find in names, statements, tags and cases"))
        self.words.setAccessibleName(self.tr("Words to find"))
        self.words.setClearButtonEnabled(True)
        self.words.returnPressed.connect(self.run)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.run)
        row.addWidget(self.words, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)

        filters = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What to find"))
        for label, value in (
            (self.tr("Everything"), ""),
            (self.tr("Files"), "item"),
            (self.tr("Photos"), "image"),
            (self.tr("Videos"), "video"),
            (self.tr("Audio"), "audio"),
            (self.tr("Statements"), "statement"),
            (self.tr("Cases"), "case"),
        ):
            self.kind.addItem(label, value)
        filters.addWidget(self.kind)
        self.case = QComboBox()
        self.case.setAccessibleName(self.tr("Case"))
        self.case.addItem(self.tr("Any case"), None)
        filters.addWidget(self.case)
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.addItem(self.tr("Any tag"), None)
        filters.addWidget(self.tag)
        self.positioned = QCheckBox(self.tr("With a position"))
        filters.addWidget(self.positioned)
        layout.addLayout(filters)
        self.dates = DateRange(QDate.currentDate().addYears(-1))
        layout.addWidget(self.dates)
        for control in (self.kind, self.case, self.tag):
            control.currentIndexChanged.connect(self._rerun)
        self.positioned.toggled.connect(self._rerun)
        self.dates.changed.connect(self._rerun)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._activated)
        layout.addWidget(self.results, 1)
        session.query(_choices, self._choices_loaded)

    def _choices_loaded(self, choices: tuple[list[str], list[str]]) -> None:
        cases, tags = choices
        for name in cases:
            self.case.addItem(name, name)
        for tag in tags:
            self.tag.addItem(tag, tag)

    def current_query(self) -> search.Query:
        date_from, date_to = self.dates.bounds()
        return search.Query(
            self.words.text(),
            kind=str(self.kind.currentData()) or None,
            case=self.case.currentData(),
            tag=self.tag.currentData(),
            date_from=date_from,
            date_to=date_to,
            has_position=self.positioned.isChecked(),
            limit=200,
        )

    def search_for(self, text: str) -> None:
        self.words.setText(text)
        self.run()

    def _rerun(self) -> None:
        if self.words.text().strip():
            self.run()

    def run(self) -> None:
        query = self.current_query()
        if not query.text.strip():
            self.status.setText(self.tr("Type at least one word."))
            return
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Searching…"))

        def done(hits: list[search.Hit]) -> None:
            if generation == self._generation:
                self._show(hits)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.results.clear()
                message = str(exc) if isinstance(exc, UsageError) else repr(exc)
                self.status.setText(self.tr("The search could not run: {e}").format(e=message))

        self.session.query(lambda conn: search.search(conn, query), done, failed)

    def _show(self, hits: list[search.Hit]) -> None:
        self.results.clear()
        self.status.setText(
            self.tr("%n result(s)", "", len(hits)) if hits else self.tr("Nothing contains these words.")
        )
        for hit in hits:
            entry = QListWidgetItem(icon(_KIND_ICONS[hit.kind]), f"{hit.title}\n{hit.snippet}")
            entry.setToolTip(hit.date)
            entry.setData(HitRole, hit)
            self.results.addItem(entry)
        if hits:
            self.results.setCurrentRow(0)

    def _activated(self, entry: QListWidgetItem) -> None:
        hit = entry.data(HitRole)
        if not isinstance(hit, search.Hit):
            return
        if hit.kind == "item":
            self.open_item.emit(hit.id)
        elif hit.kind == "statement":
            self.open_statement.emit(hit.id)
        else:
            self.open_case.emit(hit.title)


def _choices(conn: Connection) -> tuple[list[str], list[str]]:
    data = facets(conn)
    return [name for name, _n in data.cases], [tag for tag, _n in data.tags]
