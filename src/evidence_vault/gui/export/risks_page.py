"""The export step that shows what leaves with the files: the sanitizer's risk report per item,
and what stops the export (a file the sanitizer cannot clean, or a field it cannot withhold)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QProgressBar, QTreeWidget, QTreeWidgetItem, QWidget

from ...core import export_plan
from ...core.evidence.items import ItemSummary, visible_text
from ...core.session.vault import Vault
from ..session import Session
from ..tasks import Task
from ..widgets import Page, wrapped_text
from .steps import ORIGINALS, RED


class RisksPage(Page):
    """Reads the reports in a worker when shown; ``changed`` when they arrive or fail."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What leaves with the files"), parent, heading_size=5)
        self.session = session
        self.profile = ORIGINALS
        self.withhold: frozenset[str] = frozenset()
        self.reports: list[Any] = []  # sanitize.ItemReport, in item order
        self.done = False
        self.task: Task | None = None
        self.summary = wrapped_text(self.tr("Reading the metadata of each file…"))
        self.add(self.summary)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Reading metadata"))
        self.bar.setFixedHeight(8)
        self.bar.setTextVisible(False)
        self.add(self.bar)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Metadata of each file and what happens to it"))
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value"), self.tr("Risk"), self.tr("Result")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(2, 80)
        self.tree.setColumnWidth(3, 140)
        self.add(self.tree, 1)
        self.problem = wrapped_text("")
        self.problem.setObjectName("errorLabel")
        self.add(self.problem)
        # Cleaning removes C2PA with the rest: a changed copy could never keep a valid claim anyway.
        self.c2pa_note = wrapped_text(
            self.tr(
                "A cleaned copy carries no Content Credentials (C2PA): they are removed with the other "
                "metadata, and a changed copy can no longer carry a valid claim about the original. "
                "The original in the vault keeps them; send the original where they must be checked."
            )
        )
        self.c2pa_note.setAccessibleName(self.tr("About Content Credentials in cleaned copies"))
        self.c2pa_note.setVisible(False)
        self.add(self.c2pa_note)

    def reset(self, profile: str, withhold: frozenset[str]) -> None:
        """The choice changed: the reports read so far no longer apply."""
        self.profile, self.withhold = profile, withhold
        self.reports, self.done = [], False
        self.c2pa_note.setVisible(profile != ORIGINALS)

    def start(self, chosen: list[ItemSummary]) -> None:
        if self.done or self.task is not None:
            self._show()
            return
        withhold = self.withhold or None
        self.tree.clear()
        self.bar.setRange(0, max(1, len(chosen)))
        self.bar.setValue(0)
        self.bar.show()
        self.summary.setText(self.tr("Reading the metadata of each file…"))

        def run(vault: Vault, task: Task) -> list[Any]:
            return export_plan.risk_reports(
                vault, chosen, withhold, cancelled=lambda: task.cancelled, progress=task.report
            )

        def done(found: list[Any]) -> None:
            self.task = None
            self.reports, self.done = found, True
            self._show()

        def failed(exc: BaseException) -> None:
            self.task = None
            self.problem.setText(self.tr("The metadata could not be read: {e}").format(e=exc))
            self.changed.emit()

        self.task = self.session.on_vault(run, done, failed, self.bar.setValue)
        self.changed.emit()

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None

    @property
    def blocked(self) -> bool:
        """Whether something the sanitizer cannot clean (or withhold) stops this export."""
        return (self.profile != ORIGINALS or bool(self.withhold)) and any(r.blocking for r in self.reports)

    @property
    def ready(self) -> bool:
        return self.done and not self.blocked

    def _action_words(self, action: str) -> str:
        if self.profile == ORIGINALS:
            if action == "withheld":
                return self.tr("withheld")
            if action == "blocking" and self.withhold:
                return self.tr("CANNOT be withheld")
            return self.tr("kept (original)")
        return {
            "removed": self.tr("removed"),
            "kept": self.tr("kept"),
            "re-encoded": self.tr("re-encoded"),
            "blocking": self.tr("CANNOT be removed"),
            "unknown": self.tr("unknown"),
        }.get(action, action)

    def _state(self, cannot: bool, withheld: bool) -> str:
        if self.profile == ORIGINALS and cannot:
            return self.tr("CANNOT withhold the chosen fields")
        if self.profile == ORIGINALS and withheld:
            return self.tr("sent with the chosen fields withheld")
        if self.profile == ORIGINALS:
            return self.tr("sent unchanged")
        return self.tr("CANNOT be cleaned") if cannot else self.tr("can be cleaned")

    def _item(self, report: Any, cannot: bool) -> QTreeWidgetItem:
        withheld = any(plan.action == "withheld" for plan in report.fields)
        top = QTreeWidgetItem([visible_text(report.name), "", "", self._state(cannot, withheld)])
        font = top.font(0)
        font.setBold(True)
        for column in range(4):
            top.setFont(column, font)
            if cannot:
                top.setForeground(column, QBrush(RED))
        for plan in report.fields:
            row = QTreeWidgetItem(
                [
                    visible_text(plan.field.field),
                    visible_text(plan.field.value)[:200],
                    plan.field.risk.value,
                    self._action_words(plan.action),
                ]
            )
            row.setToolTip(0, visible_text(plan.field.location))
            row.setToolTip(1, visible_text(plan.field.value)[:2000])
            if plan.action == "blocking" and cannot:
                for column in range(4):
                    row.setForeground(column, QBrush(RED))
            top.addChild(row)
        if cannot:
            why = self.tr("Cannot withhold") if self.profile == ORIGINALS else self.tr("Cannot clean")
            for reason in report.blocking:
                row = QTreeWidgetItem([why, visible_text(reason), "", ""])
                for column in range(4):
                    row.setForeground(column, QBrush(RED))
                top.addChild(row)
        elif not report.fields:
            top.addChild(QTreeWidgetItem([self.tr("No metadata found"), "", "", ""]))
        return top

    def _show(self) -> None:
        if not self.done:
            return
        self.bar.hide()
        self.tree.clear()
        blocked = 0
        for report in self.reports:
            # For plain originals, what the sanitizer could not clean does not matter.
            cannot = bool(report.blocking) and (self.profile != ORIGINALS or bool(self.withhold))
            blocked += cannot
            top = self._item(report, cannot)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self._summarise(len(self.reports), blocked)
        self.changed.emit()

    def _summarise(self, count: int, blocked: int) -> None:
        problem = ""
        if self.profile == ORIGINALS and blocked:
            self.summary.setText(self.tr("Fields marked 'withheld' are cut out of the copies sent."))
            problem = self.tr(
                "The chosen fields cannot be withheld from %n file(s) (in red). Go back and leave "
                "them out, or withhold nothing.",
                "",
                blocked,
            )
        elif self.profile == ORIGINALS and self.withhold:
            self.summary.setText(
                self.tr(
                    "Originals leave as they are, except the fields marked 'withheld', which are cut out "
                    "of the copies sent; every other field goes with them. Only the recipients can read them."
                )
            )
        elif self.profile == ORIGINALS:
            self.summary.setText(
                self.tr(
                    "Originals leave exactly as they are: every field below goes with them. Only the "
                    "recipients can read them."
                )
            )
        elif blocked:
            self.summary.setText(self.tr("%n file(s) will be cleaned as shown.", "", count - blocked))
            problem = self.tr(
                "%n file(s) cannot be cleaned (in red). Go back and leave them out, or send originals.",
                "",
                blocked,
            )
        else:
            self.summary.setText(self.tr("All %n file(s) can be cleaned as shown.", "", count))
        self.problem.setText(problem)
