"""Full-text search from the toolbar: Enter opens the results, filters narrow them,
and each kind of hit opens where it lives."""

from __future__ import annotations

from pathlib import Path

from evidence_vault.core.evidence import cases, statements
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.evidence.statements import Fields
from evidence_vault.core.session.vault import Vault
from evidence_vault.gui.app import AppWindow
from tests.support import PASSPHRASE


def _filled_window(qtbot, make_window, existing_vault: Path, tmp_path: Path) -> AppWindow:  # type: ignore[no-untyped-def]
    (tmp_path / "затрыманне_Пушкінская.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    with Vault.unlock(existing_vault, PASSPHRASE) as vault:
        Importer(vault, case="Minsk 2020").run([tmp_path / "затрыманне_Пушкінская.jpg"])
        statements.create(
            vault,
            Fields("Затрыманне на Акрэсціна", "Мяне затрымалі ўначы каля метро.", events_start="2020-08-10"),
            "Tsimur",
            cases=["Minsk 2020"],
        )
        cases.add(vault, "Hrodna", cases.CaseDetails(title="Гродна", description="затрыманні на плошчы"))
    window = make_window(existing_vault)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    qtbot.waitUntil(lambda: window.main_view.model.rowCount() == 1, timeout=5000)
    return window


def _titles(window: AppWindow) -> list[str]:
    results = window.search_window.results  # type: ignore[union-attr]
    return [results.item(i).text().split("\n")[0] for i in range(results.count())]


def test_enter_searches_everything_and_hits_open(
    qtbot, make_window, existing_vault: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _filled_window(qtbot, make_window, existing_vault, tmp_path)
    window.chrome.search.setText("затрыма")
    window.chrome.search.returnPressed.emit()
    search = window.search_window
    assert search is not None and search.isVisible()
    qtbot.waitUntil(lambda: search.results.count() == 3, timeout=5000)
    assert set(_titles(window)) == {"затрыманне_Пушкінская.jpg", "Затрыманне на Акрэсціна (Tsimur)", "Hrodna"}
    assert search.status.text() == "3 results"

    # Filters: statements only; then a case; then a date range that holds nothing.
    search.kind.setCurrentIndex(search.kind.findData("statement"))
    qtbot.waitUntil(lambda: _titles(window) == ["Затрыманне на Акрэсціна (Tsimur)"], timeout=5000)
    search.kind.setCurrentIndex(0)
    qtbot.waitUntil(lambda: search.case.findData("Minsk 2020") >= 0, timeout=5000)
    search.case.setCurrentIndex(search.case.findData("Minsk 2020"))
    qtbot.waitUntil(lambda: search.results.count() == 2, timeout=5000)
    search.case.setCurrentIndex(0)
    search.dates.until_on.setChecked(True)
    search.dates.until.setDate(search.dates.until.date().addYears(-40))
    qtbot.waitUntil(lambda: search.status.text() == "Nothing contains these words.", timeout=5000)
    search.dates.until_on.setChecked(False)
    qtbot.waitUntil(lambda: search.results.count() == 3, timeout=5000)

    # Each hit opens where it lives.
    rows = {title: row for row, title in enumerate(_titles(window))}
    search.results.itemActivated.emit(search.results.item(rows["Hrodna"]))
    assert window.main_view.sidebar.current_filter.case == "Hrodna"
    search.results.itemActivated.emit(search.results.item(rows["Затрыманне на Акрэсціна (Tsimur)"]))
    qtbot.waitUntil(lambda: window.statements_window is not None and window.statements_window.isVisible())
    statements_window = window.statements_window
    assert statements_window is not None
    qtbot.waitUntil(lambda: statements_window.list.row_count() == 1, timeout=5000)
    search.results.itemActivated.emit(search.results.item(rows["затрыманне_Пушкінская.jpg"]))
    qtbot.waitUntil(lambda: len(window.viewers) == 1, timeout=5000)

    # A query that is only punctuation is refused with the core's reason, not a crash.
    search.words.setText('"')
    search.run()
    qtbot.waitUntil(lambda: "could not run" in search.status.text() or "Nothing" in search.status.text())
    window.lock()
    assert window.search_window is None
