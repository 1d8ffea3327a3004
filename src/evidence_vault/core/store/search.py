"""Full-text search (SQLite FTS5 inside the encrypted database) over items, statements and cases.

One FTS5 table, ``search_index``, holds one row per thing found, with the row id
``4 * id + kind`` (kind 1 item, 2 statement, 3 case), so an entry is replaced in
O(log n) by its row id. Columns: ``title`` (file name, statement title, case
name and title), ``body`` (statement text fields of the latest version, case
place and description) and ``extra`` (tags, case names, pseudonym).

How the index stays current: entries are written from Python, by the core
function that changes the indexed data, inside that change's transaction
(importer -> ``index_item``, statements -> ``index_statement``, cases ->
``index_case``). The facts the filters need (type, date, position, deleted) are
kept by SQL triggers in ``search_facts`` (schema migration 7). For the text, SQL
triggers were the alternative, but file names are stored as
exact bytes and are indexed as shown (``items.display_name``), which needs a
Python function registered on every connection that ever writes; a trigger on a
connection without it would fail the import. Keeping index writes next to the
writes they mirror also keeps witness identities out by construction: nothing
reads ``witness_identities`` here. ``rebuild`` recreates the whole index (at the
migration that introduced it, and on request).

The tokenizer is ``unicode61 remove_diacritics 2``: Cyrillic, Latin and other
scripts are split on Unicode word boundaries and case-folded, and diacritics are
ignored ("Lukašenka" finds "lukasenka"; "ł" is a letter of its own, not l with a
mark). There is no stemming: every word typed is matched as a word or the start
of one, so "затрыма" finds "затрыманне".
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from ..errors import UsageError
from ..visible import display_name, visible_text
from . import database
from .database import Connection

ITEM, STATEMENT, CASE = 1, 2, 3
KINDS = {ITEM: "item", STATEMENT: "statement", CASE: "case"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Statement fields whose text is searchable (the identity is never among them).
STATEMENT_TEXT_FIELDS = (
    "narrative",
    "events_when",
    "place_of_events",
    "place_of_detention",
    "perpetrators",
    "injuries",
    "medical_care",
    "witnesses_mentioned",
    "interviewer",
)


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """Text made safe to show (see items.visible_text)."""
    return visible_text(text, keep_newlines=keep_newlines)


def _put(conn: Connection, rowid: int, title: str, body: str, extra: str) -> None:
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    conn.execute(
        "INSERT INTO search_index (rowid, title, body, extra) VALUES (?, ?, ?, ?)",
        (rowid, title, body, extra),
    )


def _item_text(conn: Connection, item_id: int) -> tuple[str, str, str] | None:

    row = conn.execute("SELECT original_name FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        return None
    tags = [r[0] for r in conn.execute("SELECT tag FROM item_tags WHERE item_id = ?", (item_id,))]
    cases = [
        r[0]
        for r in conn.execute(
            "SELECT c.name FROM cases c JOIN item_cases ic ON ic.case_id = c.id WHERE ic.item_id = ?",
            (item_id,),
        )
    ]
    return display_name(bytes(row[0])), "", " ".join([*tags, *cases])


def index_item(conn: Connection, item_id: int) -> None:
    """(Re)index one item: its shown file name, tags and case names. Inside the caller's transaction."""
    text = _item_text(conn, item_id)
    if text is not None:
        _put(conn, 4 * item_id + ITEM, *text)


def index_statement(conn: Connection, statement_id: int) -> None:
    """(Re)index a statement's latest version, pseudonym, tags and case names."""
    row = conn.execute(
        "SELECT s.pseudonym, v.body FROM statements s JOIN statement_versions v ON v.statement_id = s.id "
        "WHERE s.id = ? ORDER BY v.version DESC LIMIT 1",
        (statement_id,),
    ).fetchone()
    if row is None:
        return
    body = json.loads(bytes(row[1]))
    fields = body["fields"]
    texts = [str(fields.get(name) or "") for name in STATEMENT_TEXT_FIELDS]
    texts.append(" ".join(fields.get("body_regions") or []))
    tags = [
        r[0] for r in conn.execute("SELECT tag FROM statement_tags WHERE statement_id = ?", (statement_id,))
    ]
    cases = [
        r[0]
        for r in conn.execute(
            "SELECT c.name FROM cases c JOIN statement_cases sc ON sc.case_id = c.id "
            "WHERE sc.statement_id = ?",
            (statement_id,),
        )
    ]
    _put(
        conn,
        4 * statement_id + STATEMENT,
        str(fields.get("title") or ""),
        "\n".join(t for t in texts if t),
        " ".join([str(row[0]), *tags, *cases]),
    )


def index_case(conn: Connection, case_id: int) -> None:
    row = conn.execute(
        "SELECT name, title, place, description FROM cases WHERE id = ?", (case_id,)
    ).fetchone()
    if row is not None:
        _put(conn, 4 * case_id + CASE, f"{row[0]}\n{row[1]}", f"{row[2]}\n{row[3]}", "")


