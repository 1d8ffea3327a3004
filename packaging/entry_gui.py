"""Frozen entry point of the desktop app (evidence-vault-gui)."""

import sys

from evidence_vault.gui.app import main

sys.exit(main())
