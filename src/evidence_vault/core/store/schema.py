"""Database schema, versioned with ordered migrations from the first release on.

``PRAGMA user_version`` holds the number of migrations applied. A migration is
appended to ``MIGRATIONS`` and never edited once released.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlcipher3

from ..crypto import merkle
from . import schema_v13
from .database import Connection

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
-- Which slots of vault.keys this vault uses, so a new passphrase never lands on a used one.
CREATE TABLE key_slots (
    slot       INTEGER PRIMARY KEY CHECK (slot BETWEEN 0 AND 7),
    kind       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
-- Byte storage. A blob is 'complete' once its hash is known and an item refers to it;
-- incomplete blobs are leftovers of an interrupted import and are collected at unlock.
CREATE TABLE blobs (
    id       INTEGER PRIMARY KEY,
    sha256   BLOB UNIQUE,
    size     INTEGER,
    complete INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE chunks (
    blob_id INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    data    BLOB NOT NULL,
    PRIMARY KEY (blob_id, seq)
);
CREATE TABLE items (
    id            INTEGER PRIMARY KEY,
    blob_id       INTEGER NOT NULL UNIQUE REFERENCES blobs(id),
    sha256        BLOB NOT NULL UNIQUE,
    size          INTEGER NOT NULL,
    content_type  TEXT NOT NULL,
    original_name BLOB NOT NULL,
    imported_at   TEXT NOT NULL
);
CREATE TABLE cases (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE item_cases (
    item_id INTEGER NOT NULL REFERENCES items(id),
    case_id INTEGER NOT NULL REFERENCES cases(id),
    PRIMARY KEY (item_id, case_id)
) WITHOUT ROWID;
CREATE TABLE item_tags (
    item_id INTEGER NOT NULL REFERENCES items(id),
    tag     TEXT NOT NULL,
    PRIMARY KEY (item_id, tag)
) WITHOUT ROWID;
-- Append-only custody log: body is the canonical JSON that hash and sig cover.
-- action repeats body's action for lookups; verification checks they agree.
CREATE TABLE custody (
    seq    INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    body   BLOB NOT NULL,
    hash   BLOB NOT NULL,
    sig    BLOB NOT NULL
);
CREATE INDEX custody_by_action ON custody (action, seq);
-- Lookup of events by item; not part of what is signed.
CREATE TABLE custody_items (
    item_id INTEGER NOT NULL,
    seq     INTEGER NOT NULL,
    PRIMARY KEY (item_id, seq)
) WITHOUT ROWID;
"""


def _script(sql: str) -> Callable[[Connection], None]:
    def apply(conn: Connection) -> None:
        # execute() takes one statement and executescript() would COMMIT the
        # caller's transaction, so feed statements one at a time.
        buffer = ""
        for line in sql.splitlines(keepends=True):
            buffer += line
            if sqlcipher3.complete_statement(buffer):
                conn.execute(buffer)
                buffer = ""
        if buffer.strip():
            raise ValueError("migration ends with an incomplete statement")

    return apply


# Custody log, investigator grade: stored perfect-subtree hashes of the RFC 9162
# tree (in the order they complete, so verification can stream them), signed tree
# heads, and deletion of an item's bytes that keeps its record and events.
_V2_CUSTODY_TREE = """
CREATE TABLE merkle_nodes (
    level INTEGER NOT NULL CHECK (level >= 1),
    idx   INTEGER NOT NULL,
    hash  BLOB NOT NULL,
    UNIQUE (level, idx)
);
CREATE TABLE tree_heads (
    size            INTEGER PRIMARY KEY,
    body            BLOB NOT NULL,
    sig             BLOB NOT NULL,
    timestamp_token BLOB
);
ALTER TABLE items ADD COLUMN deleted_at TEXT;
ALTER TABLE items ADD COLUMN delete_reason TEXT;
"""


def _v2_custody_tree(conn: Connection) -> None:
    _script(_V2_CUSTODY_TREE)(conn)
    # Vaults from before the tree existed: build its stored nodes from the events.
    accumulator = merkle.RootAccumulator()
    for (digest,) in conn.execute("SELECT hash FROM custody ORDER BY seq").fetchall():
        conn.executemany(
            "INSERT INTO merkle_nodes (level, idx, hash) VALUES (?, ?, ?)",
            accumulator.push(merkle.leaf_hash(bytes(digest))),
        )


