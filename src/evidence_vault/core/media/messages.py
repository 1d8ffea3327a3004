"""The messages between the vault and its media analysis child (framed by child/protocol.py)."""

from __future__ import annotations

import struct

# parent -> child
# JSON: {"size": n, "preview": bool, "check": bool, "cpu_s": n, "decode": max_side, "phash": bool}
JOB = b"J"
BLOCK = b"B"  # bytes of the block asked for
WHOLE = b"L"  # the whole item, asked for with ALL
# child -> parent
READ = b"R"  # >Q block index
ALL = b"W"  # empty: send the whole item (readers that read everything: JPEG, PNG)
PREVIEW = b"P"  # JPEG bytes
RESULT = b"A"  # JSON Analysis
PIXELS = b"X"  # >II width, height, then width*height*4 bytes of RGBA (a "decode" job)
MAX_WHOLE = 256 << 20  # images.MAX_WHOLE: larger items are only ever read by blocks
PIXELS_HEADER = struct.Struct(">II")
MAX_DECODE_SIDE = 4096  # pixels.MAX_SIDE: the largest picture a "decode" job answers with
MAX_PAYLOAD = {
    READ: 8,
    ALL: 0,
    PREVIEW: 4 << 20,
    RESULT: 32 << 20,
    PIXELS: PIXELS_HEADER.size + MAX_DECODE_SIDE * MAX_DECODE_SIDE * 4,
    JOB: 4096,
    BLOCK: 1 << 20,
    WHOLE: MAX_WHOLE,
}
