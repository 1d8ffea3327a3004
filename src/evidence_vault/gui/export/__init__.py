"""The export wizard: one page class per step (choose_pages, recipients_page, risks_page,
consent_page, finish_pages), the add-recipient dialog, and the navigation and run (wizard)."""

from __future__ import annotations

from .wizard import ExportWizard

__all__ = ["ExportWizard"]