# Media analysis (core/media): one status row per analysed item, the metadata fields
# it carries ranked by risk, and its preview (thumbnail, video frame, page, waveform).
_V3_MEDIA = """
CREATE TABLE media_analysis (
    item_id      INTEGER PRIMARY KEY REFERENCES items(id),
    status       TEXT NOT NULL,
    reason       TEXT,
    analysed_at  TEXT NOT NULL,
    analyser     INTEGER NOT NULL,
    capture_time TEXT,
    latitude     REAL,
    longitude    REAL,
    facts        TEXT NOT NULL
);
CREATE TABLE media_fields (
    item_id  INTEGER NOT NULL REFERENCES items(id),
    seq      INTEGER NOT NULL,
    field    TEXT NOT NULL,
    value    TEXT NOT NULL,
    location TEXT NOT NULL,
    risk     TEXT NOT NULL,
    rule     TEXT NOT NULL,
    PRIMARY KEY (item_id, seq)
) WITHOUT ROWID;
CREATE TABLE media_previews (
    item_id INTEGER PRIMARY KEY REFERENCES items(id),
    mime    TEXT NOT NULL,
    sha256  BLOB NOT NULL,
    data    BLOB NOT NULL
);
"""

# Witness statements (core/evidence/statements.py), case details (core/evidence/cases.py) and the
# full-text index (core/store/search.py). Witness identities live in their own table and
# are never indexed; statement versions are immutable rows whose body is canonical
# JSON and whose sha256 is recorded in the custody log.
_V4_STATEMENTS = """
CREATE TABLE statements (
    id         INTEGER PRIMARY KEY,
    pseudonym  TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE statement_versions (
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    version      INTEGER NOT NULL CHECK (version >= 1),
    body         BLOB NOT NULL,
    sha256       BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (statement_id, version)
) WITHOUT ROWID;
CREATE TABLE witness_identities (
    statement_id INTEGER PRIMARY KEY REFERENCES statements(id),
    real_name    TEXT NOT NULL,
    contact      TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE TABLE consents (
    id               INTEGER PRIMARY KEY,
    statement_id     INTEGER NOT NULL REFERENCES statements(id),
    audience         TEXT NOT NULL CHECK (audience IN
                         ('none', 'investigators', 'named-investigators', 'public-anonymised')),
    named_recipients TEXT NOT NULL,
    may_be_named     INTEGER NOT NULL,
    given_on         TEXT NOT NULL,
    how_given        TEXT NOT NULL,
    recorded_at      TEXT NOT NULL,
    withdrawn_at     TEXT
);
CREATE INDEX consents_by_statement ON consents (statement_id, id);
CREATE TABLE statement_items (
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    item_id      INTEGER NOT NULL REFERENCES items(id),
    PRIMARY KEY (statement_id, item_id)
) WITHOUT ROWID;
CREATE TABLE statement_cases (
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    PRIMARY KEY (statement_id, case_id)
) WITHOUT ROWID;
CREATE INDEX statement_cases_by_case ON statement_cases (case_id);
CREATE TABLE statement_tags (
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    tag          TEXT NOT NULL,
    PRIMARY KEY (statement_id, tag)
) WITHOUT ROWID;
CREATE INDEX item_cases_by_case ON item_cases (case_id);
CREATE INDEX item_tags_by_tag ON item_tags (tag);
ALTER TABLE cases ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN starts_on TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN ends_on TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN place TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN description TEXT NOT NULL DEFAULT '';
-- rowid = 4 * id + kind (1 item, 2 statement, 3 case), so one entry is replaced by rowid.
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, extra, tokenize = "unicode61 remove_diacritics 2", prefix = '2 3'
);
"""


def _v4_statements(conn: Connection) -> None:
    _script(_V4_STATEMENTS)(conn)


# Sealed bundles: recipients (age public keys), bundles sealed (for consistency proofs
# to the same recipients), and bundles received from others (with their proofs).
_V5_BUNDLES = """
CREATE TABLE recipients (
    name       TEXT PRIMARY KEY,
    public_key TEXT NOT NULL UNIQUE,
    added_at   TEXT NOT NULL
);
CREATE TABLE bundles_sealed (
    bundle_id  TEXT PRIMARY KEY,
    recipients TEXT NOT NULL,
    tree_size  INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE bundles_received (
    bundle_id   TEXT PRIMARY KEY,
    manifest    BLOB NOT NULL,
    signature   TEXT NOT NULL,
    custody     BLOB NOT NULL,
    received_at TEXT NOT NULL
);
"""

MIGRATIONS: list[Callable[[Connection], None]] = [
    _script(_V1),
    _v2_custody_tree,
    _script(_V3_MEDIA),
    _v4_statements,
    _script(_V5_BUNDLES),
]

