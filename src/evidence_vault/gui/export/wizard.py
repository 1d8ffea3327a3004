"""Export: seal items for investigators, or write sanitized copies to a folder.

Steps, one page class each: what to export (the grid's selection or a whole case) → profile →
recipients → what leaves (the sanitizer's risk report per item; anything it cannot clean blocks
the sanitized profiles) → consent for statements (only when a case brings statements) → where
to write it → progress with Cancel → the result, with the bundle's SHA-256 and the custody
anchor code to write down. This module holds the navigation between them and the run.

Every database access runs in the Session's workers; the UI thread only shows results.
Nothing decrypted is written anywhere but the destination the user chose.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import bundle, export_plan
from ...core.evidence.items import ItemSummary
from ...core.session.vault import Vault
from ...core.store.database import Connection
from ..session import Session
from ..tasks import Task
from .choose_pages import ItemsPage, ProfilePage
from .consent_page import ConsentPage
from .finish_pages import DestinationPage, ProgressPage, ResultPage
from .recipients_page import RecipientsPage
from .review_page import ReviewPage
from .risks_page import RisksPage
from .steps import (
    ANONYMISED,
    CONSENT,
    DESTINATION,
    FOLDER,
    ITEMS,
    ORIGINALS,
    PROFILE,
    PROGRESS,
    RECIPIENTS,
    RESULT,
    REVIEW,
    RISKS,
    SANITIZED,
)

REVIEW_ROOM = QSize(1180, 800)  # the faces' review shows pictures: the wizard grows to this


class ExportWizard(QDialog):
    """Emits ``exported(result)`` with a SealResult or a FolderExport when it succeeds."""

    exported = Signal(object)

    def __init__(self, session: Session, selected: list[ItemSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.setWindowTitle(self.tr("Export"))
        self.setModal(False)
        self.resize(860, 640)
        self.session = session
        self.selected = list(selected)
        self.plan = export_plan.Plan()
        self.cancel_event = threading.Event()
        self.export_task: Task | None = None
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self._close_when_stopped = False

        self.items = ItemsPage(session, self.selected)
        self.profiles = ProfilePage()
        self.recipients = RecipientsPage(session)
        self.risks = RisksPage(session)
        self.consent = ConsentPage(session)
        self.destination = DestinationPage()
        self.progress = ProgressPage()
        self.outcome = ResultPage()
        self.review = ReviewPage(session)
        self.stack = QStackedWidget()
        for page in (
            self.items,
            self.profiles,
            self.recipients,
            self.risks,
            self.consent,
            self.destination,
            self.progress,
            self.outcome,
            self.review,  # REVIEW: after RESULT in the stack, shown after RECIPIENTS
        ):
            self.stack.addWidget(page)
        for changed in (
            self.items.changed,
            self.recipients.changed,
            self.risks.changed,
            self.consent.changed,
            self.destination.changed,
            self.review.changed,
        ):
            changed.connect(self._update_nav)
        self.profiles.profile_changed.connect(self._set_profile)
        self.profiles.withhold_changed.connect(self._withhold_changed)

        self.steps = QLabel()
        self.steps.setEnabled(False)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        nav = QHBoxLayout()
        nav.addWidget(self.steps)
        nav.addStretch(1)
        nav.addWidget(self.cancel_button)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)

        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 18)
        inner.addWidget(self.stack, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("separator")
        inner.addSpacing(6)
        inner.addWidget(line)
        inner.addLayout(nav)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addWidget(card)
        self._go(ITEMS)

    # -- the plan -------------------------------------------------------------------
    @property
    def profile(self) -> str:
        return self.profiles.profile

    @property
    def withhold(self) -> frozenset[str]:
        """What to withhold from the originals (empty for the sanitized profiles)."""
        return self.profiles.withhold

    @property
    def sealed(self) -> bool:
        return self.profile in (ORIGINALS, SANITIZED, ANONYMISED)

    @property
    def blocked(self) -> bool:
        """Whether something the sanitizer cannot clean (or withhold) stops this export."""
        return self.risks.blocked

    def _set_profile(self, key: str) -> None:
        self.risks.reset(key, self.withhold)
        self.destination.sealed = key != FOLDER
        self.destination.clear()
        self._update_nav()

    def _withhold_changed(self) -> None:
        self.risks.reset(self.profile, self.withhold)
        self._update_nav()

    def _resolve_items(self) -> None:
        """Turn the first page's choice into items (and a case's statements), then go on."""
        case = self.items.case
        if self.items.use_case.isChecked() and not case:
            return
        chosen = [] if case else list(self.selected)

        def load(conn: Connection) -> export_plan.Plan:
            return export_plan.choose(conn, chosen=chosen, case=case)

        self.next_button.setEnabled(False)
        self.session.query(load, self._items_resolved, self._items_failed)

    def _items_resolved(self, plan: export_plan.Plan) -> None:
        self.items.problem.setText("")
        changed = [i.id for i in plan.items] != [i.id for i in self.plan.items]
        self.plan = plan
        if changed:
            self.risks.reset(self.profile, self.withhold)
        self._go(PROFILE)

    def _items_failed(self, exc: BaseException) -> None:
        self.items.failed(isinstance(exc, export_plan.NothingToExport), exc)
        self._update_nav()

    # -- navigation ----------------------------------------------------------------
    def _sequence(self) -> list[int]:
        pages = [ITEMS, PROFILE]
        if self.sealed:
            pages.append(RECIPIENTS)
        if self.plan.items and self.profile == ANONYMISED:
            pages.append(REVIEW)  # the faces are checked; everything else is re-encoded away
        elif self.plan.items:
            pages.append(RISKS)
        if self.sealed and self.plan.statement_ids:
            pages.append(CONSENT)
        return [*pages, DESTINATION, PROGRESS, RESULT]

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        sequence = self._sequence()
        shown = sequence.index(index) + 1 if index in sequence else 1
        self.steps.setText(
            self.tr("Step {n} of {total}").format(n=min(shown, len(sequence) - 1), total=len(sequence) - 1)
        )
        if index == RISKS:
            self.risks.start(list(self.plan.items))
        elif index == REVIEW:
            self._make_room()
            self.review.start(list(self.plan.items))
        elif index == CONSENT:
            self.consent.check(list(self.plan.statement_ids), self.recipients.chosen_names())
        elif index == DESTINATION:
            self.destination.describe(
                self.profile,
                len(self.plan.items),
                len(self.plan.statement_ids),
                self.recipients.chosen_names(),
            )
        self._update_nav()
        focus = {
            ITEMS: self.items.focus_widget(),
            PROFILE: self.profiles.buttons[self.profile],
            RECIPIENTS: self.recipients.list,
            RISKS: self.risks.tree,
            REVIEW: self.review.list,
            CONSENT: self.consent.list,
            DESTINATION: self.destination.choose_button,
        }.get(index)
        if focus is not None:
            focus.setFocus()

    def _make_room(self) -> None:
        """Grow (never shrink, never past the screen) so that the picture under review is not
        squeezed between the list of files and the list of boxes."""
        screen = self.screen()
        room = REVIEW_ROOM.boundedTo(screen.availableGeometry().size()) if screen else REVIEW_ROOM
        self.resize(self.size().expandedTo(room))

    def _update_nav(self, *_args: object) -> None:
        index = self.page
        stopped = index == PROGRESS and not self.running  # failed or cancelled: back, or close
        self.back_button.setVisible(index not in (ITEMS, PROGRESS, RESULT) or stopped)
        self.cancel_button.setVisible(index != RESULT and not stopped)
        self.cancel_button.setEnabled(not (index == PROGRESS and self.cancel_event.is_set()))
        self.next_button.setVisible(index != PROGRESS or stopped)
        if index == RESULT or stopped:
            self.next_button.setText(self.tr("Close"))
        elif index == DESTINATION:
            self.next_button.setText(self.tr("Export"))
        else:
            self.next_button.setText(self.tr("Next"))
        ready = {
            ITEMS: self.items.ready,
            RECIPIENTS: self.recipients.ready,
            RISKS: self.risks.ready,
            REVIEW: self.review.ready,
            CONSENT: self.consent.ready,
            DESTINATION: self.destination.ready,
        }
        self.next_button.setEnabled(ready.get(index, True))

    def back(self) -> None:
        if self.page == PROGRESS and not self.running:
            if self.destination.destination is not None:
                self.destination.set(self.destination.destination)
            self._go(DESTINATION)
            return
        sequence = self._sequence()
        if self.page in sequence and sequence.index(self.page) > 0 and self.page not in (PROGRESS, RESULT):
            self._go(sequence[sequence.index(self.page) - 1])

    def next(self) -> None:
        index = self.page
        if not self.next_button.isEnabled() and index != RESULT:
            return
        if index == ITEMS:
            self._resolve_items()
            return
        if index == DESTINATION:
            self.start_export()
            return
        if index == RESULT or (index == PROGRESS and not self.running):
            self.accept()
            return
        sequence = self._sequence()
        self._go(sequence[sequence.index(index) + 1])

    # -- running -------------------------------------------------------------------
    def start_export(self) -> None:
        out = self.destination.destination
        if out is None or self.running:
            return
        chosen = list(self.plan.items)
        names = self.recipients.chosen_names()
        statement_ids = list(self.plan.statement_ids) if self.sealed else []
        profile, cancel, withhold = self.profile, self.cancel_event, self.withhold
        anonymise = self.review.requests() if profile == ANONYMISED else None
        self.review.stop()  # its frame reader's connection is not needed while sealing
        cancel.clear()
        self.cancelled, self.error, self.result = False, None, None
        self.progress.starting(profile)

        def run(vault: Vault, task: Task) -> Any:
            def progress(done: int, total: int) -> None:
                if task.cancelled:  # the archive is being locked
                    cancel.set()
                task.report((done, total))

            if profile == FOLDER:
                return bundle.export_sanitized_folder(vault, chosen, out, progress=progress, cancel=cancel)
            return bundle.seal(
                vault,
                chosen,
                names,
                out,
                profile=profile,
                statement_ids=statement_ids,
                withhold=withhold,
                anonymise=anonymise,
                progress=progress,
                cancel=cancel,
            )

        self.running = True
        self._go(PROGRESS)
        self.export_task = self.session.on_vault(
            run, self._export_done, self._export_failed, self._export_progress
        )
        if self.export_task is None:
            self.running = False
            self.progress.problem.setText(self.tr("The archive is locking; nothing was written."))

    def _export_progress(self, value: tuple[int, int]) -> None:
        self.progress.progress(*value, sealed=self.sealed)

    def _cancel_clicked(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.reject()

    def cancel(self) -> None:
        if self.running:
            self.cancel_event.set()
            self.progress.stopping()
            self._update_nav()

    def _stopped(self) -> None:
        self.running = False
        self.export_task = None
        if self._close_when_stopped:
            super().reject()

    def _export_done(self, result: Any) -> None:
        self._stopped()
        self.result = result
        self.outcome.show_result(result, self.recipients.own)
        self._go(RESULT)
        self.exported.emit(result)

    def _export_failed(self, exc: BaseException) -> None:
        self._stopped()
        self.error = exc
        self.cancelled = isinstance(exc, bundle.ExportCancelled)
        self.progress.failed(exc)
        self._update_nav()
        self.next_button.setFocus()

    def reject(self) -> None:  # Cancel, Escape, window close, lock
        if self.running:
            self._close_when_stopped = True
            self.cancel()
            return
        self.risks.stop()
        self.review.stop()
        super().reject()
