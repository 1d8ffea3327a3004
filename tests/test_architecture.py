"""Layering and code-quality rules that keep the project honest."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

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


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO / "src").with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Which evidence_vault module imports which, counting every import statement in the
    module: late imports inside functions hide a circle from Python, not from this."""
    files = {_module_name(p): p for p in (REPO / "src" / "evidence_vault").rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join([*anchor, *([node.module] if node.module else [])])
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in files else base
                    for alias in node.names
                ]
            graph[name] |= {t for t in targets if t in files and t != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


# Floors of the core, lowest first: a module imports only from its own floor or below
# (docs/architecture.md draws them; tools/architecture_picture.py makes the drawing).
CORE_FLOORS = [
    ["errors", "placing", "visible", "child"],
    ["crypto"],
    ["store"],
    ["custody"],
    ["session"],
    ["evidence"],
    ["audit", "media"],
    ["sanitize"],
    ["export_plan"],
    ["bundle"],
    ["duress"],
]


def floor_of(module: str) -> int | None:
    parts = module.split(".")
    if parts[:2] != ["evidence_vault", "core"] or len(parts) < 3:
        return None
    return next((n for n, names in enumerate(CORE_FLOORS) if parts[2] in names), None)


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{a} -> {b}"
        for a, targets in graph.items()
        for b in targets
        if floor_of(a) is not None and floor_of(b) is not None and floor_of(b) > floor_of(a)  # type: ignore[operator]
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
