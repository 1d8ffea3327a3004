"""The command line and the app translate exactly core's English sentences (no drift)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from evidence_vault.cli.main import command
from evidence_vault.core.proofmode import words


def test_cli_and_gui_list_the_same_english(qtbot: QtBot) -> None:
    from evidence_vault.gui.proofmode import ProofModeSection

    cli = command(("proofmode", "cmd_import_proofmode")).__globals__["_templates"]()
    section = ProofModeSection()
    qtbot.addWidget(section)
    assert cli == words.TEMPLATES
    assert section.templates() == words.TEMPLATES
