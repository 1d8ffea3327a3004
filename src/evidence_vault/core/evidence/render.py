"""A statement as a readable document (HTML), and the export of a rendered document.

Everything taken from the vault is escaped: HTML special characters, control
characters and the Unicode bidirectional controls (which can make text read
differently from what is stored) become visible escapes. The witness's real
name and contact appear only when asked for and when consent allows naming.
PDF is made outside core from this HTML (``evidence_vault.render_pdf``, Qt's
text document and PDF writer), since core never imports Qt.
"""

from __future__ import annotations

import hashlib
import html
import os
from pathlib import Path

from ..custody import log as custody
from ..errors import UsageError
from ..session.vault import Vault
from ..store.database import Connection
from . import statements
from .items import display_name
from .statements import Statement
from .vocabulary import FORMATS

# Bidi embeddings, overrides and isolates, and the implicit marks: shown, never obeyed.
_BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def _safe(text: str) -> str:
    """Escaped for HTML, with control and bidi characters made visible (line breaks kept)."""
    out = []
    for char in text:
        code = ord(char)
        if char in "\n\t":
            out.append(char)
        elif code < 0x20 or 0x7F <= code < 0xA0 or code in _BIDI or code in (0x2028, 0x2029):
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return html.escape("".join(out), quote=True)


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "\n".join(f'<p dir="auto">{_safe(b).replace(chr(10), "<br>")}</p>' for b in blocks)


def identity_allowed(statement: Statement) -> tuple[bool, str]:
    consent = statement.consent
    if consent is None:
        return False, f"No consent is recorded for statement {statement.id}, so the witness cannot be named."
    if consent.withdrawn_at is not None:
        return False, f"The witness withdrew consent on {consent.withdrawn_at[:10]}; they cannot be named."
    if not consent.may_be_named:
        return False, "The witness did not agree to be named; render without the identity."
    return True, "The witness agreed to be named."


def render_html(
    conn: Connection, statement: Statement, *, version: int | None = None, include_identity: bool = False
) -> str:
    """The statement (latest version unless ``version``) as a standalone HTML document."""
    chosen = statement.version(version)
    content = chosen.fields
    identity = None
    if include_identity:
        allowed, reason = identity_allowed(statement)
        if not allowed:
            raise UsageError(reason)
        identity = statements.identity(conn, statement.id)
    when = content.events_start
    if content.events_end:
        when = f"{when} to {content.events_end}"
    if content.events_approximate and when:
        when = f"about {when}"
    if content.events_when:
        when = f"{when} ({content.events_when})" if when else content.events_when
    rows: list[tuple[str, str]] = [
        ("Witness", f"{chosen.pseudonym} (pseudonym)"),
    ]
    if identity is not None:
        rows += [("Real name", identity.real_name), ("Contact", identity.contact)]
    rows += [
        ("When", when),
        ("Place of the events", content.place_of_events),
        ("Place of detention", content.place_of_detention),
        ("Perpetrators as described", content.perpetrators),
        ("Injuries", content.injuries),
        ("Body regions", ", ".join(content.body_regions)),
        ("Medical care and documents", content.medical_care),
        ("Witnesses mentioned", content.witnesses_mentioned),
        ("Interviewer", content.interviewer),
        ("Interview date", content.interview_date),
        ("Language", content.language),
        ("Cases", ", ".join(statement.cases)),
        (
            "Consent",
            "not recorded"
            if statement.consent is None
            else statement.consent.describe(with_recipients=False),
        ),
    ]
    table = "\n".join(
        f'<tr><th align="left" valign="top">{_safe(label)}</th>'
        f'<td dir="auto">{_safe(value).replace(chr(10), "<br>")}</td></tr>'
        for label, value in rows
        if value
    )
    links = []
    for link in chosen.items:
        row = conn.execute("SELECT original_name FROM items WHERE id = ?", (link["id"],)).fetchone()
        name = display_name(bytes(row[0])) if row else "(not in this vault)"
        links.append(
            f"<li>item {int(link['id'])}: {_safe(name)}<br>"
            f"<small>SHA-256 {_safe(link['sha256'])}</small></li>"
        )
    evidence = f"<h2>Linked evidence</h2>\n<ul>\n{chr(10).join(links)}\n</ul>" if links else ""
    title = _safe(content.title)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>body {{ font-family: sans-serif; max-width: 48em; }} th {{ padding-right: 1em; }}</style>
</head>
<body>
<h1 dir="auto">{title}</h1>
<p><small>Statement {statement.id}, version {chosen.number} of {len(statement.versions)},
recorded {_safe(chosen.created_at)}<br>
SHA-256 of this version: {chosen.sha256}</small></p>
<table>
{table}
</table>
<h2>Statement</h2>
{_paragraphs(content.narrative)}
{evidence}
</body>
</html>
"""


def export(
    vault: Vault,
    statement: Statement,
    out: Path,
    document: bytes,
    *,
    fmt: str,
    version: int | None = None,
    include_identity: bool = False,
) -> None:
    """Write a rendered document to a new file (mode 0600) and record ``statement.rendered``."""
    if fmt not in FORMATS:
        raise UsageError(f"format must be one of: {', '.join(FORMATS)}")
    chosen = statement.version(version)
    if include_identity:
        allowed, reason = identity_allowed(statement)
        if not allowed:
            raise UsageError(reason)
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise UsageError(f"{out} already exists; not overwriting it") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(document)
            handle.flush()
            os.fsync(handle.fileno())
        with vault.transaction() as conn:
            vault.record(
                conn,
                "statement.rendered",
                {
                    "statement": statement.id,
                    "version": chosen.number,
                    "sha256": chosen.sha256,
                    "format": fmt,
                    "with_identity": include_identity,
                    "destination_name": display_name(os.fsencode(out.name)),
                    "document_sha256": hashlib.sha256(document).hexdigest(),
                    "rendered_at": custody.utc_now(),
                },
                items=[int(link["id"]) for link in chosen.items],
                objects=[chosen.sha256, hashlib.sha256(document).hexdigest()],
            )
    except BaseException:
        out.unlink(missing_ok=True)
        raise
