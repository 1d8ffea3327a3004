"""The export's first two steps: what to export (the selection or a case), and as what."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.evidence import cases
from ...core.evidence.items import ItemSummary, visible_text
from ..session import Session
from ..widgets import Page, wrapped_text
from .steps import ANONYMISED, FOLDER, ORIGINALS, SANITIZED


class ItemsPage(Page):
    """The grid's selection, or a whole case with its statements; ``changed`` on any change."""

    changed = Signal()

    def __init__(self, session: Session, selected: list[ItemSummary], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What to export"), parent, heading_size=5)
        self.selected = selected
        self.source_group = QButtonGroup(self)
        self.use_selection = QRadioButton(
            self.tr("The selected item(s) (%n)", "", len(selected))
            if selected
            else self.tr("The selected items (none selected)")
        )
        self.use_selection.setAccessibleName(self.tr("Export the selected items"))
        self.use_selection.setEnabled(bool(selected))
        self.use_case = QRadioButton(self.tr("A whole case, with its statements:"))
        self.use_case.setAccessibleName(self.tr("Export a whole case"))
        self.case_combo = QComboBox()
        self.case_combo.setAccessibleName(self.tr("Case"))
        self.case_combo.setEnabled(False)
        self.case_combo.setMinimumWidth(320)
        self.source_group.addButton(self.use_selection)
        self.source_group.addButton(self.use_case)
        (self.use_selection if selected else self.use_case).setChecked(True)
        self.use_case.toggled.connect(self._changed)
        self.case_combo.currentIndexChanged.connect(self._changed)
        self.add(self.use_selection)
        row = QHBoxLayout()
        row.addWidget(self.use_case)
        row.addWidget(self.case_combo, 1)
        self.layout_.addLayout(row)
        if selected:
            names = ", ".join(visible_text(i.name) for i in selected[:6])
            more = len(selected) - 6
            self.add(wrapped_text(names + (self.tr(" and %n more", "", more) if more > 0 else "")))
        self.problem = wrapped_text("")
        self.problem.setObjectName("errorLabel")
        self.add(self.problem)
        self.finish()
        session.query(cases.list_cases, self._cases_loaded)

    def _cases_loaded(self, listed: list[cases.CaseSummary]) -> None:
        self.case_combo.clear()
        for case in listed:
            label = self.tr("{name} — %n item(s)", "", case.items).format(name=visible_text(case.name))
            if case.statements:
                label += self.tr(", %n statement(s)", "", case.statements)
            self.case_combo.addItem(label, case.name)
        self.use_case.setEnabled(bool(listed))
        if not listed and not self.selected:
            self.problem.setText(
                self.tr("Select items in the main window, or file items under a case, first.")
            )
        self._changed()

    def _changed(self, *_args: object) -> None:
        self.case_combo.setEnabled(self.use_case.isChecked() and self.case_combo.count() > 0)
        self.changed.emit()

    @property
    def case(self) -> str | None:
        """The chosen case's name, or None for the selection (or no case chosen yet)."""
        return self.case_combo.currentData() if self.use_case.isChecked() else None

    @property
    def ready(self) -> bool:
        return (self.use_selection.isChecked() and bool(self.selected)) or (
            self.use_case.isChecked() and self.case_combo.currentData() is not None
        )

    def focus_widget(self) -> QWidget:
        return self.use_selection if self.selected else self.use_case

    def failed(self, nothing: bool, exc: BaseException) -> None:
        self.problem.setText(self.tr("There is nothing to export in that choice.") if nothing else str(exc))


class ProfilePage(Page):
    """Originals (with fields to withhold), sanitized copies, or plain files to a folder."""

    profile_changed = Signal(str)
    withhold_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What kind of copies"), parent, heading_size=5)
        self.profile_group = QButtonGroup(self)
        choices = (
            (
                ORIGINALS,
                self.tr("Originals for investigators"),
                self.tr(
                    "The files exactly as they entered the archive, with all their metadata (place, "
                    "time, device), sealed in an encrypted, signed bundle only the chosen recipients "
                    "can open."
                ),
            ),
            (
                SANITIZED,
                self.tr("Sanitized copies"),
                self.tr(
                    "Copies with location, device and personal metadata removed, also sealed in a "
                    "bundle. Files the program cannot clean stop the export."
                ),
            ),
            (
                ANONYMISED,
                self.tr("Anonymised copies for publishing"),
                self.tr(
                    "Copies with every face hidden (you check the boxes the program finds, and add "
                    "any it missed), voices disguised if you choose, and all metadata removed, "
                    "sealed in a bundle. Who checked them is kept in this archive's custody record."
                ),
            ),
            (
                FOLDER,
                self.tr("Plain sanitized files to a folder"),
                self.tr(
                    "Sanitized copies written as ordinary, unencrypted files, for publishing. No "
                    "signatures or custody proofs travel with them."
                ),
            ),
        )
        self.buttons: dict[str, QRadioButton] = {}
        for key, title, text in choices:
            button = QRadioButton(title)
            button.setAccessibleName(title)
            button.setAccessibleDescription(text)
            self.profile_group.addButton(button)
            self.buttons[key] = button
            self.add(button)
            hint = wrapped_text(text)
            hint.setContentsMargins(26, 0, 0, 8)
            self.add(hint)
            if key == ORIGINALS:
                self.add(self._withhold_choices())
        self.buttons[ORIGINALS].setChecked(True)
        self.profile = ORIGINALS
        for key, button in self.buttons.items():
            button.toggled.connect(lambda on, k=key: self._set_profile(k) if on else None)
        self.finish()

    def _withhold_choices(self) -> QWidget:
        """Under "Originals for investigators": device-identifying fields to withhold."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(26, 0, 0, 8)
        label = wrapped_text(
            self.tr(
                "Withhold from the originals (places and times are always kept; each file then "
                "travels as a copy with only these fields cut out, listed with the original's hash):"
            )
        )
        layout.addWidget(label)
        self.withhold_boxes: dict[str, QCheckBox] = {}
        for key, title in (
            ("serials", self.tr("serial numbers")),
            ("make-model", self.tr("make and model")),
            ("software", self.tr("software")),
            ("owner", self.tr("owner names")),
        ):
            check = QCheckBox(title)
            check.setAccessibleName(self.tr("Withhold {what}").format(what=title))
            check.toggled.connect(lambda *_args: self.withhold_changed.emit())
            layout.addWidget(check)
            self.withhold_boxes[key] = check
        self.withhold_group = box
        return box

    def _set_profile(self, key: str) -> None:
        self.profile = key
        self.withhold_group.setEnabled(key == ORIGINALS)
        self.profile_changed.emit(key)

    @property
    def withhold(self) -> frozenset[str]:
        """What to withhold from the originals (empty for the sanitized profiles)."""
        if self.profile != ORIGINALS:
            return frozenset()
        return frozenset(key for key, check in self.withhold_boxes.items() if check.isChecked())
