"""A witness may agree to publication only with their face hidden or their voice disguised.
Every route that makes copies to be published (a sanitized bundle, a plain sanitized folder)
must then refuse the items linked to that statement, naming them, and write nothing; the
originals sealed for investigators still go (they are evidence, governed by the consent's
audience), and an item with no such statement is unaffected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_vault.core import bundle, export_plan
from evidence_vault.core.bundle import recipients
from evidence_vault.core.errors import UsageError
from evidence_vault.core.evidence import items, statements
from evidence_vault.core.session.vault import Vault
from tests.bundles.test_withhold import camera_jpeg
from tests.support import CliVault


@pytest.fixture
def ev(tmp_path: Path) -> CliVault:
    """Item 1 is linked to a statement whose witness asks for the face hidden; item 2 is not."""
    ev = CliVault(tmp_path)
    ev.ok("init")
    (tmp_path / "IMG_1.JPG").write_bytes(camera_jpeg())
    (tmp_path / "IMG_2.JPG").write_bytes(camera_jpeg() + b"\xff\xd9")
    ev.ok("import", str(tmp_path / "IMG_1.JPG"), str(tmp_path / "IMG_2.JPG"))
    ev.ok("recipients", "add", "press", recipients.generate_identity_file(tmp_path / "press.key"))
    (tmp_path / "n.txt").write_text("I was there.", "utf-8")
    ev.ok(
        "statement", "add", "--title", "Square", "--narrative-file", str(tmp_path / "n.txt"),
        "--pseudonym", "Tsimur", "--consent", "public-anonymised", "--publish-only", "face-hidden",
        "--item", "1",
    )  # fmt: skip
    return ev


def test_the_condition_is_recorded_and_said(ev: CliVault) -> None:
    shown = json.loads(ev.ok("--json", "statement", "show", "1"))
    assert shown["consent"]["publish_only"] == ["face-hidden"]
    log = ev.ok("--json", "log")
    recorded = [e for e in json.loads(log) if e["action"] == "consent.recorded"]
    assert recorded[-1]["params"]["publish_only"] == ["face-hidden"]
    assert "published only with the face hidden" in ev.ok("statement", "show", "1")


def test_a_sanitized_bundle_of_a_linked_item_is_refused_and_nothing_is_written(ev: CliVault) -> None:
    out = ev.tmp_path / "public.evb"
    done = ev("export", "1", "2", "--profile", "sanitized", "--to", "press", "--out", str(out))
    assert done.returncode != 0
    assert "item 1 (IMG_1.JPG)" in done.stderr and "statement 1" in done.stderr
    assert "only with the face hidden" in done.stderr and "--profile anonymised" in done.stderr
    assert "item 2" not in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
    # Nothing was made either: a refusal before any derivative is stored.
    log = json.loads(ev.ok("--json", "log"))
    assert not [e for e in log if e["action"] == "item.derivative_made"]


def test_originals_for_investigators_and_unlinked_items_still_go(ev: CliVault) -> None:
    ev.ok("export", "1", "--to", "press", "--out", str(ev.tmp_path / "originals.evb"))
    ev.ok("export", "2", "--profile", "sanitized", "--to", "press", "--out", str(ev.tmp_path / "two.evb"))


def test_a_plain_sanitized_folder_is_refused_too(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "IMG_1.JPG").write_bytes(camera_jpeg())
    from evidence_vault.core.evidence.importer import Importer

    Importer(vault).run([tmp_path / "in"])
    (item,) = items.list_items(vault.conn)
    statements.create(
        vault,
        statements.Fields(title="t", narrative="n"),
        pseudonym="P",
        items=[item.id],
        consent=statements.ConsentInput("public-anonymised", publish_only=("voice-disguised", "face-hidden")),
    )
    with pytest.raises(export_plan.PublicationRefused, match="face hidden and the voice disguised"):
        bundle.export_sanitized_folder(vault, [item], tmp_path / "out")
    assert not (tmp_path / "out").exists()
    # The check itself: what was done decides.
    assert export_plan.publication_refusals(vault.conn, [item], {"face-hidden", "voice-disguised"}) == []
    (reason,) = export_plan.publication_refusals(vault.conn, [item], {"face-hidden"})
    assert "--voice" in reason


def test_an_unknown_condition_is_refused() -> None:
    with pytest.raises(UsageError, match="publication condition"):
        statements.ConsentInput("public-anonymised", publish_only=("blurred",)).checked()