# Sanitized copies of items (core/sanitize): bytes in blobs like originals, what was removed.
_V6_DERIVATIVES = """
CREATE TABLE derivatives (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER NOT NULL REFERENCES items(id),
    blob_id      INTEGER NOT NULL REFERENCES blobs(id),
    sha256       BLOB NOT NULL,
    size         INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    removed      TEXT NOT NULL,
    reencoded    INTEGER NOT NULL,
    tool         TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    options      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (item_id, sha256)
);
"""
MIGRATIONS.append(_script(_V6_DERIVATIVES))

# What search filters need about each search entry (rowid = 4 * id + kind, as in
# search_index), in narrow rows kept by triggers, so no writer can forget them. A
# filtered search reads these instead of the wide items rows: for an item the date
# is its capture time when known, else its import time; for a statement the start
# of the events when given, else when it was recorded; for a case its start.
_V7_SEARCH_FACTS = """
CREATE TABLE search_facts (
    rowid      INTEGER PRIMARY KEY,
    type       TEXT NOT NULL,
    day        TEXT NOT NULL,
    positioned INTEGER NOT NULL,
    deleted    INTEGER NOT NULL
);
CREATE INDEX search_facts_by_day ON search_facts (day);
CREATE INDEX search_facts_by_type ON search_facts (type);
CREATE INDEX search_facts_positioned ON search_facts (rowid) WHERE positioned;
CREATE INDEX search_facts_deleted ON search_facts (rowid) WHERE deleted;
CREATE TRIGGER search_facts_item AFTER INSERT ON items BEGIN
    INSERT OR REPLACE INTO search_facts VALUES
        (4 * new.id + 1, new.content_type, new.imported_at, 0, new.deleted_at IS NOT NULL);
END;
CREATE TRIGGER search_facts_item_deleted AFTER UPDATE OF deleted_at ON items BEGIN
    UPDATE search_facts SET deleted = new.deleted_at IS NOT NULL WHERE rowid = 4 * new.id + 1;
END;
CREATE TRIGGER search_facts_media AFTER INSERT ON media_analysis BEGIN
    UPDATE search_facts SET
        day = coalesce(new.capture_time, (SELECT imported_at FROM items WHERE id = new.item_id)),
        positioned = new.latitude IS NOT NULL AND new.longitude IS NOT NULL
    WHERE rowid = 4 * new.item_id + 1;
END;
CREATE TRIGGER search_facts_media_changed AFTER UPDATE ON media_analysis BEGIN
    UPDATE search_facts SET
        day = coalesce(new.capture_time, (SELECT imported_at FROM items WHERE id = new.item_id)),
        positioned = new.latitude IS NOT NULL AND new.longitude IS NOT NULL
    WHERE rowid = 4 * new.item_id + 1;
END;
CREATE TRIGGER search_facts_media_gone AFTER DELETE ON media_analysis BEGIN
    UPDATE search_facts SET
        day = (SELECT imported_at FROM items WHERE id = old.item_id), positioned = 0
    WHERE rowid = 4 * old.item_id + 1;
END;
CREATE TRIGGER search_facts_statement AFTER INSERT ON statement_versions BEGIN
    INSERT OR REPLACE INTO search_facts VALUES (
        4 * new.statement_id + 2, '',
        coalesce(nullif(json_extract(new.body, '$.fields.events_start'), ''),
                 (SELECT created_at FROM statements WHERE id = new.statement_id)),
        0, 0);
END;
CREATE TRIGGER search_facts_case AFTER INSERT ON cases BEGIN
    INSERT OR REPLACE INTO search_facts VALUES (4 * new.id + 3, '', new.created_at, 0, 0);
END;
CREATE TRIGGER search_facts_case_changed AFTER UPDATE OF starts_on ON cases BEGIN
    UPDATE search_facts SET day = coalesce(nullif(new.starts_on, ''), new.created_at)
    WHERE rowid = 4 * new.id + 3;
END;
INSERT INTO search_facts
    SELECT 4 * i.id + 1, i.content_type, coalesce(m.capture_time, i.imported_at),
           coalesce(m.latitude IS NOT NULL AND m.longitude IS NOT NULL, 0), i.deleted_at IS NOT NULL
    FROM items i LEFT JOIN media_analysis m ON m.item_id = i.id;
INSERT INTO search_facts
    SELECT 4 * s.id + 2, '',
           coalesce(nullif((SELECT json_extract(v.body, '$.fields.events_start') FROM statement_versions v
                            WHERE v.statement_id = s.id ORDER BY v.version DESC LIMIT 1), ''), s.created_at),
           0, 0
    FROM statements s;
INSERT INTO search_facts
    SELECT 4 * id + 3, '', coalesce(nullif(starts_on, ''), created_at), 0, 0 FROM cases;
"""
MIGRATIONS.append(_script(_V7_SEARCH_FACTS))

