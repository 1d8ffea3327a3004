"""C2PA provenance in a real vault: read at import (stage 1), stored with its custody event,
judged again when trust anchors change, shown first by ``show`` and ``show --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.media import store as media_store
from evidence_vault.core.provenance import model, store, trust
from evidence_vault.core.session.vault import Vault
from tests.provenance import signing as s
from tests.support import PASSPHRASE, cli_main


@pytest.fixture(scope="module")
def chain() -> s.Chain:
    return s.make_chain()


def _events(vault: Vault, action: str) -> list[dict[str, object]]:
    rows = vault.conn.execute("SELECT body FROM custody WHERE action = ? ORDER BY seq", (action,)).fetchall()
    return [json.loads(bytes(r[0]))["params"] for r in rows]


def test_import_reads_provenance_and_anchors_rejudge_it(vault: Vault, tmp_path: Path, chain: s.Chain) -> None:
    signed = s.sign(s.plain_jpeg(), chain)
    files = {
        "signed.jpg": signed,
        "changed.jpg": s.change_pixels(signed),
        "edited.jpg": s.edit_manifest(signed),
        "plain.jpg": s.plain_jpeg(colour=(1, 2, 3)),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    Importer(vault).run([tmp_path / n for n in files])
    media_store.analyse_pending(vault)
    verdicts = {n: store.load(vault.conn, i + 1).provenance.verdict for i, n in enumerate(files)}  # type: ignore[union-attr]
    assert verdicts["signed.jpg"] == model.UNTRUSTED  # no anchors installed yet
    assert verdicts["changed.jpg"] == model.CHANGED
    assert verdicts["edited.jpg"] in (model.INVALID_SIGNATURE, model.DAMAGED)
    assert verdicts["plain.jpg"] == model.ABSENT
    events = _events(vault, "item.provenance_read")
    assert sorted(str(e["verdict"]) for e in events) == sorted(verdicts.values())  # two workers: any order
    first = next(e for e in events if e["verdict"] == model.UNTRUSTED)
    assert first["signer"] == "Field Camera 7" and first["claim_generator"] == "EV Test Camera 2.1"
    assert first["anchors"] == 0
    # The author named in the manifest is a HIGH field of the read-out.
    fields = vault.conn.execute("SELECT field, value, risk FROM media_fields WHERE item_id = 1").fetchall()
    assert ("C2PA identity: schema.org author", "Jane Witness", "high") in [tuple(f) for f in fields]

    # Installing the root re-judges what was read with the old (empty) set, and only that.
    trust.add(vault, chain.root_pem)
    assert _events(vault, "provenance.trust_added")[0]["subject"] == "O=Test Newsroom,CN=Test Root CA"
    assert sorted(store.pending(vault.conn, trust.bundle(vault.conn).digest)) == [1, 2, 3, 4]
    summary = media_store.analyse_pending(vault)
    assert summary.provenance == 4 and summary.analysed == 0
    assert store.load(vault.conn, 1).provenance.verdict == model.TRUSTED  # type: ignore[union-attr]
    assert store.load(vault.conn, 2).provenance.verdict == model.CHANGED  # type: ignore[union-attr]
    assert {e["anchors"] for e in _events(vault, "item.provenance_read")[-4:]} == {1}
    assert media_store.analyse_pending(vault).provenance == 0

    # Removing it makes the signer untrusted again at the next analysis.
    trust.remove(vault, trust.anchors(vault.conn)[0].sha256[:12])
    media_store.analyse_pending(vault)
    assert store.load(vault.conn, 1).provenance.verdict == model.UNTRUSTED  # type: ignore[union-attr]

    # Deleting an item deletes its record (it holds names from the file).
    items.delete(vault, items.resolve(vault.conn, "1"), "test")
    assert store.load(vault.conn, 1) is None


def test_a_vault_from_before_gets_provenance_at_the_next_analysis(
    vault: Vault, tmp_path: Path, chain: s.Chain
) -> None:
    (tmp_path / "a.jpg").write_bytes(s.sign(s.plain_jpeg(), chain))
    Importer(vault).run([tmp_path / "a.jpg"])
    media_store.analyse_pending(vault)
    with vault.transaction() as tx:  # as a vault analysed before this version has it
        tx.execute("DELETE FROM provenance_c2pa")
    assert store.pending(vault.conn, trust.bundle(vault.conn).digest) == [1]
    assert media_store.analyse_pending(vault).provenance == 1
    assert store.load(vault.conn, 1).provenance.verdict == model.UNTRUSTED  # type: ignore[union-attr]


def test_broken_anchor_files_are_refused(vault: Vault) -> None:
    from evidence_vault.core.errors import UsageError

    for bad in (b"", b"hello", b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"):
        with pytest.raises(UsageError):
            trust.add(vault, bad)
    assert trust.anchors(vault.conn) == []


def _cli(vault_dir: Path, tmp_path: Path, *args: str) -> int:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return cli_main(["--vault", str(vault_dir), "--passphrase-file", str(secret), *args])


def test_cli_trust_and_show(
    vault_dir: Path, tmp_path: Path, chain: s.Chain, capsys: pytest.CaptureFixture[str]
) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].lock()
    signed = s.sign(s.plain_jpeg(), chain)
    (tmp_path / "signed.jpg").write_bytes(signed)
    (tmp_path / "changed.jpg").write_bytes(s.change_pixels(signed))
    (tmp_path / "root.pem").write_bytes(chain.root_pem)
    assert _cli(vault_dir, tmp_path, "provenance", "trust", "list") == 0
    assert "No trust anchors installed" in capsys.readouterr().out
    assert (
        _cli(vault_dir, tmp_path, "import", str(tmp_path / "signed.jpg"), str(tmp_path / "changed.jpg")) == 0
    )
    capsys.readouterr()
    assert _cli(vault_dir, tmp_path, "show", "1") == 0
    text = capsys.readouterr().out
    assert (
        "Content Credentials (C2PA):\n  Valid signature, signer not in a trusted list: signed by "
        "Field Camera 7" in text
    )
    assert text.index("Content Credentials (C2PA)") < text.index(
        "Captured:"
    )  # the verdict before the metadata
    assert _cli(vault_dir, tmp_path, "provenance", "trust", "add", str(tmp_path / "root.pem")) == 0
    assert "Installed trust anchor" in capsys.readouterr().out
    assert _cli(vault_dir, tmp_path, "show", "1") == 0
    assert "The trust anchors changed since this was read" in capsys.readouterr().out
    assert _cli(vault_dir, tmp_path, "analyse") == 0
    assert "Content Credentials read again for 2 items" in capsys.readouterr().out
    assert _cli(vault_dir, tmp_path, "show", "1") == 0
    text = capsys.readouterr().out
    assert (
        "  Signed by Field Camera 7 (EV Test Camera 2.1); the file has not been changed since it was signed."
        in text
    )
    assert _cli(vault_dir, tmp_path, "show", "2") == 0
    assert "  !!! CHANGED AFTER SIGNING: " in capsys.readouterr().out
    assert _cli(vault_dir, tmp_path, "show", "2", "--json") == 0
    data = json.loads(capsys.readouterr().out)["provenance"]
    assert data["verdict"] == "changed_after_signing" and data["broken"] is True
    assert data["headline"].startswith("CHANGED AFTER SIGNING") and data["anchors_current"] is True
    assert data["manifests"][0]["signer"] == "Field Camera 7"
    assert _cli(vault_dir, tmp_path, "provenance", "trust", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 1 and listed[0]["subject"] == "O=Test Newsroom,CN=Test Root CA"
    assert _cli(vault_dir, tmp_path, "provenance", "trust", "remove", str(listed[0]["id"])) == 0
