"""The Qt Linguist workflow for the app and the command line (docs/translating.md).

    python tools/translations.py update   # sources → resources/translations/evidence_vault_<lang>.ts
    python tools/translations.py build    # .ts → src/evidence_vault/translations/evidence_vault_<lang>.qm
                                          #   (and our qtbase_<lang>.qm where Qt ships none: be)
    python tools/translations.py check    # unfinished, obsolete, missing plural forms, lost placeholders

English is the source language. ``evidence_vault_en.ts`` holds only the messages
with ``%n`` (plurals), so that English gets "1 item" and "3 items" from
"%n item(s)". The compiled ``.qm`` files are build output (ignored by git);
``build`` runs in dev.sh after the install and in the packaging scripts.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "evidence_vault"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = PACKAGE / "translations"  # the app and the CLI load from here (evidence_vault.i18n)
PREFIX = "evidence_vault"
# Qt ships no qtbase_<lang>.qm for some languages (Belarusian): our own qtbase_<lang>.ts then holds
# Qt's most visible texts (standard buttons, file dialog); lupdate never touches it (gui/i18n.py).
QT_PREFIX = "qtbase"
LANGUAGES = ("be", "ru", "uk", "en")  # shipped; "en" only carries the English plural forms
SOURCE_LANGUAGE = "en"
# How many plural forms each language has (Qt's rules, as written by lupdate/Linguist).
PLURAL_FORMS = {"en": 2, "be": 3, "ru": 3, "uk": 3, "ar": 6, "fa": 2, "pseudo": 2}

# Placeholders that a translation must keep: {name} for str.format, %n for plurals, %1.. for arg().
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?n|%L?[1-9]")


def sources(root: Path = ROOT) -> list[Path]:
    """Every Python file with user-visible text: the desktop app and the command line."""
    package = root / "src" / "evidence_vault"
    files = sorted((package / "gui").rglob("*.py"))
    files += sorted((package / "cli").rglob("*.py"))
    sentences = package / "core" / "custody" / "readable.py"  # core's texts, marked for the layers
    files += [sentences] if sentences.is_file() else []
    files += [package / "i18n.py"] if (package / "i18n.py").is_file() else []
    # Core sentences shared by the CLI and the GUI, marked with QT_TRANSLATE_NOOP (Provenance context).
    words = package / "core" / "provenance" / "words.py"
    files += [words] if words.is_file() else []
    # The court report's texts (CourtReport context), marked the same way.
    for name in ("court_report.py", "court_custody.py", "court_provenance.py"):
        court = package / "core" / "bundle" / name
        files += [court] if court.is_file() else []
    return files


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from this Python's environment, else from PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.is_file():
        return str(beside)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return found
    try:
        import PySide6

        bundled = Path(PySide6.__file__).parent / name
        if bundled.is_file():
            return str(bundled)
    except ImportError:
        pass
    raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) first")


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{PREFIX}_{language}.ts"


def update(
    languages: Sequence[str] = LANGUAGES, folder: Path = TS_DIR, root: Path = ROOT, quiet: bool = False
) -> None:
    """Run lupdate: new strings appear unfinished, removed ones are dropped (-no-obsolete).

    A text that moved to another class (a screen split into pages) would come back unfinished
    under its new context; ``carry`` gives it the translation it had, then lupdate runs again to
    write the file in its own layout."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages:
        path = ts_path(language, folder)
        before = translated(path) if path.is_file() else {}
        _lupdate(language, path, root, quiet)
        if carry(path, before):
            _lupdate(language, path, root, quiet=True)


def _lupdate(language: str, path: Path, root: Path, quiet: bool) -> None:
    command = [
        _tool("lupdate"),
        *(str(source) for source in sources(root)),
        "-no-obsolete",
        "-locations",
        "none",  # no line numbers: the .ts files change only when the texts do
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
    ]
    if language == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    command += ["-ts", str(path)]
    if quiet:
        command.insert(1, "-silent")
    subprocess.run(command, check=True)


TextKey = tuple[str, str, bool]  # (source, comment, numerus): a message without its context


def translated(path: Path) -> dict[TextKey, set[tuple[str, ...]]]:
    """Every finished translation in ``path``, by its text alone, whatever its context."""
    found: dict[TextKey, set[tuple[str, ...]]] = {}
    for message in read_ts(path)[1]:
        if message.kind == "" and all(form.strip() for form in message.forms):
            found.setdefault((message.source, message.comment, message.numerus), set()).add(message.forms)
    return found


