"""Evidence Vault: an offline, encrypted evidence store with a verifiable chain of custody."""

__version__ = "0.1.0"
