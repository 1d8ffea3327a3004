"""The Qt binding itself must keep Python's reference counts: PySide6 6.12.0 dropped a
reference to None at every call of a method returning nothing, so on Python 3.11 (where
None is not immortal) a long session aborted with "deallocating None". pyproject.toml
excludes that release; this test fails on any binding that does it again."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLineEdit


def test_calls_returning_nothing_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    box, line = QCheckBox(), QLineEdit()
    qtbot.addWidget(box)
    qtbot.addWidget(line)
    before = sys.getrefcount(None)
    for n in range(1000):
        box.setChecked(n % 2 == 0)
        line.setText(str(n))
    # Other code may create or drop a few references meanwhile; 2,000 lost ones cannot hide.
    assert sys.getrefcount(None) > before - 100
