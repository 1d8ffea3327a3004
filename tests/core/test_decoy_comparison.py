"""Issue 18's "Required": a decoy no examiner can tell from a vault really used with its items.

Vault A is made the ordinary way: `init`, then (a moment later) `import` of files F,
which analyses them. Vault B is made the same way with other evidence, then
`duress set` puts the same F in its decoy, and B is opened with the duress passphrase.
Everything an examiner can read is then observed on both, first from the file system
alone, then with each vault's passphrase and recovery code, and every difference is
listed. What necessarily differs between two vaults (times, ids, keys) is compared as
properties: the same event kinds in the same order, clocks that agree the same way,
files born and changed at the same moments of the vault's life.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from evidence_vault.core.crypto import kdf, keyfile, recovery
from evidence_vault.core.custody import log as custody
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import settings
from tests.support import PASSPHRASE, run_cli

DURESS = "my birthday 1987"
TOLERANCE_S = 2.0  # the gap between the steps of each build


def _cli(env: dict[str, str], vault: Path, secret: Path, *args: str) -> str:
    result = run_cli(*args, vault=vault, passphrase_file=secret, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _code_in(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.startswith("    ")]
    return lines[-1] if lines else ""  # none given: a difference inside() reports


def _files(folder: Path) -> Path:
    from PIL import Image

    folder.mkdir()
    Image.new("RGB", (320, 200), (30, 120, 200)).save(folder / "garden.jpg", "JPEG", quality=90)
    Image.new("RGB", (50, 40), (200, 20, 20)).save(folder / "cat.png", "PNG")
    (folder / "shopping.txt").write_bytes(b"milk, bread, apples\n")
    return folder


def _env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        (root / name).mkdir(parents=True)
        env[name] = str(root / name)
    return env


def _birth(path: Path) -> float:
    out = subprocess.run(["stat", "-c", "%W", str(path)], capture_output=True, text=True, check=True).stdout
    return float(out)


def _seconds(stamp: str) -> float:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").timestamp()


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE_S


def outside(directory: Path, env: dict[str, str]) -> dict[str, Any]:
    """What the file system shows without any secret."""
    keys, db = directory / "vault.keys", directory / "vault.db"
    born = _birth(keys)
    seen: dict[str, Any] = {
        "entries": sorted(str(p.relative_to(directory.parent)) for p in directory.parent.rglob("*")),
        "keys size": keys.stat().st_size,
        "db size": db.stat().st_size,
        "db size is whole pages": db.stat().st_size % 4096 == 0,
        "db born with keys": _near(_birth(db), born),
        "folder born with keys": _near(_birth(directory), born),
        "db changed with keys": _near(db.stat().st_ctime, keys.stat().st_ctime),
        "db modified with keys": _near(db.stat().st_mtime, keys.stat().st_mtime),
        "keys changed after birth": keys.stat().st_ctime - born > TOLERANCE_S,
        "db changed after birth": db.stat().st_ctime - born > TOLERANCE_S,
        "modes": sorted((p.name, oct(p.stat().st_mode)) for p in directory.iterdir()),
    }
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "HOME"):
        root = Path(env[name])
        seen[f"{name} entries"] = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
    return seen


def _clock(events: list[custody.Event]) -> list[str]:
    """How each pair of consecutive events' clocks agree: same run of the program on one boot
    (both advance together), or not; never a monotonic gap longer than the wall gap."""
    shape = []
    for a, b in itertools.pairwise(events):
        wall = _seconds(b.time) - _seconds(a.time)
        mono = (int(b.body["mono_ns"]) - int(a.body["mono_ns"])) / 1e9
        if mono > wall + 0.25:
            shape.append("impossible")
        else:
            shape.append("together" if abs(wall - mono) <= 0.25 else "apart")
    return shape


def inside(directory: Path, passphrase: str, code: str, scratch: Path) -> dict[str, Any]:
    """What the vault shows to whoever has its passphrase and recovery code."""
    copy = scratch / f"look-{directory.parent.name}"
    shutil.copytree(directory, copy)
    header, data = keyfile.read(copy / "vault.keys")
    opened_kinds: dict[str, list[str]] = {"code": []}
    secrets = [("passphrase", kdf.normalize_passphrase(passphrase))]
    if code:
        secrets.append(("code", recovery.normalize(code)))
        with Vault.unlock_with_recovery(copy, code):
            pass
    for label, secret in secrets:
        opened_kinds[label] = [
            p.kind.name for _, p in keyfile.open_slots(data, keyfile.root_key(secret, header))
        ]
    with Vault.unlock(copy, passphrase) as vault:
        conn = vault.conn
        events = list(custody.events(conn))
        created = _seconds(events[0].time)
        tables = [str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        seen: dict[str, Any] = {
            "slots opened by each secret": opened_kinds,
            "event kinds": [e.action for e in events],
            # Analysis runs in parallel children: within a run of one kind, order is chance.
            # Analysis runs in parallel and writes in the order its children finish, in a real vault
            # and in a decoy alike: within that phase only the set of events is a property of the vault.
            "event params": [
                (kind, sorted((e.action, sorted(e.body["params"])) for e in run))
                for kind, run in itertools.groupby(events, key=_phase)
            ],
            "event items": [
                (kind, sorted((e.action, i) for e in run for i in e.body["items"]))
                for kind, run in itertools.groupby(events, key=_phase)
            ],
            "clocks": _clock(events),
            "vault created_at is the first event": vault.meta("created_at") == events[0].time,
            "keys born at creation": _near(_birth(directory / "vault.keys"), created),
            "db born at creation": _near(_birth(directory / "vault.db"), created),
            "key slots": sorted(
                (str(kind), str(at) == events[0].time)
                for kind, at in conn.execute("SELECT kind, created_at FROM key_slots")
            ),
            "meta keys": sorted(str(r[0]) for r in conn.execute("SELECT key FROM meta")),
            "rows": {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in sorted(tables)},
            "items": sorted(
                (bytes(n).decode(), int(s), bytes(h).hex())
                for n, s, h in conn.execute("SELECT original_name, size, sha256 FROM items")
            ),
            "analysis": sorted(
                (str(s), f) for s, f in conn.execute("SELECT status, facts FROM media_analysis")
            ),
            "tree heads at creation": [_near(_seconds(h.time), created) for h in custody.tree_heads(conn)],
            "tree head sizes": [h.size for h in custody.tree_heads(conn)],
            "verifies": custody.verify(conn, vault.verify_key) == [],
            "created_by": vault.meta("created_by"),
            "settings": json.dumps(settings.load().__dict__, default=str, sort_keys=True),
        }
    return seen


def _phase(event: Any) -> str:
    return "analysis" if event.action in ("item.metadata_read", "item.provenance_read") else str(event.action)


def differences(a: dict[str, Any], b: dict[str, Any], where: str) -> list[str]:
    return [
        f"{where}: {key}: real {a.get(key)!r} / decoy {b.get(key)!r}" for key in a if a.get(key) != b.get(key)
    ]


@pytest.mark.slow
def test_a_duress_decoy_reads_like_a_vault_really_used_with_its_items(tmp_path: Path) -> None:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    duress_file = tmp_path / "duress"
    duress_file.write_text(DURESS + "\n", encoding="utf-8")
    files = _files(tmp_path / "F")
    (tmp_path / "E").mkdir()
    (tmp_path / "E" / "testimony.txt").write_bytes(b"names of the officers " + os.urandom(32).hex().encode())
    env_a, env_b = _env(tmp_path / "env-a"), _env(tmp_path / "env-b")
    a, b = tmp_path / "a" / "vault", tmp_path / "b" / "vault"
    a.parent.mkdir()
    b.parent.mkdir()

    # Both created now, the same way; used a little later (a later run of the program).
    code_a = _code_in(_cli(env_a, a, secret, "init"))
    _code_in(_cli(env_b, b, secret, "init"))
    time.sleep(2 * TOLERANCE_S)
    _cli(env_a, a, secret, "import", str(files))
    _cli(env_b, b, secret, "import", str(tmp_path / "E"))
    code_b = _code_in(
        _cli(
            env_b,
            b,
            secret,
            "duress",
            "set",
            "--duress-passphrase-file",
            str(duress_file),
            "--decoy",
            str(files),
        )
    )
    time.sleep(2 * TOLERANCE_S)
    # The examiner's moment: A is opened with its passphrase, B with the duress passphrase.
    _cli(env_a, a, secret, "list")
    _cli(env_b, b, duress_file, "list")
    time.sleep(TOLERANCE_S)

    found = differences(outside(a, env_a), outside(b, env_b), "without a secret")
    os.environ.update({k: env_a[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME")})
    seen_a = inside(a, PASSPHRASE, code_a, tmp_path)
    os.environ.update({k: env_b[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME")})
    seen_b = inside(b, DURESS, code_b, tmp_path)
    found += differences(seen_a, seen_b, "with the secrets")
    print("\n".join(found) or "no difference")
    assert found == []
