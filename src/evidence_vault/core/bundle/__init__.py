"""Sealed bundles: evidence for investigators, checkable with age, tar, minisign and sha256sum.

A bundle is one age v1 file encrypted to the chosen recipients (and the vault itself).
Inside is a tar, written as a stream straight into the encryptor (no plaintext is ever
staged on disk), in this order (format 2, docs/bundle-format.md):

    manifest.json           every other member (name, size, SHA-256, in order), what the
                            files are, who sealed it, the custody proofs
    manifest.json.minisig   minisign signature by the vault's signing key
    VERIFY.txt              how to check everything with standard tools
    SHA256SUMS              sha256sum -c format, for every member but the four signed ones
    SHA256SUMS.minisig      its own signature, for the standard-tools route
    signing-key.pub         the signing key, in minisign's format
    custody/…               the included items' events, the log's hashes, the tree head
    statements/…            statements, where the witness's consent allows
    files/…                 the originals (or sanitized derivatives)

The rooms: ``sealing`` and ``seal_parts`` build it, ``tar_write`` and ``pipeline`` write and
read it back as it is written (``check_child`` is the verifying process), ``reading``,
``tar_read``, ``walk``, ``manifest`` and ``custody_check`` check it, ``intake`` opens it
into a folder or a vault (``folder_write`` writes the folder), ``bag`` hands it to an archive
as a BagIt package with ``premis``'s event types, ``report`` says what was found, ``names``
holds the rule for member names, ``folder`` writes plain sanitized copies.
"""

from __future__ import annotations

from .errors import BundleError, ExportCancelled
from .folder import FolderExport, export_sanitized_folder
from .intake import DEFAULT_MAX_BYTES, import_into, open_to_folder
from .manifest import FORMAT, FORMAT_1
from .outcome import BundleReport, Counting
from .reading import read
from .report import report_html, report_text
from .sealing import SealResult, seal

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMAT",
    "FORMAT_1",
    "BundleError",
    "BundleReport",
    "Counting",
    "ExportCancelled",
    "FolderExport",
    "SealResult",
    "export_sanitized_folder",
    "import_into",
    "open_to_folder",
    "read",
    "report_html",
    "report_text",
    "seal",
]
