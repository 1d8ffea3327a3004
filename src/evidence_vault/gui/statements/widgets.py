"""Small builders for the statement screens' fields, and the word-by-word difference of two texts."""

from __future__ import annotations

import difflib
import html
import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from ...core.evidence.items import visible_text
from ..common import heading_font

# Partial dates while typing: 2020, 2020-08, 2020-08-10, 2020-08-10T22:30 (core checks the result).
DATE_TYPING = r"^\d{0,4}(-(\d{1,2}(-(\d{1,2}([T ](\d{1,2}(:(\d{1,2}(:\d{0,2})?)?)?)?)?)?)?)?)?$"
DAY_TYPING = r"^\d{0,4}(-(\d{1,2}(-\d{0,2})?)?)?$"
_WORDS = re.compile(r"\s+|\S+\s*")


def date_edit(pattern: str, placeholder: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)
    edit.setMaximumWidth(190)
    return edit


def line_edit(accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def text_edit(accessible: str, lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def section_heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(heading_font(1))
    label.setContentsMargins(0, 12, 0, 2)
    return label


def _esc(text: str) -> str:
    """Stored text made safe for a rich-text view: escaped, invisible controls shown."""
    return html.escape(visible_text(text, keep_newlines=True)).replace("\n", "<br>")


def word_diff_html(old: str, new: str) -> str:
    """The change from ``old`` to ``new`` word by word: removed words struck out in red,
    added ones underlined in green, the rest as is. Texts with little in common are
    shown as one removal and one addition rather than a confetti of fragments."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    opcodes = matcher.get_opcodes()
    if a and b and matcher.ratio() < 0.3:
        opcodes = [("replace", 0, len(a), 0, len(b))]
    out: list[str] = []
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            out.append(_esc("".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            removed = "".join(a[i1:i2])
            out.append(
                '<span style="background:#f9d6d2; color:#922b21; text-decoration:line-through">'
                f"{_esc(removed.rstrip())}</span>"
            )
            out.append(" " if op == "replace" or removed != removed.rstrip() else "")
        if op in ("insert", "replace"):
            added = "".join(b[j1:j2])
            out.append(
                '<span style="background:#d4efdf; color:#1d6b3a; text-decoration:underline">'
                f"{_esc(added.rstrip())}</span>"
            )
            out.append(_esc(added[len(added.rstrip()) :]))
    return "".join(out)
