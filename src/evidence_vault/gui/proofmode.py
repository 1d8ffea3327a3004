"""The details panel's ProofMode section: the item's attachments and its latest proof check,
in the sentences of core/proofmode/words.py (translated here, context ProofModeSection)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.proofmode import store, words
from ..core.store.database import Connection
from .common import heading_font
from .session import Session

Loaded = tuple[int, list[store.Attachment], dict[str, Any] | None]


class ProofModeSection(QWidget):
    """Hidden unless the item came with ProofMode files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("ProofMode proof"))
        self.heading.setFont(heading_font())
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.body.setAccessibleName(self.tr("ProofMode proof"))
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        self.item_id: int | None = None
        self.clear()

    def clear(self) -> None:
        self.item_id = None
        self.body.clear()
        self.hide()

    def show_for(self, session: Session, item_id: int) -> None:
        self.clear()
        self.item_id = item_id

        def load(conn: Connection) -> Loaded:
            return item_id, store.attachments(conn, item_id), store.latest_check(conn, item_id)

        session.query(load, self._loaded)

    def templates(self) -> dict[str, str]:
        """core.proofmode.words.TEMPLATES, translated (the same English, listed for lupdate)."""
        return {
            "none": self.tr("no ProofMode proof came with it"),
            "sig-valid": self.tr("{what}: signature valid, by the export's key {key}"),
            "sig-bad": self.tr("{what}: BAD signature: these bytes are not what key {key} signed"),
            "sig-other-file": self.tr("{what}: signature does not match: it signs another file ({other})"),
            "sig-unknown-key": self.tr(
                "{what}: signed by key {key}, which is not in the export: NOT verified"
            ),
            "sig-no-key": self.tr(
                "{what}: the export has no public key (pubkey.asc): signature NOT verified"
            ),
            "sig-unreadable": self.tr("{what}: not a readable OpenPGP signature ({reason})"),
            "sig-not-checked": self.tr("{what}: signature NOT checked: {reason}"),
            "sig-missing": self.tr("{what}: no signature"),
            "proof-matches": self.tr("{what}: the proof's hash matches this file"),
            "proof-other-hash": self.tr(
                "{what}: the proof is for another file (SHA-256 {recorded}), NOT this one"
            ),
            "proof-unreadable": self.tr("{what}: the proof cannot be read ({reason})"),
            "ots-pending": self.tr(
                "timestamp: pending at {count} calendar(s), for this file's hash (not yet in Bitcoin)"
            ),
            "ots-attested": self.tr(
                "timestamp: in Bitcoin block {height} for this file's hash (Merkle root {root}; "
                "check it against the block chain with `ots verify`)"
            ),
            "ots-other-hash": self.tr("timestamp: it is for another hash ({digest}), NOT this file"),
            "ots-unreadable": self.tr("timestamp: the proof cannot be read ({reason})"),
            "problem": "{problem}",
        }

    def _loaded(self, loaded: Loaded) -> None:
        item_id, attachments, check = loaded
        if item_id != self.item_id or not attachments:
            return
        what = {
            "media": self.tr("the file"),
            "proof-csv": self.tr("the proof (CSV)"),
            "proof-json": self.tr("the proof (JSON)"),
        }
        templates = self.templates()
        rows = []
        for line in words.lines(check):
            text = _escape(words.english(line, templates[line.code], what))
            rows.append(f"<p>{'✔' if line.ok else '<b>✘</b>'} {text}</p>")
        files = "<br>".join(
            f"{_escape(a.kind)}: {_escape(a.name)} <span style='font-family:monospace'>{a.sha256}</span>"
            for a in attachments
        )
        self.body.setText("".join(rows) + "<p>" + self.tr("Attachments:") + "<br>" + files + "</p>")
        self.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
