"""Frozen entry point of the command line (evidence-vault)."""

import multiprocessing
import sys

from evidence_vault.children import run_child
from evidence_vault.cli import main

if __name__ == "__main__":
    # The custody log's signatures are checked in a process pool (core/custody/log.py, spawned):
    # a frozen program must recognise a pool worker's start before running its own main.
    multiprocessing.freeze_support()
    # The media analysis, the sealing check and strip's workers run as ``<this program> -m <helper>``.
    if not run_child(sys.argv):
        sys.exit(main())
