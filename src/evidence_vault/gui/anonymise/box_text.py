"""The face boxes in words, for a screen reader (issue 20).

``BoxCanvas`` puts ``BoxSpeech.text(...)`` into its accessible description whenever the
selection or the selected box changes; ``QWidget.setAccessibleDescription`` sends Qt's
``DescriptionChanged`` event, which AT-SPI passes on and Orca speaks for the focused widget:
"Box 2 of 5, detected, score 0.92, 120 by 140 pixels at 300, 410." Coordinates are
original-picture pixels, frames are counted from 1 as on screen.

``FixedBox`` (a video track's box at this frame) lives here because the words need it and the
canvas imports this module, not the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from ...core.anonymise.boxes import Box


@dataclass(frozen=True)
class FixedBox:
    """A box shown but not edited here (a video track's box at this frame)."""

    key: int
    label: str
    box: Box
    dimmed: bool = False  # dropped: drawn grey and dotted, not hidden in the preview
    selected: bool = False
    first: int | None = None  # the track's frames, for the words
    last: int | None = None


class BoxSpeech(QObject):
    """Says which box is selected, or that none is (then ``hint``: how to use the canvas)."""

    def __init__(self, hint: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hint = hint
        self._removed: tuple[int, int] | None = None  # (its number, how many boxes were left)

    def removed(self, number: int | None, left: int = 0) -> None:
        """The box called ``number`` on screen was removed, ``left`` boxes stay (None: forget
        it, a new picture). It is said until a box is selected or the boxes are others."""
        self._removed = None if number is None else (number, left)

    def text(self, boxes: list[Box], selected: int, numbers: list[int] | None, fixed: list[FixedBox]) -> str:
        """The description for the canvas: ``numbers`` are the boxes' names on screen when
        they are not 1..n (a video frame shows only some of the added boxes)."""
        if 0 <= selected < len(boxes):
            self._removed = None
            box = boxes[selected]
            if numbers is None:
                name = self.tr("Box {n} of {total}").format(n=selected + 1, total=len(boxes))
            else:
                name = self.tr("Box {n}").format(n=numbers[selected])
            if box.source != "detected":
                source = self.tr("added by you")
            elif box.score is None:
                source = self.tr("detected")
            else:
                source = self.tr("detected, score {score}").format(score=f"{box.score:.2f}")
            return self._sentence([name, source, self._frames(box.first, box.last), self._place(box)])
        chosen = [f for f in fixed if f.selected]
        if chosen:
            track = chosen[0]
            state = self.tr("dropped: it will not be hidden") if track.dimmed else self.tr("hidden")
            parts = [track.label, self._frames(track.first, track.last), self._place(track.box), state]
            return self._sentence(parts)
        said = []
        if self._removed is not None and self._removed[1] == len(boxes):
            said.append(self.tr("Box {n} removed.").format(n=self._removed[0]))
        said.append(self.tr("No box selected. Boxes: {count}.").format(count=len(boxes)))
        if fixed:
            said.append(self.tr("Faces found on this frame: {count}.").format(count=len(fixed)))
        return " ".join([*said, self.hint])

    def _place(self, box: Box) -> str:
        return self.tr("{w} by {h} pixels at {x}, {y}").format(
            w=round(box.w), h=round(box.h), x=round(box.x), y=round(box.y)
        )

    def _frames(self, first: int | None, last: int | None) -> str:
        if first is None or last is None:
            return ""
        return self.tr("frames {first} to {last}").format(first=first + 1, last=last + 1)

    @staticmethod
    def _sentence(parts: list[str]) -> str:
        return ", ".join(part for part in parts if part) + "."
