"""Browsing items by name for the desktop app's search box.

``items.ItemFilter`` selects by case, tag and type; this adds a case-insensitive
match on the shown file name (Unicode-aware, so Cyrillic names match too). A later
issue replaces it with full-text search.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from . import database, items
from .database import Connection
from .items import ItemFilter, ItemSummary

_FUNC = "ev_name_contains"
_ITEM_COLUMNS = "id, sha256, size, content_type, original_name, imported_at, blob_id"


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _name_contains(raw: Any, needle: Any) -> int:
    if raw is None or needle is None:
        return 0
    return int(str(needle) in _fold(items.display_name(bytes(raw))))


def _prepare(conn: Connection, where: ItemFilter | None, text: str) -> tuple[str, list[Any]]:
    clause, params = (where or ItemFilter()).where()
    needle = _fold(text.strip())
    if needle:
        conn.create_function(_FUNC, 2, _name_contains, deterministic=True)
        clause = (clause + " AND " if clause else " WHERE ") + f"{_FUNC}(original_name, ?)"
        params = [*params, needle]
    return clause, params


def list_items(
    conn: Connection,
    *,
    limit: int = -1,
    offset: int = 0,
    where: ItemFilter | None = None,
    name: str = "",
) -> list[ItemSummary]:
    """Like ``items.list_items``, also keeping only names that contain ``name``."""
    clause, params = _prepare(conn, where, name)
    with database.damage_as_error("listing items"):
        rows = conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items{clause} ORDER BY id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    # Same row layout as items.list_items, so the same (module-private) converter applies.
    return [items._summary(row) for row in rows]


def count(conn: Connection, *, where: ItemFilter | None = None, name: str = "") -> tuple[int, int]:
    """Number of matching items and their total size in bytes."""
    clause, params = _prepare(conn, where, name)
    with database.damage_as_error("counting items"):
        row = conn.execute(f"SELECT count(*), coalesce(sum(size), 0) FROM items{clause}", params).fetchone()
    return int(row[0]), int(row[1])
