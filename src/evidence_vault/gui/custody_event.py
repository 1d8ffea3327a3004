"""One custody event in words, with its whole signed record one click away.

The sentence comes from core/custody/readable.py (the same one ``log`` prints); the record
is the event exactly as stored and signed, with every hash in full.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ..core.custody import log as custody
from ..core.custody import readable
from ..core.visible import visible_text
from .common import mono_font, short_time


def sentence(event: custody.Event, items: str | None = None) -> str:
    """The event's sentence in the app's language (English if a translation is unusable)."""
    said = readable.readable(event, items)
    try:
        return QCoreApplication.translate(readable.CONTEXT, said.template).format(**said.values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return said.english()


def record_text(event: custody.Event) -> str:
    """The whole record, as signed (names and values made visible, never rewritten)."""
    return visible_text(
        json.dumps(event.to_json(), ensure_ascii=False, indent=2, sort_keys=True), keep_newlines=True
    )


class EventPane(QWidget):
    """The selected event: when, what (a sentence), and its record on demand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self.tr("Select an event to read it in full."))
        self.summary.setObjectName("eventSentence")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.raw_button = QPushButton(self.tr("Show the full record"))
        self.raw_button.setCheckable(True)
        self.raw_button.setEnabled(False)
        self.raw_button.toggled.connect(self._toggle)
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setFont(mono_font())
        self.raw.setAccessibleName(self.tr("The event's full record"))
        self.raw.setMaximumHeight(180)
        self.raw.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self.raw_button)
        layout.addWidget(self.raw)

    def show_event(self, event: custody.Event | None, items: str = "") -> None:
        if event is None:
            self.summary.setText(self.tr("Select an event to read it in full."))
            self.raw.clear()
            self.raw_button.setEnabled(False)
            return
        self.summary.setText(
            self.tr("Event {seq}, {time}: {sentence}").format(
                seq=event.seq, time=short_time(event.time), sentence=sentence(event, items or None)
            )
        )
        self.raw.setPlainText(record_text(event))
        self.raw_button.setEnabled(True)

    def _toggle(self, shown: bool) -> None:
        self.raw.setVisible(shown)
        self.raw_button.setText(self.tr("Hide the full record") if shown else self.tr("Show the full record"))
