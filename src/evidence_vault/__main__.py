"""``python -m evidence_vault``: the command line (the desktop app replaces this in issue 3)."""

import sys

from .cli import main

sys.exit(main())
