"""The custody actions' PREMIS event types (core/bundle/premis.py); the records themselves are
checked in a bag, in test_bag.py."""

from __future__ import annotations

from evidence_vault.core.bundle import premis
from evidence_vault.core.custody.readable import SENTENCES


def test_the_mapping_names_every_custody_action() -> None:
    """A new custody action must be placed in the PREMIS table (even as "none fits")."""
    actions = {name.split(":")[0] for name in SENTENCES}
    assert sorted(actions - set(premis.EVENT_TYPES)) == []
    assert premis.event_type("item.derivative_made") == {
        "label": "migration",
        "uri": "http://id.loc.gov/vocabulary/preservation/eventType/mig",
    }
    assert premis.event_type("item.viewed") is None and premis.event_type("no.such_action") is None
