"""A sanitized bundle keeps its promise in every part (issue 18, section 1): what the profile
removes from the files travels neither in the custody record nor in the names, and the
copies stay linked to their originals when an investigator takes them in."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyrage
import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.media import store
from evidence_vault.core.session.vault import Vault
from tests.bundles import forge
from tests.media import builders

# What tests/media/builders.exif_block records: GPS 48°51'30.24" N, 2°17'40.20" E, taken
# 2024:03:01 10:20:30 +02:00. Every spelling of them an event could carry.
LEAKS = ["48.858", "2.294", "2024-03-01", "2024:03:01", "10:20:30"]
# The vault's own clock (custody times, seal time: this run's date, never the fixtures' 2024),
# taken out before looking for leaks: "09:19:48.858…" is a time of import, not a latitude.
OWN_CLOCK = re.compile(r"20(?!24-03-01)\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?")


@pytest.fixture
def published(vault: Vault, tmp_path: Path) -> tuple[Vault, Path, Path, list[items.ItemSummary]]:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "IMG_0042.jpg").write_bytes(builders.photo(builders.picture((96, 64)), None))
    (tmp_path / "src" / "IMG_0043.HEIC").write_bytes(builders.heic_bytes())
    Importer(vault).run([tmp_path / "src"])
    store.analyse_pending(vault, workers=1)
    chosen = items.list_items(vault.conn)
    recipients.add(vault, "journalist", recipients.generate_identity_file(tmp_path / "journalist.key"))
    out = tmp_path / "public.evb"
    bundle.seal(vault, chosen, ["journalist"], out, profile="sanitized")
    return vault, out, tmp_path / "journalist.key", chosen


def test_the_originals_record_location_and_time(
    published: tuple[Vault, Path, Path, list[items.ItemSummary]],
) -> None:
    """The premise: the vault's own log holds them, so a bundle could leak them."""
    vault = published[0]
    read = [e for e in custody.events(vault.conn) if e.body["action"] == "item.metadata_read"]
    assert len(read) == 2
    assert all("position" in e.body["params"] and "capture_time" in e.body["params"] for e in read)


def test_no_location_or_capture_time_anywhere_in_the_bundle(
    published: tuple[Vault, Path, Path, list[items.ItemSummary]],
) -> None:
    vault, out, key, _ = published
    plain = pyrage.decrypt(out.read_bytes(), [forge.identity(key)]).decode("utf-8", "replace")
    assert OWN_CLOCK.search(plain), "the bundle carries the vault's own times"
    assert OWN_CLOCK.sub("<own clock>", "2026-12-07T09:19:48.858123Z 2024-03-01T10:20:30Z") == (
        "<own clock> 2024-03-01T10:20:30Z"
    )
    without_own_clock = OWN_CLOCK.sub("<own clock>", plain)
    assert [leak for leak in LEAKS if leak in without_own_clock] == []
    report = bundle.read(out, forge.identity(key))
    assert report.ok, report.problems
    withheld = {e["seq"] for e in report.withheld_events}
    metadata_events = {e.seq for e in custody.events(vault.conn) if e.body["action"] == "item.metadata_read"}
    assert withheld == metadata_events
    assert any("withheld by the sanitized profile" in c for c in report.checks)
    assert "Custody events withheld by the sanitized profile" in bundle.report_text(report)


def test_a_heic_made_a_jpeg_is_named_jpg(
    published: tuple[Vault, Path, Path, list[items.ItemSummary]],
) -> None:
    _, out, key, _ = published
    report = bundle.read(out, forge.identity(key))
    paths = sorted(f["path"] for f in report.files)
    assert paths == ["files/000001-IMG_0042.jpg", "files/000002-IMG_0043.jpg"]
    heic = next(f for f in report.files if f["original_name"] == "IMG_0043.HEIC")
    assert heic["content_type"] == "image/jpeg" and heic["derivative"]["reencoded"]


def test_intake_links_each_copy_to_its_original(
    published: tuple[Vault, Path, Path, list[items.ItemSummary]], tmp_path: Path
) -> None:
    _, out, key, chosen = published
    theirs, _ = Vault.create(tmp_path / "desk", "the investigator's own passphrase")
    try:
        assert bundle.import_into(theirs, out, forge.identity(key)).ok
        event = custody.latest(theirs.conn, "bundle.imported")
        assert event is not None
        files = event.body["params"]["files"]
        assert sorted(f["derived_from_sha256"] for f in files) == sorted(i.sha256 for i in chosen)
        assert all(f["removed"] and f["sha256"] != f["derived_from_sha256"] for f in files)
        assert event.body["params"]["profile"] == "sanitized"
        names = sorted(i.name for i in items.list_items(theirs.conn))
        assert names == ["IMG_0042.jpg", "IMG_0043.jpg"]
        assert [leak for leak in LEAKS if leak in json.dumps(event.body)] == []
    finally:
        theirs.lock()
