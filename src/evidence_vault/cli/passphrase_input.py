"""Where the command line's passphrases come from (a file, a file descriptor or the terminal),
and the refusal of a new one rated Weak unless ``--accept-weak-passphrase`` is given."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import TextIO

from ..core.crypto.strength import estimate
from ..core.errors import UsageError
from ..i18n import QT_TRANSLATE_NOOP, translate

# Whole sentences for each kind of secret, so that translations never splice an English
# noun into a sentence: (prompt, repeat prompt, empty, differ, nothing in the file, weak).
_NEW_SECRET = {
    "passphrase": (
        QT_TRANSLATE_NOOP("cli", "New passphrase: "),
        QT_TRANSLATE_NOOP("cli", "Repeat the new passphrase: "),
        QT_TRANSLATE_NOOP("cli", "the new passphrase must not be empty"),
        QT_TRANSLATE_NOOP("cli", "the two passphrases differ; nothing was changed"),
        QT_TRANSLATE_NOOP("cli", "no new passphrase given (empty input)"),
        QT_TRANSLATE_NOOP(
            "cli",
            "the new passphrase is rated Weak (about {bits} bits): anyone who gets a copy of the "
            "vault can try to guess it on their own computer, and would soon succeed. Choose a longer "
            "one (several words), or give --accept-weak-passphrase to use it anyway.",
        ),
    ),
    "duress": (
        QT_TRANSLATE_NOOP("cli", "New duress passphrase: "),
        QT_TRANSLATE_NOOP("cli", "Repeat the duress passphrase: "),
        QT_TRANSLATE_NOOP("cli", "the duress passphrase must not be empty"),
        QT_TRANSLATE_NOOP("cli", "the two duress passphrases differ; nothing was changed"),
        QT_TRANSLATE_NOOP("cli", "no duress passphrase given (empty input)"),
        QT_TRANSLATE_NOOP(
            "cli",
            "the duress passphrase is rated Weak (about {bits} bits): anyone who guesses it opens "
            "the decoy and so destroys your real vault. Choose a longer one, or give "
            "--accept-weak-passphrase to use it anyway.",
        ),
    ),
}


def read_secret_line(stream: TextIO, empty_message: str) -> str:
    line = stream.readline()
    if not line:
        raise UsageError(translate("cli", empty_message))
    return line.rstrip("\r\n")


def read_secret_file(path: str, empty_message: str) -> str:
    """The first line of ``path``; a file that cannot be read is named in the error."""
    try:
        with open(path, encoding="utf-8") as handle:
            return read_secret_line(handle, empty_message)
    except OSError as exc:
        raise UsageError(
            translate("cli", "cannot read {path}: {strerror}").format(path=path, strerror=exc.strerror)
        ) from exc


class Secrets:
    """Where passphrases come from: a file, a file descriptor, or the terminal."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.file: str | None = args.passphrase_file
        self.fd: int | None = args.passphrase_fd
        self.accept_weak: bool = bool(getattr(args, "accept_weak_passphrase", False))
        self._lines: list[str] | None = None

    def _supplied(self) -> list[str] | None:
        """All lines of the supplied file/fd (read once), or None for the terminal."""
        if self._lines is None and (self.file is not None or self.fd is not None):
            try:
                if self.file is not None:
                    with open(self.file, encoding="utf-8") as handle:
                        text = handle.read()
                else:
                    assert self.fd is not None
                    with os.fdopen(self.fd, encoding="utf-8", closefd=False) as handle:
                        text = handle.read()
            except OSError as exc:
                source = self.file if self.file is not None else f"--passphrase-fd {self.fd}"
                raise UsageError(
                    translate("cli", "cannot read the passphrase from {source}: {strerror}").format(
                        source=source, strerror=exc.strerror
                    )
                ) from exc
            self._lines = [line.rstrip("\r") for line in text.split("\n")]
        return self._lines

    def current(self, *, again: bool = False) -> str:
        """The passphrase that opens the vault; ``again`` when it is asked to confirm a change."""
        lines = self._supplied()
        if lines is not None:
            if not lines or not lines[0]:
                raise UsageError(translate("cli", "the passphrase file is empty"))
            return lines[0]
        prompt = translate("cli", "Current passphrase: ") if again else translate("cli", "Passphrase: ")
        return getpass.getpass(prompt)

    def initial(self) -> str:
        """The first passphrase of a new vault: the supplied one, else typed twice."""
        if self._supplied() is None:
            return self.new()
        return self.checked(self.current())

    def new(self, kind: str = "passphrase", *, from_file: str | None = None) -> str:
        prompt, repeat, empty, differ, nothing, _weak = _NEW_SECRET[kind]
        if from_file is not None:
            return self.checked(read_secret_file(from_file, nothing), kind)
        first = getpass.getpass(translate("cli", prompt))
        if not first:
            raise UsageError(translate("cli", empty))
        if getpass.getpass(translate("cli", repeat)) != first:
            raise UsageError(translate("cli", differ))
        return self.checked(first, kind)

    def checked(self, phrase: str, kind: str = "passphrase") -> str:
        """``phrase``, unless it is rated Weak and the user did not accept that risk."""
        strength = estimate(phrase)
        if strength.level == 1 and not self.accept_weak:
            raise UsageError(translate("cli", _NEW_SECRET[kind][5]).format(bits=strength.bits))
        return phrase
