"""A stand-in strip worker that crashes on bad.jpg after writing half a file, and otherwise
serves exactly as the real one (run with python -m, as strip_files runs its workers)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from evidence_vault.core.sanitize import strip_worker
from evidence_vault.core.sanitize.standalone import Stripped


def crash_on_bad(path: Path, partial: Path, out_dir: Path, heic_to: str, flatten_pdf: bool) -> Stripped:
    """A parser crash on one file: the partial file is half-written when the worker dies."""
    if path.name == "bad.jpg":
        partial.write_bytes(b"half-written")
        os._exit(70)
    return strip_worker.clean_one(path, partial, out_dir, heic_to, flatten_pdf)


if __name__ == "__main__":
    sys.exit(strip_worker.main(crash_on_bad))
