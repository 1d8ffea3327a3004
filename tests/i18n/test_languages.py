"""The app really speaks each shipped language, and Cyrillic names survive the whole chain.

Each language is started as a user would (``EVIDENCE_VAULT_LANGUAGE``, read by make_app):
the first-run wizard, the unlock screen, and the main window after unlocking. The texts
expected are read from the shipped catalogue (resources/translations/*.ts), so nothing is
hard-coded here: a catalogue that is not loaded, or a text not yet translated, fails.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from tools import translations

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import search
from evidence_vault.gui import i18n as gui_i18n
from tests.support import PASSPHRASE

# (context, source): texts on the first-run wizard, the unlock screen and the main window.
WIZARD_TEXTS = [("FirstRunWizard", "A safe place for your files"), ("FirstRunWizard", "Start")]
UNLOCK_TEXTS = [("UnlockScreen", "Unlock"), ("UnlockScreen", "Open another archive…")]
MAIN_TEXTS = [
    ("WindowChrome", "Lock"),
    ("WindowChrome", "Add files…"),
    ("WindowChrome", "Settings…"),
    ("WindowChrome", "Duress passphrase…"),
    ("WindowChrome", "&Archive"),
]


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) → the finished translation in the shipped .ts ("" if unfinished)."""
    _language, messages = translations.read_ts(translations.ts_path(language))
    return {
        (m.context, m.source): (m.forms[0] if m.forms and m.kind == "" else "")
        for m in messages
        if not m.numerus
    }


def expected(language: str, context: str, source: str) -> str:
    if language == translations.SOURCE_LANGUAGE:
        return source
    translated = catalogue(language).get((context, source), "")
    assert translated, f"{language}: [{context}] {source!r} is not translated in the catalogue"
    return translated


@pytest.fixture
def speaking(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Whatever the test installs, English is back afterwards (tests/conftest.py runs in English)."""
    yield
    monkeypatch.setenv("EVIDENCE_VAULT_LANGUAGE", "en")
    gui_i18n.install("en")
    assert QCoreApplication.translate("WindowChrome", "Lock") == "Lock"


def _texts_on(widget: object) -> set[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    assert isinstance(widget, QWidget)
    shown = {label.text() for label in widget.findChildren(QLabel) if label.isVisible()}
    shown |= {button.text() for button in widget.findChildren(QAbstractButton) if button.isVisible()}
    return shown


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_app_speaks_the_language(  # type: ignore[no-untyped-def]
    qtbot,
    make_window,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    speaking,
    language: str,
) -> None:
    monkeypatch.setenv("EVIDENCE_VAULT_LANGUAGE", language)

    first_run = make_window(tmp_path / "new-archive")  # no archive there yet: the wizard
    assert gui_i18n.current_language() == language
    assert f"evidence_vault_{language}.qm" in gui_i18n.loaded_catalogues()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert first_run.wizard is not None
    qtbot.waitUntil(first_run.wizard.isVisible)
    for context, source in WIZARD_TEXTS:
        assert expected(language, context, source) in _texts_on(first_run.wizard), (context, source)
    first_run.close()

    Vault.create(vault_dir, PASSPHRASE)[0].lock()
    window = make_window(vault_dir)
    screen = window.unlock_screen
    qtbot.waitUntil(screen.isVisible)
    for context, source in UNLOCK_TEXTS:
        assert expected(language, context, source) in _texts_on(screen), (context, source)
    assert screen.unlock_button.text() == expected(language, "UnlockScreen", "Unlock")

    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    assert window.chrome.lock_action.text() == expected(language, "WindowChrome", "Lock")
    assert window.chrome.import_files_action.text() == expected(language, "WindowChrome", "Add files…")
    assert window.chrome.settings_action.text() == expected(language, "WindowChrome", "Settings…")
    assert window.chrome.duress_action.text() == expected(language, "WindowChrome", "Duress passphrase…")
    menus = [action.text() for action in window.menuBar().actions()]
    assert expected(language, "WindowChrome", "&Archive") in menus

    # Qt's own standard buttons follow: Qt's qtbase_ru/uk, our qtbase_be (Qt ships none).
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    if language == "en":
        assert cancel == "Cancel"
    else:
        assert cancel != "Cancel" and any("\u0400" <= ch <= "\u04ff" for ch in cancel), cancel
        assert any(name.startswith("qtbase_") for name in gui_i18n.loaded_catalogues())


def test_standard_buttons_in_belarusian(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch, speaking
) -> None:
    """Qt ships no qtbase_be.qm: ours (resources/translations/qtbase_be.ts) translates the buttons."""
    from evidence_vault.gui.launch import make_app

    monkeypatch.setenv("EVIDENCE_VAULT_LANGUAGE", "be")
    make_app()
    assert "qtbase_be.qm" in gui_i18n.loaded_catalogues()
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Скасаваць"
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Захаваць"
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Закрыць"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Назва файла:"
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Вылучыць усё"


def test_a_cyrillic_name_survives_import_search_extract_and_a_bundle(vault: Vault, tmp_path: Path) -> None:
    """One chain, end to end. Its parts are also checked on their own: Cyrillic search in
    tests/statements/test_search.py, a Cyrillic name in a bundle's manifest and in the
    investigator's vault in tests/bundles/test_bundle.py."""
    name = "Сведчанне_Акрэсціна.jpg"
    content = b"\xff\xd8\xff\xe0 a photograph " * 100
    source = tmp_path / "from-phone"
    source.mkdir()
    (source / name).write_bytes(content)
    Importer(vault).run([source / name])

    hits = search.search(vault.conn, search.Query("Акрэсціна"))
    assert [(hit.kind, hit.title) for hit in hits] == [("item", name)]
    item = items.resolve(vault.conn, str(hits[0].id))
    assert item.name == name

    out = tmp_path / "out" / item.name
    out.parent.mkdir()
    items.extract(vault, item, out)
    assert out.read_bytes() == content and out.name == name

    key = tmp_path / "investigator.key"
    recipients.add(vault, "Следчыя ААН", recipients.generate_identity_file(key))
    sealed = tmp_path / "Акрэсціна.evb"
    bundle.seal(vault, [item], ["Следчыя ААН"], sealed)
    report = bundle.read(sealed, recipients.load_identity_file(key))
    assert report.ok, report.problems
    assert [entry["original_name"] for entry in report.files] == [name]
    manifest = json.loads(report.manifest)
    assert name in json.dumps(manifest, ensure_ascii=False)
    assert name.encode() in report.manifest  # written as UTF-8, not \u-escaped
