"""One self-overwriting status line on a terminal (progress of long commands)."""

from __future__ import annotations

import time
from typing import TextIO

_CLEAR_LINE = "\r\x1b[K"  # back to the line's start and erase it (a terminal code, not text)


class StatusLine:
    """Shows at most ten updates a second, and nothing at all when not on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.started = time.monotonic()
        self._last = 0.0

    def show(self, text: str) -> None:
        now = time.monotonic()
        if not self.enabled or now - self._last < 0.1:
            return
        self._last = now
        self.stream.write(_CLEAR_LINE + text[:200])
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write(_CLEAR_LINE)
            self.stream.flush()
