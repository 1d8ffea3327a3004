"""The packaged (frozen) program runs its helper processes through its own entry point.

In a PyInstaller program ``sys.executable`` is the program, which has no ``-m``. The entry
points (packaging/entry_cli.py, entry_gui.py) hand ``PROGRAM -m HELPER`` to
``children.run_child``. Here a launcher script shaped like the frozen program stands in for
``sys.executable``: the media analysis, the sealing's read-back check and ``strip``'s workers
must work through it.
"""

from __future__ import annotations

import io
import stat
import sys
from pathlib import Path

import pytest
from PIL import Image

from evidence_vault import children
from evidence_vault.core import bundle
from evidence_vault.core.bundle import pipeline, recipients
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.media.sandbox import AnalysisProcess
from evidence_vault.core.sanitize.standalone import strip_files
from evidence_vault.core.session.vault import Vault
from tests.support import REPO

FROZEN_LIKE = f"""#!{sys.executable}
import sys
from evidence_vault.children import run_child
if not run_child(sys.argv):
    print("the program's own main ran", sys.argv[1:])
    sys.exit(9)
"""


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "evidence-vault"
    path.write_text(FROZEN_LIKE, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(sys, "executable", str(path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # as PyInstaller sets it
    monkeypatch.setenv("PYTHONPATH", str(REPO / "src"))
    return path


def test_only_our_helpers_are_run() -> None:
    assert not children.run_child(["evidence-vault", "-m", "os"])
    assert not children.run_child(["evidence-vault", "list"])
    assert not children.run_child(["evidence-vault", "-m"])


def test_media_analysis_runs_through_the_program(program: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(buffer, "JPEG")
    data = buffer.getvalue()
    process = AnalysisProcess()
    try:
        result = process.analyse(len(data), lambda index: data[index << 20 : (index + 1) << 20])
    finally:
        process.close()
    assert result.problems == [] and result.facts["width"] == 64 and result.preview


def test_sealing_check_runs_through_the_program(program: Path, vault: Vault, tmp_path: Path) -> None:
    photo = tmp_path / "photo.bin"
    photo.write_bytes(b"evidence " * 1000)
    Importer(vault).run([photo])
    recipients.add(vault, "UN mechanism", recipients.generate_identity_file(tmp_path / "investigator.key"))
    assert pipeline._check_in_child()
    sealed = bundle.seal(vault, items.list_items(vault.conn), ["UN mechanism"], tmp_path / "out.evb")
    assert sealed.path.exists() and sealed.items == 1


def test_strip_runs_through_the_program(program: Path, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (64, 48), (200, 40, 40)).save(photo, "JPEG")
    (result,) = strip_files([photo], tmp_path / "clean")
    assert result.ok and result.output == str(tmp_path / "clean" / "photo.jpg")
