"""Frozen entry point of the command line (evidence-vault)."""

import multiprocessing
import sys

from evidence_vault.cli import main

if __name__ == "__main__":
    # ``strip`` cleans files in worker processes; where they are spawned (Windows, macOS),
    # a frozen program must recognise a worker's start before running its own main.
    multiprocessing.freeze_support()
    sys.exit(main())
