"""Known-answer self-tests: is this copy of the program (and its libraries) sound?

A broken build (a missing or miscompiled library, a frozen app that lost a
module, SQLCipher without encryption or without FTS5) must stop before it
touches evidence, with a message that says what is wrong. Two sets:

- ``QUICK`` runs at every start of the desktop app and of the command line (but
  ``strip`` and ``anonymise``, which touch no key). It costs a few milliseconds:
  fixed vectors for each primitive, and an encrypted SQLCipher database that lives
  only in memory (the ``memdb`` VFS: SQLCipher encrypts its pages exactly as it does
  a file's).
- ``FULL`` (``evidence-vault --selftest``) adds the minisign signature format and a
  round trip through a throwaway vault with the real key-derivation cost, in a
  private directory (0700) that is removed afterwards. Only known test bytes go
  through it, and the vault itself is encrypted as any other.

The vectors come from the standards or from independent implementations:
SHA-256 from FIPS 180-2, BLAKE2b from RFC 7693, Ed25519 from RFC 8032 (test 1),
XSalsa20-Poly1305 from NaCl's own test vector, Argon2id as computed by the
reference implementation's ``argon2`` command, the age file as written by the
``age`` command, and the minisign signature as accepted by ``minisign -V``.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import nacl.exceptions
import nacl.pwhash.argon2id as argon2id
import nacl.secret
import nacl.signing
import pyrage
import sqlcipher3

from ..crypto import kdf, minisign
from ..errors import VaultError
from ..evidence import items
from ..evidence.importer import Importer, Status
from ..session.vault import Vault
from ..store import database
from ..store.database import Connection
from . import verify as verify_service

# Exit code of a failed self-test: the program itself is broken (docs/cli.md).
EXIT_BROKEN = 5


class SelfTestFailed(VaultError):
    """A known-answer test failed: this copy of the program must not be used."""

    exit_code = EXIT_BROKEN


class CheckFailed(Exception):
    """Raised inside one check with what went wrong."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass
