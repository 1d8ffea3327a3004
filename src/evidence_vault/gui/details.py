"""The details panel: what is known about the selected item, and its custody history."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.evidence.items import ItemDetails, ItemSummary, details
from ..core.media import results as media_results
from ..core.media.model import MetadataField, Risk
from ..core.media.results import MediaInfo
from ..core.provenance import store as provenance_store
from ..core.provenance import trust
from ..core.sanitize.derivatives import Derivative, derivatives
from ..core.store.database import Connection
from . import metadata_text
from .common import heading_font, human_size, mono_font, pixmap, short_time, type_icon_name
from .custody_event import sentence
from .proofmode import ProofModeSection
from .provenance_view import ProvenanceSection
from .session import Session


def _value_label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setFont(heading_font(1))
    label.setContentsMargins(0, 14, 0, 4)
    return label


_Loaded = tuple[ItemDetails, MediaInfo | None, list[Derivative], provenance_store.Stored | None]


class DetailsPanel(QScrollArea):
    loaded = Signal(object)  # ItemDetails

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.current: ItemSummary | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(300)
        self.setAccessibleName(self.tr("Item details"))
        body = QWidget()
        body.setObjectName("detailsBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(4)

        self.placeholder = QLabel(self.tr("Select an item to see its details."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        outer.addWidget(self.placeholder)

        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        outer.addWidget(self.content)
        outer.addStretch(1)

        header = QHBoxLayout()
        self.type_icon = QLabel()
        self.type_icon.setFixedSize(40, 40)
        self.name = QLabel()
        self.name.setFont(heading_font(3))
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setAccessibleName(self.tr("Name"))
        header.addWidget(self.type_icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.name, 1)
        layout.addLayout(header)

        # The verdict on the file's Content Credentials comes first (the same words as `show`).
        layout.addWidget(_section(self.tr("Content Credentials (C2PA)")))
        self.provenance = ProvenanceSection()
        layout.addWidget(self.provenance)

        layout.addWidget(_section(self.tr("File")))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self.type = _value_label()
        self.size_value = _value_label()
        self.imported = _value_label()
        self.sha256 = _value_label()
        self.sha256.setFont(mono_font())
        self.sha256.setAccessibleName(self.tr("SHA-256"))
        self.copy_hash = QPushButton(self.tr("Copy SHA-256"))
        self.copy_hash.setAccessibleName(self.tr("Copy SHA-256 to the clipboard"))
        self.copy_hash.clicked.connect(self._copy_hash)
        self.copy_hash.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Size"), self.size_value)
        form.addRow(self.tr("Imported"), self.imported)
        layout.addLayout(form)
        # The hash gets the panel's whole width under its label: beside a translated
        # label column its two 32-character lines would not fit the panel.
        layout.addWidget(QLabel(self.tr("SHA-256")))
        layout.addWidget(self.sha256)
        layout.addWidget(self.copy_hash)

        layout.addWidget(_section(self.tr("Filed under")))
        filed = QFormLayout()
        filed.setHorizontalSpacing(12)
        self.cases = _value_label()
        self.tags = _value_label()
        filed.addRow(self.tr("Cases"), self.cases)
        filed.addRow(self.tr("Tags"), self.tags)
        layout.addLayout(filed)

        # Provenance and what happened to it come before what the file says of itself.
        self.proofmode = ProofModeSection()  # its own section (gui/proofmode.py)
        layout.addWidget(self.proofmode)

        layout.addWidget(_section(self.tr("Custody history")))
        self.history = _value_label()
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAccessibleName(self.tr("Custody history"))
        layout.addWidget(self.history)

        layout.addWidget(_section(self.tr("Capture time and place")))
        self.capture = _value_label()
        self.capture.setAccessibleName(self.tr("Capture time and place"))
        layout.addWidget(self.capture)

        # Where the preview came from while the background check has not compared the
        # file's embedded thumbnail with the picture yet (core/media/store.py, stage 2).
        self.preview_note = _value_label()
        self.preview_note.setAccessibleName(self.tr("About the preview"))
        self.preview_note.hide()
        layout.addWidget(self.preview_note)

        layout.addWidget(_section(self.tr("Metadata by risk")))
        self.metadata = _value_label()
        self.metadata.setTextFormat(Qt.TextFormat.RichText)
        self.metadata.setAccessibleName(self.tr("Metadata by risk"))
        self.metadata.setTextInteractionFlags(
            self.metadata.textInteractionFlags()
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.metadata.linkActivated.connect(self._show_stored)
        self.stored: list[str] = []  # values shown converted, as the file holds them
        layout.addWidget(self.metadata)
        self.stored_value = _value_label()
        self.stored_value.setObjectName("storedValue")
        self.stored_value.setAccessibleName(self.tr("The value as stored in the file"))
        self.stored_value.hide()
        layout.addWidget(self.stored_value)

        self.copies_heading = _section(self.tr("Copies made for publishing"))
        layout.addWidget(self.copies_heading)
        self.copies = _value_label()
        self.copies.setTextFormat(Qt.TextFormat.RichText)
        self.copies.setAccessibleName(self.tr("Copies made for publishing"))
        layout.addWidget(self.copies)

        self.clear()

    def attach(self, session: Session | None) -> None:
        self.session = session
        self.clear()

    def clear(self) -> None:
        self.current = None
        for label in (
            self.name,
            self.type,
            self.size_value,
            self.imported,
            self.sha256,
            self.cases,
            self.tags,
        ):
            label.clear()
        self.history.clear()
        self.copies.clear()
        self.copies_heading.hide()
        self.copies.hide()
        self.proofmode.clear()
        self.capture.clear()
        self.preview_note.clear()
        self.preview_note.hide()
        self.metadata.clear()
        self.stored_value.clear()
        self.stored_value.hide()
        self.provenance.show_record(None)
        self.type_icon.clear()
        self.content.hide()
        self.placeholder.show()

    def show_item(self, item: ItemSummary | None) -> None:
        if item is None or self.session is None:
            self.clear()
            return
        self.current = item
        self.placeholder.hide()
        self.content.show()
        self.name.setText(item.name)
        self.type_icon.setPixmap(pixmap(type_icon_name(item.content_type), 40))
        self.type.setText(item.content_type)
        self.size_value.setText(
            self.tr("{human} ({n} bytes)").format(
                human=human_size(item.size), n=QLocale().toString(item.size)
            )
        )
        self.imported.setText(short_time(item.imported_at))
        self.sha256.setText(_wrap_hash(item.sha256))
        self.cases.setText(self.tr("Loading…"))
        self.tags.setText("")
        self.history.setText("")

        def load(conn: Connection) -> _Loaded:
            provenance = provenance_store.load(conn, item.id, trust.bundle(conn).digest)
            return (
                details(conn, item),
                media_results.load(conn, item.id),
                derivatives(conn, item.id),
                provenance,
            )

        self.session.query(load, self._loaded, self._failed)
        self.proofmode.show_for(self.session, item.id)

    def refresh(self) -> None:
        if self.current is not None:
            self.show_item(self.current)

    def _loaded(self, loaded: _Loaded) -> None:
        info, media, copies, provenance = loaded
        if self.current is None or info.item.id != self.current.id:
            return
        self.provenance.show_record(provenance)
        self._show_media(media)
        self._show_copies(copies)
        none = self.tr("none")
        self.cases.setText(", ".join(info.cases) or none)
        self.tags.setText(", ".join(info.tags) or none)
        rows = []
        this = self.tr("this file")  # the panel is about it: its name once, at the top
        for event in info.events:
            said = sentence(event, this)
            # The time above its sentence, not beside it: the panel is narrow.
            rows.append(
                f"<p style='margin-bottom:6px'><span style='color:#5f6368'>{_escape(short_time(event.time))}"
                f"</span><br>{_escape(said[:1].upper() + said[1:])}</p>"
            )
        self.history.setText("".join(rows))
        self.loaded.emit(info)

    def _show_copies(self, copies: list[Derivative]) -> None:
        """Each derivative of this original: its kind, hash and what was done (the way from
        the original to its published copies; a copy's hash leads back in ``show``)."""
        kinds = {
            "anonymised": self.tr("Faces hidden"),
            "sanitized": self.tr("Metadata removed"),
            "withheld": self.tr("Fields withheld"),
        }
        rows = []
        for copy in copies:
            made = copy.to_json()
            who = made["options"].get("confirmed_by")
            confirmed = self.tr("boxes confirmed by {who}").format(who=who) if who else ""
            done = "; ".join(copy.removed[:4])
            kind = kinds.get(made["profile"], made["profile"])
            rows.append(
                f"<p><b>{_escape(kind)}</b> · {_escape(copy.content_type)}"
                f"<br><span style='font-family:monospace'>{_escape(copy.sha256)}</span>"
                f"<br>{_escape(done)}{'<br>' + _escape(confirmed) if confirmed else ''}</p>"
            )
        self.copies.setText("".join(rows))
        self.copies_heading.setVisible(bool(rows))
        self.copies.setVisible(bool(rows))

    def _show_preview_note(self, media: MediaInfo | None) -> None:
        note = ""
        if media is not None and media.preview_unchecked:
            note = self.tr(
                "The preview is the file's own embedded thumbnail. It has not yet been checked "
                "against the picture itself, and may show something else."
            )
        elif media is not None and media.preview_check == "failed":
            note = self.tr(
                "The preview is the file's own embedded thumbnail. The picture itself could not be "
                "decoded, so the thumbnail could not be checked against it."
            )
        elif media is not None and media.preview_check == "differs":
            note = self.tr(
                "The file's embedded thumbnail shows something other than the picture (see High risk "
                "below). The preview is made from the picture."
            )
        self.preview_note.setText(note)
        self.preview_note.setVisible(bool(note))

    def _show_media(self, media: MediaInfo | None) -> None:
        self._show_preview_note(media)
        if media is None:
            self.capture.setText(self.tr("Not read yet: the vault is reading this file's metadata."))
            self.metadata.setText(self.tr("Not analysed yet."))
            return
        elsewhere = metadata_text.zone_elsewhere(media.fields)
        when = (
            metadata_text.time_text(media.capture_time, elsewhere)
            if media.capture_time
            else self.tr("The file does not say when it was recorded.")
        )
        if media.position:
            where = self.tr("Recorded at {place}").format(
                place=metadata_text.position_text(media.position[0], media.position[1])
            )
        else:
            where = self.tr("The file does not say where it was recorded.")
        facts = media.facts
        extra = []
        if facts.get("width") and facts.get("height"):
            extra.append(f"{facts['width']}×{facts['height']}")
        if facts.get("duration_s"):
            extra.append(self.tr("{s:.1f} s").format(s=float(facts["duration_s"])))
        if facts.get("pages"):
            extra.append(self.tr("{n} pages").format(n=facts["pages"]))
        self.capture.setText("\n".join([when, where] + ([" · ".join(extra)] if extra else [])))
        parts = []
        self.stored = []
        if media.reason:
            parts.append(f"<p style='color:{_COLOURS[Risk.HIGH]}'>{_escape(media.reason)}</p>")
        if media.status == "unsupported":
            parts.append(
                "<p>" + _escape(self.tr("This kind of file carries no metadata the vault can read.")) + "</p>"
            )
        titles = {
            Risk.HIGH: self.tr("High risk: can identify people or places"),
            Risk.MEDIUM: self.tr("Medium risk: device, software and times"),
            Risk.LOW: self.tr("Low risk: technical details"),
        }
        explain = self._explanations()
        for risk in Risk:
            group = [f for f in media.fields if f.risk is risk]
            if not group:
                continue
            parts.append(
                f"<p style='margin-top:8px'><b style='color:{_COLOURS[risk]}'>"
                f"{_escape(titles[risk])} ({len(group)})</b></p>"
            )
            by_rule: dict[str, list[MetadataField]] = {}
            for field in group:
                by_rule.setdefault(field.rule, []).append(field)
            for rule, fields in by_rule.items():
                why = _escape(explain.get(rule, explain["unknown"]))
                parts.append(f"<p style='color:#5f6368'><i>{why}</i></p><ul>")
                for field in fields[:200]:
                    value, converted = metadata_text.value_html(field, len(self.stored), elsewhere)
                    if converted:
                        self.stored.append(field.value)
                    parts.append(
                        f"<li><b>{_escape(field.field)}</b>: {value} "
                        f"<span style='color:#5f6368'>({_escape(field.location)})</span></li>"
                    )
                if len(fields) > 200:
                    parts.append(
                        "<li>" + _escape(self.tr("and {n} more").format(n=len(fields) - 200)) + "</li>"
                    )
                parts.append("</ul>")
        if not media.fields and media.status == "done":
            parts.append("<p>" + _escape(self.tr("No metadata found in this file.")) + "</p>")
        self.metadata.setText("".join(parts))

    def _explanations(self) -> dict[str, str]:
        """Plain-language reasons, one per rule of core/media/risks.py (same ids)."""
        technical = self.tr(
            "Technical detail about how the picture or sound is stored. Rarely says anything about people."
        )
        return {
            "technical-name": technical,
            "technical": technical,
            "position": self.tr(
                "Where this was recorded. Anyone who sees it can find the place, and perhaps the person."
            ),
            "gps-ifd": self.tr("Part of the position record written by the device."),
            "c2pa-identity": self.tr(
                "A name, account or device serial inside the file's Content Credentials (C2PA): an author, "
                "an identity assertion, or the signer's certificate. It identifies who or what made the file."
            ),
            "serial": self.tr(
                "A number unique to one device or one file. It can tie this file to a phone or camera, "
                "and to every other file it made."
            ),
            "maker-note": self.tr(
                "A camera maker's private block. Often holds serial numbers and settings no one reviews."
            ),
            "track": self.tr(
                "A track of timed data (text, subtitles, sensor or "
                "position samples) beside the picture and sound."
            ),
            "thumbnail-differs": self.tr(
                "The file's own thumbnail shows something other than the picture. The photo was probably "
                "edited or cropped after it was taken, and the thumbnail may still show the original."
            ),
            "preview": self.tr(
                "An embedded picture, video or file. It may show what was "
                "cropped or hidden in the main picture."
            ),
            "free-text": self.tr(
                "Free text someone typed or software stored. It can hold names, places or anything else."
            ),
            "person": self.tr(
                "A person's name or contact. It may identify the person who recorded or handled this."
            ),
            "device": self.tr(
                "Which device or program made or edited this. Narrows down who could have made it."
            ),
            "time": self.tr(
                "When this was made or changed. Can place a person at a "
                "moment; a time zone hints at a region."
            ),
            "unknown": self.tr(
                "Not in our table. Treated as worth a look, because unknown tags sometimes hold private data."
            ),
        }

    def _show_stored(self, link: str) -> None:
        """A converted value's "as stored" link: the value exactly as the file holds it."""
        if not link.startswith(metadata_text.RAW_LINK):
            return
        index = int(link.removeprefix(metadata_text.RAW_LINK))
        if 0 <= index < len(self.stored):
            self.stored_value.setText(
                self.tr("As stored in the file: {value}").format(value=self.stored[index])
            )
            self.stored_value.show()

    def _failed(self, exc: BaseException) -> None:
        self.cases.setText(str(exc))

    def _copy_hash(self) -> None:
        if self.current is not None:
            QGuiApplication.clipboard().setText(self.current.sha256)


_COLOURS = {Risk.HIGH: "#b3261e", Risk.MEDIUM: "#8a5a00", Risk.LOW: "#3c4043"}


def _wrap_hash(sha: str) -> str:
    return "\n".join(sha[i : i + 32] for i in range(0, len(sha), 32))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
