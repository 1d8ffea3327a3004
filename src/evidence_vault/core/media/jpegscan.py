"""Where a JPEG's compressed picture data ends: the one search that every JPEG walk shares.

Cleaning a JPEG walks it four times: the original's read-out and the cleaner, then the copy's
read-out and the raw check. Each walk must find where each compressed scan ends: the first
0xFF that is followed by neither 0x00 (stuffing), a restart marker nor another 0xFF (fill).
That search runs at about 1.8 GB/s (1.6 ms for a 12 MP photo), most of a clean's time.

The copy's scans are the original's bytes, so the scans found in the last file searched are
remembered: a later search whose bytes from ``pos`` equal a remembered scan (compared whole,
with memcmp, 25 times faster than the search) takes its answer. The answer is the search's
exact result, not a guess: within equal bytes the search matches nothing, and only the span's
last byte could begin a marker with the byte after it, so the search goes on from there.
"""

from __future__ import annotations

import re
import threading

_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_WORTH = 64 << 10  # shorter scans are searched again: remembering them would save nothing
_KEY = 64  # a remembered scan is looked up by its first bytes, then compared whole
_MOST = 64  # scans remembered (a progressive JPEG has about ten)

_lock = threading.Lock()
_file: bytes | None = None  # the one file whose scans are remembered (bytes cannot change)
_scans: dict[bytes, tuple[int, int]] = {}  # first bytes -> (start, end) in _file


def next_marker(data: bytes, pos: int) -> int | None:
    """Offset of the first marker at or after ``pos`` (inside or after entropy-coded data),
    or None when there is none before the end."""
    if type(data) is bytes:  # a bytearray or memoryview could change after it was searched
        with _lock:
            seen, span = _file, _scans.get(data[pos : pos + _KEY])
        if seen is not None and span is not None:
            start, end = span
            if data.startswith(memoryview(seen)[start:end], pos):
                found = _MARKER.search(data, pos + end - start - 1)
                return found.start() if found else None
    found = _MARKER.search(data, pos)
    if found is None:
        return None
    if type(data) is bytes and found.start() - pos >= _WORTH:
        _remember(data, pos, found.start())
    return found.start()


def _remember(data: bytes, start: int, end: int) -> None:
    global _file
    with _lock:
        if _file is not data:  # a new file: the last one's scans are forgotten with it
            _file = data
            _scans.clear()
        if len(_scans) < _MOST:
            _scans[data[start : start + _KEY]] = (start, end)


def forget() -> None:
    """Drop the remembered file (tests, and callers done with a batch)."""
    global _file
    with _lock:
        _file = None
        _scans.clear()
