"""The court report's shape: sections of rows of plain text (court_report builds it, a
renderer outside core draws it, escaping every value)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

CONTEXT = "CourtReport"
Translate = Callable[[str, str], str]  # (context, English source) -> text to show
TEXT, HASH, ALERT, GOOD = "text", "hash", "alert", "good"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogues without loading Qt (core has none)."""
    return text


@dataclass(frozen=True)
class Row:
    """One line of the report: a label (empty for a paragraph) and its value, as plain text.
    ``style`` is TEXT, HASH (monospace, never reflowed), ALERT (a failure) or GOOD."""

    label: str
    value: str
    style: str = TEXT


@dataclass
class Section:
    heading: str
    rows: list[Row] = field(default_factory=list)
    level: int = 1  # 1 for a part of the report, 2 for a part of a file's entry


@dataclass(frozen=True)
class CourtReport:
    title: str
    ok: bool
    verdict: str
    fingerprint: str  # the bundle file's SHA-256, printed on every page
    footer: str  # a template with {page}, {pages} and {sha256}
    sections: list[Section]

    def text(self) -> str:
        """The whole report as plain text (for tests and for reading without a PDF viewer)."""
        lines = [self.title, self.verdict]
        for section in self.sections:
            lines += ["", section.heading]
            lines += [f"{row.label}: {row.value}" if row.label else row.value for row in section.rows]
        return "\n".join(lines) + "\n"
