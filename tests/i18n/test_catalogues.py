"""The shipped catalogues are up to date with the sources and completely translated.

Fails while any shipped language (be, ru, uk; en for plural forms) has an unfinished,
obsolete or vanished entry, a missing plural form or a lost placeholder: run
``tools/translations.py update`` after changing texts, then translate (docs/translating.md).
"""

from __future__ import annotations

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
