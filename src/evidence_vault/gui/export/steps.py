"""The export wizard's steps and profiles, shared by its pages."""

from __future__ import annotations

from PySide6.QtGui import QColor

ITEMS, PROFILE, RECIPIENTS, RISKS, CONSENT, DESTINATION, PROGRESS, RESULT, REVIEW = range(9)
ORIGINALS, SANITIZED, FOLDER, ANONYMISED = "originals", "sanitized", "folder", "anonymised"
RED = QColor("#b03a2e")
