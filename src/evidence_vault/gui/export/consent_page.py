"""The export step that checks each statement's recorded consent against the recipients."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...core import export_plan
from ...core.evidence.items import visible_text
from ...core.store.database import Connection
from ..session import Session
from ..widgets import Page, wrapped_text
from .steps import RED


class ConsentPage(Page):
    """Shown only when a case brings statements; ``changed`` when the check is done."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consent for the statements"), parent, heading_size=5)
        self.session = session
        self.consents: list[export_plan.Consent] = []
        self.expected = 0
        self.add(
            wrapped_text(
                self.tr(
                    "Statements go only where the witness's recorded consent covers these recipients. "
                    "They travel under the pseudonym; the witness's identity is never included here."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Statements and their consent"))
        self.list.setWordWrap(True)
        self.add(self.list, 1)
        self.problem = wrapped_text("")
        self.problem.setObjectName("errorLabel")
        self.add(self.problem)

    def check(self, statement_ids: list[int], names: list[str]) -> None:
        def load(conn: Connection) -> list[export_plan.Consent]:
            return export_plan.consents(conn, statement_ids, names)

        self.list.clear()
        self.problem.setText("")
        self.consents, self.expected = [], len(statement_ids)
        self.session.query(load, self._checked, lambda exc: self.problem.setText(str(exc)))

    @property
    def ready(self) -> bool:
        return len(self.consents) == self.expected and all(c.allowed for c in self.consents)

    def _checked(self, found: list[export_plan.Consent]) -> None:
        self.consents = found
        self.list.clear()
        for consent in found:
            mark = self.tr("allowed") if consent.allowed else self.tr("REFUSED")
            entry = QListWidgetItem(
                self.tr("Statement {id} ({pseudonym}): {mark}\n{reason}").format(
                    id=consent.statement_id,
                    pseudonym=visible_text(consent.pseudonym),
                    mark=mark,
                    reason=consent.reason,
                )
            )
            if not consent.allowed:
                entry.setForeground(QBrush(RED))
            self.list.addItem(entry)
        refused = sum(not c.allowed for c in found)
        self.problem.setText(
            self.tr(
                "%n statement(s) cannot go to these recipients. Change the recipients, or export "
                "the items without the case.",
                "",
                refused,
            )
            if refused
            else ""
        )
        self.changed.emit()
