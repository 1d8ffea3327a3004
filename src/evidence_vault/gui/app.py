"""The desktop app's window: first run, unlock, and the unlocked archive.

The window is always titled "Archive" with a plain box icon; nothing on screen
before unlocking says what the archive holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from ..core import duress
from ..core.audit import verify
from ..core.audit.verify import VerifyReport
from ..core.evidence import items
from ..core.evidence.items import ItemSummary
from ..core.session.vault import Vault, vault_exists
from ..core.store import settings
from . import file_dialogs
from .autolock import AutoLock
from .bundle_batch import BundleBatchDialog
from .bundle_intake import BundleIntakeDialog
from .common import icon
from .custody_view import CustodyWindow, Verification
from .duress_dialog import DuressDialog, open_duress_dialog
from .export import ExportWizard
from .importing import ImportDialog
from .look_alikes import LookAlikesDialog
from .main_view import MainView
from .models import ItemRole
from .search_view import SearchWindow
from .session import Session
from .settings_dialog import SettingsDialog
from .statements.window import StatementsWindow
from .status_line import StatusLine
from .unlock import UnlockScreen
from .viewers import ViewerWindow, viewer_for
from .window_chrome import WindowChrome
from .wizard import FirstRunWizard

Transfer = TypeVar("Transfer", ExportWizard, BundleIntakeDialog, BundleBatchDialog)


class AppWindow(QMainWindow):
    def __init__(self, location: Path | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Archive"))
        self.setWindowIcon(icon("archive"))
        self.resize(1240, 780)
        self.setAcceptDrops(True)
        self.location = Path(location) if location is not None else settings.load().effective_vault_dir()
        self.session: Session | None = None
        self.viewers: list[ViewerWindow] = []
        self.dialogs: list[DuressDialog] = []
        self.import_dialog: ImportDialog | None = None
        self.transfer_dialogs: list[ExportWizard | BundleIntakeDialog | BundleBatchDialog] = []
        self.verification = Verification(self)
        self.custody_window: CustodyWindow | None = None
        self.look_alikes: LookAlikesDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.search_window: SearchWindow | None = None
        self.status = StatusLine(self.statusBar())

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_screen = UnlockScreen(self.location)
        self.unlock_screen.unlocked.connect(self.open_session)
        self.unlock_screen.create_new.connect(self._create_at)
        self.main_view = MainView()
        self.main_view.open_item.connect(self.open_viewer)
        self.main_view.counts_changed.connect(self.status.counts)
        self.main_view.assigned.connect(self.status.filed)
        self.main_view.unassigned.connect(self.status.unfiled)
        self.main_view.assign_failed.connect(self._assign_failed)
        self.wizard: FirstRunWizard | None = None
        self.statements_window: StatementsWindow | None = None
        self.stack.addWidget(self.unlock_screen)
        self.stack.addWidget(self.main_view)

        self.autolock = AutoLock(self.lock, lambda: self.is_unlocked, self)
        self.chrome = WindowChrome(self, self.main_view, self.autolock)
        chrome = self.chrome
        for act, slot in (
            (chrome.import_files_action, self.choose_files),
            (chrome.import_folder_action, self.choose_folder),
            (chrome.verify_action, self.verify_now),
            (chrome.export_action, self.open_export),
            (chrome.open_bundle_action, self.open_bundle),
            (chrome.batch_intake_action, self.open_batch_intake),
            (chrome.custody_action, self.open_custody),
            (chrome.look_alikes_action, self.open_look_alikes),
            (chrome.lock_action, self.lock),
            (chrome.statements_action, self.open_statements),
            (chrome.settings_action, self.open_settings),
            (chrome.duress_action, self.open_duress),
            (chrome.destroy_action, self.quick_delete),
        ):
            act.triggered.connect(slot)
        chrome.search.returnPressed.connect(lambda: self.open_search(chrome.search.text()))
        self.verification.started.connect(self.status.verifying)
        self.verification.progress.connect(self.status.verify_step)
        self.verification.finished.connect(self._verified)
        self.verification.failed.connect(self.status.verify_failed)
        if vault_exists(self.location):
            self.show_unlock()
        else:
            self.show_wizard()

    # -- screens -------------------------------------------------------------------
    def show_wizard(self, location: Path | None = None) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
        self.wizard = FirstRunWizard()
        if location is not None:
            self.wizard.set_location(location)
        self.wizard.created.connect(self._wizard_done)
        self.wizard.existing.connect(self._wizard_existing)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        self.chrome.set_unlocked(False)

    def show_unlock(self) -> None:
        self.unlock_screen.set_location(self.location)
        self.unlock_screen.reset()
        self.stack.setCurrentWidget(self.unlock_screen)
        self.chrome.set_unlocked(False)
        self.unlock_screen.passphrase.setFocus()

    def _create_at(self, path: Path) -> None:
        self.show_wizard(path)

    def _wizard_existing(self, path: Path) -> None:
        self.location = Path(path)
        self._drop_wizard()
        self.show_unlock()

    def _wizard_done(self, vault: Vault, folder: Path | None) -> None:
        self.location = vault.directory
        self._drop_wizard()
        self.open_session(vault)
        if folder is not None:
            self.start_import([folder])

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None

    def open_session(self, vault: Vault) -> None:
        self.location = vault.directory
        self.session = Session(vault, self)
        self.main_view.attach(self.session)
        self.chrome.search.clear()
        self.stack.setCurrentWidget(self.main_view)
        self.chrome.set_unlocked(True)
        self.status.loading()
        self._load_verification()
        self.main_view.grid.setFocus()

    # -- lock ------------------------------------------------------------------------
    def lock(self) -> None:
        """Close viewers, forget every view and cache, then lock the vault."""
        session, self.session = self.session, None
        for viewer in list(self.viewers):
            viewer.close()
        self.viewers.clear()
        for dialog in list(self.dialogs):
            dialog.reject()
        if self.statements_window is not None:
            self.statements_window.close_for_lock()
            self.statements_window.deleteLater()
            self.statements_window = None
        for transfer in list(self.transfer_dialogs):
            transfer.reject()  # stops a running export (its half-written file is deleted)
            transfer.deleteLater()
        self.transfer_dialogs.clear()
        if self.import_dialog is not None:
            self.import_dialog.cancel_event.set()
            self.import_dialog.close()
            self.import_dialog.deleteLater()
            self.import_dialog = None
        self.main_view.clear()
        self.chrome.search.clear()
        self.status.clear()
        self.verification.forget()
        # Windows that show what is inside go with the key.
        for name in ("search_window", "settings_dialog", "custody_window", "look_alikes"):
            window = getattr(self, name)
            if window is not None:
                window.close()
                window.deleteLater()
                setattr(self, name, None)
        QGuiApplication.clipboard().clear()
        self.show_unlock()
        if session is not None:
            self.unlock_screen.ready = False
            session.locked.connect(self._session_locked)
            session.lock()
            if not session.vault.is_open:
                self._session_locked()

    def _session_locked(self) -> None:
        self.unlock_screen.ready = True

    @property
    def is_unlocked(self) -> bool:
        return self.session is not None

    # -- import ------------------------------------------------------------------------
    def choose_files(self) -> None:
        if self.session is None:
            return
        names = file_dialogs.open_files(self, self.tr("Choose files to add"))
        if names:
            self.start_import([Path(n) for n in names])

    def choose_folder(self) -> None:
        if self.session is None:
            return
        folder = file_dialogs.existing_directory(self, self.tr("Choose a folder to add"))
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, paths: Sequence[Path]) -> ImportDialog | None:
        if self.session is None or not paths:
            return None
        if self.import_dialog is not None and self.import_dialog.summary is None:
            QMessageBox.information(
                self, self.tr("Archive"), self.tr("Files are still being added. Try again when it finishes.")
            )
            return None
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
        dialog = ImportDialog(self.session, paths, self)
        dialog.finished_import.connect(self._import_finished)
        self.import_dialog = dialog
        dialog.show()
        dialog.start()
        return dialog

    def _import_finished(self, _summary: object) -> None:
        self.main_view.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        data = event.mimeData()
        if self.session is not None and data.hasUrls() and all(u.isLocalFile() for u in data.urls()):
            event.acceptProposedAction()
            return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if self.session is not None and paths:
            event.acceptProposedAction()
            self.start_import(paths)

    def import_urls(self, urls: Sequence[QUrl]) -> None:
        self.start_import([Path(u.toLocalFile()) for u in urls if u.isLocalFile()])

    # -- export and received bundles ---------------------------------------------------
    def selected_items(self) -> list[ItemSummary]:
        indexes = self.main_view.grid.selectionModel().selectedIndexes()
        found = [index.data(ItemRole) for index in indexes]
        return [item for item in found if isinstance(item, ItemSummary)]

    def open_export(self) -> ExportWizard | None:
        if self.session is None:
            return None
        return self._show_transfer(ExportWizard(self.session, self.selected_items(), self))

    def open_bundle(self) -> BundleIntakeDialog | None:
        if self.session is None:
            return None
        dialog = self._show_transfer(BundleIntakeDialog(self.session, self))
        dialog.imported.connect(lambda _report: self.main_view.refresh())
        return dialog

    def open_batch_intake(self) -> BundleBatchDialog | None:
        if self.session is None:
            return None
        dialog = self._show_transfer(BundleBatchDialog(self.session, self))
        dialog.imported.connect(self.main_view.refresh)
        return dialog

    def _show_transfer(self, dialog: Transfer) -> Transfer:
        """A window that moves evidence in or out: kept until it closes, closed on lock."""
        self.transfer_dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._transfer_closed(dialog))
        dialog.show()
        return dialog

    def _transfer_closed(self, dialog: ExportWizard | BundleIntakeDialog | BundleBatchDialog) -> None:
        if dialog in self.transfer_dialogs:
            self.transfer_dialogs.remove(dialog)
            dialog.deleteLater()

    # -- viewers -------------------------------------------------------------------------
    def open_viewer(self, item: ItemSummary | None) -> ViewerWindow | None:
        if self.session is None or item is None:
            return None
        viewer = viewer_for(self.session, item)
        if viewer is None:
            QMessageBox.information(
                self,
                self.tr("Archive"),
                self.tr(
                    "This kind of file ({type}) cannot be shown here. Its details are on the right."
                ).format(type=item.content_type),
            )
            return None
        self.viewers.append(viewer)
        viewer.closed.connect(self._viewer_closed)
        viewer.show()
        action = "item.played" if item.content_type.startswith(("video/", "audio/")) else "item.viewed"
        self.session.on_vault(
            lambda vault, task: items.record_access(vault, item, action),
            lambda _none: (
                self.main_view.details.refresh()
                if self.main_view.details.current is not None and self.main_view.details.current.id == item.id
                else None
            ),
        )
        if hasattr(viewer, "play"):
            viewer.play()
        return viewer

    def _viewer_closed(self, viewer: ViewerWindow) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    def open_statements(self) -> StatementsWindow | None:
        """Witness statements, in their own window (closed on lock)."""
        if self.session is None:
            return None
        if self.statements_window is None:
            self.statements_window = StatementsWindow(self.session, self)
        self.statements_window.show()
        self.statements_window.raise_()
        self.statements_window.activateWindow()
        return self.statements_window

    # -- status and verification ---------------------------------------------------------------
    def _load_verification(self) -> None:
        if self.session is None:
            return
        self.session.on_vault(lambda vault, task: verify.last_result(vault), self.status.last_verification)

    def verify_now(self) -> None:
        if self.session is not None:
            self.verification.start(self.session)

    def _verified(self, report: VerifyReport) -> None:
        self.status.verified(report.ok, report.items_checked)
        self._load_verification()
        if not report.ok and self.custody_window is None:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Verification found problems"))
            box.setText(self.tr("%n problem(s) were found.", "", len(report.problems)))
            box.setDetailedText("\n".join(report.problems))
            box.show()

    def _assign_failed(self, message: str) -> None:
        QMessageBox.warning(
            self, self.tr("Cases"), self.tr("The case was not changed: {e}").format(e=message)
        )

    def open_custody(self) -> None:
        """The custody log, filtered to the selected item when one is selected."""
        if self.session is None:
            return
        if self.custody_window is not None:
            self.custody_window.close()
            self.custody_window.deleteLater()
        self.custody_window = CustodyWindow(
            self.session, self.verification, self.main_view.details.current, self
        )
        self.custody_window.show()

    def open_look_alikes(self) -> LookAlikesDialog | None:
        """Pairs of items that look alike; double-clicking one shows it in the grid."""
        if self.session is None:
            return None
        if self.look_alikes is not None:
            self.look_alikes.close()
            self.look_alikes.deleteLater()
        self.look_alikes = LookAlikesDialog(self.session, self)
        self.look_alikes.item_chosen.connect(self._show_item)
        self.look_alikes.show()
        return self.look_alikes

    def _show_item(self, item_id: int) -> None:
        row = self.main_view.model.row_of(item_id)
        if row is not None:
            self.main_view.select_row(row)
            self.activateWindow()

    # -- locking without being asked -------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.autolock.window_state_changed(self.isMinimized())
        super().changeEvent(event)

    def open_duress(self) -> None:
        if self.session is not None:
            open_duress_dialog(self.session, self, self.dialogs)

    def open_search(self, text: str = "") -> SearchWindow | None:
        """Full-text search in its own window (closed on lock)."""
        if self.session is None:
            return None
        if self.search_window is None:
            window = SearchWindow(self.session, self)
            window.open_item.connect(self._open_item_by_id)
            window.open_statement.connect(self._open_statement_by_id)
            window.open_case.connect(self.main_view.sidebar.select_case)
            self.search_window = window
        self.search_window.show()
        self.search_window.raise_()
        if text.strip():
            self.search_window.search_for(text)
        return self.search_window

    def _open_item_by_id(self, item_id: int) -> None:
        if self.session is not None:

            def show(item: ItemSummary) -> None:
                self.open_viewer(item)

            self.session.query(lambda conn: items.resolve(conn, str(item_id)), show)

    def _open_statement_by_id(self, statement_id: int) -> None:
        window = self.open_statements()
        if window is not None:
            window.reload(select=statement_id)

    def open_settings(self) -> None:
        if self.session is None:
            return
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        dialog = SettingsDialog(self.session, str(self.location), self)
        dialog.idle_chosen.connect(self.chrome.lock_menu.choose_idle)
        dialog.minimise_chosen.connect(self.chrome.lock_menu.choose_minimise)
        dialog.duress_requested.connect(self._duress_from_settings)
        self.settings_dialog = dialog
        dialog.show()

    def _duress_from_settings(self) -> None:
        if self.session is not None and self.settings_dialog is not None:
            open_duress_dialog(self.session, self, self.dialogs, self.settings_dialog.refresh)

    def quick_delete(self) -> None:
        """Destroy the archive at once, after one clear question, without the passphrase."""
        answer = QMessageBox.warning(
            self,
            self.tr("Destroy the archive"),
            self.tr(
                "This destroys everything in the archive at {path} now. Nobody can recover it, "
                "not even with the passphrase or the recovery code. Destroy it?"
            ).format(path=self.location),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        location = self.location
        session = self.session
        self.lock()
        if session is not None:
            session.lock_now()  # the files must be closed before they are destroyed
        duress.quick_delete(location)
        self.show_wizard(location)

    # -- quitting ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        for viewer in list(self.viewers):
            viewer.close()
        self.viewers.clear()
        if self.import_dialog is not None:
            self.import_dialog.cancel_event.set()
        for transfer in list(self.transfer_dialogs):
            transfer.reject()
        self.main_view.clear()
        if self.session is not None:
            self.session.lock_now()
            self.session = None
        super().closeEvent(event)