def rebuild(conn: Connection) -> None:
    """Recreate every entry (inside the caller's transaction)."""
    conn.execute("DELETE FROM search_index")
    for (item_id,) in conn.execute("SELECT id FROM items").fetchall():
        index_item(conn, int(item_id))
    for (statement_id,) in conn.execute("SELECT id FROM statements").fetchall():
        index_statement(conn, int(statement_id))
    for (case_id,) in conn.execute("SELECT id FROM cases").fetchall():
        index_case(conn, int(case_id))


# -- queries -------------------------------------------------------------------------
@dataclass(frozen=True)
class Query:
    text: str
    kind: str | None = None  # "item", "statement", "case", or a content type prefix ("image", "video/mp4")
    case: str | None = None
    tag: str | None = None
    date_from: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    date_to: str | None = None
    has_position: bool = False
    limit: int = 50


@dataclass(frozen=True)
class Hit:
    kind: str  # "item", "statement" or "case"
    id: int
    title: str
    snippet: str
    date: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# A word typed is looked up as itself or the start of longer words. FTS5's own prefix
# query ("word"*) builds the whole list of matches with positions before answering, which
# took 300-500 ms for a common word in a 100,000-item vault. So a one-token word is expanded
# through the index's vocabulary (fts5vocab, a per-connection temporary table) into the
# actual words it starts, queried as ("w1" OR "w2" ...), which FTS5 answers lazily.
_MAX_EXPANSION = 64
_TOKEN = re.compile(r"[^\W_]+")


def _fold(token: str) -> str:
    """What the unicode61 tokenizer (remove_diacritics 2) stores for a token: case folded,
    and marks removed from Latin letters only ("š" is "s", but "ў" and "й" stay letters)."""
    out: list[str] = []
    latin = False
    for char in unicodedata.normalize("NFD", token.casefold()):
        if unicodedata.category(char) == "Mn":
            if not latin:
                out.append(char)
            continue
        latin = "LATIN" in unicodedata.name(char, "")
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def match_expression(text: str, conn: Connection | None = None) -> str:
    """The user's words as an FTS5 query: every word must occur, as a word or the start of one.

    Words are quoted, so FTS5 operators typed by a user (AND, NEAR, *, ") are just text.
    Without ``conn`` every word is an FTS5 prefix query.
    """
    words = [w for w in re.split(r"\s+", unicodedata.normalize("NFC", text).strip()) if w]
    parts = []
    for word in words:
        tokens = _TOKEN.findall(word)
        if conn is None or len(tokens) != 1:
            parts.append(_quoted(word) + "*")  # a phrase (IMG_0001): its last token as a prefix
            continue
        start = _fold(tokens[0])
        conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.ev_search_vocab USING fts5vocab(main, search_index, row)"
        )
        terms = [
            str(r[0])
            for r in conn.execute(
                "SELECT term FROM temp.ev_search_vocab WHERE term >= ? AND term < ? LIMIT ?",
                (start, start + "\U0010ffff", _MAX_EXPANSION + 1),
            )
        ]
        if not terms:
            parts.append(_quoted(start))  # matches nothing, as it should
        elif len(terms) > _MAX_EXPANSION:
            parts.append(_quoted(start) + "*")  # a very short start: let FTS5 do it
        else:
            parts.append("(" + " OR ".join(_quoted(t) for t in terms) + ")")
    return " AND ".join(parts)


def _check_date(value: str | None, what: str) -> str | None:

    if value is None:
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise UsageError(f"{what} must be a date like 2020-08-10 (or 2020-08, or 2020); got '{value}'")
    return value


# Ranking (bm25) reads every match's column sizes, which costs ~15 us a match on an
# encrypted vault: fine for a few thousand, not for "phone" in 30,000 file names. Above
# this many matches, results come newest first (row id order), which FTS5 can stop early.
RANKED_UP_TO = 1000
_LAST = "\U0010ffff"  # sorts after every character: "2020-08" + _LAST ends that month


@dataclass
class _Filters:
    """A query's filters, each answered from its own side as a set of search row ids.

    Matches are then read in order and kept when they are in that set, so a filter
    costs one indexed read of what passes it, never a lookup per match: a common word
    filtered down to a handful of hits is as fast as an unfiltered search.
    """

    kinds: set[int]
    allowed: set[int] | None  # None: no filter beyond kinds and deleted items
    deleted: set[int]

    def pick(self, rowids: Iterable[tuple[int]], limit: int) -> list[int]:
        """The first ``limit`` row ids that pass, in the order given (best or newest first)."""
        chosen: list[int] = []
        allowed, kinds, deleted = self.allowed, self.kinds, self.deleted
        for (rowid,) in rowids:
            if rowid in allowed if allowed is not None else rowid % 4 in kinds and rowid not in deleted:
                chosen.append(rowid)
                if len(chosen) >= limit:
                    break
        return chosen


