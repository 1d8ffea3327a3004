"""The chain of custody itself: the signed, hash-chained log with its RFC 9162 tree heads and
proofs (``log``), and RFC 3161 timestamps of tree heads (``timestamp``). Verifying a whole
vault and anchor codes, which need an open vault, live in ``audit``."""
