"""The details panel: what is known about the selected item, and its custody history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.database import Connection
from ..core.items import ItemDetails, ItemSummary, details
from .common import action_label, heading_font, human_size, mono_font, pixmap, short_time, type_icon_name
from .session import Session


def _value_label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setFont(heading_font(1))
    label.setContentsMargins(0, 14, 0, 4)
    return label


class DetailsPanel(QScrollArea):
    loaded = Signal(object)  # ItemDetails

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.current: ItemSummary | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(300)
        self.setAccessibleName(self.tr("Item details"))
        body = QWidget()
        body.setObjectName("detailsBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(4)

        self.placeholder = QLabel(self.tr("Select an item to see its details."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        outer.addWidget(self.placeholder)

        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        outer.addWidget(self.content)
        outer.addStretch(1)

        header = QHBoxLayout()
        self.type_icon = QLabel()
        self.type_icon.setFixedSize(40, 40)
        self.name = QLabel()
        self.name.setFont(heading_font(3))
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setAccessibleName(self.tr("Name"))
        header.addWidget(self.type_icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.name, 1)
        layout.addLayout(header)

        layout.addWidget(_section(self.tr("File")))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self.type = _value_label()
        self.size_value = _value_label()
        self.imported = _value_label()
        self.sha256 = _value_label()
        self.sha256.setFont(mono_font())
        self.sha256.setAccessibleName(self.tr("SHA-256"))
        self.copy_hash = QPushButton(self.tr("Copy SHA-256"))
        self.copy_hash.setAccessibleName(self.tr("Copy SHA-256 to the clipboard"))
        self.copy_hash.clicked.connect(self._copy_hash)
        self.copy_hash.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Size"), self.size_value)
        form.addRow(self.tr("Imported"), self.imported)
        form.addRow(self.tr("SHA-256"), self.sha256)
        form.addRow("", self.copy_hash)
        layout.addLayout(form)

        layout.addWidget(_section(self.tr("Filed under")))
        filed = QFormLayout()
        filed.setHorizontalSpacing(12)
        self.cases = _value_label()
        self.tags = _value_label()
        filed.addRow(self.tr("Cases"), self.cases)
        filed.addRow(self.tr("Tags"), self.tags)
        layout.addLayout(filed)

        layout.addWidget(_section(self.tr("Capture time and place")))
        self.capture = _value_label(False)
        self.capture.setText(self.tr("Not read yet. A later version reads when and where this was recorded."))
        self.capture.setEnabled(False)
        layout.addWidget(self.capture)

        layout.addWidget(_section(self.tr("Metadata by risk")))
        self.metadata = _value_label(False)
        self.metadata.setText(
            self.tr("Not analysed yet. A later version lists hidden details that could identify people.")
        )
        self.metadata.setEnabled(False)
        layout.addWidget(self.metadata)

        layout.addWidget(_section(self.tr("Custody history")))
        self.history = _value_label()
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAccessibleName(self.tr("Custody history"))
        layout.addWidget(self.history)
        self.clear()

    def attach(self, session: Session | None) -> None:
        self.session = session
        self.clear()

    def clear(self) -> None:
        self.current = None
        for label in (
            self.name,
            self.type,
            self.size_value,
            self.imported,
            self.sha256,
            self.cases,
            self.tags,
        ):
            label.clear()
        self.history.clear()
        self.type_icon.clear()
        self.content.hide()
        self.placeholder.show()

    def show_item(self, item: ItemSummary | None) -> None:
        if item is None or self.session is None:
            self.clear()
            return
        self.current = item
        self.placeholder.hide()
        self.content.show()
        self.name.setText(item.name)
        self.type_icon.setPixmap(pixmap(type_icon_name(item.content_type), 40))
        self.type.setText(item.content_type)
        self.size_value.setText(
            self.tr("{human} ({n} bytes)").format(human=human_size(item.size), n=f"{item.size:,}")
        )
        self.imported.setText(short_time(item.imported_at))
        self.sha256.setText(_wrap_hash(item.sha256))
        self.cases.setText(self.tr("Loading…"))
        self.tags.setText("")
        self.history.setText("")

        def load(conn: Connection) -> ItemDetails:
            return details(conn, item)

        self.session.query(load, self._loaded, self._failed)

    def refresh(self) -> None:
        if self.current is not None:
            self.show_item(self.current)

    def _loaded(self, info: ItemDetails) -> None:
        if self.current is None or info.item.id != self.current.id:
            return
        none = self.tr("none")
        self.cases.setText(", ".join(info.cases) or none)
        self.tags.setText(", ".join(info.tags) or none)
        rows = []
        for event in info.events:
            rows.append(
                "<tr><td style='padding-right:10px; white-space:nowrap'>"
                f"{_escape(short_time(event.time))}</td><td>{_escape(action_label(event.action))}</td></tr>"
            )
        self.history.setText("<table cellspacing='2'>" + "".join(rows) + "</table>")
        self.loaded.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self.cases.setText(str(exc))

    def _copy_hash(self) -> None:
        if self.current is not None:
            QGuiApplication.clipboard().setText(self.current.sha256)


def _wrap_hash(sha: str) -> str:
    return "\n".join(sha[i : i + 32] for i in range(0, len(sha), 32))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