def _rowids(conn: Connection, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> set[int]:
    return {int(r[0]) for r in conn.execute(sql, params)}


def _filters(conn: Connection, query: Query) -> _Filters:
    kinds = {ITEM, STATEMENT, CASE}
    facts: list[str] = []
    params: list[Any] = []
    if query.kind:
        kind = query.kind.strip().lower()
        named = {name: number for number, name in KINDS.items()}
        if kind in named:
            kinds = {named[kind]}
        else:
            prefix = kind if "/" in kind else kind + "/"
            kinds = {ITEM}
            # With a date range too, let the day index drive (a type like "image" can hold
            # most of the vault, a date range rarely does): unary + keeps the type index out.
            column = "+type" if query.date_from or query.date_to else "type"
            facts.append(f"{column} >= ? AND {column} < ?")
            params += [prefix, prefix + _LAST]
    date_from = _check_date(query.date_from, "--from")
    date_to = _check_date(query.date_to, "--to")
    if date_from is not None:
        facts.append("day >= ?")
        params.append(date_from)
    if date_to is not None:
        facts.append("day < ?")
        params.append(date_to + _LAST)
    if query.has_position:
        kinds &= {ITEM}
        facts.append("positioned")
    allowed: list[set[int]] = []
    if facts:
        allowed.append(_rowids(conn, f"SELECT rowid FROM search_facts WHERE {' AND '.join(facts)}", params))
    if query.case is not None:
        row = conn.execute("SELECT id FROM cases WHERE name = ?", (query.case,)).fetchone()
        case_id = -1 if row is None else int(row[0])
        allowed.append(
            _rowids(
                conn,
                "SELECT 4 * item_id + 1 FROM item_cases WHERE case_id = ?1 "
                "UNION ALL SELECT 4 * statement_id + 2 FROM statement_cases WHERE case_id = ?1 "
                "UNION ALL SELECT 4 * ?1 + 3",
                (case_id,),
            )
        )
    if query.tag is not None:
        allowed.append(
            _rowids(
                conn,
                "SELECT 4 * item_id + 1 FROM item_tags WHERE tag = ?1 "
                "UNION ALL SELECT 4 * statement_id + 2 FROM statement_tags WHERE tag = ?1",
                (query.tag,),
            )
        )
    deleted = _rowids(conn, "SELECT rowid FROM search_facts WHERE deleted")
    if not allowed:
        return _Filters(kinds, None, deleted)
    allowed.sort(key=len)
    passing = {rowid for rowid in allowed[0] if rowid % 4 in kinds}.intersection(*allowed[1:])
    return _Filters(kinds, passing - deleted, deleted)


def search(conn: Connection, query: Query) -> list[Hit]:
    """At most ``query.limit`` hits, deleted items left out: best first (FTS5 bm25) when the
    words match up to RANKED_UP_TO entries, newest first when they match more."""

    expression = match_expression(query.text, conn)
    if not expression:
        raise UsageError("give at least one word to search for")
    with database.damage_as_error("searching"):
        filters = _filters(conn, query)
        matches = conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)",
            (expression, RANKED_UP_TO + 1),
        ).fetchone()[0]
        order = "rank" if matches <= RANKED_UP_TO else "rowid DESC"
        cursor = conn.execute(
            f"SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY {order}", (expression,)
        )
        chosen = filters.pick(cursor, max(1, query.limit))
        cursor.close()
        if not chosen:
            return []
        # Snippets and dates for the chosen rows in one statement (one per row costs
        # ~0.3 ms each); unary + makes the id list a filter, not an FTS5 constraint.
        found = {
            int(rowid): (str(snippet), str(day or ""))
            for rowid, snippet, day in conn.execute(
                "SELECT f.rowid, snippet(search_index, -1, '[', ']', '…', 12), x.day "
                "FROM search_index f LEFT JOIN search_facts x ON x.rowid = f.rowid "
                "WHERE search_index MATCH ? AND f.rowid BETWEEN ? AND ? "
                "AND +f.rowid IN (SELECT value FROM json_each(?))",
                (expression, min(chosen), max(chosen), json.dumps(chosen)),
            )
        }
        hits = []
        for rowid in chosen:
            snippet, day = found[rowid]
            kind_number, ref = rowid % 4, rowid // 4
            hits.append(
                Hit(
                    KINDS[kind_number],
                    ref,
                    visible(_title(conn, kind_number, ref, display_name)),
                    visible(snippet.replace("\n", " ")),
                    day,
                )
            )
    return hits


def _title(conn: Connection, kind: int, ref: int, display_name: Any) -> str:
    if kind == ITEM:
        row = conn.execute("SELECT original_name FROM items WHERE id = ?", (ref,)).fetchone()
        return str(display_name(bytes(row[0]))) if row else ""
    if kind == STATEMENT:
        row = conn.execute(
            "SELECT s.pseudonym, json_extract(v.body, '$.fields.title') FROM statements s "
            "JOIN statement_versions v ON v.statement_id = s.id WHERE s.id = ? "
            "ORDER BY v.version DESC LIMIT 1",
            (ref,),
        ).fetchone()
        return f"{row[1]} ({row[0]})" if row else ""
    row = conn.execute("SELECT name FROM cases WHERE id = ?", (ref,)).fetchone()
    return str(row[0]) if row else ""
