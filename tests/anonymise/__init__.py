"""Tests of evidence_vault.core.anonymise."""
