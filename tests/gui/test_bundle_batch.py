"""The batch intake dialog on real widgets and real bundles: a good, a tampered and a
duplicate bundle fill the table row by row and the summary says so; the items appear in
the archive; the report saves one JSON line per bundle; Cancel stops between bundles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from evidence_vault.core.bundle import batch
from evidence_vault.gui import bundle_batch as bb
from evidence_vault.gui.app import AppWindow
from tests.bundles import batch_kit


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> batch_kit.Kit:
    return batch_kit.make(tmp_path_factory.mktemp("gui-batch"))


def _rows(dialog: bb.BundleBatchDialog) -> dict[str, tuple[str, ...]]:
    table = dialog.table
    return {
        table.item(r, 0).text(): tuple(table.item(r, c).text() for c in range(1, bb.COLUMNS))
        for r in range(table.rowCount())
    }


def test_good_tampered_and_duplicate(qtbot, unlocked: AppWindow, kit: batch_kit.Kit, tmp_path: Path) -> None:
    folder = tmp_path / "received"
    folder.mkdir()
    shutil.copy(kit.good_a, folder / "a-good.evb")
    batch_kit.tampered(kit.good_b, folder / "b-tampered.evb")
    shutil.copy(kit.good_a, folder / "c-again.evb")
    dialog = unlocked.open_batch_intake()
    assert dialog is not None and not dialog.start_button.isEnabled()
    dialog.add_paths([folder])
    dialog.set_identity(kit.key)
    assert dialog.start_button.isEnabled()
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=60000)
    rows = _rows(dialog)
    assert rows["a-good.evb"] == ("Imported", "", "2", "2", "0")
    assert rows["b-tampered.evb"][:2] == ("Failed", "Damaged or altered (it does not decrypt)")
    assert rows["c-again.evb"][:2] == ("Skipped", "Taken in before (the same bundle, the same file)")
    assert dialog.summary_label.text().startswith("1 imported, 1 skipped, 0 refused, 1 failed")
    assert dialog.save_button.isVisible() and not dialog.cancel_button.isVisible()
    model = unlocked.main_view.model
    qtbot.waitUntil(lambda: not model.loading and model.total == 2, timeout=10000)
    dialog.save_report(tmp_path / "intake.jsonl")
    lines = [json.loads(t) for t in (tmp_path / "intake.jsonl").read_text().splitlines()]
    assert sorted((Path(w["path"]).name, w["outcome"]) for w in lines) == [
        ("a-good.evb", "imported"),
        ("b-tampered.evb", "failed"),
        ("c-again.evb", "skipped"),
    ]
    dialog.reject()


def test_cancel_stops_between_bundles(qtbot, unlocked: AppWindow, kit: batch_kit.Kit, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(16):  # enough that the batch cannot end before Cancel is seen
        batch_kit.resealed(kit.good_b if n % 2 else kit.good_a, kit.key, folder / f"{n:02d}.evb")
    dialog = unlocked.open_batch_intake()
    assert dialog is not None
    dialog.add_paths([folder])
    dialog.set_identity(kit.key)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=60000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=60000)
    summary = dialog.summary
    assert summary.cancelled and summary.not_done > 0 and len(summary.lines) < 16
    assert "Cancelled" in dialog.summary_label.text()
    assert all(line.outcome in (batch.IMPORTED, batch.REFUSED) for line in summary.lines)
    dialog.reject()
