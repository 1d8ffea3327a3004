"""Frozen entry point of the command line (evidence-vault)."""

import sys

from evidence_vault.cli import main

sys.exit(main())
