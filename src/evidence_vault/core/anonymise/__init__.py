"""Anonymising media before publication (issue 20): faces, voices."""
