"""A folder the user works from may hold files an attacker chose (an unpacked archive of
"evidence"). The helper processes that read hostile media are started as ``python -m``,
which puts the current folder first on the module search path: a planted ``PIL/`` or
``av.py`` there must never be imported by them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.media import builders as b
from tests.support import cli_env

PLANTED = """
import pathlib
pathlib.Path({marker!r}).write_text("planted code ran")
raise ImportError("planted")
"""


def _entry_point() -> str:
    """The installed console script, as a user runs it: its own folder, not the current one,
    is first on the parent's search path."""
    script = Path(sys.executable).with_name("evidence-vault")
    if not script.exists():
        found = shutil.which("evidence-vault")
        if found is None:
            pytest.fail("the evidence-vault console script is not installed next to this Python")
        return found
    return str(script)


def test_a_module_planted_in_the_working_folder_is_not_imported_by_helpers(tmp_path: Path) -> None:
    work = tmp_path / "unpacked-evidence"
    work.mkdir()
    marker = tmp_path / "planted-ran"
    for name in ("PIL/__init__.py", "av.py", "numpy.py", "pikepdf.py", "mutagen.py"):
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(PLANTED.format(marker=str(marker)))
    photo = work / "IMG_0001.JPG"
    photo.write_bytes(b.jpeg_bytes(b.picture((320, 240)), exif=b.exif_block()))
    done = subprocess.run(
        [_entry_point(), "strip", photo.name, "--out", str(tmp_path / "clean")],
        cwd=work,
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=120,
        check=False,
    )
    assert not marker.exists(), "a module planted in the working folder ran in a helper process"
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "clean" / "IMG_0001.JPG").exists()
