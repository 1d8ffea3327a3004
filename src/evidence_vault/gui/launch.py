"""Starting the desktop app: the QApplication with its style and translations, the startup
self-test, and ``--selftest`` (the packaged build's check that the first window comes up)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.audit import selftest
from . import file_dialogs
from .app import AppWindow
from .common import icon
from .i18n import install as install_translations

STYLE = """
QWidget#wizard, QWidget#unlock { background: #eef1f4; }
QFrame#card { background: palette(base); border: 1px solid #d5dbe1; border-radius: 10px; }
QFrame#separator { color: #e1e5e9; }
QLabel#errorLabel { color: #b03a2e; }
QLabel#pathLabel { background: #f4f6f8; border: 1px solid #dde2e7; border-radius: 4px; padding: 6px; }
QLabel#recoveryCode { background: #fbfaf3; border: 1px dashed #b9b18a; border-radius: 6px;
    padding: 18px 8px; color: #1c2833; }
QPushButton#primary { background: #2f5d8a; color: white; border: none; border-radius: 4px;
    padding: 6px 16px; font-weight: bold; }
QPushButton#primary:disabled { background: #9db1c5; }
QPushButton#primary:focus { outline: none; border: 2px solid #16324d; }
QTreeWidget#sidebar { background: #f3f5f7; }
QTreeWidget#sidebar::item { padding: 3px 2px; }
QListView#grid { background: palette(base); }
QStatusBar QLabel { padding: 0 8px; }
"""


def make_app(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(list(argv) if argv is not None else sys.argv)
    QCoreApplication.setApplicationName("Archive")
    file_dialogs.forget_history()  # Qt's file dialogs would save the folders browsed
    install_translations()  # the settings' language, else the system's; Qt's own dialogs too
    app.setApplicationDisplayName(QCoreApplication.translate("AppWindow", "Archive"))
    app.setWindowIcon(icon("archive"))
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(argv) if argv is not None else sys.argv
    if "--selftest" in arguments[1:]:
        return _selftest(arguments)
    try:
        selftest.startup_check()  # a few ms: known answers before any evidence is touched
    except selftest.SelfTestFailed as exc:
        make_app(arguments)
        QMessageBox.critical(None, QCoreApplication.translate("AppWindow", "Archive cannot start"), str(exc))
        return exc.exit_code
    app = make_app(arguments)
    window = AppWindow()
    window.show()
    return int(app.exec())


def _selftest(arguments: list[str]) -> int:
    """``--selftest``: the full self-test, then the first window, quitting from the event loop."""
    report = selftest.run(selftest.FULL)
    print("\n".join(report.lines()), flush=True)
    print(report.message(), flush=True)
    app = make_app([arguments[0]])
    window = AppWindow()
    window.show()
    reached: list[bool] = []

    def first_turn() -> None:
        reached.append(window.isVisible())
        print("GUI: first window shown, event loop running", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, first_turn)
    app.exec()
    return 0 if report.ok and reached == [True] else selftest.EXIT_BROKEN


if __name__ == "__main__":
    sys.exit(main())
