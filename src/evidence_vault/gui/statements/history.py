"""The versions of a statement, and what changed between two of them, field by field."""

from __future__ import annotations

import html
from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.evidence.statements import Fields, Version
from ..common import mono_font, short_time
from .regions import field_labels, region_label
from .widgets import word_diff_html


class HistoryPane(QWidget):
    """The versions of a statement; two selected (or one and its predecessor) are compared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[Version] = []
        self.names: dict[int, str] = {}
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Version"), self.tr("Recorded"), self.tr("SHA-256")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Versions; select two to compare"))
        self.list.setMaximumHeight(170)
        self.hint = QLabel(self.tr("Select two versions (Ctrl+click) to see what changed between them."))
        self.hint.setWordWrap(True)
        self.diff = QTextBrowser()
        self.diff.setOpenLinks(False)
        self.diff.setAccessibleName(self.tr("Differences between the versions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addWidget(self.diff, 1)
        self.list.itemSelectionChanged.connect(self._compare)

    def show_versions(self, versions: list[Version], names: dict[int, str]) -> None:
        self.versions, self.names = versions, names
        self.list.blockSignals(True)
        self.list.clear()
        for version in versions:
            row = QTreeWidgetItem([str(version.number), short_time(version.created_at), version.sha256])
            row.setFont(2, mono_font())
            row.setData(0, Qt.ItemDataRole.UserRole, version.number)
            self.list.addTopLevelItem(row)
        for column in range(2):
            self.list.resizeColumnToContents(column)
        self.list.blockSignals(False)
        self.diff.clear()
        if len(versions) >= 2:
            self.select(versions[-2].number, versions[-1].number)
        elif versions:
            self.select(versions[-1].number)

    def select(self, *numbers: int) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        for row in range(self.list.topLevelItemCount()):
            entry = self.list.topLevelItem(row)
            if entry is not None and entry.data(0, Qt.ItemDataRole.UserRole) in numbers:
                entry.setSelected(True)
        self.list.blockSignals(False)
        self._compare()

    def _compare(self) -> None:
        chosen = sorted(int(e.data(0, Qt.ItemDataRole.UserRole)) for e in self.list.selectedItems())
        by_number = {v.number: v for v in self.versions}
        if len(chosen) == 1:
            number = chosen[0]
            if number - 1 in by_number:
                chosen = [number - 1, number]
            else:
                self.diff.setHtml(
                    "<p>"
                    + html.escape(self.tr("Version {n} is the first version.").format(n=number))
                    + "</p>"
                )
                return
        if len(chosen) != 2:
            self.diff.setHtml("<p>" + html.escape(self.hint.text()) + "</p>")
            return
        self.diff.setHtml(self.diff_html(by_number[chosen[0]], by_number[chosen[1]]))

    def _links_text(self, version: Version) -> str:
        return "\n".join(
            f"#{link['id']} {self.names.get(int(link['id']), '')}".strip() for link in version.items
        )

    def diff_html(self, old: Version, new: Version) -> str:
        labels = field_labels(self)
        rows: list[tuple[str, str, str]] = [(self.tr("Pseudonym"), old.pseudonym, new.pseudonym)]
        for f in fields(Fields):
            a, b = getattr(old.fields, f.name), getattr(new.fields, f.name)
            if f.name == "body_regions":
                a, b = (
                    ", ".join(region_label(self, r) for r in a),
                    ", ".join(region_label(self, r) for r in b),
                )
            elif isinstance(a, bool):
                yes, no = self.tr("yes"), self.tr("no")
                a, b = (yes if a else no), (yes if b else no)
            rows.append((labels.get(f.name, f.name), str(a), str(b)))
        rows.append((self.tr("Linked items"), self._links_text(old), self._links_text(new)))
        title = self.tr("Changes from version {a} ({when_a}) to version {b} ({when_b})").format(
            a=old.number, when_a=short_time(old.created_at), b=new.number, when_b=short_time(new.created_at)
        )
        parts = [f"<h3>{html.escape(title)}</h3>"]
        changed = [(label, a, b) for label, a, b in rows if a != b]
        if not changed:
            parts.append(f"<p>{html.escape(self.tr('No field differs.'))}</p>")
        for label, a, b in changed:
            parts.append(f'<p style="margin-top:10px"><b>{html.escape(label)}</b></p>')
            parts.append(f'<p dir="auto" style="margin-left:12px">{word_diff_html(a, b)}</p>')
        unchanged = [label for label, a, b in rows if a == b and a]
        if unchanged and changed:
            parts.append(
                '<p style="color:#6c7a89; margin-top:14px">'
                + html.escape(self.tr("Unchanged: {fields}").format(fields=", ".join(unchanged)))
                + "</p>"
            )
        return "\n".join(parts)

    def clear(self) -> None:
        self.versions, self.names = [], {}
        self.list.clear()
        self.diff.clear()
