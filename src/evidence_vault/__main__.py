"""``python -m evidence_vault``: the desktop app (the command line is ``evidence-vault``)."""

import sys

from .gui.launch import main

sys.exit(main())
