"""Errors raised by the core, each mapped to one CLI exit code.

The GUI shows ``str(error)``; the CLI prints it and exits with ``exit_code``.
Messages name the file or item concerned and never contain key material.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class for every error the core reports to a user."""

    exit_code = 1


class UsageError(VaultError):
    """The request itself is wrong (bad item reference, existing output file...)."""

    exit_code = 2


class VaultNotFound(UsageError):
    """No vault exists at the given location."""


class VaultExists(UsageError):
    """A vault (or other files) already exist where one should be created."""


class WeakKdfRefused(UsageError):
    """Creating a vault below the minimum Argon2id cost outside tests."""


class WrongPassphrase(VaultError):
    """No key slot opened. Deliberately says nothing more."""

    exit_code = 3

    def __init__(self, message: str = "wrong passphrase") -> None:
        super().__init__(message)


class VaultLocked(VaultError):
    """The vault is locked, or open in another process."""

    exit_code = 3


class VaultDamaged(VaultError):
    """A key slot opened but the database (or key file) fails its checks."""

    exit_code = 4


class ItemNotFound(UsageError):
    """No item matches the reference given."""


class IntegrityFailure(VaultError):
    """Verification found problems; ``problems`` lists each one."""

    exit_code = 1

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems) if problems else "verification failed")
        self.problems = problems