class Report:
    results: list[CheckResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(result.ok for result in self.results)

    @property
    def failures(self) -> list[CheckResult]:
        return [result for result in self.results if not result.ok]

    @property
    def seconds(self) -> float:
        return sum(result.seconds for result in self.results)

    def message(self) -> str:
        """One paragraph for a person: what failed, and what to do."""
        if self.ok:
            return f"Self-test passed ({len(self.results)} checks, {self.seconds * 1000:.0f} ms)."
        failed = "; ".join(f"{result.name}: {result.detail}" for result in self.failures)
        return (
            f"Self-test FAILED ({failed}). This copy of Evidence Vault is broken or has been "
            "altered, and must not be used for evidence. Download it again and check its signature "
            "(docs/install.md)."
        )

    def lines(self) -> list[str]:
        return [
            f"{'ok' if result.ok else 'FAILED':>6}  {result.name:<22} {result.seconds * 1000:7.1f} ms  "
            f"{result.detail}"
            for result in self.results
        ]


def _expect(what: str, got: bytes, want: bytes) -> None:
    if got != want:
        raise CheckFailed(f"{what} gave a wrong answer (got {got.hex()[:16]}…, expected {want.hex()[:16]}…)")


# -- hashes ----------------------------------------------------------------------------------
def check_sha256() -> str:
    # FIPS 180-2, appendix B.1 and B.2.
    _expect(
        "SHA-256('abc')",
        hashlib.sha256(b"abc").digest(),
        bytes.fromhex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    )
    _expect(
        "SHA-256 (two blocks)",
        hashlib.sha256(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").digest(),
        bytes.fromhex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    )
    return "FIPS 180-2 vectors"


def check_blake2b() -> str:
    # RFC 7693, appendix A.
    _expect(
        "BLAKE2b-512('abc')",
        hashlib.blake2b(b"abc").digest(),
        bytes.fromhex(
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
            "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
        ),
    )
    return "RFC 7693 vector"


# -- Argon2id ----------------------------------------------------------------------------------
# The reference implementation: echo -n password | argon2 somesaltsomesalt -id -t 2 -k 64 -p 1 -l 32 -r
ARGON2ID_VECTOR = (
    b"password",
    b"somesaltsomesalt",
    2,  # passes
    64 * 1024,  # memory, bytes
    bytes.fromhex("1a98fba8e6394425c9bdc333a9c750aaf811df070f5fb4a5788e1cf4db5793a1"),
)


def check_argon2id() -> str:
    password, salt, passes, memory, want = ARGON2ID_VECTOR
    got = bytes(argon2id.kdf(32, password, salt, opslimit=passes, memlimit=memory))
    _expect("Argon2id", got, want)
    return "reference implementation vector (t=2, m=64 KiB)"


# -- Ed25519 -----------------------------------------------------------------------------------
# RFC 8032, section 7.1, TEST 1 (the empty message).
ED25519_SECRET = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
ED25519_PUBLIC = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
ED25519_SIGNATURE = bytes.fromhex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b"
    "d25bf5f0595bbe24655141438e7a100b"
)


def _flip(data: bytes, index: int = 0) -> bytes:
    return data[:index] + bytes([data[index] ^ 1]) + data[index + 1 :]


def check_ed25519() -> str:
    signer = nacl.signing.SigningKey(ED25519_SECRET)
    _expect("Ed25519 public key", bytes(signer.verify_key), ED25519_PUBLIC)
    _expect("Ed25519 signature", bytes(signer.sign(b"").signature), ED25519_SIGNATURE)
    verifier = nacl.signing.VerifyKey(ED25519_PUBLIC)
    try:
        verifier.verify(b"", ED25519_SIGNATURE)
    except nacl.exceptions.BadSignatureError as exc:
        raise CheckFailed("Ed25519 rejected the RFC 8032 signature") from exc
    try:
        verifier.verify(b"", _flip(ED25519_SIGNATURE))
    except nacl.exceptions.BadSignatureError:
        return "RFC 8032 test 1; a changed signature is rejected"
    raise CheckFailed("Ed25519 accepted a changed signature")


# -- XSalsa20-Poly1305 (key slots and sealed state records) ------------------------------------
# NaCl's crypto_secretbox test vector (tests/secretbox.c), as shipped with libsodium.
SECRETBOX_KEY = bytes.fromhex("1b27556473e985d462cd51197a9a46c76009549eac6474f206c4ee0844f68389")
SECRETBOX_NONCE = bytes.fromhex("69696ee955b62b73cd62bda875fc73d68219e0036b7a0b37")
SECRETBOX_PLAIN = bytes.fromhex(
    "be075fc53c81f2d5cf141316ebeb0c7b5228c52a4c62cbd44b66849b64244ffce5ecbaaf33bd751a1ac728d45e6c6129"
    "6cdc3c01233561f41db66cce314adb310e3be8250c46f06dceea3a7fa1348057e2f6556ad6b1318a024a838f21af1fde"
    "048977eb48f59ffd4924ca1c60902e52f0a089bc76897040e082f937763848645e0705"
)
SECRETBOX_CIPHER = bytes.fromhex(
    "f3ffc7703f9400e52a7dfb4b3d3305d98e993b9f48681273c29650ba32fc76ce48332ea7164d96a4476fb8c531a1186a"
    "c0dfc17c98dce87b4da7f011ec48c97271d2c20f9b928fe2270d6fb863d51738b48eeee314a7cc8ab932164548e526ae"
    "90224368517acfeabd6bb3732bc0e9da99832b61ca01b6de56244a9e88d5f9b37973f622a43d14a6599b1f654cb45a74"
    "e355a5"
)


def check_secretbox() -> str:
    box = nacl.secret.SecretBox(SECRETBOX_KEY)
    _expect(
        "XSalsa20-Poly1305", bytes(box.encrypt(SECRETBOX_PLAIN, SECRETBOX_NONCE).ciphertext), SECRETBOX_CIPHER
    )
    _expect("XSalsa20-Poly1305 open", bytes(box.decrypt(SECRETBOX_CIPHER, SECRETBOX_NONCE)), SECRETBOX_PLAIN)
    try:
        box.decrypt(_flip(SECRETBOX_CIPHER, 40), SECRETBOX_NONCE)
    except nacl.exceptions.CryptoError:
        return "NaCl vector; a changed byte is rejected"
    raise CheckFailed("XSalsa20-Poly1305 accepted a changed ciphertext")


# -- age (sealed bundles) ------------------------------------------------------------------------
# Written by the age command (age -e -a -r age1ayzj…) for this throwaway identity.
AGE_IDENTITY = "AGE-SECRET-KEY-1RYRC9QXA50ENGYH4U0RGUATZFKFH2M6R466VSSYFPLNQQKUQTQMS5VKUR7"
AGE_PLAIN = b"Evidence Vault self-test: age known answer\n"
AGE_FILE = (
    "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB6dEZDcmpiRUtPT2pHaXgw"
    "SnVTdEpPRDMyZGYxbTFSMVM3TnAyc0dYVXhrCndTU0VXckJsUnNLMDhNbGpQZ0ta"
    "M0FQZzFmR1htRWNMY3FVcDJ1Qjc2T2MKLS0tIHdYakgwTDMzU2ovNHNPd3JKeXY5"
    "YzQzU1ZSTjA5QW9yTnIvVGV2ZGJsTTAKyVNrV3fmXueouC65QZeBwjlok8jNaoD7"
    "5shvft/Ulja80K38MgdwizLCx7m5N1NsTwI9jE6A8RHQ2/mOCGjdb0l3lnkDuaHM"
    "P0Dz"
)


def check_age() -> str:
    identity = pyrage.x25519.Identity.from_str(AGE_IDENTITY)
    try:
        plain = bytes(pyrage.decrypt(base64.b64decode(AGE_FILE), [identity]))
    except pyrage.DecryptError as exc:
        raise CheckFailed(f"age could not decrypt a file written by the age command: {exc}") from exc
    _expect("age decryption", plain, AGE_PLAIN)
    fresh = pyrage.x25519.Identity.generate()
    sealed = bytes(pyrage.encrypt(AGE_PLAIN, [fresh.to_public()]))
    _expect("age round trip", bytes(pyrage.decrypt(sealed, [fresh])), AGE_PLAIN)
    try:
        pyrage.decrypt(sealed, [identity])
    except pyrage.DecryptError:
        return "file from the age command; round trip; wrong identity rejected"
    raise CheckFailed("age decrypted a file with the wrong identity")


# -- minisign (bundle signatures) ----------------------------------------------------------------
MINISIGN_MESSAGE = b"Evidence Vault self-test\n"
# core.minisign.sign with the RFC 8032 key; ``minisign -V`` accepts it.
MINISIGN_SIGNATURE = (
    "untrusted comment: signature from evidence-vault key 689370A55D8DE8F0\n"
    "RUTw6I1dpXCTaHDptAFG/Sp3os8UVs08VSGTiLCqajk2F5spDCgk1/h8ge1oKRD/gGJQ1Z4I87UMMU2ZgPz7LWTEaY6EbSxIRwQ=\n"
    "trusted comment: evidence-vault self-test\n"
    "fgLvpsH/ce6HMhvBCY0hqEHcHEBKAG2ZgrKDW9+zRABhV41UYCTufCOxWBMhvO6/bpRLVjGnb4Sf6u+uIJSTAQ==\n"
)


def check_minisign() -> str:
    signer = nacl.signing.SigningKey(ED25519_SECRET)
    made = minisign.sign(signer, [MINISIGN_MESSAGE], "evidence-vault self-test")
    if made != MINISIGN_SIGNATURE:
        raise CheckFailed("the minisign signature differs from the known answer")
    try:
        minisign.verify(signer.verify_key, [MINISIGN_MESSAGE], MINISIGN_SIGNATURE)
    except ValueError as exc:
        raise CheckFailed(f"the known minisign signature did not verify: {exc}") from exc
    try:
        minisign.verify(signer.verify_key, [_flip(MINISIGN_MESSAGE)], MINISIGN_SIGNATURE)
    except ValueError:
        return "known signature (checked with minisign -V); a changed file is rejected"
    raise CheckFailed("a minisign signature verified over a changed file")


# -- SQLCipher -------------------------------------------------------------------------------
MIN_SQLCIPHER = (4, 0)


def check_sqlcipher() -> str:
    probe = sqlcipher3.connect(":memory:")
    try:
        version_row = probe.execute("PRAGMA cipher_version").fetchone()
        options = {row[0] for row in probe.execute("PRAGMA compile_options").fetchall()}
    finally:
        probe.close()
    if not version_row:
        raise CheckFailed("this SQLite has no SQLCipher encryption (PRAGMA cipher_version is empty)")
    version = str(version_row[0])
    numbers = tuple(int(part) for part in version.split()[0].split(".")[:2])
    if numbers < MIN_SQLCIPHER:
        raise CheckFailed(f"SQLCipher {version} is older than 4.0")
    for option in ("HAS_CODEC", "ENABLE_FTS5"):
        if option not in options:
            raise CheckFailed(f"SQLCipher was built without {option}")

    # An encrypted database in memory only: same raw-key order as database.connect.
    name = f"file:/evidence-vault-selftest-{secrets.token_hex(8)}?vfs=memdb"
    key = secrets.token_bytes(32)
    first = _memdb(name, key)
    try:
        provider = first.execute("PRAGMA cipher_provider").fetchone()
        if not provider or not provider[0]:
            raise CheckFailed("SQLCipher has no crypto provider: the database would not be encrypted")
        first.execute("PRAGMA temp_store = MEMORY")
        if first.execute("PRAGMA temp_store").fetchone()[0] != 2:
            raise CheckFailed("temporary tables cannot be kept in memory (temp_store)")
        first.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
        first.execute("INSERT INTO t (body) VALUES ('затрыманне ля вакзала'), ('nothing here')")
        hits = first.execute("SELECT rowid FROM t WHERE t MATCH 'затрыманне'").fetchall()
        if [tuple(row) for row in hits] != [(1,)]:
            raise CheckFailed("FTS5 full-text search gave a wrong answer")
        # The same database through a second connection: the raw key opens it,
        # another key and no key at all do not (its pages really are encrypted).
        again = _memdb(name, key)
        try:
            if again.execute("SELECT count(*) FROM t").fetchone()[0] != 2:
                raise CheckFailed("the raw key did not reopen the encrypted database")
        finally:
            again.close()
        for other in (secrets.token_bytes(32), None):
            intruder = _memdb(name, other, prove=False)
            try:
                intruder.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except database.DatabaseError:
                continue
            finally:
                intruder.close()
            raise CheckFailed("the database opened with a wrong key or none: it is not encrypted")
    finally:
        first.close()
    return f"SQLCipher {version} ({provider[0]}), FTS5, raw key, temp_store=MEMORY"


def _memdb(name: str, key: bytes | None, *, prove: bool = True) -> Connection:
    conn = cast(Connection, sqlcipher3.connect(name, uri=True, isolation_level=None))
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_page_size = 4096")  # small pages: fast, same code path
    if prove:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


# -- a throwaway vault ---------------------------------------------------------------------------
def _scratch_root() -> Path:
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.environ.get(name)
        if value and Path(value).is_dir():
            return Path(value)
    return Path("/tmp") if os.name == "posix" else Path.cwd()


@contextmanager
def _private_directory(root: Path | None) -> Iterator[Path]:
    path = (root or _scratch_root()) / f"evidence-vault-selftest-{secrets.token_hex(8)}"
    path.mkdir(mode=0o700)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


# Test bytes only: never evidence.
VAULT_TEST_BYTES = b"Evidence Vault self-test item\n" * 1000


def check_vault_round_trip(root: Path | None = None) -> str:
    """Create, import, extract, verify, lock, unlock, verify: then remove it all."""
    passphrase = "self-test " + secrets.token_hex(8)
    # The real minimum cost (not the test-only weak one): this is what users get.
    params = kdf.KdfParams(kdf.MIN_OPSLIMIT, kdf.MIN_MEMLIMIT)
    with _private_directory(root) as scratch:
        source = scratch / "input.bin"
        source.write_bytes(VAULT_TEST_BYTES)
        vault, _code = Vault.create(scratch / "vault", passphrase, params=params)
        try:
            summary = Importer(vault).run([source])
            if summary.count(Status.IMPORTED) != 1:
                raise CheckFailed(f"importing into a new vault failed: {summary.results[0].message}")
            (item,) = items.list_items(vault.conn)
            if item.sha256 != hashlib.sha256(VAULT_TEST_BYTES).hexdigest():
                raise CheckFailed("the vault recorded a wrong SHA-256")
            items.extract(vault, item, scratch / "output.bin")
            if (scratch / "output.bin").read_bytes() != VAULT_TEST_BYTES:
                raise CheckFailed("the extracted copy differs from the original")
        finally:
            vault.lock()
        if vault.db_path.read_bytes().find(b"Evidence Vault self-test item") != -1:
            raise CheckFailed("the vault database holds the test bytes in plain text")
        reopened = Vault.unlock(scratch / "vault", passphrase)
        try:
            report = verify_service.verify(reopened)
        finally:
            reopened.lock()
        if not report.ok:
            raise CheckFailed("verification of the new vault failed: " + "; ".join(report.problems))
    return "create, import, extract, lock, unlock, verify (256 MiB Argon2id); removed"


# -- running them --------------------------------------------------------------------------------
Check = tuple[str, Callable[[], str]]
QUICK: list[Check] = [
    ("SHA-256", check_sha256),
    ("BLAKE2b", check_blake2b),
    ("Argon2id", check_argon2id),
    ("Ed25519", check_ed25519),
    ("XSalsa20-Poly1305", check_secretbox),
    ("age", check_age),
    ("SQLCipher", check_sqlcipher),
]
FULL: list[Check] = [*QUICK, ("minisign", check_minisign), ("throwaway vault", check_vault_round_trip)]


def run(checks: list[Check] | None = None) -> Report:
    """Run every check (each one isolated: one failure does not hide the others)."""
    report = Report()
    for name, check in QUICK if checks is None else checks:
        start = time.perf_counter()
        try:
            detail, ok = check(), True
        except CheckFailed as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # noqa: BLE001 - a broken library may raise anything
            detail, ok = f"{type(exc).__name__}: {exc}", False
        report.results.append(CheckResult(name, ok, detail, time.perf_counter() - start))
    return report


_startup_passed = False


def startup_check() -> None:
    """The quick set, once per process; raises SelfTestFailed naming what failed."""
    global _startup_passed
    if _startup_passed:
        return
    report = run(QUICK)
    if not report.ok:
        raise SelfTestFailed(report.message())
    _startup_passed = True
