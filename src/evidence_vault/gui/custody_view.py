"""The custody log on screen: the events (filtered by item, action and date),
"Verify now" with a pass/fail report, "Show anchor" with its code and QR code,
and "Check an anchor" typed back in later.

Everything is read and written through the session's runners; the QR code is
drawn in memory (no image file).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.audit import anchor, verify
from ..core.audit.verify import VerifyReport
from ..core.custody import log as custody
from ..core.errors import UsageError
from ..core.evidence import items
from ..core.session.vault import Vault
from ..core.store.database import Connection
from .common import action_label, heading_font, mono_font, short_time
from .custody_event import EventPane, sentence
from .session import Session
from .tasks import Task
from .widgets import DateRange

PAGE = 200
_INDEX = QModelIndex | QPersistentModelIndex


class Verification(QObject):
    """One verification run at a time for the whole window; the status bar and the
    custody window both show it."""

    started = Signal()
    progress = Signal(int, int)
    finished = Signal(object)  # VerifyReport
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, session: Session) -> None:
        if self.task is not None:
            return

        def work(vault: Vault, task: Task) -> VerifyReport:
            return verify.verify(vault, lambda done, total: task.report((done, total)))

        self.task = session.on_vault(work, self._done, self._failed, lambda v: self.progress.emit(*v))
        if self.task is not None:
            self.started.emit()

    def forget(self) -> None:
        """The session is going away (lock): its tasks are cancelled, nothing will report."""
        self.task = None

    def _done(self, report: VerifyReport) -> None:
        self.task = None
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.failed.emit(str(exc))


@dataclass(frozen=True)
class Row:
    event: custody.Event
    item: str  # "#7 name.jpg", or "" when the event is about no item


def _load_page(conn: Connection, where: custody.EventFilter, before: int | None) -> list[Row]:
    events = custody.event_page(conn, where, before, PAGE)
    if not events:
        return []
    found = items.named_in_events(conn, [e.seq for e in events])
    return [Row(e, ", ".join(found.get(e.seq, []))) for e in events]


class EventModel(QAbstractTableModel):
    """Events newest first, fetched a page at a time as the view scrolls."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[Row] = []
        self.where = custody.EventFilter()
        self._generation = 0
        self._loading = False
        self._complete = False
        self.headers = [
            self.tr("#"),
            self.tr("Time"),
            self.tr("What happened"),
            self.tr("Item"),
            self.tr("In words"),
        ]

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(row.event.seq),
                short_time(row.event.time),
                action_label(row.event.action),
                row.item,
                sentence(row.event, row.item or None),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 2:
                return row.event.action
            if index.column() == 4:
                return sentence(row.event, row.item or None)
            if index.column() == 1:
                return row.event.time
        return None

    def set_filter(self, where: custody.EventFilter) -> None:
        self.where = where
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._complete = False
        self._loading = False
        self.endResetModel()
        self._fetch()

    def canFetchMore(self, parent: _INDEX = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and not self._loading

    def fetchMore(self, parent: _INDEX = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch()

    @property
    def loading(self) -> bool:
        return self._loading

    def _fetch(self) -> None:
        if self._loading or self._complete:
            return
        self._loading = True
        generation, where = self._generation, self.where
        before = self.rows[-1].event.seq if self.rows else None

        def done(rows: list[Row]) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._complete = len(rows) < PAGE
            if rows:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
                self.rows.extend(rows)
                self.endInsertRows()

        task = self.session.query(lambda conn: _load_page(conn, where, before), done)
        if task is None:
            self._loading = False


def qr_pixmap(code: anchor.Anchor, box_size: int = 6) -> QPixmap:
    """The anchor's QR code drawn in memory (qrcode writes PNG bytes to a buffer)."""
    import qrcode

    buffer = io.BytesIO()
    qrcode.make(code.qr_payload, border=4, box_size=box_size).save(buffer)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class AnchorDialog(QDialog):
    """The anchor just shown: a code to copy onto paper and a QR code to photograph."""

    def __init__(self, shown: anchor.Shown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anchor of the custody log"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Keep this code outside the archive: write it on paper, or send it to someone you trust. "
                "Later, \u201cCheck an anchor\u201d proves that the custody log still contains everything "
                "it contained now, unchanged. It covers %n event(s).",
                "",
                shown.head.size,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code_label = QLabel(shown.anchor.code)
        self.code_label.setObjectName("anchorCode")
        self.code_label.setFont(mono_font(16))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(self.tr("Anchor code"))
        layout.addWidget(self.code_label)
        self.qr_label = QLabel()
        self.qr_label.setPixmap(qr_pixmap(shown.anchor))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setAccessibleName(self.tr("QR code of the anchor"))
        layout.addWidget(self.qr_label)
        when = QLabel(self.tr("Signed {when}").format(when=short_time(shown.head.time)))
        when.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(when)
        buttons = QDialogButtonBox()
        copy = buttons.addButton(self.tr("Copy the code"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(shown.anchor.code))
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        layout.addWidget(buttons)


class CustodyWindow(QDialog):
    """The custody log viewer with verification and anchors."""

    def __init__(
        self,
        session: Session,
        verification: Verification,
        item: items.ItemSummary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Custody log"))
        self.resize(1000, 640)
        self.session = session
        self.verification = verification
        self.item = item
        self.anchor_dialog: AnchorDialog | None = None
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.only_item = QCheckBox()
        self.only_item.setAccessibleName(self.tr("Only events about the selected item"))
        if item is not None:
            self.only_item.setText(self.tr("Only {name}").format(name=item.name))
            self.only_item.setChecked(True)
        else:
            self.only_item.setText(self.tr("Only the selected item"))
            self.only_item.setEnabled(False)
        filters.addWidget(self.only_item)
        filters.addWidget(QLabel(self.tr("What happened")))
        self.action_box = QComboBox()
        self.action_box.setAccessibleName(self.tr("What happened"))
        self.action_box.addItem(self.tr("Everything"), "")
        filters.addWidget(self.action_box)
        self.dates = DateRange(QDate.currentDate().addMonths(-1))
        self.dates.changed.connect(self._apply_filter)
        filters.addWidget(self.dates)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = EventModel(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Custody events"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The short columns fit what they hold; the sentence takes the rest, and the pane
        # below shows the selected event's sentence whole, with its record one click away.
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.event_pane = EventPane()
        self.table.selectionModel().currentRowChanged.connect(self._event_chosen)
        layout.addWidget(self.event_pane)

        # Verification and anchors.
        self.report_title = QLabel()
        self.report_title.setFont(heading_font(2))
        self.report_title.setObjectName("verifyResult")
        self.report_list = QListWidget()
        self.report_list.setAccessibleName(self.tr("Problems found"))
        self.report_list.setMaximumHeight(110)
        self.report_list.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.report_title)
        layout.addWidget(self.progress)
        layout.addWidget(self.report_list)

        check_row = QHBoxLayout()
        self.anchor_input = QLineEdit()
        self.anchor_input.setPlaceholderText(self.tr("EV2-…  an anchor code kept outside the archive"))
        self.anchor_input.setAccessibleName(self.tr("Anchor code to check"))
        self.anchor_input.returnPressed.connect(self.check_anchor)
        self.check_button = QPushButton(self.tr("Check an anchor"))
        self.check_button.clicked.connect(self.check_anchor)
        check_row.addWidget(self.anchor_input, 1)
        check_row.addWidget(self.check_button)
        layout.addLayout(check_row)
        self.anchor_result = QLabel()
        self.anchor_result.setWordWrap(True)
        self.anchor_result.setObjectName("anchorResult")
        layout.addWidget(self.anchor_result)

        buttons = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("Verify now"))
        self.verify_button.clicked.connect(lambda: self.verification.start(self.session))
        self.anchor_button = QPushButton(self.tr("Show anchor…"))
        self.anchor_button.clicked.connect(self.show_anchor)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.anchor_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        verification.started.connect(self._verify_started)
        verification.progress.connect(self._verify_progress)
        verification.finished.connect(self._verified)
        verification.failed.connect(self._verify_failed)
        self.only_item.toggled.connect(self._apply_filter)
        self.action_box.currentIndexChanged.connect(self._apply_filter)
        session.query(custody.actions, self._actions_loaded)
        if verification.running:
            self._verify_started()
        self._apply_filter()

    # -- the list ---------------------------------------------------------------
    def _actions_loaded(self, actions: list[str]) -> None:
        labelled = sorted((action_label(a), a) for a in actions)
        for label, action in labelled:
            self.action_box.addItem(label, action)

    def _event_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.rows[current.row()] if current.isValid() else None
        self.event_pane.show_event(row.event if row else None, row.item if row else "")

    def current_filter(self) -> custody.EventFilter:
        since, until = self.dates.bounds()
        return custody.EventFilter(
            item_id=self.item.id if self.item is not None and self.only_item.isChecked() else None,
            action=str(self.action_box.currentData() or "") or None,
            since=since,
            until=until,
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    # -- verification -----------------------------------------------------------
    def _verify_started(self) -> None:
        self.verify_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.report_list.hide()
        self.report_title.setStyleSheet("")
        self.report_title.setText(self.tr("Verifying every item and every custody event…"))

    def _verify_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _verified(self, report: VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        self.progress.hide()
        self.report_list.clear()
        if report.ok:
            self.report_title.setStyleSheet("color: #1e7d32;")
            self.report_title.setText(
                self.tr("PASSED: %n item(s) and their custody events are intact.", "", report.items_checked)
            )
            self.report_list.hide()
        else:
            self.report_title.setStyleSheet("color: #b03a2e;")
            self.report_title.setText(self.tr("FAILED: %n problem(s) found.", "", len(report.problems)))
            self.report_list.addItems([items.visible_text(p) for p in report.problems])
            self.report_list.show()
        self.model.reload()  # the run itself is an event

    def _verify_failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.progress.hide()
        self.report_title.setStyleSheet("color: #b03a2e;")
        self.report_title.setText(self.tr("Verification could not run: {e}").format(e=message))

    # -- anchors ----------------------------------------------------------------
    def show_anchor(self) -> None:
        self.anchor_button.setEnabled(False)

        def shown(result: anchor.Shown) -> None:
            self.anchor_button.setEnabled(True)
            self.anchor_dialog = AnchorDialog(result, self)
            self.anchor_dialog.show()
            self.model.reload()

        def failed(exc: BaseException) -> None:
            self.anchor_button.setEnabled(True)
            self.anchor_result.setText(self.tr("The anchor could not be made: {e}").format(e=exc))

        self.session.on_vault(lambda vault, _task: anchor.show(vault), shown, failed)

    def check_anchor(self) -> None:
        text = self.anchor_input.text()
        try:
            wanted = anchor.Anchor.parse(text)
        except UsageError as exc:  # the code is mistyped
            self._anchor_verdict(False, str(exc))
            return

        def done(result: anchor.CheckResult) -> None:
            self._anchor_verdict(result.ok, result.message)

        def failed(exc: BaseException) -> None:
            self._anchor_verdict(False, str(exc))

        self.session.query(lambda conn: anchor.check(conn, wanted), done, failed)

    def _anchor_verdict(self, ok: bool, message: str) -> None:
        self.anchor_result.setStyleSheet("color: #1e7d32;" if ok else "color: #b03a2e;")
        verdict = self.tr("Anchor holds") if ok else self.tr("Anchor does NOT hold")
        self.anchor_result.setText(f"{verdict}: {message}")
