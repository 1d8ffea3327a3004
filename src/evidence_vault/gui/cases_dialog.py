"""Create or edit a case: its name, title, dates, place and description.

A new case is ``cases.add``; an edited one ``cases.update`` (its name is its key
and stays as it is). Both run on the vault's connection in a worker; each change
is a custody event. Items are filed under a case by dragging them from the grid
onto the case in the sidebar (gui/main_view.py).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.evidence import cases
from ..core.evidence.cases import Case, CaseDetails
from ..core.session.vault import Vault
from ..core.store.database import Connection
from .common import heading_font
from .session import Session

_DAY_TYPING = r"^\d{0,4}(-(\d{1,2}(-\d{0,2})?)?)?$"


class CaseDialog(QDialog):
    saved = Signal(str)  # the case's name

    def __init__(self, session: Session, name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editing = name
        self.busy = False
        self.setWindowTitle(self.tr("Edit case") if name else self.tr("New case"))
        self.resize(520, 460)
        heading = QLabel(self.tr("Edit case") if name else self.tr("New case"))
        heading.setFont(heading_font(3))
        explain = QLabel(
            self.tr(
                "A case groups items and statements about one incident. Drag items from the grid "
                "onto a case in the sidebar to file them under it."
            )
        )
        explain.setWordWrap(True)

        def line(accessible: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit()
            edit.setAccessibleName(accessible)
            edit.setPlaceholderText(placeholder)
            return edit

        self.name = line(self.tr("Case name (short, unique)"), self.tr("e.g. Pushkinskaya 2020-08-10"))
        self.title = line(self.tr("Title"), self.tr("What happened, in a few words"))
        self.starts_on = line(self.tr("Start date"), self.tr("2020-08-10"))
        self.ends_on = line(self.tr("End date (optional)"), self.tr("optional"))
        for edit in (self.starts_on, self.ends_on):
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(_DAY_TYPING), edit))
            edit.setMaximumWidth(150)
        self.place = line(self.tr("Place"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.contents = QLabel()
        self.contents.setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Title"), self.title)
        dates = QHBoxLayout()
        dates.addWidget(self.starts_on)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.ends_on)
        dates.addStretch(1)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Description"), self.description)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save changes") if name else self.tr("Create case"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addSpacing(6)
        layout.addLayout(form, 1)
        layout.addWidget(self.contents)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if name is not None:
            self.name.setText(name)
            self.name.setReadOnly(True)
            self.name.setToolTip(self.tr("A case keeps its name; change the title instead."))
            self.save_button.setEnabled(False)
            self.message.setText(self.tr("Loading…"))
            session.query(lambda conn: cases.get(conn, name), self._loaded, self._failed)

    def _loaded(self, case: Case) -> None:
        if not shiboken6.isValid(self):  # closed before the answer came
            return
        d = case.details
        self.title.setText(d.title)
        self.starts_on.setText(d.starts_on)
        self.ends_on.setText(d.ends_on)
        self.place.setText(d.place)
        self.description.setPlainText(d.description)
        self.contents.setText(
            self.tr("%n item(s)", "", len(case.items))
            + " · "
            + self.tr("%n statement(s)", "", len(case.statements))
        )
        self.message.clear()
        self.save_button.setEnabled(True)

    def details(self) -> CaseDetails:
        return CaseDetails(
            self.title.text(),
            self.starts_on.text(),
            self.ends_on.text(),
            self.place.text(),
            self.description.toPlainText(),
        )

    def save(self) -> None:
        if self.busy:
            return
        details = self.details()
        name = self.name.text().strip()
        editing = self.editing

        def write(vault: Vault) -> str:
            if editing is None:
                cases.add(vault, name, details)
                return name
            cases.update(
                vault,
                editing,
                title=details.title,
                starts_on=details.starts_on,
                ends_on=details.ends_on,
                place=details.place,
                description=details.description,
            )
            return editing

        self.busy = True
        self.save_button.setEnabled(False)
        self.message.clear()
        self.session.on_vault(lambda vault, task: write(vault), self._saved, self._failed)

    def _saved(self, name: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.saved.emit(name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.save_button.setEnabled(True)
        self.message.setText(str(exc))


def case_names(conn: Connection) -> list[str]:
    return [case.name for case in cases.list_cases(conn)]
