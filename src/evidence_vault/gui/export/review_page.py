"""The anonymised profile's review step: the faces found in each picture and video, shown to
the person, who corrects them before anything is written.

Detection runs in the session's worker, one item at a time, with progress and Cancel. A
video's frames for scrubbing are decoded on demand from the vault (in memory, never to
disk). What the person confirmed becomes, per item, the request the sealer carries out
(``core/anonymise/one_file.Request``): detected boxes dropped by number, boxes added, and the
fingerprint of the detection the person saw (the copy is made only if detection, run again
for it, finds the same; see ``core/anonymise/reviewed.py``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QWidget,
)

from ...core.anonymise import in_vault, photo, video
from ...core.anonymise.boxes import Box
from ...core.anonymise.frames import FrameReader
from ...core.anonymise.one_file import Request, picture_found
from ...core.anonymise.reviewed import video_review
from ...core.anonymise.tracking import Track
from ...core.errors import VaultError
from ...core.evidence.items import ItemSummary, visible_text
from ...core.session.vault import Vault
from ..anonymise import PhotoReview, VideoReview
from ..session import Session
from ..tasks import Task
from ..widgets import Page, wrapped_text

PHOTO, VIDEO, NOTE = range(3)


class ReviewPage(Page):
    """``ready`` once every picture and video is confirmed and the reviewer is named."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check the faces to hide"), parent, heading_size=5)
        self.session = session
        self.add(
            wrapped_text(
                self.tr(
                    "Look at every picture and the whole of every video. Add a box over each face "
                    "the detector missed, remove boxes that are not faces, then confirm. Nothing is "
                    "written until the export."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Files to check"))
        self.list.setMaximumWidth(180)  # file names; the room is the picture's
        self.photo = PhotoReview()
        self.video = VideoReview()
        self.note = wrapped_text("")
        self.views = QStackedWidget()
        for view in (self.photo, self.video, self.note):
            self.views.addWidget(view)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.views, 1)
        self.add(row, 1)
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(
            self.tr("Your name or initials, kept in the archive's custody record")
        )
        self.reviewer.setAccessibleName(self.tr("Checked by"))
        self.voice = QCheckBox(self.tr("Disguise voices in videos and recordings"))
        who = QWidget()
        who_row = QHBoxLayout(who)
        who_row.setContentsMargins(0, 0, 0, 0)
        who_row.addWidget(QLabel(self.tr("Checked by")))
        who_row.addWidget(self.reviewer, 1)
        who_row.addWidget(self.voice)
        self.add(who)
        self.items: list[ItemSummary] = []
        self.kinds: dict[int, str] = {}
        self.found: dict[int, Any] = {}  # item id -> detected boxes, or the video's review
        self.fingerprints: dict[int, str] = {}  # item id -> the fingerprint of what was found
        self.done: dict[int, Request] = {}
        self.refused: dict[int, str] = {}
        self.task: Task | None = None
        self.reader: FrameReader | None = None
        self._conn: Any = None
        self.list.currentRowChanged.connect(self._show)
        self.photo.confirmed.connect(self._photo_confirmed)
        self.video.confirmed.connect(self._video_confirmed)
        self.photo.cancel_requested.connect(self.stop)
        self.video.cancel_requested.connect(self.stop)
        self.reviewer.textChanged.connect(lambda *_: self.changed.emit())
        self.voice.toggled.connect(lambda *_: self.changed.emit())

    # -- what the wizard uses --------------------------------------------------------------
    def start(self, chosen: list[ItemSummary]) -> None:
        if [i.id for i in chosen] == [i.id for i in self.items]:
            return
        self.stop()
        self.items, self.found, self.done, self.refused, self.kinds = list(chosen), {}, {}, {}, {}
        self.fingerprints = {}
        self.list.clear()
        for item in self.items:
            self.list.addItem(visible_text(item.name))
        if self.items:
            self.list.setCurrentRow(0)
        self.changed.emit()

    @property
    def ready(self) -> bool:
        waiting = [i for i in self.items if self.kinds.get(i.id) != "audio" and i.id not in self.done]
        return bool(self.items) and not waiting and not self.refused and bool(self.reviewer.text().strip())

    def requests(self) -> dict[int, Request]:
        who, voice = self.reviewer.text().strip(), self.voice.isChecked()
        return {
            item.id: replace(self.done.get(item.id, Request()), voice=voice, confirmed_by=who)
            for item in self.items
        }

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._close_reader()

    # -- detection, one item at a time -----------------------------------------------------
    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        if item.id in self.refused:
            self._note(self.refused[item.id])
        elif self.kinds.get(item.id) == "audio":
            self._note(
                self.tr("A sound recording: no faces to hide. Tick “Disguise voices” to change the voice.")
            )
        elif item.id in self.found:
            self._present(item)
        else:
            self._detect(item)

    def _note(self, text: str) -> None:
        self.note.setText(text)
        self.views.setCurrentIndex(NOTE)

    def _detect(self, item: ItemSummary) -> None:
        self.stop()

        def run(vault: Vault, task: Task) -> tuple[str, Any, str]:
            kind = in_vault.item_kind(vault, item)
            if kind == "picture":
                picture = photo.load_picture(in_vault.item_file(vault.conn, item), item.name)
                boxes, review = picture_found(picture, item.name)
                return kind, (picture.rgb, boxes), review.fingerprint
            if kind == "video":
                found = video.review_video(
                    in_vault.item_file(vault.conn, item), name=item.name, cancel=lambda: task.cancelled,
                    progress=lambda done, total: task.report((done, total)),
                )  # fmt: skip
                return kind, found, video_review(found).fingerprint
            return kind, None, ""

        view = self.video if item.content_type.startswith("video/") else self.photo
        self.views.setCurrentWidget(view)
        view.start_busy()
        self.task = self.session.on_vault(
            run,
            lambda result: self._detected(item, result),
            lambda exc: self._failed(item, exc),
            lambda value: view.set_progress(*value),
        )

    def _detected(self, item: ItemSummary, result: tuple[str, Any, str]) -> None:
        self.task = None
        kind, found, fingerprint = result
        self.kinds[item.id] = kind
        if kind != "audio":
            self.found[item.id] = found
            self.fingerprints[item.id] = fingerprint
        if self.items and self.items[self.list.currentRow()].id == item.id:
            self._show(self.list.currentRow())
        self.changed.emit()

    def _failed(self, item: ItemSummary, exc: BaseException) -> None:
        self.task = None
        if isinstance(exc, VaultError):
            self.refused[item.id] = str(exc)
            self._note(str(exc))
        self.changed.emit()

    def _present(self, item: ItemSummary) -> None:
        found = self.found[item.id]
        if self.kinds[item.id] == "picture":
            rgb, boxes = found
            self.photo.set_picture(rgb, boxes)
            self.views.setCurrentWidget(self.photo)
            return
        self._close_reader()
        self._conn = self.session.vault.connect()
        self.reader = FrameReader(in_vault.item_file(self._conn, item), item.name)
        self.video.set_review(found, self.reader.frame_at)
        self.views.setCurrentWidget(self.video)

    def _close_reader(self) -> None:
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        if self._conn is not None:
            self.session.vault.release(self._conn)
            self._conn = None

    # -- what the person confirmed ---------------------------------------------------------
    def _current(self) -> ItemSummary:
        return self.items[self.list.currentRow()]

    def _photo_confirmed(self, boxes: list[Box]) -> None:
        item = self._current()
        _rgb, detected = self.found[item.id]
        kept = [box for box in boxes if box.source == "detected"]
        drop = tuple(n for n, box in enumerate(detected, 1) if box not in kept)
        added = tuple(b for b in boxes if b.source == "added")
        self._confirmed(item, Request(added, drop, reviewed=self.fingerprints[item.id]))

    def _video_confirmed(self, kept: list[Track], added: list[Box]) -> None:
        item = self._current()
        ids = {track.id for track in kept}
        drop = tuple(n for n, track in enumerate(self.found[item.id].tracks, 1) if track.id not in ids)
        self._confirmed(item, Request(tuple(added), drop, reviewed=self.fingerprints[item.id]))

    def _confirmed(self, item: ItemSummary, request: Request) -> None:
        self.done[item.id] = request
        row = self.list.currentRow()
        self.list.item(row).setText(self.tr("✓ {name}").format(name=visible_text(item.name)))
        if row + 1 < len(self.items):
            self.list.setCurrentRow(row + 1)
        self.changed.emit()
