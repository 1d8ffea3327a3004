"""Full-text search: Cyrillic (Belarusian, Russian) and Latin, filters, and an index kept current."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_vault.core.errors import UsageError
from evidence_vault.core.evidence import cases, items, statements
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.evidence.statements import Fields
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import search


def _hits(vault: Vault, text: str, **filters: object) -> list[tuple[str, int]]:
    return [(h.kind, h.id) for h in search.search(vault.conn, search.Query(text, **filters))]  # type: ignore[arg-type]


@pytest.fixture
def filled(vault: Vault, tmp_path: Path) -> Vault:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "затрыманне_Пушкінская.jpg").write_bytes(b"\xff\xd8\xff\xe0 one")
    (folder / "Okrestina night.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42 two")
    (folder / "протокол задержания.pdf").write_bytes(b"%PDF-1.4 three")
    # imported in this order, so the items are 1, 2 and 3
    Importer(vault, case="Minsk 2020", tags=["phone"]).run(
        [
            folder / "затрыманне_Пушкінская.jpg",
            folder / "Okrestina night.mp4",
            folder / "протокол задержания.pdf",
        ]
    )
    statements.create(
        vault,
        Fields(
            "Затрыманне на Акрэсціна",
            "Мяне затрымалі ўначы. Затрыманне было жорсткім, білі ў аўтазаку.",
            events_start="2020-08-10",
        ),
        "Tsimur",
        cases=["Minsk 2020"],
        tags=["akrestsina"],
    )
    statements.create(
        vault,
        Fields(
            "Задержание у метро",
            "Задержание произошло у станции метро Пушкинская. Избивали в автозаке.",
            events_start="2021-01-31",
            perpetrators="ОМОН, шлемы с номерами",
        ),
        "Alena",
    )
    statements.create(
        vault,
        Fields("Beating at Okrestina", "They beat detainees in the courtyard; Łukašenka was mentioned."),
        "Pavel",
    )
    cases.add(vault, "Hrodna", cases.CaseDetails(title="Гродна, жнівень", description="затрыманні на плошчы"))
    return vault


class TestSearch:
    def test_belarusian_russian_and_latin(self, filled: Vault) -> None:
        assert set(_hits(filled, "затрыманне")) == {("statement", 1), ("item", 1)}
        assert set(_hits(filled, "задержание")) == {("statement", 2)}
        assert set(_hits(filled, "задержани")) == {("statement", 2), ("item", 3)}  # word starts
        assert set(_hits(filled, "ОМОН")) == {("statement", 2)}
        assert set(_hits(filled, "okrestina")) == {("statement", 3), ("item", 2)}
        assert set(_hits(filled, "Łukasenka")) == {("statement", 3)}  # diacritics ignored (š)
        assert set(_hits(filled, "затрыма аўтазаку")) == {("statement", 1)}  # every word must occur
        assert set(_hits(filled, "жнівень")) == {("case", 2)}
        assert set(_hits(filled, "Tsimur")) == {("statement", 1)}
        assert _hits(filled, "nothing-like-this") == []

    def test_snippets_and_titles(self, filled: Vault) -> None:
        (hit,) = search.search(filled.conn, search.Query("задержание"))
        assert hit.title == "Задержание у метро (Alena)"
        assert "[Задержание]" in hit.snippet and hit.date == "2021-01-31"
        (item_hit,) = search.search(filled.conn, search.Query("Пушкінская"))
        assert item_hit.title == "затрыманне_Пушкінская.jpg" and item_hit.kind == "item"

    def test_filters(self, filled: Vault) -> None:
        assert set(_hits(filled, "затрыма", kind="statement")) == {("statement", 1)}
        assert set(_hits(filled, "затрыма", kind="item")) == {("item", 1)}
        assert set(_hits(filled, "затрыма", kind="image")) == {("item", 1)}
        assert _hits(filled, "затрыма", kind="video") == []
        assert set(_hits(filled, "задержани", kind="application/pdf")) == {("item", 3)}
        assert set(_hits(filled, "затрыма", case="Minsk 2020")) == {("statement", 1), ("item", 1)}
        assert set(_hits(filled, "затрыма", case="Hrodna")) == {("case", 2)}
        assert set(_hits(filled, "затрыма", tag="akrestsina")) == {("statement", 1)}
        assert set(_hits(filled, "затрыма", tag="phone")) == {("item", 1)}
        assert set(_hits(filled, "метро", date_from="2021")) == {("statement", 2)}
        assert _hits(filled, "метро", date_to="2020-12-31") == []
        assert set(_hits(filled, "затрыма", date_from="2020-08-10", date_to="2020-08-10")) == {
            ("statement", 1)
        }
        assert _hits(filled, "затрыма", has_position=True) == []
        filled.conn.execute(
            "INSERT INTO media_analysis (item_id, status, analysed_at, analyser, latitude, longitude, facts) "
            "VALUES (1, 'done', '2026-01-01', 1, 53.9, 27.56, '{}')"
        )
        assert _hits(filled, "затрыма", has_position=True) == [("item", 1)]
        with pytest.raises(UsageError, match="--from must be a date"):
            _hits(filled, "x", date_from="10.08.2020")

    def test_query_syntax_is_just_text(self, filled: Vault) -> None:
        for text in ('"', "AND", "NEAR(", "*", "a OR b", "col:x", "^"):
            search.search(filled.conn, search.Query(text))  # never an FTS5 syntax error
        with pytest.raises(UsageError, match="at least one word"):
            search.search(filled.conn, search.Query("   "))

    def test_index_follows_changes(self, filled: Vault) -> None:
        statements.amend(filled, 2, Fields("Задержание у метро", "Совсем другой текст."))
        assert _hits(filled, "станции") == []  # only the latest version is searchable
        assert _hits(filled, "Совсем") == [("statement", 2)]
        cases.add(filled, "Metro")
        cases.add_item(filled, "Metro", 2)
        assert ("item", 2) in _hits(filled, "metro")
        cases.update(filled, "Hrodna", description="new words here")
        assert _hits(filled, "плошчы") == [] and _hits(filled, "words") == [("case", 2)]
        items.delete(filled, items.resolve(filled.conn, "2"), "test")
        assert ("item", 2) not in _hits(filled, "okrestina")

    def test_many_matches_come_newest_first(self, filled: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
        ranked = _hits(filled, "затрыма")
        monkeypatch.setattr(search, "RANKED_UP_TO", 1)
        newest_first = _hits(filled, "затрыма")
        assert set(newest_first) == set(ranked)
        rowids = [4 * ref + {"item": 1, "statement": 2, "case": 3}[kind] for kind, ref in newest_first]
        assert rowids == sorted(rowids, reverse=True)
        assert _hits(filled, "затрыма", kind="statement", limit=1) == [("statement", 1)]


class TestSearchFacts:
    """The filters read search_facts, kept by triggers; a vault from before them is filled in."""

    def test_dates_follow_capture_time_amendments_and_case_dates(self, filled: Vault) -> None:
        assert _hits(filled, "затрыма", kind="image", date_to="2019") == []
        filled.conn.execute(
            "INSERT INTO media_analysis (item_id, status, analysed_at, analyser, capture_time, facts) "
            "VALUES (1, 'done', '2026-01-01', 1, '2019-05-01T10:00:00', '{}')"
        )
        assert _hits(filled, "затрыма", kind="image", date_to="2019") == [("item", 1)]
        filled.conn.execute("DELETE FROM media_analysis WHERE item_id = 1")
        assert _hits(filled, "затрыма", kind="image", date_to="2019") == []

        statements.amend(filled, 2, Fields("Задержание у метро", "Текст.", events_start="2019-03-02"))
        assert _hits(filled, "метро", date_to="2019-03") == [("statement", 2)]
        (hit,) = search.search(filled.conn, search.Query("метро"))
        assert hit.date == "2019-03-02"

        cases.update(filled, "Hrodna", starts_on="2020-08-09")
        assert _hits(filled, "жнівень", date_from="2020-08-09", date_to="2020-08-09") == [("case", 2)]

    def test_deleted_items_leave_filtered_results(self, filled: Vault) -> None:
        assert _hits(filled, "затрыма", tag="phone") == [("item", 1)]
        items.delete(filled, items.resolve(filled.conn, "1"), "test")
        assert _hits(filled, "затрыма", tag="phone") == []
        assert _hits(filled, "затрыма", case="Minsk 2020") == [("statement", 1)]

    def test_migration_fills_facts_for_an_older_vault(self, filled: Vault) -> None:
        from evidence_vault.core.store import schema

        conn = filled.conn
        before = conn.execute("SELECT * FROM search_facts ORDER BY rowid").fetchall()
        assert len(before) == 3 + 3 + 2  # items, statements, cases
        with filled.transaction() as tx:
            for name, kind in tx.execute(
                "SELECT name, type FROM sqlite_master WHERE (name = 'search_facts' AND type = 'table') "
                "OR (name LIKE 'search_facts_%' AND type = 'trigger')"
            ).fetchall():
                tx.execute(f"DROP {kind.upper()} {name}")
            search_facts = 6  # migration 7 (index 6) made the table; later ones do not touch it
            tx.execute(f"PRAGMA user_version = {search_facts}")
            schema.apply(tx, search_facts, search.rebuild)
            tx.execute(f"PRAGMA user_version = {schema.LATEST}")
        assert conn.execute("SELECT * FROM search_facts ORDER BY rowid").fetchall() == before
