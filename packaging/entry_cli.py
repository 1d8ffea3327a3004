"""Frozen entry point of the command line (evidence-vault)."""

import multiprocessing
import sys

from evidence_vault.children import run_child
from evidence_vault.cli import main

if __name__ == "__main__":
    # ``strip`` cleans files in worker processes; where they are spawned (Windows, macOS),
    # a frozen program must recognise a worker's start before running its own main.
    multiprocessing.freeze_support()
    # The media analysis and the sealing check run as ``<this program> -m <helper>``.
    if not run_child(sys.argv):
        sys.exit(main())
