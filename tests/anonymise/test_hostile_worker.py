"""A file that crashes the decoder costs only itself: it is refused with the crash named, its
half-written output is deleted, and the next file is anonymised by a new worker."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from evidence_vault.core.anonymise.boxes import parse_box
from evidence_vault.core.anonymise.one_file import Request
from evidence_vault.core.anonymise.standalone import anonymise_files
from tests.anonymise import scenes


def test_a_crash_costs_only_its_file(tmp_path: Path) -> None:
    for name in ("crash.jpg", "fine.jpg"):
        Image.fromarray(scenes.background(320, 240, 7)).save(tmp_path / name, "JPEG")
    out = tmp_path / "out"
    request = Request(add=(parse_box("10,10,40,40"),))
    paths = [tmp_path / "crash.jpg", tmp_path / "fine.jpg"]
    crashed, fine = anonymise_files(paths, out, request, worker="tests.anonymise.crashing_worker")
    assert crashed.refused == "the decoder crashed (SIGSEGV); nothing was written"
    assert fine.ok and Path(str(fine.output)).is_file()
    assert sorted(p.name for p in out.iterdir()) == ["fine.jpg"]  # no partial left behind
