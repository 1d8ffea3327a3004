"""Oracle: GnuPG (``gpg --verify`` in a GNUPGHOME of its own, holding only the export's key)
agrees with every one of our OpenPGP verdicts."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from evidence_vault.core.proofmode import store
from evidence_vault.core.session.vault import Vault
from tests.proofmode import builders as b
from tests.support import require_tool

PHOTO = b"\xff\xd8\xff\xe0" + b"pixels " * 500


def _gpg(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    gpg = require_tool("gpg")
    return subprocess.run([gpg, "--homedir", str(home), "--batch", "--no-autostart", *args],
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip


def _gpg_verdict(home: Path, folder: Path, asc: str, signed: str) -> str:
    done = _gpg(home, "--verify", str(folder / asc), str(folder / signed))
    if done.returncode == 0 and "Good signature" in done.stderr:
        return "good"
    if "BAD signature" in done.stderr:
        return "bad"
    if "No public key" in done.stderr:
        return "no-key"
    return f"other: {done.returncode} {done.stderr}"


EXPECTED = {"valid": "good", "bad": "bad", "other-file": "bad", "unknown-key": "no-key", "no-key": "no-key"}


def test_gpg_agrees_with_every_verdict(vault: Vault, tmp_path: Path) -> None:
    require_tool("gpg")
    phone, stranger = b.Phone.make(), b.Phone.make("stranger")
    cases: dict[str, Path] = {}
    cases["honest"] = b.export(tmp_path / "honest", phone, {"IMG_1.jpg": PHOTO}).folder
    tampered = b.export(tmp_path / "tampered", phone, {"IMG_1.jpg": PHOTO}).folder
    (tampered / "IMG_1.jpg").write_bytes(PHOTO + b"!")
    sha = hashlib.sha256(PHOTO).hexdigest()
    (tampered / f"{sha}.proof.json.asc").write_bytes((tampered / f"{sha}.proof.csv.asc").read_bytes())
    cases["tampered"] = tampered
    cases["stranger"] = b.export(tmp_path / "stranger", phone, {"IMG_1.jpg": PHOTO}, signer=stranger).folder
    cases["nokey"] = b.export(tmp_path / "nokey", phone, {"IMG_1.jpg": PHOTO}, with_pubkey=False).folder
    seen: set[str] = set()
    for name, folder in cases.items():
        home = tmp_path / f"gnupg-{name}"
        home.mkdir(mode=0o700)
        if (folder / "pubkey.asc").exists():
            assert _gpg(home, "--import", str(folder / "pubkey.asc")).returncode == 0
        media = store.import_export(vault, folder).media[0]
        for sig in media.report["signatures"]:
            seen.add(sig["verdict"])
            ours, theirs = sig["verdict"], _gpg_verdict(home, folder, sig["file"], sig["signs"])
            assert EXPECTED[ours] == theirs, (name, sig["file"], ours, theirs)
    assert seen == set(EXPECTED)