# A witness may agree to publication only with their face hidden and/or their voice
# disguised (a JSON list of PUBLISH_CONDITIONS in core/evidence/consent.py).
_V8_PUBLISH_ONLY = """
ALTER TABLE consents ADD COLUMN publish_only TEXT NOT NULL DEFAULT '[]';
"""
MIGRATIONS.append(_script(_V8_PUBLISH_ONLY))

# Files that came with an item and are not evidence items themselves (core/proofmode): a
# ProofMode proof's CSV and JSON, OpenPGP signatures, OpenTimestamps proofs, the device's
# public key. Bytes in blobs like items (one blob per distinct content, shared); each check of
# them is a row of proof_checks whose result (canonical JSON) is recorded in the custody log.
_V9_ATTACHMENTS = """
CREATE TABLE attachments (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES items(id),
    blob_id  INTEGER NOT NULL REFERENCES blobs(id),
    sha256   BLOB NOT NULL,
    size     INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    name     BLOB NOT NULL,
    added_at TEXT NOT NULL,
    UNIQUE (item_id, name, sha256)
);
CREATE TABLE proof_checks (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES items(id),
    checker    TEXT NOT NULL,
    result     BLOB NOT NULL,
    sha256     BLOB NOT NULL,
    checked_at TEXT NOT NULL
);
CREATE INDEX proof_checks_by_item ON proof_checks (item_id, id);
"""
MIGRATIONS.append(_script(_V9_ATTACHMENTS))

# C2PA Content Credentials (core/provenance): each item's read-out and verdict, and the trust
# anchors (PEM certificates) the user installed, the only source of "trusted". Named for C2PA,
# since other kinds of provenance (ProofMode, OpenPGP) may come with tables of their own.
_V10_PROVENANCE_C2PA = """
CREATE TABLE provenance_c2pa (
    item_id        INTEGER PRIMARY KEY REFERENCES items(id),
    verdict        TEXT NOT NULL,
    read_at        TEXT NOT NULL,
    anchors_sha256 TEXT NOT NULL,
    record         TEXT NOT NULL
);
CREATE TABLE provenance_c2pa_anchors (
    id        INTEGER PRIMARY KEY,
    sha256    TEXT NOT NULL UNIQUE,
    subject   TEXT NOT NULL,
    not_after TEXT NOT NULL,
    pem       TEXT NOT NULL,
    added_at  TEXT NOT NULL
);
"""
MIGRATIONS.append(_script(_V10_PROVENANCE_C2PA))

# Attachments' blobs carry no hash of their own (the attachment's row has it): a hash there
# clashed with an item of the same bytes imported later (blobs.sha256 is unique).
_V11_ATTACHMENT_BLOBS = """
UPDATE blobs SET sha256 = NULL
WHERE id IN (SELECT blob_id FROM attachments) AND id NOT IN (SELECT blob_id FROM items);
"""
MIGRATIONS.append(_script(_V11_ATTACHMENT_BLOBS))

# Perceptual hashes for near-duplicates (core/media/perceptual.py, similar.py): a picture's one
# hash, a video's sampled frames' hashes; and each item's hashing run, also when it gave none.
_V12_MEDIA_HASHES = """
CREATE TABLE media_hashes (
    item_id INTEGER NOT NULL REFERENCES items(id),
    kind    TEXT NOT NULL,
    frame   INTEGER NOT NULL,
    at_ms   INTEGER,
    hash    BLOB NOT NULL,
    PRIMARY KEY (item_id, kind, frame)
) WITHOUT ROWID;
CREATE TABLE media_hash_runs (
    item_id   INTEGER PRIMARY KEY REFERENCES items(id),
    kind      TEXT NOT NULL,
    media     TEXT,
    status    TEXT NOT NULL,
    reason    TEXT,
    hashed_at TEXT NOT NULL
);
"""
MIGRATIONS.append(_script(_V12_MEDIA_HASHES))
# V13: each received bundle's file SHA-256 and size, for batch intake (schema_v13).
MIGRATIONS.append(_script(schema_v13.V13_BUNDLE_FILE_DIGEST))
LATEST = len(MIGRATIONS)


def version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection) -> range:
    return range(version(conn), LATEST)


# Migrations after which the full-text index must be rebuilt from the tables. The store
# only says when; the caller says how (search.rebuild), so the store imports no search.
_REBUILDS_SEARCH = {MIGRATIONS.index(_v4_statements)}


def apply(conn: Connection, index: int, rebuild_search: Callable[[Connection], None]) -> None:
    """Apply migration ``index`` inside the caller's transaction."""
    MIGRATIONS[index](conn)
    if index in _REBUILDS_SEARCH:
        rebuild_search(conn)
    conn.execute(f"PRAGMA user_version = {index + 1}")
