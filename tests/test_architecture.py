"""Layering and code-quality rules that keep the project honest."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from typing import Any

from tests.support import REPO

CORE = REPO / "src" / "evidence_vault" / "core"


class TestLayering:
    def test_core_never_imports_qt(self) -> None:
        offenders = []
        for path in CORE.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [
                    f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")
                ]
        assert offenders == []

    def test_importing_core_and_cli_loads_no_qt(self) -> None:
        code = (
            "import sys, evidence_vault.cli, evidence_vault.core.evidence.importer\n"
            "import evidence_vault.core.audit.verify\n"
            "sys.exit(1 if any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules) else 0)"
        )
        assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0

    def test_the_gui_runs_no_sql(self) -> None:
        """Queries live in core, next to the schema they depend on (docs/architecture.md)."""
        sql = re.compile(r"\s*(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|PRAGMA)\b")
        runs = ("execute", "executemany", "executescript")
        offenders = []
        for path in (REPO / "src" / "evidence_vault" / "gui").rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr in runs:
                    offenders.append(f"{path.name}:{node.lineno}: .{node.attr}")
                elif isinstance(node, ast.Constant) and isinstance(node.value, str) and sql.match(node.value):
                    offenders.append(f"{path.name}:{node.lineno}: {node.value[:40]!r}")
        assert offenders == []

    def test_no_temporary_files_in_source(self) -> None:
        pattern = ("tempfile", "mkstemp", "NamedTemporaryFile", "QTemporaryFile", "TemporaryDirectory")
        hits = [
            f"{path.relative_to(REPO)}"
            for path in (REPO / "src").rglob("*.py")
            if any(word in path.read_text(encoding="utf-8") for word in pattern)
        ]
        assert hits == []


def _tool() -> Any:
    """tools/architecture_picture.py: the import graph, its floors and the drawing."""
    spec = importlib.util.spec_from_file_location(
        "architecture_picture", REPO / "tools" / "architecture_picture.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


picture = _tool()
import_graph, circles, floor_of, upward_imports = (
    picture.import_graph,
    picture.circles,
    picture.floor_of,
    picture.upward_imports,
)


class TestImportGraph:
    def test_every_core_module_has_a_floor_and_no_import_runs_upward(self) -> None:
        graph = import_graph()
        assert [m for m in graph if m.startswith("evidence_vault.core.") and floor_of(m) is None] == []
        assert upward_imports(graph) == []

    def test_the_floor_check_sees_an_upward_import(self) -> None:
        graph = {"evidence_vault.core.store.schema": {"evidence_vault.core.evidence.items"}}
        assert upward_imports(graph) == [
            "evidence_vault.core.store.schema -> evidence_vault.core.evidence.items"
        ]

    def test_core_has_no_import_circles(self) -> None:
        core = {k: {v for v in vs if v.startswith("evidence_vault.core")} for k, vs in import_graph().items()}
        core = {k: v for k, v in core.items() if k.startswith("evidence_vault.core")}
        assert circles(core) == []

    def test_the_finder_finds_a_circle(self) -> None:
        assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]

    def test_the_drawing_in_docs_is_current(self) -> None:
        assert picture.main(["--check"]) == 0, "run python tools/architecture_picture.py"

    def test_no_module_uses_another_modules_private_names(self) -> None:
        """``from x import _name`` or ``x._name`` across our own modules (the sealing check once
        borrowed ``bundle._read_stream``): a private name is for its own module only."""
        found = []
        for path in (REPO / "src" / "evidence_vault").rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            ours: set[str] = set()
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and (
                    node.level or (node.module or "").startswith("evidence_vault")
                ):
                    for alias in node.names:
                        if alias.name.startswith("_") and not alias.name.startswith("__"):
                            found.append(f"{path.name}:{node.lineno} imports {alias.name}")
                        ours.add(alias.asname or alias.name)
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Name)
                    and node.value.id in ours
                    and node.attr.startswith("_")
                    and not node.attr.startswith("__")
                ):
                    found.append(f"{path.name}:{node.lineno} uses {node.value.id}.{node.attr}")
        assert found == []

    def test_the_tests_run_the_command_line_one_way(self) -> None:
        """Through tests/support.py (run_cli, CliVault, cli_main), not eight ways of their own."""
        ways = ('"evidence_vault.cli"', "from evidence_vault.cli import", "from evidence_vault import cli")
        others = [
            f"{path.relative_to(REPO)}: {way}"
            for path in (REPO / "tests").rglob("*.py")
            if path.name not in ("support.py", "test_architecture.py")
            for line in path.read_text(encoding="utf-8").splitlines()
            for way in ways
            if way in line
        ]
        # test_portable starts the command line from a copied launcher script, as a stick would.
        assert [o for o in others if not o.startswith("tests/test_portable.py")] == []

    def test_no_module_is_over_500_lines(self) -> None:
        """A module that says what it holds stays small; the one left over is named here, with the
        issue that splits it, so that it cannot grow and no other can join it."""
        still_to_split: dict[str, int] = {}  # generated files would be named here
        found = {}
        for path in (REPO / "src" / "evidence_vault").rglob("*.py"):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            name = path.relative_to(REPO / "src" / "evidence_vault").as_posix()
            if lines > 500 and lines > still_to_split.get(name, 0):
                found[name] = lines
        assert found == {}

    def test_core_loads_no_module_by_name(self) -> None:
        """importlib.import_module hides an import from readers and from this graph."""
        for path in CORE.rglob("*.py"):
            assert "import_module(" not in path.read_text(encoding="utf-8"), path


class TestCodeQuality:
    def test_ruff_lint_and_format(self) -> None:
        lint = subprocess.run(
            [sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        assert lint.returncode == 0, lint.stdout
        fmt = subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--check", "src", "tests", "benchmarks"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        assert fmt.returncode == 0, fmt.stdout

    def test_mypy_strict_on_core(self) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout
