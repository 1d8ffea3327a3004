"""The statement as typed: pseudonym, title, the narrative and the circumstances, with the
items it links and the cases it goes in.

The form only shows and reads back what is on screen; the editor (editor.py) loads,
saves and keeps the statement being edited.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.evidence.statements import Fields
from .regions import BodyRegions
from .widgets import DATE_TYPING, DAY_TYPING, date_edit, line_edit, section_heading, text_edit


class StatementForm(QScrollArea):
    """The fields of one version of a statement, its linked items and its cases, in a scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.linked: dict[int, str] = {}  # linked item id -> shown name
        self.pseudonym = line_edit(
            self.tr("Pseudonym of the witness"), self.tr("The name the witness is referred to by")
        )
        self.title = line_edit(self.tr("Title"), self.tr("A short title, e.g. Detention near the metro"))
        self.narrative = QPlainTextEdit()
        self.narrative.setAccessibleName(self.tr("Statement: what the witness said, in their words"))
        self.narrative.setPlaceholderText(self.tr("What the witness said, in their words."))
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMinimumHeight(170)
        self.events_start = date_edit(
            DATE_TYPING, self.tr("2020-08-10 or 2020-08-10T22:30"), self.tr("When the events began")
        )
        self.events_end = date_edit(
            DATE_TYPING, self.tr("optional, for a range"), self.tr("When the events ended (optional)")
        )
        self.approximate = QCheckBox(self.tr("approximate"))
        self.approximate.setAccessibleName(self.tr("The dates are approximate"))
        self.events_when = line_edit(
            self.tr("When, in words"), self.tr("e.g. the night of 9 to 10 August, after the curfew")
        )
        self.place_of_events = line_edit(self.tr("Place of the events"))
        self.place_of_detention = line_edit(self.tr("Place of detention"))
        self.perpetrators = text_edit(
            self.tr("Perpetrators as described"),
            placeholder=self.tr("Units, uniforms, vehicles, names or numbers heard"),
        )
        self.injuries = text_edit(self.tr("Injuries, in the witness's words"))
        self.body = BodyRegions()
        self.medical_care = text_edit(self.tr("Medical care received and medical documents"), 2)
        self.witnesses = text_edit(self.tr("Other witnesses mentioned"), 2)
        self.interviewer = line_edit(self.tr("Interviewer"))
        self.interview_date = date_edit(DAY_TYPING, self.tr("2020-09-01"), self.tr("Interview date"))
        self.language = line_edit(self.tr("Language of the statement"), self.tr("e.g. Belarusian"))
        self.language.setMaximumWidth(190)

        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Linked items of the archive"))
        self.links.setMaximumHeight(90)
        self.links.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.link_button = QPushButton(self.tr("Link items…"))
        self.unlink_button = QPushButton(self.tr("Unlink selected"))
        self.case_combo = QComboBox()
        self.case_combo.setAccessibleName(self.tr("Case to add the statement to"))
        self.case_combo.setMinimumWidth(180)
        self.case_button = QPushButton(self.tr("Add to case"))
        self.case_list = QLabel()
        self.case_list.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.addRow(self.tr("Pseudonym"), self.pseudonym)
        form.addRow(self.tr("Title"), self.title)
        body_form = QFormLayout()
        body_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body_form.setHorizontalSpacing(12)
        when_row = QHBoxLayout()
        when_row.addWidget(self.events_start)
        when_row.addWidget(QLabel(self.tr("to")))
        when_row.addWidget(self.events_end)
        when_row.addWidget(self.approximate)
        when_row.addStretch(1)
        body_form.addRow(self.tr("When"), when_row)
        body_form.addRow("", self.events_when)
        body_form.addRow(self.tr("Place of the events"), self.place_of_events)
        body_form.addRow(self.tr("Place of detention"), self.place_of_detention)
        body_form.addRow(self.tr("Perpetrators"), self.perpetrators)
        body_form.addRow(self.tr("Injuries"), self.injuries)
        body_form.addRow(self.tr("Body regions"), self.body)
        body_form.addRow(self.tr("Medical care"), self.medical_care)
        body_form.addRow(self.tr("Witnesses mentioned"), self.witnesses)
        interview_row = QHBoxLayout()
        interview_row.addWidget(self.interviewer, 1)
        interview_row.addWidget(QLabel(self.tr("on")))
        interview_row.addWidget(self.interview_date)
        body_form.addRow(self.tr("Interviewer"), interview_row)
        body_form.addRow(self.tr("Language"), self.language)
        link_buttons = QVBoxLayout()
        link_buttons.addWidget(self.link_button)
        link_buttons.addWidget(self.unlink_button)
        link_buttons.addStretch(1)
        link_row = QHBoxLayout()
        link_row.addWidget(self.links, 1)
        link_row.addLayout(link_buttons)
        body_form.addRow(self.tr("Linked items"), link_row)
        case_row = QHBoxLayout()
        case_row.addWidget(self.case_combo)
        case_row.addWidget(self.case_button)
        case_row.addStretch(1)
        body_form.addRow(self.tr("Cases"), case_row)
        body_form.addRow("", self.case_list)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(form)
        page_layout.addWidget(section_heading(self.tr("Statement")))
        page_layout.addWidget(self.narrative, 1)
        page_layout.addWidget(section_heading(self.tr("Circumstances")))
        page_layout.addLayout(body_form)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.unlink_button.clicked.connect(self.unlink_selected)

    # -- showing -----------------------------------------------------------------------------
    def fill(self, pseudonym: str, content: Fields, linked: dict[int, str]) -> None:
        """Show a version (or, with empty fields, a new statement) and the items it links."""
        self.pseudonym.setText(pseudonym)
        self.title.setText(content.title)
        self.narrative.setPlainText(content.narrative)
        self.events_start.setText(content.events_start)
        self.events_end.setText(content.events_end)
        self.approximate.setChecked(content.events_approximate)
        self.events_when.setText(content.events_when)
        self.place_of_events.setText(content.place_of_events)
        self.place_of_detention.setText(content.place_of_detention)
        self.perpetrators.setPlainText(content.perpetrators)
        self.injuries.setPlainText(content.injuries)
        self.body.set_regions(content.body_regions)
        self.medical_care.setPlainText(content.medical_care)
        self.witnesses.setPlainText(content.witnesses_mentioned)
        self.interviewer.setText(content.interviewer)
        self.interview_date.setText(content.interview_date)
        self.language.setText(content.language)
        self.set_links(linked)

    def set_links(self, linked: dict[int, str]) -> None:
        self.linked = dict(linked)
        self._show_links()

    def unlink_selected(self) -> None:
        for entry in self.links.selectedItems():
            self.linked.pop(int(entry.data(Qt.ItemDataRole.UserRole)), None)
        self._show_links()

    def _show_links(self) -> None:
        self.links.clear()
        for item_id, name in sorted(self.linked.items()):
            entry = QListWidgetItem(f"#{item_id}  {name}".rstrip())
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            self.links.addItem(entry)

    def show_cases(self, names: list[str]) -> None:
        """The cases the statement is in (or, before its first save, will be put in)."""
        self.case_list.setText(
            self.tr("In: {cases}").format(cases=", ".join(names)) if names else self.tr("In no case yet.")
        )

    def offer_cases(self, names: list[str]) -> None:
        """The cases of the archive to choose from; the one chosen stays chosen."""
        current = self.case_combo.currentText()
        self.case_combo.clear()
        for name in names:
            self.case_combo.addItem(name)
        if current:
            self.case_combo.setCurrentText(current)
        self.case_button.setEnabled(bool(names))

    # -- reading ---------------------------------------------------------------------------------------
    def fields(self) -> Fields:
        return Fields(
            title=self.title.text(),
            narrative=self.narrative.toPlainText(),
            events_start=self.events_start.text().strip(),
            events_end=self.events_end.text().strip(),
            events_approximate=self.approximate.isChecked(),
            events_when=self.events_when.text().strip(),
            place_of_events=self.place_of_events.text().strip(),
            place_of_detention=self.place_of_detention.text().strip(),
            perpetrators=self.perpetrators.toPlainText().strip(),
            injuries=self.injuries.toPlainText().strip(),
            body_regions=self.body.regions(),
            medical_care=self.medical_care.toPlainText().strip(),
            witnesses_mentioned=self.witnesses.toPlainText().strip(),
            interviewer=self.interviewer.text().strip(),
            interview_date=self.interview_date.text().strip(),
            language=self.language.text().strip(),
        )
