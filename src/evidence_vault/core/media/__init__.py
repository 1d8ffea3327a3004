"""Metadata read-out, risk ranking, thumbnails and previews for evidence items (no Qt here).

``store.analyse_pending`` analyses stored items in child processes (``worker``) and records
the result in the vault; ``extract.analyse`` is the read-out itself.
"""
