"""The suite runs from a checkout it cannot write to: nothing it builds lands in the source tree."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from tests.support import REPO


def _read_only_copy(target: Path) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        source = REPO / os.fsdecode(name)
        if source.is_file():  # a file deleted in the working tree is not copied
            (target / source.relative_to(REPO)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / source.relative_to(REPO))
    for path in [*sorted(target.rglob("*"), reverse=True), target]:
        mode = path.stat().st_mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*")}


def test_translated_tests_run_from_a_read_only_checkout(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    _read_only_copy(checkout)
    assert not list(checkout.rglob("*.qm"))  # build output: only the suite's own build can supply it
    before = _snapshot(checkout)
    env = dict(
        os.environ, PYTHONPATH=f"{checkout / 'src'}{os.pathsep}{checkout}", PYTHONDONTWRITEBYTECODE="1"
    )
    env.pop("EVIDENCE_VAULT_TRANSLATIONS", None)  # the child's own session fixture sets it
    try:
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-x",
                "tests/i18n/test_languages.py::test_a_cyrillic_name_survives_import_search_extract_and_a_bundle",
                "tests/i18n/test_languages.py::test_standard_buttons_in_belarusian",
            ],
            cwd=checkout,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        # Modes alone prove nothing when the tests run as root (CI containers): compare the tree.
        after = _snapshot(checkout)
        written = sorted(name for name in after if before.get(name) != after[name])
    finally:
        for path in [checkout, *checkout.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)  # so that pytest can remove tmp_path
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "2 passed" in run.stdout
    assert written == []
