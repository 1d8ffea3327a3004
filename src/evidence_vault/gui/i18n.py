"""Loading the translations into the desktop app.

The language is the one chosen in Settings, else the system's (QLocale.system()).
Our catalogue (evidence_vault_<lang>.qm) and Qt's own (qtbase_<lang>.qm, so that
standard buttons and dialogs match; ours from resources/translations/ where Qt ships
none, as for Belarusian) are installed, and QLocale's default is set so
that dates, numbers and sizes are written the local way. A language written right
to left gets a mirrored layout: Qt reads the direction from the translation of
"QT_LAYOUT_DIRECTION" in the QGuiApplication context ("RTL" or "LTR").
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import i18n

# Translators: write "LTR", or "RTL" for a language written right to left (Arabic, Farsi, Hebrew).
LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")

_installed: list[QTranslator] = []
_current = ""


def wanted_languages(setting: str | None = None) -> list[str]:
    """$EVIDENCE_VAULT_LANGUAGE, then the setting, then the system's UI languages."""
    override = os.environ.get(i18n.LANGUAGE_ENV, "")
    chosen = i18n.setting_language() if setting is None else setting
    system = [code.replace("-", "_") for code in QLocale.system().uiLanguages()]
    return [code for code in (override, chosen, *system) if code]


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_catalogue(code: str) -> Path | None:
    """Qt's own qtbase_<lang>.qm, else ours beside our catalogues (Qt ships none for Belarusian)."""
    if code == i18n.SOURCE_LANGUAGE:
        return None
    base = code.split("_")[0]
    for folder in (qt_translations_dir(), *i18n.qm_dirs()):
        for name in (f"qtbase_{code}.qm", f"qtbase_{base}.qm"):
            if (folder / name).is_file():
                return folder / name
    return None


def install(language: str | None = None, extra_qm: Path | None = None) -> str:
    """Install the translators for ``language`` (None: settings, else system); returns its code.

    Replaces whatever was installed before, so it can be called again (tests, pseudo-locale).
    ``extra_qm`` is a catalogue loaded instead of ours (pseudo-localisation checks).
    """
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    code = language if language is not None else i18n.choose(wanted_languages())
    if extra_qm is not None:
        files = [extra_qm]
    else:
        files = [path for path in [i18n.qm_file(code), qt_catalogue(code)] if path is not None]
    if app is not None:
        for path in files:
            translator = QTranslator(app)
            if translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(code) if extra_qm is None else QLocale(QLocale.Language.English))
    _current = code
    return code


def current_language() -> str:
    return _current


def loaded_catalogues() -> list[str]:
    """File names of the installed translators (for tests and the About box)."""
    return [Path(translator.filePath()).name for translator in _installed]
