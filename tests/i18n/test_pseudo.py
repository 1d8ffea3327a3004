"""Pseudo-localisation: every text ~40% longer, accented, wrapped in ⟦ ⟧, and the layout
mirrored right to left. The main screens must show every label and button whole.

The pseudo catalogue is made here from the message list of a shipped catalogue (be: it
holds every text; the en one holds only plurals), compiled with lrelease and loaded in
place of ours. Placeholders ({name}, %n, %1), HTML tags and entities and ``&`` accelerators
are kept as they are, so the app works as usual. A text that does not fit is "clipped":
a label without word wrap narrower than its minimumSizeHint, a button narrower than its
sizeHint, in a window shown at its default size.
"""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from tools import translations

from evidence_vault.core.session.vault import Vault
from evidence_vault.gui import i18n as gui_i18n
from evidence_vault.gui import launch as app_module
from tests.support import PASSPHRASE

ACCENTS = str.maketrans(
    "aceginorsuyzACEGINORSUYZ",
    "áçéğíñöŕšúýžÁÇÉĞÍÑÖŔŠÚÝŽ",
)
# Kept as they are: placeholders, HTML tags and entities, an accelerator and its letter.
KEEP = re.compile(rf"{translations.PLACEHOLDER.pattern}|<[^<>]*>|&[A-Za-z]+;|&#\d+;|&&|&\w")


def pseudo(text: str) -> str:
    """'Add {n} files…' → '⟦Ádd {n} fíléš… ·····⟧' (about 40% longer)."""
    if text == "QT_LAYOUT_DIRECTION":
        return "RTL"
    parts, kept, visible = [], 0, 0
    for match in KEEP.finditer(text):
        plain = text[kept : match.start()]
        parts += [plain.translate(ACCENTS), match.group()]
        visible += len(plain)
        kept = match.end()
    parts.append(text[kept:].translate(ACCENTS))
    visible += len(text) - kept
    padding = math.ceil(visible * 0.4)
    words = ["·" * min(5, padding - start) for start in range(0, padding, 5)]
    return "⟦" + "".join(parts) + (" " + " ".join(words) if words else "") + "⟧"


def write_pseudo_ts(path: Path) -> None:
    _language, messages = translations.read_ts(translations.ts_path("be"))
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")  # en: 2 plural forms
    contexts: dict[str, ET.Element] = {}
    for message in messages:
        if message.kind in ("obsolete", "vanished"):
            continue
        if message.context not in contexts:
            contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[message.context], "name").text = message.context
        numerus = "yes" if message.numerus else "no"
        entry = ET.SubElement(contexts[message.context], "message", numerus=numerus)
        ET.SubElement(entry, "source").text = message.source
        if message.comment:
            ET.SubElement(entry, "comment").text = message.comment
        translation = ET.SubElement(entry, "translation")
        if message.numerus:
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(message.source)
        else:
            translation.text = pseudo(message.source)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


@pytest.fixture
def pseudo_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    ts, qm = tmp_path / "pseudo.ts", tmp_path / "pseudo.qm"
    write_pseudo_ts(ts)
    subprocess.run([translations._tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    # make_app installs the language each time; here it installs the pseudo catalogue instead.
    monkeypatch.setattr(app_module, "install_translations", lambda: gui_i18n.install(extra_qm=qm))
    yield qm
    gui_i18n.install("en")  # English again for the other tests (tests/conftest.py)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_pseudo_text_keeps_placeholders_and_accelerators() -> None:
    text = pseudo("&Open {name} <b>now</b> &amp; %n item(s) %1")
    assert text.startswith("⟦&O") and text.endswith("⟧")
    for kept in ("{name}", "<b>", "</b>", "&amp;", "%n", "%1"):
        assert kept in text
    assert translations.placeholders(text) == translations.placeholders("&Open {name} %n %1 <b>")
    assert len(pseudo("Settings of the archive")) >= 1.4 * len("Settings of the archive")


def clipped(window: QWidget) -> list[str]:
    """Every visible label or button in ``window`` whose text does not fit."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if (
                widget.wordWrap()
                or not widget.text()
                or (widget.pixmap() is not None and not widget.pixmap().isNull())
            ):
                continue
            needed = widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton):
            if not widget.text():
                continue
            needed = widget.sizeHint().width()
        else:
            continue
        if widget.width() < needed:
            name = widget.objectName() or type(widget).__name__
            found.append(
                f"{type(window).__name__}: {name} {widget.text()[:60]!r} is {widget.width()} < {needed}"
            )
    return found


def shown(qtbot, window: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(window.isVisible)
    qtbot.wait(50)  # the layout settles (LayoutRequest events)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft, type(window).__name__
    return window


def test_the_main_screens_fit_a_longer_right_to_left_language(  # type: ignore[no-untyped-def]
    qtbot, make_window, vault_dir: Path, pseudo_locale: Path
) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].lock()
    window = make_window(vault_dir)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert gui_i18n.loaded_catalogues() == [pseudo_locale.name]
    assert window.chrome.lock_action.text() == pseudo("Lock")
    problems = clipped(shown(qtbot, window))  # the unlock screen

    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    problems += clipped(shown(qtbot, window))

    checking = QCoreApplication.translate("SettingsDialog", "Checking…")
    window.chrome.settings_action.trigger()
    settings = window.settings_dialog
    assert settings is not None
    qtbot.waitUntil(lambda: settings.fingerprint.text() != checking, timeout=10000)
    problems += clipped(shown(qtbot, settings))
    settings.close()

    window.chrome.duress_action.trigger()
    qtbot.waitUntil(lambda: len(window.dialogs) == 1, timeout=5000)
    problems += clipped(shown(qtbot, window.dialogs[0]))
    window.dialogs[0].reject()

    window.chrome.custody_action.trigger()
    custody = window.custody_window
    assert custody is not None
    qtbot.waitUntil(lambda: custody.model.rowCount() > 0 and not custody.model.loading, timeout=10000)
    problems += clipped(shown(qtbot, custody))
    custody.close()

    export = window.open_export()
    assert export is not None
    problems += clipped(shown(qtbot, export))
    export.reject()

    statements = window.open_statements()
    assert statements is not None
    problems += clipped(shown(qtbot, statements))
    statements.close()

    assert problems == [], "texts cut off:\n" + "\n".join(problems)
