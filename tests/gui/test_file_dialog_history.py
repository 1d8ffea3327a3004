"""The app's file dialogs leave no history behind (issue 18, section 3).

Qt's own file dialog writes the folders it browsed, its last directory and its
layout to ``QtProject.conf`` under the user's configuration folder when it is
destroyed; a platform (GTK, portal) dialog adds the chosen files to
``recently-used.xbel``. Either tells an examiner which folders were browsed,
including the decoy-content picker. The test runs the real app code in a fresh
process with an empty home, opens every kind of dialog the app uses, chooses a
folder and a file, and then lists every file that appeared under that home.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import gc
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QFileDialog
    from evidence_vault.gui.launch import make_app
    from evidence_vault.gui import file_dialogs

    app = make_app(["test"])
    folder = Path(sys.argv[1]) / "secret-folder-name"
    modes = [
        dict(mode=QFileDialog.FileMode.Directory),
        dict(),
        dict(mode=QFileDialog.FileMode.ExistingFiles),
        dict(mode=QFileDialog.FileMode.AnyFile, saving=True),
    ]
    for kwargs in modes:
        # As a person would: browse into the folder, pick, accept; then the
        # dialog is destroyed, which is when Qt saves its history.
        dialog = file_dialogs.make_dialog(None, "Choose", str(folder.parent), **kwargs)
        dialog.show()
        dialog.setDirectory(str(folder))
        saving = kwargs.get("saving", False)
        dialog.selectFile(str(folder / ("new-bundle.evb" if saving else "photo.jpg")))
        app.processEvents()
        dialog.accept()
        print("answer:", dialog.selectedFiles(), flush=True)
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del dialog
        gc.collect()
    """
)


def test_file_dialogs_leave_no_history(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    browsed = tmp_path / "browsed"
    (browsed / "secret-folder-name").mkdir(parents=True)
    (browsed / "secret-folder-name" / "photo.jpg").write_bytes(b"x")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("XDG_") and key not in {"HOME", "QT_QPA_PLATFORMTHEME"}
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(sys.path))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(browsed)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    # Every dialog really ran and returned the folder that was browsed.
    assert result.stdout.count("secret-folder-name") == 4, result.stdout
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert left == [], f"file dialogs left history on disk: {left}"


def test_every_file_dialog_goes_through_file_dialogs() -> None:
    """A QFileDialog made anywhere else would keep Qt's default, which writes history."""
    gui = Path(__file__).resolve().parents[2] / "src" / "evidence_vault" / "gui"
    others = [
        path.name
        for path in sorted(gui.rglob("*.py"))
        if path.name != "file_dialogs.py" and "QFileDialog" in path.read_text(encoding="utf-8")
    ]
    assert others == []
