"""Custody events in words for the command line (``log``, ``show``): the sentences of
core/custody/readable.py in the command line's language."""

from __future__ import annotations

from ..core.custody import readable
from ..core.custody.log import Event
from ..i18n import translate


def sentence(event: Event, items: str | None = None) -> str:
    said = readable.readable(event, items or None)
    try:
        return translate(readable.CONTEXT, said.template).format(**said.values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return said.english()


def line(event: Event, items: str | None = None) -> str:
    """'#12     2026-03-02 10:41:05 UTC  Imported #3 photo.jpg (…)'"""
    return f"#{event.seq:<6} {readable.when(event)}  {sentence(event, items)}"
