"""The export's last steps: where to write it, the progress, and the result to write down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ...core import bundle
from ...core.audit.anchor import Anchor
from ...core.bundle.recipients import Recipient
from ...core.evidence.items import visible_text
from .. import file_dialogs
from ..common import human_size, mono_font
from ..widgets import Page, selectable, wrapped_text
from .steps import ANONYMISED, ORIGINALS


class DestinationPage(Page):
    """A new .evb file for a sealed bundle, an empty folder for plain files; ``changed`` on a choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where to write it"), parent, heading_size=5)
        self.sealed = True
        self.destination: Path | None = None
        self.hint = wrapped_text("")
        self.add(self.hint)
        self.label = selectable(QLabel(self.tr("Nothing chosen yet.")))
        self.label.setObjectName("pathLabel")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Destination"))
        self.add(self.label)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose where to write it"))
        self.choose_button.clicked.connect(self._choose)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.summary = wrapped_text("")
        self.add(self.summary)
        self.problem = wrapped_text("")
        self.problem.setObjectName("errorLabel")
        self.add(self.problem)
        self.finish()

    def clear(self) -> None:
        self.destination = None
        self.label.setText(self.tr("Nothing chosen yet."))

    @property
    def ready(self) -> bool:
        return self.destination is not None and not self.problem.text()

    def _choose(self) -> None:
        if self.sealed:
            name = file_dialogs.save_file(
                self, self.tr("Save the bundle as"), "", self.tr("Sealed bundles (*.evb)")
            )
            if name:
                path = Path(name)
                self.set(path if path.suffix.lower() == ".evb" else path.with_suffix(".evb"))
        else:
            folder = file_dialogs.existing_directory(self, self.tr("Choose an empty folder"))
            if folder:
                self.set(Path(folder))

    def set(self, path: Path) -> None:
        self.destination = Path(path)
        self.label.setText(str(path))
        problem = ""
        if self.sealed and path.exists():
            problem = self.tr("That file already exists. Choose a new name; nothing is overwritten.")
        elif not self.sealed and path.exists() and (not path.is_dir() or any(path.iterdir())):
            problem = self.tr("That folder is not empty. Choose an empty or new folder.")
        self.problem.setText(problem)
        self.changed.emit()

    def describe(self, profile: str, files: int, statements: int, recipients: list[str]) -> None:
        if self.destination is None:
            self.label.setText(self.tr("Nothing chosen yet."))
        if self.sealed:
            self.hint.setText(
                self.tr("Choose a new file for the sealed bundle (.evb). Only the recipients can open it.")
            )
            kind = {
                ORIGINALS: self.tr("originals"),
                ANONYMISED: self.tr("copies with the faces hidden"),
            }.get(profile, self.tr("sanitized copies"))
            summary = self.tr("%n file(s) as {kind}, sealed to {who} and this archive.", "", files).format(
                kind=kind, who=", ".join(recipients)
            )
            if statements:
                summary += " " + self.tr("With %n statement(s).", "", statements)
        else:
            self.hint.setText(
                self.tr(
                    "Choose an empty folder. The cleaned copies are written there as ordinary files "
                    "that anyone with the folder can read."
                )
            )
            summary = self.tr("%n sanitized file(s).", "", files)
            if statements:
                summary += " " + self.tr("Statements are never written to a plain folder; they are left out.")
        self.summary.setText(summary)


class ProgressPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Exporting"), parent, heading_size=5)
        self.label = wrapped_text(self.tr("Preparing…"))
        self.add(self.label)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Export progress"))
        self.bar.setRange(0, 0)
        self.add(self.bar)
        self.problem = wrapped_text("")
        self.problem.setObjectName("errorLabel")
        self.add(self.problem)
        self.finish()

    def starting(self, profile: str) -> None:
        self.problem.setText("")
        self.bar.setRange(0, 0)
        self.label.setText(
            {
                ORIGINALS: self.tr("Sealing…"),
                ANONYMISED: self.tr("Hiding the faces and sealing…"),
            }.get(profile, self.tr("Making the sanitized copies…"))
        )

    def progress(self, done: int, total: int, sealed: bool) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(1000 * done / max(1, total)))
        if done >= total and sealed:
            self.label.setText(self.tr("Checking the sealed bundle…"))
        else:
            self.label.setText(
                self.tr("{done} of {total}").format(done=human_size(done), total=human_size(total))
            )

    def stopping(self) -> None:
        self.label.setText(self.tr("Stopping…"))

    def failed(self, exc: BaseException) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(exc, bundle.ExportCancelled):
            self.label.setText(self.tr("Export cancelled. The half-written output was deleted."))
        else:
            self.label.setText(self.tr("The export stopped. Nothing was kept."))
            self.problem.setText(str(exc))


class ResultPage(Page):
    """What to write down: the path, and for a bundle its SHA-256, recipients and anchor code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Done"), parent, heading_size=5)
        self.intro = wrapped_text("")
        self.add(self.intro)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.path = selectable(wrapped_text())
        self.path.setAccessibleName(self.tr("Written to"))
        self.sha = selectable(wrapped_text())
        self.sha.setFont(mono_font())
        self.sha.setAccessibleName(self.tr("SHA-256 fingerprint of the bundle"))
        self.recipients = selectable(wrapped_text())
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.anchor = selectable(wrapped_text())
        self.anchor.setFont(mono_font(13))
        self.anchor.setAccessibleName(self.tr("Custody anchor code"))
        sha_title = QLabel(self.tr("SHA-256"))
        recipients_title = QLabel(self.tr("Sealed to"))
        anchor_title = QLabel(self.tr("Anchor code"))
        self._sealed_only: tuple[QWidget, ...] = (
            self.sha,
            sha_title,
            self.recipients,
            recipients_title,
            self.anchor,
            anchor_title,
        )
        form.addRow(self.tr("Written to"), self.path)
        form.addRow(sha_title, self.sha)
        form.addRow(recipients_title, self.recipients)
        form.addRow(anchor_title, self.anchor)
        self.layout_.addLayout(form)
        self.note = wrapped_text("")
        self.add(self.note)
        self.finish()

    def show_result(self, result: Any, own: Recipient | None) -> None:
        if isinstance(result, bundle.SealResult):
            self.intro.setText(
                self.tr(
                    "The bundle is sealed and was checked after writing. %n file(s) inside.", "", result.items
                )
            )
            self.path.setText(str(result.path))
            self.sha.setText(result.sha256)
            lines = [f"{visible_text(r.name)} — {r.fingerprint}" for r in result.recipients]
            if own is not None:
                lines.append(self.tr("this archive — {fp}").format(fp=own.fingerprint))
            self.recipients.setText("\n".join(lines))
            self.anchor.setText(Anchor.from_head(result.tree_head).code)
            self.note.setText(
                self.tr(
                    "Send the recipients the SHA-256 separately, and write the anchor code down somewhere "
                    "outside this computer: it lets anyone check later that this archive's history was "
                    "not rewritten."
                )
            )
            for widget in self._sealed_only:
                widget.show()
        else:
            self.intro.setText(self.tr("%n cleaned file(s) were written and checked.", "", len(result.files)))
            self.path.setText(str(result.folder))
            for widget in self._sealed_only:
                widget.hide()
            self.note.setText(self.tr("These are ordinary files: anyone who has the folder can read them."))
