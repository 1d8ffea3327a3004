"""The details panel's Content Credentials (C2PA) section: the verdict first, in the same words
as ``show`` (core/provenance/words.py), broken ones prominently, the details below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..core.provenance import model, words
from ..core.provenance.store import Stored

# Background and text of the verdict box: broken in red, trusted in green, untrusted in amber.
_BOX = "border-radius:4px; padding:8px;"
_STYLES = {
    "broken": f"background:#fce8e6; color:#8c1d18; border:2px solid #b3261e; font-weight:bold; {_BOX}",
    "trusted": f"background:#e6f4ea; color:#0d652d; border:1px solid #1e8e3e; {_BOX}",
    "untrusted": f"background:#fef7e0; color:#6b4500; border:1px solid #c58a00; {_BOX}",
    "plain": "color:#3c4043; padding:2px 0;",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(words.CONTEXT, text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _breakable(text: str, every: int = 16) -> str:
    """Long unbroken runs (URNs, URIs, serials) get zero-width break points, so that they wrap
    in the panel instead of widening it past its edge."""
    words = []
    for word in text.split(" "):
        if len(word) > every:
            word = "\u200b".join(word[i : i + every] for i in range(0, len(word), every))
        words.append(word)
    return " ".join(words)


class ProvenanceSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setAccessibleName(self.tr("Content Credentials verdict"))
        self.verdict.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("What the Content Credentials claim"))
        self.toggle = QPushButton(self.tr("Show the details"))
        self.toggle.setCheckable(True)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.toggle.toggled.connect(self._toggled)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Content Credentials details"))
        self.offline = QLabel(
            self.tr(
                "Checked offline: nothing is fetched. A signer is trusted only when its certificate "
                "chain ends at a trust anchor installed in this vault (evidence-vault provenance trust add)."
            )
        )
        self.offline.setWordWrap(True)
        self.offline.setStyleSheet("color:#5f6368;")
        for widget in (self.verdict, self.notes, self.toggle, self.details, self.offline):
            if isinstance(widget, QLabel):
                # The panel's width decides; a long value in the text never widens the panel.
                widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                widget.setMinimumWidth(0)
            layout.addWidget(widget)
        self.kind = "plain"
        self.show_record(None)

    def show_record(self, stored: Stored | None) -> None:
        if stored is None:
            self.kind = "plain"
            self.verdict.setText(
                self.tr("Not read yet: the vault is reading this file's Content Credentials.")
            )
            self.verdict.setStyleSheet(_STYLES["plain"])
            for widget in (self.notes, self.toggle, self.details):
                widget.hide()
            return
        summary = words.summarise(stored.provenance, _tr)
        verdict = stored.provenance.verdict
        self.kind = (
            "broken" if summary.broken
            else "trusted" if verdict == model.TRUSTED
            else "untrusted" if verdict == model.UNTRUSTED
            else "plain"
        )  # fmt: skip
        self.verdict.setText(_breakable(summary.headline, 24))
        self.verdict.setStyleSheet(_STYLES[self.kind])
        notes = list(summary.notes)
        if not stored.anchors_current:
            notes.insert(
                0, self.tr("The trust anchors changed since this was read; it is read again shortly.")
            )
        self.notes.setText("\n".join(_breakable(note, 24) for note in notes))
        self.notes.setVisible(bool(notes))
        rows = "".join(
            f"<tr><td style='padding-right:10px; color:#5f6368; white-space:nowrap'>{_escape(label)}</td>"
            f"<td>{_escape(_breakable(value))}</td></tr>"
            for label, value in summary.details
        )
        self.details.setText(f"<table cellspacing='2'>{rows}</table>")
        has_manifest = bool(stored.provenance.manifests) or verdict in (model.UNREADABLE, model.REMOTE)
        self.toggle.setVisible(has_manifest)
        # A broken manifest shows what broke at once; the others open on demand.
        self.toggle.setChecked(summary.broken)
        self.details.setVisible(has_manifest and self.toggle.isChecked())

    def _toggled(self, on: bool) -> None:
        self.details.setVisible(on)
        self.toggle.setText(self.tr("Hide the details") if on else self.tr("Show the details"))
