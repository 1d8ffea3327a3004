"""Cases in the desktop app: create and edit a case, file items under it by drag and drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent

from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import cases, items
from evidence_vault.gui.app import AppWindow
from evidence_vault.gui.main_view import Sidebar
from evidence_vault.gui.models import ITEM_IDS_MIME, item_ids_from
from tests.gui.helpers import ask, import_files


def _drop(sidebar: Sidebar, point: QPoint, mime: QMimeData) -> tuple[bool, bool]:
    """What a drag over ``point`` and a drop there do (accepted?), as Qt would deliver them."""
    move = QDragMoveEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    sidebar.dragMoveEvent(move)
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    sidebar.dropEvent(drop)
    return move.isAccepted(), drop.isAccepted()


def test_create_edit_case_and_drop_items_on_it(qtbot, unlocked: AppWindow, sample_files: Path) -> None:
    window = unlocked
    import_files(qtbot, window, [sample_files]).close()
    view = window.main_view
    session = window.session
    assert session is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and not view.model.loading, timeout=5000)

    # New case, from the Archive menu.
    window.chrome.new_case_action.trigger()
    dialog = view.case_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Pushkinskaya")
    dialog.title.setText("Затрыманні каля Пушкінскай")
    qtbot.keyClicks(dialog.starts_on, "2020-08-10")
    qtbot.keyClicks(dialog.ends_on, "2020-08-09")
    dialog.place.setText("Мінск")
    dialog.description.setPlainText("Detentions after the polls closed.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "ends before it starts" in dialog.message.text(), timeout=10000)
    assert dialog.isVisible()
    dialog.ends_on.setText("2020-08-13")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: view.case_dialog is None, timeout=10000)  # closed and forgotten
    qtbot.waitUntil(lambda: view.sidebar.case_item("Pushkinskaya") is not None, timeout=5000)
    case = ask(qtbot, session, lambda conn: cases.get(conn, "Pushkinskaya"))
    assert case.details == cases.CaseDetails(
        "Затрыманні каля Пушкінскай",
        "2020-08-10",
        "2020-08-13",
        "Мінск",
        "Detentions after the polls closed.",
    )
    assert case.items == []

    # Drag two selected items from the grid onto the case in the sidebar.
    selection = view.grid.selectionModel()
    for row in (0, 2):
        selection.select(view.model.index(row), QItemSelectionModel.SelectionFlag.Select)
    chosen = sorted(view.model.item_at(row).id for row in (0, 2))
    mime = view.model.mimeData(view.grid.selectedIndexes())
    assert mime.formats() == [ITEM_IDS_MIME]  # ids only: no file names, no content, no URLs
    assert item_ids_from(mime) == chosen
    assert view.model.flags(view.model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert view.grid.dragEnabled()

    # Not on "All items" (nor on headers): refused.
    all_items = view.sidebar.topLevelItem(0)
    assert _drop(view.sidebar, view.sidebar.visualItemRect(all_items).center(), mime) == (False, False)
    # Foreign data over the case: refused too.
    target = view.sidebar.case_item("Pushkinskaya")
    assert target is not None
    text = QMimeData()
    text.setText("3")
    assert _drop(view.sidebar, view.sidebar.visualItemRect(target).center(), text) == (False, False)

    assert _drop(view.sidebar, view.sidebar.visualItemRect(target).center(), mime) == (True, True)
    qtbot.waitUntil(
        lambda: (item := view.sidebar.case_item("Pushkinskaya")) is not None and item.text(1) == "2",
        timeout=10000,
    )
    case = ask(qtbot, session, lambda conn: cases.get(conn, "Pushkinskaya"))
    assert case.items == chosen
    added = ask(
        qtbot, session, lambda conn: [e for e in custody.events(conn) if e.action == "case.item_added"]
    )
    assert sorted(e.body["params"]["item"] for e in added) == chosen
    # Dropping the same items again files nothing twice.
    target = view.sidebar.case_item("Pushkinskaya")
    assert _drop(view.sidebar, view.sidebar.visualItemRect(target).center(), mime) == (True, True)
    qtbot.waitUntil(lambda: not session.serial.busy, timeout=10000)
    assert len(ask(qtbot, session, lambda conn: cases.get(conn, "Pushkinskaya").items)) == 2

    # Edit it, as the sidebar's context menu does.
    view.sidebar.edit_case_requested.emit("Pushkinskaya")
    editor = view.case_dialog
    assert editor is not None
    qtbot.waitUntil(lambda: editor.place.text() == "Мінск", timeout=5000)
    assert editor.name.isReadOnly() and editor.contents.text() == "2 items · 0 statements"
    editor.place.setText("Мінск, праспект Пушкіна")
    editor.save_button.click()
    qtbot.waitUntil(lambda: view.case_dialog is None, timeout=10000)
    case = ask(qtbot, session, lambda conn: cases.get(conn, "Pushkinskaya"))
    assert case.details.place == "Мінск, праспект Пушкіна"
    assert case.details.title == "Затрыманні каля Пушкінскай"
    updated = ask(
        qtbot, session, lambda conn: [e for e in custody.events(conn) if e.action == "case.updated"]
    )
    assert len(updated) == 2

    # Choosing the case in the sidebar shows its items; the menu's Edit case… edits it.
    view.sidebar.setCurrentItem(view.sidebar.case_item("Pushkinskaya"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not view.model.loading, timeout=5000)
    window.chrome.edit_case_action.trigger()
    assert view.case_dialog is not None and view.case_dialog.editing == "Pushkinskaya"
    view.case_dialog.reject()
    assert view.case_dialog is None

    # Filed by mistake: the grid's menu takes a selected item out of the case, not out of the archive.
    assert view.case_menu() is None  # nothing selected
    view.grid.selectionModel().select(view.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    taken = view.model.item_at(0).id
    menu = view.case_menu()
    assert menu is not None and len(menu.actions()) == 1
    assert (
        "1 item" in menu.actions()[0].text() and "out of the case “Pushkinskaya”" in menu.actions()[0].text()
    )
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.model.loading, timeout=10000)
    assert "in the archive" in window.statusBar().currentMessage()
    case = ask(qtbot, session, lambda conn: cases.get(conn, "Pushkinskaya"))
    assert case.items == [i for i in chosen if i != taken]
    removed = ask(qtbot, session, lambda conn: custody.latest(conn, "case.item_removed"))
    assert removed is not None and removed.body["params"]["item"] == taken
    assert len(ask(qtbot, session, items.list_items)) == 3  # still in the archive

    # A second case with the same name is refused, and locking closes an open dialog.
    window.chrome.new_case_action.trigger()
    again = view.case_dialog
    again.name.setText("Pushkinskaya")
    again.save_button.click()
    qtbot.waitUntil(lambda: "already exists" in again.message.text(), timeout=10000)
    window.lock()
    assert view.case_dialog is None
