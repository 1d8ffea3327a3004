"""The encrypted database and what lives on disk beside it: SQLCipher connections, the schema
and its migrations, blobs in chunks, the full-text search index (a table derived from the
others, rebuilt by a migration), the process lock, where vaults live, settings."""
