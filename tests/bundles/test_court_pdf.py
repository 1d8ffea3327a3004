"""``bundle report B.evb --identity K --pdf out.pdf``: the court report of a really sealed
bundle, read back with poppler's pdftotext and pdfinfo (independent of Qt, which wrote it):
every page says "N of M" and carries the bundle file's SHA-256, every file's hash, the custody
events and the tree head are there; a tampered bundle gives a FAILED report and exit 1; a
hostile name shows literally; the headings follow the language."""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import tarfile
import unicodedata
from pathlib import Path

import pyrage
import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from tests.support import cli_env, require_tool, run_cli

HOSTILE = "<script>&amp;\u202egpj.exe"


@pytest.fixture
def sealed(vault: Vault, tmp_path: Path) -> tuple[Vault, Path, Path]:
    source = tmp_path / "src"
    source.mkdir()
    (source / "IMG_0042.JPG").write_bytes(b"\xff\xd8\xff" + b"injury photo " * 2000)
    (source / "Сведчанне.txt").write_bytes("Ён бачыў, як іх білі.".encode())
    (source / HOSTILE).write_bytes(b"hostile name")
    Importer(vault, case="Akrestsina").run([source])
    public = recipients.generate_identity_file(tmp_path / "investigator.key")
    recipients.add(vault, "UN mechanism", public)
    out = tmp_path / "case.evb"
    bundle.seal(vault, items.list_items(vault.conn), ["UN mechanism"], out)
    return vault, out, tmp_path / "investigator.key"


def pdf_pages(pdf: Path) -> list[str]:
    """Each page's text as pdftotext reads it (ligatures such as ﬁ unfolded)."""
    count = pdf_page_count(pdf)
    tool = require_tool("pdftotext")
    pages = []
    for page in range(1, count + 1):
        done = subprocess.run(
            [tool, "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        pages.append(unicodedata.normalize("NFKC", done.stdout))
    return pages


def pdf_page_count(pdf: Path) -> int:
    done = subprocess.run([require_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)$", done.stdout, re.MULTILINE)
    assert found, done.stdout
    return int(found.group(1))


def _report(path: Path, key: Path, out: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "bundle", "report", str(path), "--identity", str(key), "--pdf", str(out), env=cli_env(**env)
    )


class TestVerifiedReport:
    def test_every_page_has_its_number_and_the_bundles_fingerprint(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path
    ) -> None:
        _, path, key = sealed
        out = tmp_path / "report.pdf"
        done = _report(path, key, out)
        assert done.returncode == 0, done.stderr
        assert "VERIFIED" in done.stdout
        fingerprint = hashlib.sha256(path.read_bytes()).hexdigest()
        pages = pdf_pages(out)
        assert len(pages) >= 2  # a footer on one page proves little
        for number, text in enumerate(pages, 1):
            assert f"Page {number} of {len(pages)}" in text, text[-400:]
            assert fingerprint in text
        whole = "\n".join(pages)
        assert "VERIFIED" in whole and "FAILED" not in whole

    def test_files_custody_and_tree_head_are_in_it(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path
    ) -> None:
        _, path, key = sealed
        report = bundle.read(path, recipients.load_identity_file(key))
        out = tmp_path / "report.pdf"
        assert _report(path, key, out).returncode == 0
        whole = "\n".join(pdf_pages(out))
        for entry in report.files:
            assert entry["sha256"] in whole
        assert report.tree_head["root"] in whole
        assert report.sealed_by["fingerprint"] in whole
        events = [json.loads(line) for line in report.custody_files["custody/events.jsonl"].splitlines()]
        assert len(events) == 3
        for event in events:
            assert event["hash"] in whole  # the event's SHA-256, beside its sentence and audit path
        assert whole.count("Imported #") == 3  # each file's import event, in words
        assert "Сведчанне.txt" in whole

    def test_a_hostile_name_shows_as_text(self, sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
        _, path, key = sealed
        out = tmp_path / "report.pdf"
        assert _report(path, key, out).returncode == 0
        whole = "\n".join(pdf_pages(out))
        assert "<script>&amp;\\u202egpj.exe" in whole  # the markup as characters, the override as \u202e
        assert "\u202e" not in whole

    def test_refuses_to_overwrite(self, sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
        _, path, key = sealed
        out = tmp_path / "report.pdf"
        out.write_bytes(b"earlier")
        done = _report(path, key, out)
        assert done.returncode == 2
        assert "already exists" in done.stderr and str(out) in done.stderr
        assert "Traceback" not in done.stderr
        assert out.read_bytes() == b"earlier"

    def test_the_headings_follow_the_language(self, sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
        _, path, key = sealed
        out = tmp_path / "report-ru.pdf"
        assert _report(path, key, out, EVIDENCE_VAULT_LANGUAGE="ru").returncode == 0
        pages = pdf_pages(out)
        whole = "\n".join(pages)
        assert "Отчёт о проверке полученного пакета" in whole
        assert "Хронология хранения файла 1" in whole
        assert f"Страница 1 из {len(pages)}" in pages[0]
        assert "Verification report" not in whole and "Custody timeline" not in whole


class TestFailedReport:
    def test_a_swapped_file_gives_a_failed_report_and_exit_1(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path
    ) -> None:
        _, path, key = sealed
        identity = recipients.load_identity_file(key)
        plain = pyrage.decrypt(path.read_bytes(), [identity])
        buffer = io.BytesIO()
        with tarfile.open(fileobj=io.BytesIO(plain)) as source, tarfile.open(fileobj=buffer, mode="w") as tar:
            for member in source.getmembers():
                data = source.extractfile(member).read()  # type: ignore[union-attr]
                if member.name.endswith("IMG_0042.JPG"):
                    data = data.replace(b"injury", b"INJURY", 1)  # the same size, other bytes
                tar.addfile(member, io.BytesIO(data))
        tampered = tmp_path / "tampered.evb"
        tampered.write_bytes(pyrage.encrypt(buffer.getvalue(), [identity.to_public()]))
        out = tmp_path / "failed.pdf"
        done = _report(tampered, key, out)
        assert done.returncode == 1
        assert "FAILED" in done.stdout and "PROBLEM" in done.stderr
        pages = pdf_pages(out)
        whole = "\n".join(pages)
        assert "FAILED: this bundle did not verify" in pages[0]
        assert "IMG_0042.JPG" in whole and "VERIFIED" not in whole
        assert "inclusion proof against the signed head verified" not in whole
        fingerprint = hashlib.sha256(tampered.read_bytes()).hexdigest()
        assert all(fingerprint in page for page in pages)

    def test_a_flipped_byte_gives_a_failed_report_naming_the_damage(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path
    ) -> None:
        _, path, key = sealed
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 1
        damaged = tmp_path / "damaged.evb"
        damaged.write_bytes(bytes(data))
        out = tmp_path / "damaged.pdf"
        done = _report(damaged, key, out)
        assert done.returncode == 1, done.stderr
        whole = " ".join("\n".join(pdf_pages(out)).split())
        assert "FAILED" in whole and "the bundle is damaged or was altered" in whole
        assert hashlib.sha256(bytes(data)).hexdigest() in whole
