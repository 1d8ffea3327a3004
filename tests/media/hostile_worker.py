"""A stand-in analysis child that misbehaves on purpose (run with python -m)."""

from __future__ import annotations

import os
import sys
import time

if __name__ == "__main__":
    mode = os.environ.get("EV_HOSTILE_MODE", "hang")
    sys.stdin.buffer.read(5)
    if mode == "hang":
        time.sleep(60)
    elif mode == "crash":
        os.abort()
    elif mode == "garbage":
        sys.stdout.buffer.write(b"Z\xff\xff\xff\xff")
        sys.stdout.flush()
        time.sleep(5)
