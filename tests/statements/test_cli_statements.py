"""statement, case and search as a user runs them: real subprocesses, exit codes, JSON, the bytes written."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf

from tests.support import CliVault

REAL_NAME = "Ivan Piatrovich Karpenka"
CONTACT = "+375 29 765-43-21"


Ev = CliVault  # the shared helper (tests/support.py)


def test_statement_workflow(tmp_path: Path) -> None:
    ev = Ev(tmp_path)
    ev.ok("init")
    photo = tmp_path / "IMG_0001.JPG"
    photo.write_bytes(b"\xff\xd8\xff\xe0 bruises")
    ev.ok("import", str(photo), "--no-analyse")
    narrative = tmp_path / "narrative.txt"
    narrative.write_text(
        "Мяне затрымалі 10 жніўня. Затрыманне было жорсткім.\n\nЗадержание <script>.", "utf-8"
    )

    out = ev.ok(
        "case", "add", "Akrestsina", "--title", "Акрэсціна, жнівень 2020", "--from", "2020-08-09",
        "--to", "2020-08-14", "--place", "Мінск", "--description", "Затрыманні і збіццё",
    )  # fmt: skip
    assert "Created case" in out
    out = ev.ok(
        "statement", "add", "--title", "Затрыманне на Пушкінскай", "--narrative-file", str(narrative),
        "--pseudonym", "Tsimur", "--witness-name", REAL_NAME, "--witness-contact", CONTACT,
        "--consent", "investigators", "--case", "Akrestsina", "--item", "1", "--body-region", "back",
        "--events-start", "2020-08-10", "--approximate", "--perpetrators", "АМАП",
    )  # fmt: skip
    assert out.startswith("Recorded statement 1 (version 1") and REAL_NAME not in out
    out = ev.ok("statement", "edit", "1", "--injuries", "гематомы", "--tag", "beating")
    assert "recorded version 2" in out

    shown = json.loads(ev.ok("statement", "show", "1", "--json"))
    assert [v["version"] for v in shown["versions"]] == [1, 2]
    assert (
        shown["versions"][0]["fields"]["injuries"] == ""
        and shown["versions"][1]["fields"]["injuries"] == "гематомы"
    )
    assert shown["cases"] == ["Akrestsina"] and shown["tags"] == ["beating"] and shown["items"][0]["id"] == 1
    assert shown["consent"]["audience"] == "investigators" and shown["has_identity"] is True
    assert "identity" not in shown
    with_identity = json.loads(ev.ok("statement", "show", "1", "--json", "--with-identity"))
    assert with_identity["identity"]["real_name"] == REAL_NAME
    assert REAL_NAME in ev.ok("statement", "show", "1", "--with-identity")

    listed = json.loads(ev.ok("statement", "list", "--json"))
    assert listed == [
        {
            "id": 1,
            "pseudonym": "Tsimur",
            "title": "Затрыманне на Пушкінскай",
            "versions": 2,
            "created_at": listed[0]["created_at"],
            "updated_at": listed[0]["updated_at"],
            "consent": "investigators",
        }
    ]
    cases = json.loads(ev.ok("case", "list", "--json"))
    assert [(c["name"], c["items"], c["statements"]) for c in cases] == [("Akrestsina", 0, 1)]
    ev.ok("case", "assign", "Akrestsina", "--item", "1")
    case = json.loads(ev.ok("case", "show", "Akrestsina", "--json"))
    assert case["items"] == [1] and case["statements"] == [1] and case["starts_on"] == "2020-08-09"

    hits = json.loads(ev.ok("search", "затрыма", "--json"))
    assert {(h["kind"], h["id"]) for h in hits} == {("statement", 1), ("case", 1)}
    hits = json.loads(ev.ok("search", "задержание", "--json", "--type", "statement", "--case", "Akrestsina"))
    assert [(h["kind"], h["id"]) for h in hits] == [("statement", 1)]
    assert json.loads(ev.ok("search", "img", "--json", "--tag", "beating")) == []
    assert json.loads(ev.ok("search", "img", "--json", "--case", "Akrestsina"))[0]["kind"] == "item"
    # Filed by mistake: taken out of the case again; the item and statement stay in the archive.
    assert "stay in the archive" in ev.ok("case", "unassign", "Akrestsina", "--item", "1", "--statement", "1")
    case = json.loads(ev.ok("case", "show", "Akrestsina", "--json"))
    assert case["items"] == [] and case["statements"] == []
    assert json.loads(ev.ok("search", "img", "--json", "--case", "Akrestsina")) == []
    assert json.loads(ev.ok("list", "--json"))[0]["id"] == 1
    assert ev("case", "unassign", "Akrestsina", "--item", "1").returncode == 2  # not in it any more
    ev.ok("case", "assign", "Akrestsina", "--item", "1", "--statement", "1")
    assert ev.ok("search", REAL_NAME.split()[-1]).strip() == "Nothing found."
    assert ev("search", "x", "--from", "yesterday").returncode == 2

    # Rendering: the identity is refused (consent does not allow naming), exit 2, nothing written.
    refused = ev("statement", "render", "1", "--out", str(tmp_path / "named.html"), "--with-identity")
    assert refused.returncode == 2 and "did not agree to be named" in refused.stderr
    assert not (tmp_path / "named.html").exists()
    ev.ok("statement", "render", "1", "--out", str(tmp_path / "s.html"))
    ev.ok("statement", "render", "1", "--out", str(tmp_path / "v1.html"), "--version", "1")
    ev.ok("statement", "render", "1", "--out", str(tmp_path / "s.pdf"), "--format", "pdf")
    assert ev("statement", "render", "1", "--out", str(tmp_path / "s.html")).returncode == 2
    html = (tmp_path / "s.html").read_bytes()
    assert b"Tsimur" in html and b"&lt;script&gt;" in html and b"<script" not in html
    assert b"version 1 of 2" in (tmp_path / "v1.html").read_bytes()
    pdf = (tmp_path / "s.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    with pikepdf.open(tmp_path / "s.pdf") as doc:
        assert "Затрыманне на Пушкінскай" in str(doc.docinfo["/Title"])

    # The identity is nowhere: not in what was written, not in the log (text or JSON).
    log_json = ev.ok("log", "--json")
    log_text = ev.ok("log")
    everything = html + pdf + (tmp_path / "v1.html").read_bytes() + (log_json + log_text).encode()
    for secret in (REAL_NAME, "Karpenka", CONTACT, "765-43-21"):
        assert secret.encode() not in everything
    actions = [e["action"] for e in json.loads(log_json)]
    for action in (
        "case.created", "case.updated", "statement.created", "statement.identity_set",
        "consent.recorded", "case.statement_added", "statement.amended", "statement.tagged",
        "case.item_added", "statement.rendered", "case.item_removed", "case.statement_removed",
    ):  # fmt: skip
        assert action in actions
    assert actions.count("statement.rendered") == 3

    # The witness later agrees to be named: now the identity may be rendered, when asked.
    ev.ok(
        "statement",
        "edit",
        "1",
        "--consent",
        "investigators",
        "--may-be-named",
        "--consent-how",
        "in writing",
    )
    ev.ok("statement", "render", "1", "--out", str(tmp_path / "named.html"), "--with-identity")
    assert REAL_NAME.encode() in (tmp_path / "named.html").read_bytes()
    out = ev.ok("statement", "edit", "1", "--withdraw-consent", "--withdrawal-date", "2021-02-03")
    assert "Consent withdrawn" in out and "no new version" in out
    assert "withdrawn on 2021-02-03" in ev.ok("statement", "show", "1")
    assert ev.ok("verify").count("PROBLEM") == 0


def test_usage_errors(tmp_path: Path) -> None:
    ev = Ev(tmp_path)
    ev.ok("init")
    narrative = tmp_path / "n.txt"
    narrative.write_text("text", "utf-8")
    base = ["statement", "add", "--title", "T", "--narrative-file", str(narrative), "--pseudonym", "P"]
    assert ev(*base, "--events-start", "10.08.2020").returncode == 2
    assert ev(*base, "--item", "5").returncode == 2
    assert ev(*base, "--consent", "named-investigators").returncode == 2
    assert ev(*base, "--may-be-named").returncode == 2
    assert ev("statement", "show", "9").returncode == 2
    assert ev("case", "show", "nothing").returncode == 2
    assert json.loads(ev.ok("statement", "list", "--json")) == []
    assert "No statements yet" in ev.ok("statement", "list")
