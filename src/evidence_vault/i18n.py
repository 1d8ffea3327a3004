"""Which language to speak, and translation for the command line.

The catalogues are Qt Linguist files (resources/translations/*.ts, compiled by
``tools/translations.py build`` into ``translations/*.qm`` beside this module).
The desktop app installs them with QTranslator (gui/i18n.py); the command line
uses the same files through :func:`translate`, which imports PySide6.QtCore only
when there is something to translate, so ``evidence-vault --version`` and the
English output never load Qt.

Texts for the command line are marked as ``translate("cli", "…")`` (lupdate
extracts that form); plurals as ``translate("cli", "%n item(s)", None, n)``.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGE_ENV = "EVIDENCE_VAULT_LANGUAGE"  # overrides the settings and the system (tests, support)
# A folder of compiled catalogues looked in first: the test suite builds them there, so that it
# runs from a read-only checkout and always tests the current .ts files.
CATALOGUES_ENV = "EVIDENCE_VAULT_TRANSLATIONS"
PREFIX = "evidence_vault"
SOURCE_LANGUAGE = "en"


def qm_dirs() -> list[Path]:
    """Where compiled catalogues are looked for: $EVIDENCE_VAULT_TRANSLATIONS if set, then beside
    the package (editable install, wheel, frozen app)."""
    beside = Path(__file__).resolve().parent / "translations"
    chosen = os.environ.get(CATALOGUES_ENV)
    return [Path(chosen), beside] if chosen else [beside]


def qm_file(language: str) -> Path | None:
    for folder in qm_dirs():
        path = folder / f"{PREFIX}_{language}.qm"
        if path.is_file():
            return path
    return None


def normalise(code: str) -> str:
    """'be_BY.UTF-8' → 'be', 'pt-BR' → 'pt_BR', 'C' / 'POSIX' → 'en'."""
    code = code.split(".")[0].split("@")[0].replace("-", "_").strip()
    if code in ("", "C", "POSIX"):
        return SOURCE_LANGUAGE if code else ""
    return code


def candidates(code: str) -> list[str]:
    """'pt_BR' → ['pt_BR', 'pt']."""
    code = normalise(code)
    if not code:
        return []
    base = code.split("_")[0].lower()
    return [code, base] if base != code else [code]


def environment_languages() -> list[str]:
    """The languages the environment asks for, most wanted first (gettext's order)."""
    wanted: list[str] = []
    if os.environ.get("LANGUAGE"):
        wanted += [part for part in os.environ["LANGUAGE"].split(":") if part]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            wanted.append(os.environ[name])
            break
    return wanted


def setting_language() -> str:
    """The language chosen in the settings ("" follows the system)."""
    try:
        from .core.store import settings

        return settings.load().language
    except Exception:  # noqa: BLE001 - unreadable settings must never stop the program
        return ""


def choose(wanted: list[str], available: set[str] | None = None) -> str:
    """The first wanted language with a catalogue (English needs none); else English."""
    for code in wanted:
        for candidate in candidates(code):
            if candidate == SOURCE_LANGUAGE or candidate.startswith(SOURCE_LANGUAGE + "_"):
                return SOURCE_LANGUAGE
            if (candidate in available) if available is not None else qm_file(candidate) is not None:
                return candidate
    return SOURCE_LANGUAGE


@cache
def cli_language() -> str:
    """The command line's language: $EVIDENCE_VAULT_LANGUAGE, the settings, then the environment."""
    wanted = [os.environ.get(LANGUAGE_ENV, ""), setting_language(), *environment_languages()]
    return choose([code for code in wanted if code])


@cache
def _translator(language: str) -> Any:
    """A loaded QTranslator for ``language``, or None (no catalogue)."""
    path = qm_file(language)
    if path is None:
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if translator.load(str(path)) else None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for the catalogue in ``context``; translated later with translate()."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The command line's QCoreApplication.translate, without a QCoreApplication.

    ``%n`` is replaced by ``n`` as QCoreApplication.translate does.
    """
    language = cli_language()
    result = ""
    if n >= 0 or language != SOURCE_LANGUAGE:
        translator = _translator(language)
        if translator is not None:
            result = translator.translate(context, text, disambiguation, n) or ""
    result = result or text
    if n >= 0:
        result = result.replace("%Ln", f"{n:,}" if language == SOURCE_LANGUAGE else str(n))
        result = result.replace("%n", str(n))
    return result
