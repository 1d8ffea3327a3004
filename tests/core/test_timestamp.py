"""RFC 3161 timestamps of tree heads against a real time-stamping authority: OpenSSL's
``ts -reply`` behind an HTTP server on the loopback interface, with a test TSA key."""

from __future__ import annotations

import http.server
import json
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_vault.core.custody import log as custody
from evidence_vault.core.custody import timestamp
from evidence_vault.core.errors import UsageError
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import database
from tests.support import PASSPHRASE, CliVault, require_tool

TSA_CONFIG = """
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.crt
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


@pytest.fixture
def tsa(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    openssl = require_tool("openssl")
    home = tmp_path / "tsa"
    home.mkdir()
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(home / "tsa.key"),
            "-out",
            str(home / "tsa.crt"),
            "-subj",
            "/CN=Test TSA",
            "-days",
            "2",
            "-addext",
            "extendedKeyUsage=critical,timeStamping",
        ],
        check=True,
        capture_output=True,
    )
    (home / "serial").write_text("01\n")
    (home / "tsa.cnf").write_text(TSA_CONFIG.format(dir=home))

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # http.server calls it by this name
            query = self.rfile.read(int(self.headers["Content-Length"]))
            (home / "q.tsq").write_bytes(query)
            subprocess.run(
                [
                    openssl,
                    "ts",
                    "-reply",
                    "-config",
                    str(home / "tsa.cnf"),
                    "-queryfile",
                    str(home / "q.tsq"),
                    "-out",
                    str(home / "r.tsr"),
                ],
                check=True,
                capture_output=True,
            )
            answer = (home / "r.tsr").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/", home
    server.shutdown()


class TestTimestamps:
    def test_anchor_with_timestamp_checked_by_openssl(self, tsa: tuple[str, Path], tmp_path: Path) -> None:
        url, home = tsa
        cli = CliVault(tmp_path)
        assert cli("init").returncode == 0
        shown = cli("anchor", "--json", "--tsa", url)
        assert shown.returncode == 0, shown.stderr
        data = json.loads(shown.stdout)
        assert data["timestamp"]["server"] == url
        with Vault.unlock(cli.vault_dir, PASSPHRASE) as vault:
            (head,) = [h for h in custody.tree_heads(vault.conn) if h.size == data["tree_head"]["size"]]
            assert head.timestamp_token is not None
            assert custody.verify(vault.conn, vault.verify_key) == []
            (home / "head.json").write_bytes(head.body())
            (home / "token.tsr").write_bytes(head.timestamp_token)
            event = custody.latest(vault.conn, "anchor.shown")
            assert event is not None and event.body["params"]["timestamp"]["server"] == url
            # An independent check of the stored response, as an investigator would do it.
            checked = subprocess.run(
                [
                    "openssl",
                    "ts",
                    "-verify",
                    "-data",
                    str(home / "head.json"),
                    "-in",
                    str(home / "token.tsr"),
                    "-CAfile",
                    str(home / "tsa.crt"),
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            assert "Verification: OK" in checked.stdout, checked.stdout + checked.stderr
            # A token that does not belong to the head is reported by verify.
            with database.transaction(vault.conn) as conn:
                conn.execute(
                    "UPDATE tree_heads SET timestamp_token = ? WHERE size = ?",
                    (timestamp.request(b"something else", url), head.size),
                )
            assert custody.verify(vault.conn, vault.verify_key) == [
                f"timestamp of the tree head at size {head.size}: "
                "the timestamp is for different data than the tree head"
            ]

    def test_unreachable_server_and_bad_addresses(self) -> None:
        with pytest.raises(timestamp.TimestampError, match="could not be reached"):
            timestamp.request(b"x", "http://127.0.0.1:9/")
        with pytest.raises(UsageError):
            timestamp.request(b"x", "file:///etc/passwd")
        with pytest.raises(timestamp.TimestampError, match="not a valid RFC 3161 response"):
            timestamp.check(b"x", b"garbage")
