"""The GUI fixtures for the language tests (importing tests/gui/conftest.py also puts Qt offscreen)."""

from __future__ import annotations

from tests.gui.conftest import make_window

__all__ = ["make_window"]
