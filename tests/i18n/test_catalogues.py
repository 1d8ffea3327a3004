"""The shipped catalogues are up to date with the sources and completely translated.

Fails while any shipped language (be, ru, uk; en for plural forms) has an unfinished,
obsolete or vanished entry, a missing plural form or a lost placeholder: run
``tools/translations.py update`` after changing texts, then translate (docs/translating.md).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tools import translations


def test_catalogues_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    for language in translations.LANGUAGES:
        (tmp_path / translations.ts_path(language).name).write_bytes(
            translations.ts_path(language).read_bytes()
        )
    translations.update(folder=tmp_path, quiet=True)
    for language in translations.LANGUAGES:
        shipped = translations.message_keys(translations.ts_path(language))
        fresh = translations.message_keys(translations.ts_path(language, tmp_path))
        assert fresh - shipped == set(), f"{language}: new texts not in the catalogue (run update)"
        assert shipped - fresh == set(), f"{language}: texts no longer in the sources (run update)"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_shipped_language_is_complete(language: str) -> None:
    problems = translations.check([language])
    assert problems == [], f"{len(problems)} problem(s):\n" + "\n".join(problems[:60])


def test_the_checker_finds_unfinished_plural_and_placeholder_problems(tmp_path: Path) -> None:
    ts = tmp_path / "evidence_vault_ru.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context><name>X</name>
<message><source>Open {name}</source><translation>Открыть {имя}</translation></message>
<message><source>Later</source><translation type="unfinished"></translation></message>
<message><source>Gone</source><translation type="vanished">Нет</translation></message>
<message numerus="yes"><source>%n file(s)</source><translation>
<numerusform>%n файл</numerusform><numerusform>%n файла</numerusform></translation></message>
<message><source>Fine</source><translation>Хорошо</translation></message>
</context></TS>
""",
        encoding="utf-8",
    )
    found = "\n".join(translations.problems_in(ts))
    assert "placeholders ['{name}']" in found
    assert "'Later': unfinished" in found
    assert "'Gone': vanished" in found
    assert "2 plural forms, ru needs 3" in found
    assert "Fine" not in found


def _screen(root: Path, text: str) -> None:
    gui = root / "src" / "evidence_vault" / "gui"
    gui.mkdir(parents=True, exist_ok=True)
    (gui / "screen.py").write_text(text, encoding="utf-8")


def test_a_text_moved_to_another_class_keeps_its_translation(tmp_path: Path) -> None:
    """Splitting a screen into pages moves its texts to new contexts; update carries a text's
    one translation there, and leaves a text translated two ways for a person to choose."""
    folder = tmp_path / "ts"
    _screen(
        tmp_path,
        "class Wizard(QWidget):\n"
        "    def a(self):\n"
        "        self.tr('Choose files')\n"
        "        self.tr('Open')\n"
        "        self.tr('%n file(s)', '', 2)\n"
        "class Other(QWidget):\n"
        "    def a(self):\n"
        "        self.tr('Open')\n",
    )
    translations.update(["ru"], folder=folder, root=tmp_path, quiet=True)
    ts = translations.ts_path("ru", folder)
    answers = {
        ("Wizard", "Choose files"): ["Выберите файлы"],
        ("Wizard", "Open"): ["Открыть"],
        ("Other", "Open"): ["Открыть файл"],
        ("Wizard", "%n file(s)"): ["%n файл", "%n файла", "%n файлов"],
    }
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = answers[context.findtext("name") or "", message.findtext("source") or ""]
            slots = list(translation.iter("numerusform")) or [translation]
            for slot, form in zip(slots, forms, strict=True):
                slot.text = form
            del translation.attrib["type"]
    tree.write(ts, encoding="utf-8")
    assert translations.problems_in(ts) == []

    _screen(
        tmp_path,
        "class ChoosePage(QWidget):\n"
        "    def a(self):\n"
        "        self.tr('Choose files')\n"
        "        self.tr('%n file(s)', '', 2)\n"
        "        self.tr('Open')\n",
    )
    translations.update(["ru"], folder=folder, root=tmp_path, quiet=True)
    messages = {(m.context, m.source): m for m in translations.read_ts(ts)[1]}
    assert set(messages) == {
        ("ChoosePage", "Choose files"),
        ("ChoosePage", "%n file(s)"),
        ("ChoosePage", "Open"),
    }
    assert messages["ChoosePage", "Choose files"].forms == ("Выберите файлы",)
    assert messages["ChoosePage", "Choose files"].kind == ""
    assert messages["ChoosePage", "%n file(s)"].forms == ("%n файл", "%n файла", "%n файлов")
    assert (
        messages["ChoosePage", "Open"].kind == "unfinished"
    )  # "Открыть" or "Открыть файл": a person decides
    assert ts.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')


def test_fill_puts_translations_into_unfinished_messages_only(tmp_path: Path) -> None:
    ts = tmp_path / "evidence_vault_be.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="be">\n'
        "<context>\n    <name>Pane</name>\n"
        "    <message>\n        <source>Don&apos;t</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n'
        "    <message>\n        <source>Done</source>\n        <translation>Гатова</translation>\n"
        "    </message>\n</context>\n</TS>\n",
        "utf-8",
    )
    given = {"be": {"Pane": {"Don't": "Не <трэба>", "Done": "Зроблена"}, "Other": {"x": "y"}}}
    lost = translations.fill(given, tmp_path)
    assert lost == ["be: [Pane] 'Done' (not an unfinished message)", "be: [Other] (no such context)"]
    _language, messages = translations.read_ts(ts)
    assert {m.source: m.forms[0] for m in messages} == {"Don't": "Не <трэба>", "Done": "Гатова"}
    assert translations.problems_in(ts) == []
