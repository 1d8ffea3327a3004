"""The export wizard's steps and profiles, shared by its pages."""

from __future__ import annotations

from PySide6.QtGui import QColor

ITEMS, PROFILE, RECIPIENTS, RISKS, CONSENT, DESTINATION, PROGRESS, RESULT = range(8)
ORIGINALS, SANITIZED, FOLDER = "originals", "sanitized", "folder"
RED = QColor("#b03a2e")
