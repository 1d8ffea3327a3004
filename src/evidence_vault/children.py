"""The helper processes the vault starts, and how a frozen program runs them.

The vault starts its sandboxed helpers as ``sys.executable -m MODULE``, all through
``core/child/channel.py``: the media analysis (``core.media.worker``), the sealing's read-back
check (``core.bundle.check_child``) and the workers of ``strip`` (``core.sanitize.strip_worker``).
In a frozen (PyInstaller) program, ``sys.executable`` is the program itself, which knows no ``-m``: its
entry points call ``run_child`` first, which runs the named module when, and only when, it is
one of these helpers, so that the packaged app analyses, seals and strips exactly as an installed one.
"""

from __future__ import annotations

import runpy
import sys
from collections.abc import Sequence

CHILD_MODULES = (
    "evidence_vault.core.media.worker",
    "evidence_vault.core.bundle.check_child",
    "evidence_vault.core.bundle.batch_child",
    "evidence_vault.core.sanitize.strip_worker",
    "evidence_vault.core.anonymise.anonymise_worker",
    "evidence_vault.core.proofmode.check_child",
)


def run_child(argv: Sequence[str]) -> bool:
    """If ``argv`` is ``PROGRAM -m HELPER ...``, run that helper (it exits); else False."""
    if len(argv) < 3 or argv[1] != "-m" or argv[2] not in CHILD_MODULES:
        return False
    sys.argv = [argv[2], *argv[3:]]
    runpy.run_module(argv[2], run_name="__main__", alter_sys=True)
    return True
