"""The command line: ``evidence-vault`` (``python -m evidence_vault.cli``).

``parser`` and ``parser_records`` hold every command's options; ``main`` parses, then imports
only the module that runs the chosen command (``vault``, ``strip``, ``sanitize``,
``anonymise``, ``bundle``, ``statements``, ``cases``, ``passphrases``). Beside them: the shared
options (``options``), opening the vault (``opening``), printing (``output``), reading
passphrases (``passphrase_input``) and the progress line (``statusline``). Every command is a
thin layer over one core operation.
"""

from __future__ import annotations

from .main import main

__all__ = ["main"]