def carry(path: Path, before: dict[TextKey, set[tuple[str, ...]]]) -> int:
    """Fill each unfinished message of ``path`` whose very text (source, comment, plural or not)
    had one translation before, in whatever context; a text translated two ways stays unfinished,
    for a translator to choose. Returns how many were filled."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        key = (
            message.findtext("source") or "",
            message.findtext("comment") or "",
            message.get("numerus") == "yes",
        )
        choices = before.get(key, set())
        if len(choices) != 1:
            continue
        (forms,) = choices
        slots = list(translation.iter("numerusform")) if key[2] else [translation]
        if len(slots) != len(forms):
            continue  # a plural file written with another number of forms: leave it to a person
        for slot, form in zip(slots, forms, strict=True):
            slot.text = form
        del translation.attrib["type"]
        filled += 1
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


def catalogues(language: str, source: Path = TS_DIR, target: Path = QM_DIR) -> list[tuple[Path, Path]]:
    """The (.ts, .qm) pairs for ``language``: ours, and our qtbase_<lang> where Qt ships none."""
    pairs = [(ts_path(language, source), target / f"{PREFIX}_{language}.qm")]
    if (source / f"{QT_PREFIX}_{language}.ts").is_file():
        pairs.append((source / f"{QT_PREFIX}_{language}.ts", target / f"{QT_PREFIX}_{language}.qm"))
    return [(ts, qm) for ts, qm in pairs if ts.is_file()]


def build(languages: Iterable[str] = LANGUAGES, source: Path = TS_DIR, target: Path = QM_DIR) -> list[Path]:
    """Compile each .ts into a .qm where the app and the CLI look for it."""
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for language in languages:
        for ts, qm in catalogues(language, source, target):
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            built.append(qm)
    return built


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" finished, else "unfinished", "obsolete", "vanished"
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The target language and messages of a .ts file."""
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                kind, forms = "unfinished", ()
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple((form.text or "") for form in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    kind,
                    forms,
                )
            )
    return language, messages


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def problems_in(path: Path, plural_only: bool = False) -> list[str]:
    """Everything unfinished or wrong in one .ts file, one line each."""
    language, messages = read_ts(path)
    base = language.split("_")[0]
    expected_forms = PLURAL_FORMS.get(base)
    found = []
    for message in messages:
        where = f"{path.name}: [{message.context}] {message.source!r}"
        if plural_only and not message.numerus:
            found.append(f"{where}: not a plural message (the {base} file carries plurals only)")
            continue
        if message.kind in ("obsolete", "vanished"):
            found.append(f"{where}: {message.kind} (run: tools/translations.py update)")
            continue
        if message.kind == "unfinished":
            found.append(f"{where}: unfinished")
            continue
        if message.numerus and expected_forms is not None and len(message.forms) != expected_forms:
            found.append(f"{where}: {len(message.forms)} plural forms, {language} needs {expected_forms}")
        for index, form in enumerate(message.forms):
            label = f" (plural form {index + 1})" if message.numerus else ""
            if not form.strip():
                found.append(f"{where}: empty translation{label}")
                continue
            wanted, got = placeholders(message.source), placeholders(form)
            if wanted != got:
                found.append(f"{where}: placeholders {wanted} in the source but {got} in {form!r}{label}")
    return found


def check(languages: Sequence[str] = LANGUAGES, folder: Path = TS_DIR) -> list[str]:
    found = []
    for language in languages:
        path = ts_path(language, folder)
        if not path.is_file():
            found.append(f"{path.name}: missing (run: tools/translations.py update)")
            continue
        found += problems_in(path, plural_only=language == SOURCE_LANGUAGE)
        if (folder / f"{QT_PREFIX}_{language}.ts").is_file():
            found += problems_in(folder / f"{QT_PREFIX}_{language}.ts")
    return found


def message_keys(path: Path) -> set[tuple[str, str, str]]:
    return {message.key for message in read_ts(path)[1] if message.kind not in ("obsolete", "vanished")}


UNFINISHED = '<translation type="unfinished"></translation>'


def _xml(text: str) -> str:
    """Text escaped the way lupdate writes it."""
    for plain, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("'", "&apos;"), ('"', "&quot;")):
        text = text.replace(plain, escaped)
    return text


def fill(given: dict[str, dict[str, dict[str, str]]], folder: Path = TS_DIR) -> list[str]:
    """Put translations ({language: {context: {source: text}}}) into the unfinished messages
    of the .ts files, leaving the rest of each file byte for byte; returns what was not found."""
    missing = []
    for language, contexts in given.items():
        path = ts_path(language, folder)
        ts = path.read_text("utf-8")
        for context, texts in contexts.items():
            start = ts.find(f"<name>{_xml(context)}</name>")
            end = ts.find("</context>", start)
            if start < 0:
                missing += [f"{language}: [{context}] (no such context)"]
                continue
            block = ts[start:end]
            for source, text in texts.items():
                empty = f"<source>{_xml(source)}</source>\n        {UNFINISHED}"
                if empty not in block:
                    missing.append(f"{language}: [{context}] {source!r} (not an unfinished message)")
                    continue
                block = block.replace(
                    empty, f"<source>{_xml(source)}</source>\n        <translation>{_xml(text)}</translation>"
                )
            ts = ts[:start] + block + ts[end:]
        path.write_text(ts, "utf-8")
    return missing


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("update", "extract the texts from the sources into the .ts files"),
        ("build", "compile the .ts files into .qm files for the app and the CLI"),
        ("check", "list unfinished, obsolete or broken translations (exit 1 if any)"),
    ):
        command = sub.add_parser(name, help=text)
        command.add_argument("languages", nargs="*", help=f"default: {' '.join(LANGUAGES)}")
    filling = sub.add_parser("fill", help="put the translations of a JSON file into the unfinished messages")
    filling.add_argument("json", help='{"be": {"Context": {"source": "translation"}}, ...}')
    args = parser.parse_args(argv)
    if args.command == "fill":
        lost = fill(json.loads(Path(args.json).read_text("utf-8")))
        for line in lost:
            print(line, file=sys.stderr)
        return 1 if lost else 0
    languages = tuple(args.languages) or LANGUAGES
    if args.command == "update":
        update(languages)
    elif args.command == "build":
        for qm in build(languages):
            print(qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm)
    else:
        found = check(languages)
        for line in found:
            print(line)
        if found:
            print(f"{len(found)} problem(s)", file=sys.stderr)
            return 1
        print("all translations complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
