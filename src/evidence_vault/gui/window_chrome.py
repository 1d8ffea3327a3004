"""The main window's chrome: its actions with their shortcuts, the toolbar with the search
field, the Archive menu, and the tray icon. The window connects each action to what it does."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QSizePolicy, QSystemTrayIcon, QToolBar, QWidget

from .autolock import AutoLock
from .common import icon
from .lock_menu import LockMenu
from .main_view import MainView


class WindowChrome(QObject):
    def __init__(self, window: QMainWindow, main_view: MainView, autolock: AutoLock) -> None:
        super().__init__(window)
        self.window = window
        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(self.toolbar)

        def action(
            text: str, name: str | None, shortcut: QKeySequence | QKeySequence.StandardKey | str | None
        ) -> QAction:
            act = QAction(icon(name), text, window) if name else QAction(text, window)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            window.addAction(act)
            return act

        self.import_files_action = action(self.tr("Add files…"), "import", QKeySequence.StandardKey.Open)
        self.import_folder_action = action(self.tr("Add folder…"), "folder", "Ctrl+Shift+O")
        self.verify_action = action(self.tr("Verify now"), "verify", None)
        self.export_action = action(self.tr("Export…"), "archive", "Ctrl+E")
        self.export_action.setToolTip(self.tr("Seal the selected items or a case for investigators (Ctrl+E)"))
        self.open_bundle_action = action(self.tr("Open a received bundle…"), "verify", None)
        self.batch_intake_action = action(self.tr("Take in many bundles…"), None, None)
        self.custody_action = action(self.tr("Custody log…"), "verify", "Ctrl+Shift+L")
        self.look_alikes_action = action(self.tr("Look-alikes…"), None, None)
        self.look_alikes_action.setToolTip(self.tr("Items that look alike, such as re-encoded copies"))
        self.lock_action = action(self.tr("Lock"), "lock", "Ctrl+L")
        self.lock_action.setToolTip(self.tr("Lock the archive (Ctrl+L)"))
        # Ctrl+L locks from any window, viewers included.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        for act in (self.import_files_action, self.import_folder_action, self.verify_action):
            self.toolbar.addAction(act)
        self.toolbar.addAction(self.export_action)
        self.statements_action = action(self.tr("Statements"), "document", None)
        self.toolbar.addAction(self.statements_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, or Enter to search everything"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setToolTip(
            self.tr("Typing narrows the items by name; Enter also searches statements, tags and cases")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setFixedWidth(260)
        self.search.textChanged.connect(main_view.set_search)
        self.toolbar.addWidget(self.search)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.lock_action)
        find = action("", None, QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus())

        menu = window.menuBar().addMenu(self.tr("&Archive"))
        menu.addAction(self.import_files_action)
        menu.addAction(self.import_folder_action)
        menu.addSeparator()
        menu.addAction(self.statements_action)
        self.new_case_action = menu.addAction(self.tr("New case…"), main_view.new_case)
        self.edit_case_action = menu.addAction(self.tr("Edit case…"), lambda: main_view.edit_case())
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.open_bundle_action)
        menu.addAction(self.batch_intake_action)
        menu.addSeparator()
        menu.addAction(self.verify_action)
        menu.addAction(self.custody_action)
        menu.addAction(self.look_alikes_action)
        menu.addSeparator()
        menu.addAction(self.lock_action)
        self.lock_menu = LockMenu(menu.addMenu(self.tr("Lock automatically")), autolock)
        menu.addSeparator()
        self.settings_action = QAction(self.tr("Settings…"), window)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        menu.addAction(self.settings_action)
        self.duress_action = QAction(self.tr("Duress passphrase…"), window)
        menu.addAction(self.duress_action)
        self.destroy_action = QAction(self.tr("Destroy the archive now…"), window)
        menu.addAction(self.destroy_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), window)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(window.close)
        menu.addAction(quit_action)
        window.setTabOrder(self.search, main_view.sidebar)
        self.tray = self._tray()

    def _tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(icon("archive"), self.window)
        tray.setToolTip(self.tr("Archive"))
        tray_menu = QMenu(self.window)
        tray_menu.addAction(self.lock_action)
        tray.setContextMenu(tray_menu)
        tray.show()
        return tray

    def set_unlocked(self, unlocked: bool) -> None:
        self.toolbar.setVisible(unlocked)
        self.window.menuBar().setVisible(unlocked)
        self.window.statusBar().setVisible(unlocked)
        for act in (
            self.import_files_action,
            self.import_folder_action,
            self.export_action,
            self.open_bundle_action,
            self.batch_intake_action,
            self.verify_action,
            self.custody_action,
            self.look_alikes_action,
            self.lock_action,
        ):
            act.setEnabled(unlocked)
