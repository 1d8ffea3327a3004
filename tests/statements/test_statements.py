"""Statements in core: versions, consent at export, identity kept apart, rendering."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pikepdf
import pytest

from evidence_vault.core.audit import verify
from evidence_vault.core.crypto import canonical
from evidence_vault.core.custody import log as custody
from evidence_vault.core.errors import UsageError
from evidence_vault.core.evidence import render, statements
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.evidence.statements import ConsentInput, Fields
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import search

REAL_NAME = "Ivan Piatrovich Karpenka"
CONTACT = "+375 29 765-43-21, ivan.k@example.org"
NARRATIVE_BE = (
    "Мяне затрымалі 10 жніўня 2020 года каля Пушкінскай. Затрыманне было жорсткім: "
    "мяне білі дубінкамі ў аўтазаку."
)


def _fields(**changes: object) -> Fields:
    base = Fields(
        title="Затрыманне каля Пушкінскай",
        narrative=NARRATIVE_BE,
        events_start="2020-08-10T23:30",
        events_end="2020-08-13",
        place_of_events="Мінск, праспект Пушкіна",
        place_of_detention="ЦІП на Акрэсціна",
        perpetrators="АМАП, чорная форма без знакаў, мікрааўтобус",
        injuries="гематомы на спіне і нагах",
        body_regions=("back", "left leg", "right leg"),
        interviewer="Documenter A",
        interview_date="2020-09-01",
        language="be",
    )
    return Fields.from_json({**base.to_json(), **changes})


def _statement(vault: Vault, **kwargs: object) -> int:
    defaults: dict[str, object] = {
        "identity": (REAL_NAME, CONTACT),
        "consent": ConsentInput("investigators", how_given="orally, recorded on audio"),
    }
    defaults.update(kwargs)
    return statements.create(vault, _fields(), "Tsimur (not his real name)", **defaults)  # type: ignore[arg-type]


def _raw_custody(vault: Vault) -> bytes:
    return b"\n".join(bytes(r[0]) for r in vault.conn.execute("SELECT body FROM custody ORDER BY seq"))


class TestVersions:
    def test_amend_keeps_old_versions_each_hashed_and_in_custody(self, vault: Vault) -> None:
        sid = _statement(vault)
        assert statements.amend(vault, sid, _fields(injuries="зламанае рабро")) == 2
        assert statements.amend(vault, sid, _fields(injuries="зламанае рабро"), pseudonym="Tsimur") == 3
        # nothing changed: no version
        assert statements.amend(vault, sid, _fields(injuries="зламанае рабро"), pseudonym="Tsimur") is None
        st = statements.get(vault.conn, sid)
        assert [v.number for v in st.versions] == [1, 2, 3]
        assert st.versions[0].fields.injuries == "гематомы на спіне і нагах"
        assert st.versions[0].pseudonym == "Tsimur (not his real name)"
        assert st.latest.fields.injuries == "зламанае рабро" and st.pseudonym == "Tsimur"
        for version in st.versions:
            # the hash is of the stored canonical body, which decodes back to the version
            assert hashlib.sha256(version.body).hexdigest() == version.sha256
            assert canonical.encode(json.loads(version.body)) == version.body
        events = [
            e for e in custody.events(vault.conn) if e.action in ("statement.created", "statement.amended")
        ]
        assert [e.action for e in events] == [
            "statement.created",
            "statement.amended",
            "statement.amended",
        ]
        assert [e.body["objects"] for e in events] == [[v.sha256] for v in st.versions]
        assert [e.body["params"]["version"] for e in events] == [1, 2, 3]
        assert events[2].body["params"]["previous_sha256"] == st.versions[1].sha256
        assert verify.verify(vault).ok

    def test_links_to_items_are_part_of_the_version(self, vault: Vault, tmp_path: Path) -> None:
        photo = tmp_path / "IMG_0001.JPG"
        photo.write_bytes(b"\xff\xd8\xff\xe0 photo of the bruises")
        Importer(vault).run([photo])
        sid = _statement(vault, items=[1])
        st = statements.get(vault.conn, sid)
        assert st.latest.items == [{"id": 1, "sha256": hashlib.sha256(photo.read_bytes()).hexdigest()}]
        created = custody.latest(vault.conn, "statement.created")
        assert created is not None and created.body["items"] == [1]
        assert "statement.created" in [e.action for e in custody.events(vault.conn, 1)]
        with pytest.raises(UsageError, match="no item 99"):
            statements.amend(vault, sid, items=[99])

    def test_bad_input_is_refused_in_plain_words(self, vault: Vault) -> None:
        with pytest.raises(UsageError, match="needs a title"):
            statements.create(vault, _fields(title="  "), "T")
        with pytest.raises(UsageError, match="date like"):
            statements.create(vault, _fields(events_start="10 August"), "T")
        with pytest.raises(UsageError, match="unknown body region"):
            statements.create(vault, _fields(body_regions=("soul",)), "T")
        with pytest.raises(UsageError, match="must not contain the witness's real name"):
            statements.create(vault, _fields(), "Ivan Piatrovich Karpenka", identity=(REAL_NAME, ""))
        with pytest.raises(UsageError, match="no statement 7"):
            statements.get(vault.conn, 7)
        assert vault.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 0


class TestConsent:
    def test_export_allowed_follows_the_consent(self, vault: Vault) -> None:
        none_yet = statements.get(vault.conn, _statement(vault, consent=None))
        allowed, reason = statements.export_allowed(none_yet, "investigators")
        assert (
            not allowed
            and reason == f"No consent is recorded for statement {none_yet.id}, so it cannot be exported."
        )

        nobody = statements.get(vault.conn, _statement(vault, consent=ConsentInput("none")))
        assert statements.export_allowed(nobody, "investigators") == (
            False,
            f"The witness has not agreed to anyone seeing statement {nobody.id} yet.",
        )

        inv = statements.get(vault.conn, _statement(vault))
        assert statements.export_allowed(inv, "investigators")[0]
        assert statements.export_allowed(inv, "named-investigators", ["Anna Zh."])[0]
        allowed, reason = statements.export_allowed(inv, "public")
        assert not allowed and "only to investigators" in reason and "not the public" in reason
        allowed, reason = statements.export_allowed(inv, "investigators", include_identity=True)
        assert not allowed and "did not agree to be named" in reason and "Tsimur" in reason

        named = statements.get(
            vault.conn,
            _statement(
                vault,
                consent=ConsentInput("named-investigators", ("Anna Zh.", "Pavel K."), may_be_named=True),
            ),
        )
        assert statements.export_allowed(named, "named-investigators", ["anna  zh."], include_identity=True)[
            0
        ]
        allowed, reason = statements.export_allowed(named, "named-investigators", ["Anna Zh.", "Oleg M."])
        assert not allowed and reason.startswith("The witness did not agree to Oleg M. seeing")
        allowed, reason = statements.export_allowed(named, "investigators")
        assert not allowed and "not to investigators in general" in reason

        public = statements.get(vault.conn, _statement(vault, consent=ConsentInput("public-anonymised")))
        assert statements.export_allowed(public, "public")[0]
        assert not statements.export_allowed(public, "public", include_identity=True)[0]

    def test_withdrawal_stops_every_export_and_is_logged_without_names(self, vault: Vault) -> None:
        sid = _statement(vault, consent=ConsentInput("public-anonymised", may_be_named=True))
        statements.withdraw_consent(vault, sid, "2021-03-02")
        st = statements.get(vault.conn, sid)
        for kind in ("investigators", "public"):
            allowed, reason = statements.export_allowed(st, kind)
            assert not allowed
            assert (
                reason == f"The witness withdrew consent for statement {sid} on 2021-03-02, "
                "so it cannot be exported."
            )
        with pytest.raises(UsageError, match="already withdrawn"):
            statements.withdraw_consent(vault, sid)
        # a new consent (the witness agreed again) counts; the history keeps both
        statements.record_consent(vault, sid, ConsentInput("investigators", given_on="2021-05-01"))
        st = statements.get(vault.conn, sid)
        assert statements.export_allowed(st, "investigators")[0]
        assert [c.withdrawn_at for c in st.consent_history] == ["2021-03-02", None]
        actions = [e.action for e in custody.events(vault.conn)]
        assert actions.count("consent.recorded") == 2 and actions.count("consent.withdrawn") == 1

    def test_named_consent_needs_names(self, vault: Vault) -> None:
        with pytest.raises(UsageError, match="at least one name"):
            _statement(vault, consent=ConsentInput("named-investigators"))


class TestIdentityApart:
    def test_identity_never_in_versions_custody_index_or_default_render(self, vault: Vault) -> None:
        sid = _statement(vault, consent=ConsentInput("named-investigators", ("Anna Zh.",)))
        statements.set_identity(vault, sid, REAL_NAME, CONTACT)
        statements.amend(vault, sid, _fields(language="ru"))
        st = statements.get(vault.conn, sid)
        assert statements.identity(vault.conn, sid) is not None
        secrets = [REAL_NAME, "Karpenka", CONTACT, "765-43-21", "ivan.k@example.org", "Anna Zh."]
        places = {
            "custody": _raw_custody(vault),
            "versions": b"".join(v.body for v in st.versions),
            "search index": json.dumps(
                vault.conn.execute("SELECT title, body, extra FROM search_index").fetchall(),
                ensure_ascii=False,
            ).encode(),
            "statement json": json.dumps(st.to_json(), ensure_ascii=False).encode().replace(b"Anna Zh.", b""),
            "html": render.render_html(vault.conn, st).encode(),
        }
        for where, data in places.items():
            for secret in secrets:
                if where == "statement json" and secret == "Anna Zh.":
                    continue  # the consent record itself names the investigators (not the witness)
                assert secret.encode() not in data, f"{secret!r} found in {where}"
        assert search.search(vault.conn, search.Query("Karpenka")) == []
        assert b"Tsimur" in places["html"]
        identity_events = [e for e in custody.events(vault.conn) if e.action == "statement.identity_set"]
        assert [e.body["params"] for e in identity_events] == [
            {"statement": sid, "has_name": True, "has_contact": True}
        ] * 2

    def test_identity_rendered_only_when_chosen_and_allowed(self, vault: Vault, tmp_path: Path) -> None:
        refused = statements.get(vault.conn, _statement(vault))
        with pytest.raises(UsageError, match="did not agree to be named"):
            render.render_html(vault.conn, refused, include_identity=True)
        with pytest.raises(UsageError, match="did not agree to be named"):
            render.export(vault, refused, tmp_path / "x.html", b"x", fmt="html", include_identity=True)
        assert not (tmp_path / "x.html").exists()
        agreed = statements.get(
            vault.conn, _statement(vault, consent=ConsentInput("investigators", may_be_named=True))
        )
        page = render.render_html(vault.conn, agreed, include_identity=True)
        assert REAL_NAME in page and "ivan.k@example.org" in page


HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> \u202egpj.exe \x1b[2J & "q"'


class TestRender:
    def test_html_escapes_hostile_text(self, vault: Vault) -> None:
        sid = statements.create(
            vault, _fields(title=HOSTILE, narrative=HOSTILE + "\n\nabzac"), "T<b>x</b>", consent=None
        )
        page = render.render_html(vault.conn, statements.get(vault.conn, sid))
        assert "<script" not in page and "<img" not in page and "<b>" not in page
        assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
        assert "\u202e" not in page and "\\u202egpj.exe" in page
        assert "\x1b" not in page and "\\x1b[2J" in page
        assert "&amp; &quot;q&quot;" in page
        assert "Consent</th>" in page and "not recorded" in page

    def test_old_version_renders_and_export_is_recorded(self, vault: Vault, tmp_path: Path) -> None:
        sid = _statement(vault)
        statements.amend(vault, sid, _fields(title="Новая назва"))
        st = statements.get(vault.conn, sid)
        old = render.render_html(vault.conn, st, version=1)
        assert "Затрыманне каля Пушкінскай" in old and "version 1 of 2" in old
        document = render.render_html(vault.conn, st).encode()
        out = tmp_path / "statement.html"
        render.export(vault, st, out, document, fmt="html")
        assert out.read_bytes() == document and (out.stat().st_mode & 0o777) == 0o600
        event = custody.latest(vault.conn, "statement.rendered")
        assert event is not None
        assert event.body["params"]["with_identity"] is False and event.body["params"]["version"] == 2
        assert event.body["objects"] == [st.latest.sha256, hashlib.sha256(document).hexdigest()]
        with pytest.raises(UsageError, match="already exists"):
            render.export(vault, st, out, document, fmt="html")

    def test_pdf_with_qt(self, vault: Vault) -> None:
        from evidence_vault.render_pdf import html_to_pdf

        st = statements.get(vault.conn, _statement(vault))
        pdf = html_to_pdf(render.render_html(vault.conn, st), f"Statement {st.id}: {st.pseudonym}")
        assert pdf.startswith(b"%PDF")
        with pikepdf.open(io.BytesIO(pdf)) as doc:
            assert len(doc.pages) >= 1
            assert "Tsimur" in str(doc.docinfo["/Title"])
            fonts = {str(f) for page in doc.pages for f in page.resources.get("/Font", {})}
            assert fonts
        assert REAL_NAME.encode() not in pdf


class TestCaseMembership:
    def test_item_and_statement_taken_out_of_a_case(self, vault: Vault, tmp_path: Path) -> None:
        from evidence_vault.core.evidence import cases, items

        photo = tmp_path / "photo.jpg"
        photo.write_bytes(b"\xff\xd8\xff\xe0 not really a picture")
        Importer(vault).run([photo])
        item = items.list_items(vault.conn)[0]
        sid = _statement(vault)
        cases.add(vault, "Akrestsina")
        cases.add_item(vault, "Akrestsina", item.id)
        cases.add_statement(vault, "Akrestsina", sid)
        in_case = search.Query("photo", kind="item", case="Akrestsina")
        assert [h.id for h in search.search(vault.conn, in_case)] == [item.id]

        cases.remove_item(vault, "Akrestsina", item.id)
        cases.remove_statement(vault, "Akrestsina", sid)
        case = cases.get(vault.conn, "Akrestsina")
        assert case.items == [] and case.statements == []
        assert search.search(vault.conn, in_case) == []
        assert [i.id for i in items.list_items(vault.conn)] == [item.id]  # the item itself stays
        removed = custody.latest(vault.conn, "case.item_removed")
        assert removed is not None and removed.body["params"] == {"name": "Akrestsina", "item": item.id}
        assert removed.body["objects"] == [item.sha256]
        assert custody.latest(vault.conn, "case.statement_removed") is not None
        with pytest.raises(UsageError, match="not in the case"):
            cases.remove_item(vault, "Akrestsina", item.id)
        with pytest.raises(UsageError, match="no case named"):
            cases.remove_statement(vault, "Nowhere", sid)
        assert verify.verify(vault).ok
