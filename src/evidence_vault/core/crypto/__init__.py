"""Keys, hashes and their formats: Argon2id, the key file and its slots (with the
anti-forensic splitter), recovery codes, canonical JSON, minisign signatures, the RFC 9162
Merkle tree, the passphrase strength estimate. No database here."""
