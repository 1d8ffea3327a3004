"""A stand-in anonymise worker whose decoder crashes (SIGSEGV) on crash.jpg after writing half
a file, and otherwise serves exactly as the real one (run with python -m, as the command runs it)."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any, BinaryIO

from evidence_vault.core.anonymise import anonymise_worker

real_run = anonymise_worker.run


def crash_on_bad(job: dict[str, Any], out: BinaryIO) -> Any:
    if Path(str(job["path"])).name == "crash.jpg":
        Path(str(job["partial"])).write_bytes(b"half-written")
        os.kill(os.getpid(), signal.SIGSEGV)
    return real_run(job, out)


if __name__ == "__main__":
    anonymise_worker.run = crash_on_bad  # type: ignore[assignment]
    sys.exit(anonymise_worker.main())
