"""Metadata values in the details panel: positions in degrees, times with their zone or
"no zone recorded", each converted value with the value as stored one click away
(core/media/display.py says how to read a value; this module says it in the app's words)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ..core.media import display
from ..core.media.model import MetadataField

RAW_LINK = "raw:"  # href of the "as stored" links: raw:<index into the panel's list>


def time_text(value: str, zone_elsewhere: bool = False) -> str:
    """A time as read, with the note when nothing in the file says its zone."""
    read = display.time_text(value)
    if read is None:
        return value
    if read.no_zone and not zone_elsewhere:
        return QCoreApplication.translate("MetadataText", "{time} (no zone recorded)").format(time=read.text)
    return read.text


def position_text(latitude: float, longitude: float) -> str:
    north = (
        QCoreApplication.translate("MetadataText", "N")
        if latitude >= 0
        else QCoreApplication.translate("MetadataText", "S")
    )
    east = (
        QCoreApplication.translate("MetadataText", "E")
        if longitude >= 0
        else QCoreApplication.translate("MetadataText", "W")
    )
    return f"{abs(latitude):.6f}° {north}, {abs(longitude):.6f}° {east}"


def value_html(field: MetadataField, raw_index: int, zone_elsewhere: bool) -> tuple[str, bool]:
    """The field's value as HTML, and whether it was converted (then a link to the stored
    value follows it, ``raw:<raw_index>``)."""
    stored = field.value[:300]
    read = display.shown(field.field, field.value)
    if read is None:
        return html.escape(stored), False
    text = read.text
    if read.no_zone and not zone_elsewhere:
        text = QCoreApplication.translate("MetadataText", "{time} (no zone recorded)").format(time=text)
    label = QCoreApplication.translate("MetadataText", "as stored")
    link = f" <a href='{RAW_LINK}{raw_index}'>{html.escape(label)}</a>"
    return html.escape(text) + link, True


def zone_elsewhere(fields: list[MetadataField]) -> bool:
    """EXIF keeps a time's zone in a field of its own (OffsetTime, OffsetTimeOriginal)."""
    return any(f.field.rsplit(" ", 1)[-1].startswith("OffsetTime") for f in fields)
