"""The statement's field names and body regions as shown, and the body-region picker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ...core.evidence import statements


def field_labels(widget: QWidget) -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("StatementFields", "Title"),
        "narrative": QCoreApplication.translate("StatementFields", "Statement"),
        "events_start": QCoreApplication.translate("StatementFields", "Events began"),
        "events_end": QCoreApplication.translate("StatementFields", "Events ended"),
        "events_approximate": QCoreApplication.translate("StatementFields", "Dates approximate"),
        "events_when": QCoreApplication.translate("StatementFields", "When, in words"),
        "place_of_events": QCoreApplication.translate("StatementFields", "Place of the events"),
        "place_of_detention": QCoreApplication.translate("StatementFields", "Place of detention"),
        "perpetrators": QCoreApplication.translate("StatementFields", "Perpetrators as described"),
        "injuries": QCoreApplication.translate("StatementFields", "Injuries"),
        "body_regions": QCoreApplication.translate("StatementFields", "Body regions"),
        "medical_care": QCoreApplication.translate("StatementFields", "Medical care and documents"),
        "witnesses_mentioned": QCoreApplication.translate("StatementFields", "Witnesses mentioned"),
        "interviewer": QCoreApplication.translate("StatementFields", "Interviewer"),
        "interview_date": QCoreApplication.translate("StatementFields", "Interview date"),
        "language": QCoreApplication.translate("StatementFields", "Language"),
    }


def region_label(widget: QWidget, region: str) -> str:
    return {
        "head": QCoreApplication.translate("StatementFields", "head"),
        "face": QCoreApplication.translate("StatementFields", "face"),
        "neck": QCoreApplication.translate("StatementFields", "neck"),
        "chest": QCoreApplication.translate("StatementFields", "chest"),
        "abdomen": QCoreApplication.translate("StatementFields", "abdomen"),
        "back": QCoreApplication.translate("StatementFields", "back"),
        "buttocks": QCoreApplication.translate("StatementFields", "buttocks"),
        "genitals": QCoreApplication.translate("StatementFields", "genitals"),
        "left arm": QCoreApplication.translate("StatementFields", "left arm"),
        "right arm": QCoreApplication.translate("StatementFields", "right arm"),
        "left hand": QCoreApplication.translate("StatementFields", "left hand"),
        "right hand": QCoreApplication.translate("StatementFields", "right hand"),
        "left leg": QCoreApplication.translate("StatementFields", "left leg"),
        "right leg": QCoreApplication.translate("StatementFields", "right leg"),
        "left foot": QCoreApplication.translate("StatementFields", "left foot"),
        "right foot": QCoreApplication.translate("StatementFields", "right foot"),
    }.get(region, region)


# Body regions laid out roughly as a person facing you (their right on your left).
_BODY_GRID: tuple[tuple[str | None, ...], ...] = (
    (None, "head", None),
    (None, "face", None),
    (None, "neck", None),
    ("right arm", "chest", "left arm"),
    ("right hand", "abdomen", "left hand"),
    (None, "back", None),
    (None, "buttocks", None),
    (None, "genitals", None),
    ("right leg", None, "left leg"),
    ("right foot", None, "left foot"),
)


class BodyRegions(QWidget):
    """Toggle buttons for the body regions core knows (statements.BODY_REGIONS)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(3)
        placed = set()
        for row, entries in enumerate(_BODY_GRID):
            for column, region in enumerate(entries):
                if region is not None:
                    self._add(grid, region, row, column)
                    placed.add(region)
        for extra, region in enumerate(r for r in statements.BODY_REGIONS if r not in placed):
            self._add(grid, region, len(_BODY_GRID) + extra // 3, extra % 3)
        self.setAccessibleName(self.tr("Injured body regions"))

    def _add(self, grid: QGridLayout, region: str, row: int, column: int) -> None:
        button = QPushButton(region_label(self, region))
        button.setCheckable(True)
        button.setAccessibleName(self.tr("Body region: {region}").format(region=region_label(self, region)))
        button.setStyleSheet(
            "QPushButton { padding: 3px 8px; } QPushButton:checked { background: #c0392b; color: white; }"
        )
        button.toggled.connect(self.changed)
        grid.addWidget(button, row, column)
        self.buttons[region] = button

    def regions(self) -> tuple[str, ...]:
        return tuple(r for r in statements.BODY_REGIONS if r in self.buttons and self.buttons[r].isChecked())

    def set_regions(self, regions: tuple[str, ...] | list[str]) -> None:
        for region, button in self.buttons.items():
            button.setChecked(region in regions)
