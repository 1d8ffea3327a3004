"""Checking and proving: verifying the whole vault, anchor codes kept outside it, and the
start-up self-test of the cryptography and storage."""
