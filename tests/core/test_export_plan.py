"""core/export_plan: what an export takes, decided once for the command line and the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_vault.core import export_plan
from evidence_vault.core.errors import UsageError
from evidence_vault.core.evidence import cases, items, statements
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault


@pytest.fixture
def filed(vault: Vault, tmp_path: Path) -> Vault:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(name)
    Importer(vault, case="C").run([tmp_path / "a.txt", tmp_path / "b.txt"])
    Importer(vault).run([tmp_path / "c.txt"])
    sid = statements.create(
        vault,
        statements.Fields(title="t", narrative="n"),
        "Witness A",
        consent=statements.ConsentInput("named-investigators", ("investigator",), may_be_named=False),
    )
    cases.add_statement(vault, "C", sid)
    return vault


def test_a_case_brings_items_and_statements_each_once_in_order(filed: Vault) -> None:
    c = next(i for i in items.list_items(filed.conn) if i.name == "c.txt")
    plan = export_plan.choose(filed.conn, chosen=[c], refs=["1", "1"], case="C", statement_ids=[1])
    assert [i.name for i in plan.items] == ["a.txt", "b.txt", "c.txt"]
    assert plan.statement_ids == [1] and plan.case == "C"


def test_deleted_items(filed: Vault) -> None:
    first = items.resolve(filed.conn, "1")
    items.delete(filed, first, "a duplicate")
    with pytest.raises(UsageError, match="item 1 was deleted"):
        export_plan.choose(filed.conn, refs=["1"])
    assert [i.id for i in export_plan.choose(filed.conn, case="C").items] == [2]


def test_nothing_and_unknown(filed: Vault) -> None:
    with pytest.raises(export_plan.NothingToExport):
        export_plan.choose(filed.conn)
    with pytest.raises(UsageError, match="no case"):
        export_plan.choose(filed.conn, case="no such case")


def test_consents_say_why(filed: Vault) -> None:
    (allowed,) = export_plan.consents(filed.conn, [1], ["investigator"])
    assert allowed.allowed and allowed.pseudonym == "Witness A"
    (refused,) = export_plan.consents(filed.conn, [1], ["blogger"])
    assert not refused.allowed and "blogger" in refused.reason
    (named,) = export_plan.consents(filed.conn, [1], ["investigator"], include_identity=True)
    assert not named.allowed and "named" in named.reason


def test_risk_reports_count_and_stop(filed: Vault) -> None:
    chosen = items.list_items(filed.conn)
    seen: list[int] = []
    reports = export_plan.risk_reports(filed, chosen, progress=seen.append)
    assert [r.item_id for r in reports] == [i.id for i in chosen] and seen == [1, 2, 3]
    assert export_plan.risk_reports(filed, chosen, cancelled=lambda: True) == []
