"""Frozen entry point of the desktop app (evidence-vault-gui)."""

import sys

from evidence_vault.children import run_child

if __name__ == "__main__":
    # The media analysis, the sealing check and strip's workers run as
    # ``<this program> -m <helper>``: start them before Qt is loaded.
    if not run_child(sys.argv):
        from evidence_vault.gui.launch import main

        sys.exit(main())
