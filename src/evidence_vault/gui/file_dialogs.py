"""The app's file dialogs: Qt's own widgets, leaving no history on disk.

Every dialog the app shows to choose a file or folder goes through here, so
that none of them records what was browsed. Two things would otherwise write it:
- a platform dialog (GTK, the desktop portal) adds chosen files to the desktop's
  ``recently-used.xbel``: so only Qt's own widget dialog is used;
- Qt's widget dialog saves its history, last folder and layout to
  ``QtProject.conf`` when it is destroyed, with no option to turn that off: so
  ``forget_history`` points Qt's user-scope settings at a path that cannot be
  created, and the write fails silently. The app itself keeps no QSettings.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

# A directory below a character device can never be created, even by root.
_NOWHERE = "/dev/null/evidence-vault-no-settings"


def forget_history() -> None:
    """Send Qt's user-scope settings (the file dialog's history) nowhere.

    On Linux and the BSDs the native settings format is an INI file under this
    path. On Windows and macOS Qt writes the registry or a plist instead, which
    this does not reach (docs/threat-model.md says so).
    """
    if sys.platform.startswith(("win", "darwin")):
        return
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, _NOWHERE)


def make_dialog(
    parent: QWidget | None,
    caption: str,
    start: str = "",
    filters: str = "",
    *,
    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
    saving: bool = False,
) -> QFileDialog:
    forget_history()  # also when a dialog is made before the app's own set-up
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if saving:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return list(dialog.selectedFiles())
    finally:
        dialog.deleteLater()


def existing_directory(parent: QWidget | None, caption: str, start: str = "") -> str:
    chosen = _run(make_dialog(parent, caption, start, mode=QFileDialog.FileMode.Directory))
    return chosen[0] if chosen else ""


def open_file(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    chosen = _run(make_dialog(parent, caption, start, filters))
    return chosen[0] if chosen else ""


def open_files(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> list[str]:
    return _run(make_dialog(parent, caption, start, filters, mode=QFileDialog.FileMode.ExistingFiles))


def save_file(
    parent: QWidget | None,
    caption: str,
    start: str = "",
    filters: str = "",
    *,
    confirm_overwrite: bool = True,
) -> str:
    dialog = make_dialog(parent, caption, start, filters, mode=QFileDialog.FileMode.AnyFile, saving=True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
