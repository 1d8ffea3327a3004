"""The desktop app (Qt). Uses only the services in ``evidence_vault.core``."""
