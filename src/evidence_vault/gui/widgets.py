"""Reusable pieces: wrapped text, wizard pages, the passphrase pair with a strength meter, a busy
indicator, the recovery code, a date range filter."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..core.crypto.strength import estimate
from .common import heading_font, mono_font

_COLOURS = ("#b0b8c0", "#c0392b", "#d68910", "#2e86c1", "#1e8449")
WEAK = 1  # strength level that must be confirmed (issue 18 §7)


class WeakPassphraseBox(QMessageBox):
    """Asks before a passphrase rated Weak is used, naming the risk; the default goes back."""

    def __init__(self, parent: QWidget | None, bits: int, *, duress: bool = False) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Weak passphrase"))
        if duress:
            self.setText(
                self.tr("This duress passphrase is rated Weak (about {bits} bits).").format(bits=bits)
            )
            self.setInformativeText(
                self.tr(
                    "Anyone who guesses it, even by chance, opens the decoy and so destroys your real "
                    "archive for good. Choose a longer one unless you are sure."
                )
            )
        else:
            self.setText(self.tr("This passphrase is rated Weak (about {bits} bits).").format(bits=bits))
            self.setInformativeText(
                self.tr(
                    "Anyone who gets a copy of the archive can try to guess it on their own computer, "
                    "as fast as they like, and would soon open it. Several unrelated words are much "
                    "safer."
                )
            )
        self.use_button = self.addButton(self.tr("Use it anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.back_button = self.addButton(self.tr("Go back and change it"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.back_button)
        self.setEscapeButton(self.back_button)


def weak_passphrase_accepted(parent: QWidget | None, passphrase: str, *, duress: bool = False) -> bool:
    """True unless ``passphrase`` is rated Weak and the user chose to go back."""
    strength = estimate(passphrase)
    if strength.level != WEAK:
        return True
    box = WeakPassphraseBox(parent, strength.bits, duress=duress)
    box.exec()
    accepted = box.clickedButton() is box.use_button
    box.deleteLater()
    return accepted


class PassphrasePair(QWidget):
    """New passphrase twice, with an honest strength estimate and a show toggle."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, label: str = "") -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(label or self.tr("New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength = QLabel(" ")
        self.strength.setWordWrap(True)
        self.show_box = QCheckBox(self.tr("Show passphrase"))
        self.show_box.toggled.connect(self._toggle_echo)
        self.problem = QLabel("")
        self.problem.setObjectName("errorLabel")
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.addRow(label or self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.meter)
        layout.addWidget(self.strength)
        layout.addWidget(self.show_box)
        layout.addWidget(self.problem)
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.show_box)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        result = estimate(self.first.text())
        self.meter.setValue(result.level)
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {_COLOURS[result.level]}; }}")
        labels = ("", self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong"))
        if result.level == 0:
            self.strength.setText(
                self.tr("Tip: four or more unrelated words are strong and easy to remember.")
            )
        else:
            self.strength.setText(
                self.tr("{label} — rough estimate, about {bits} bits. Longer is better.").format(
                    label=labels[result.level], bits=result.bits
                )
            )
        self.problem.setText("")
        self.changed.emit()

    def validate(self) -> str | None:
        """The passphrase if acceptable, else None (and the reason is shown)."""
        first, second = self.first.text(), self.second.text()
        if not first:
            self.problem.setText(self.tr("Choose a passphrase. It cannot be empty."))
            self.first.setFocus()
            return None
        if first != second:
            self.problem.setText(self.tr("The two passphrases are different. Type the same one twice."))
            self.second.setFocus()
            self.second.selectAll()
            return None
        if not weak_passphrase_accepted(self, first):
            self.first.setFocus()
            self.first.selectAll()
            return None
        return first

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.show_box.setChecked(False)
        self.problem.clear()


class Busy(QWidget):
    """An indeterminate progress bar with a sentence; hidden when idle."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str | None = None) -> None:
        if text is not None:
            self.label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()


class RecoveryCode(QLabel):
    """A recovery code shown once, large, in two rows of five groups; copy-free on
    purpose (no selection, no context menu): paper, not the clipboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCode")
        self.setFont(mono_font(20))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAccessibleName(self.tr("Recovery code"))

    def set_code(self, code: str) -> None:
        groups = code.split("-")
        self.setText("\n".join("  ".join(groups[i : i + 5]) for i in range(0, len(groups), 5)))


def wrapped_text(text: str = "") -> QLabel:
    """A label of plain text that wraps (never interpreted as rich text)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def selectable(label: QLabel) -> QLabel:
    """Let the user select and copy the label's text, with the mouse or the keyboard."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


class Page(QWidget):
    """One page of a wizard: a heading, then the widgets added, top to bottom."""

    def __init__(self, title: str, parent: QWidget | None = None, *, heading_size: int = 6) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        self.heading = QLabel(title)
        self.heading.setFont(heading_font(heading_size))
        self.heading.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        self.layout_.addSpacing(heading_size)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.layout_.addWidget(widget, stretch)
        return widget

    def finish(self) -> None:
        self.layout_.addStretch(1)


class DateRange(QWidget):
    """ "From" and "To" dates, each used only when its box is ticked; ``changed`` on any change."""

    changed = Signal()

    def __init__(self, since: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.since_on = QCheckBox(self.tr("From"))
        self.since = QDateEdit(since)
        self.until_on = QCheckBox(self.tr("To"))
        self.until = QDateEdit(QDate.currentDate())
        for check, edit, name in (
            (self.since_on, self.since, self.tr("From date")),
            (self.until_on, self.until, self.tr("To date")),
        ):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.changed)
            edit.dateChanged.connect(self.changed)
            row.addWidget(check)
            row.addWidget(edit)

    def bounds(self) -> tuple[str | None, str | None]:
        """The chosen dates as YYYY-MM-DD (None where a box is not ticked)."""
        return (
            self.since.date().toString("yyyy-MM-dd") if self.since_on.isChecked() else None,
            self.until.date().toString("yyyy-MM-dd") if self.until_on.isChecked() else None,
        )
