"""The command line: ``evidence-vault`` (``python -m evidence_vault.cli``).

``main`` parses and dispatches; each group of commands has its module (``bundle``,
``statements``, ``media``, ``sanitize``, ``passphrases``), beside the shared options
(``options``), reading passphrases (``passphrase_input``) and the progress line
(``statusline``). Every command is a thin layer over one core operation.
"""

from __future__ import annotations

from .main import main

__all__ = ["main"]
