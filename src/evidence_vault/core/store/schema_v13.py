"""Migration V13: the SHA-256 and size of each received bundle's file (``bundles_received``).

A batch intake recognises a bundle it already took in by its file's SHA-256 without
decrypting it again, and tells a second file under a known bundle id (different bytes: not
the bundle that was taken in) from the same file sent twice. Rows imported before this
version have neither (NULL): their files were never hashed here.
"""

from __future__ import annotations

V13_BUNDLE_FILE_DIGEST = """
ALTER TABLE bundles_received ADD COLUMN file_sha256 TEXT;
ALTER TABLE bundles_received ADD COLUMN file_size INTEGER;
CREATE INDEX bundles_received_by_file ON bundles_received (file_sha256);
"""
