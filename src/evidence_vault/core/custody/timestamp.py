"""Optional RFC 3161 timestamps for signed tree heads, from a server the user names.

Off by default: nothing here runs unless the user asks for a timestamp and gives
the server's address, because contacting a server reveals that someone, somewhere,
is using this program at that moment. The request carries only the SHA-256 of the
tree head's canonical bytes (hashes of hashes: no evidence, no names). The whole
response is stored beside the head, so anyone can later check it with
``openssl ts -verify -data head.json -in response.tsr -CAfile tsa.pem``.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlparse

from ..errors import UsageError, VaultError
from ..store.database import Connection

TIMEOUT_S = 30
_MAX_RESPONSE = 1 << 20


class TimestampError(VaultError):
    """The server could not be reached, refused, or answered something that does not fit."""


def request(data: bytes, url: str) -> bytes:
    """Ask the time-stamping authority at ``url`` to timestamp SHA-256(data); return its response."""
    # Imported here, like in check(): most commands never touch a timestamp, and these
    # libraries (an HTTP client, an X.509 and CMS parser) take a tenth of a second to load.
    import urllib.request

    from rfc3161_client import HashAlgorithm, TimestampRequestBuilder

    scheme = urlparse(url).scheme
    if scheme not in ("http", "https"):
        raise UsageError(f"a time-stamping server address starts with https:// (got {url!r})")
    query = (
        TimestampRequestBuilder()
        .data(data)
        .hash_algorithm(HashAlgorithm.SHA256)
        .nonce(nonce=True)
        .cert_request(cert_request=True)
        .build()
    )
    http = urllib.request.Request(
        url,
        data=query.as_bytes(),
        headers={"Content-Type": "application/timestamp-query", "Accept": "application/timestamp-reply"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(http, timeout=TIMEOUT_S) as answer:  # http(s) only, checked above
            raw = bytes(answer.read(_MAX_RESPONSE + 1))
    except OSError as exc:
        raise TimestampError(f"the time-stamping server at {url} could not be reached: {exc}") from exc
    if len(raw) > _MAX_RESPONSE:
        raise TimestampError("the time-stamping server's answer is too large")
    check(data, raw, expected_nonce=query.nonce)
    return raw


def check(data: bytes, raw: bytes, *, expected_nonce: int | None = None) -> str:
    """Check that a stored response grants a timestamp for exactly ``data``; return its time."""
    import rfc3161_client
    from rfc3161_client import PKIStatus

    try:
        response = rfc3161_client.decode_timestamp_response(raw)
    except Exception as exc:  # any parse failure means: not a valid response
        raise TimestampError(
            f"the time-stamping server's answer is not a valid RFC 3161 response: {exc}"
        ) from exc
    if response.status != PKIStatus.GRANTED:
        raise TimestampError(f"the time-stamping server refused the request (status {response.status})")
    info = response.tst_info
    if info.message_imprint.message != hashlib.sha256(data).digest():
        raise TimestampError("the timestamp is for different data than the tree head")
    if expected_nonce is not None and info.nonce != expected_nonce:
        raise TimestampError("the timestamp answers a different request (nonce mismatch)")
    return info.gen_time.isoformat()


def store(conn: Connection, size: int, raw: bytes) -> None:
    conn.execute("UPDATE tree_heads SET timestamp_token = ? WHERE size = ?", (raw, size))
