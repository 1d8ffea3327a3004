"""Draw the package structure of evidence_vault from its imports: docs/architecture.svg.

    python tools/architecture_picture.py          # write docs/architecture.svg
    python tools/architecture_picture.py --check  # exit 1 if the drawing is out of date

Boxes are packages (and the modules that stand alone beside them), one row per floor, the
highest floor on top; an arrow from A to B means some module in A imports one in B. The
floors are the rule tests/test_architecture.py enforces: no import runs upward, so every
arrow points down (or along its own row). The import graph counts every import statement,
also those inside functions, and this file is where it is computed for the tests too.
"""

from __future__ import annotations

import ast
import html
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "evidence_vault"
OUT = ROOT / "docs" / "architecture.svg"

# Lowest first. The app and the command line stand on the core; the core's floors follow.
CORE_FLOORS = [
    ["errors", "placing", "visible", "child"],
    ["crypto"],
    ["store"],
    ["custody"],
    ["session"],
    ["evidence"],
    ["audit", "media", "proofmode", "provenance"],
    ["sanitize"],
    ["anonymise"],
    ["export_plan"],
    ["bundle"],
    ["duress"],
]
APP_FLOOR = ["i18n", "children", "render_pdf"]
TOP_FLOOR = ["gui", "cli", "__main__"]


def module_name(path: Path, src: Path) -> str:
    parts = path.relative_to(src).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Which evidence_vault module imports which, counting every import statement in the
    module: late imports inside functions hide a circle from Python, not from this."""
    src = package.parent
    files = {module_name(p, src): p for p in package.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        home = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = home.split(".")
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join([*anchor, *([node.module] if node.module else [])])
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names]
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
        for other in sorted(graph.get(node, ())):
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


def box_of(module: str) -> str | None:
    """The box a module is drawn in: core.<package or module>, or the top-level package."""
    parts = module.split(".")
    if parts[0] != "evidence_vault" or len(parts) < 2:
        return None
    if parts[1] == "core":
        return f"core.{parts[2]}" if len(parts) > 2 else None
    return parts[1]


def floors() -> list[list[str]]:
    """Rows of boxes, highest first."""
    core = [[f"core.{name}" for name in row] for row in CORE_FLOORS]
    return [TOP_FLOOR, APP_FLOOR, *reversed(core)]


def floor_of(module: str) -> int | None:
    """A core module's floor (0 is the lowest), or None outside the core."""
    box = box_of(module)
    if box is None or not box.startswith("core."):
        return None
    return next((n for n, row in enumerate(CORE_FLOORS) if box[5:] in row), None)


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{a} -> {b}"
        for a, targets in graph.items()
        for b in targets
        if floor_of(a) is not None and floor_of(b) is not None and floor_of(b) > floor_of(a)  # type: ignore[operator]
    )


def box_edges(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    edges = set()
    for a, targets in graph.items():
        for b in targets:
            box_a, box_b = box_of(a), box_of(b)
            if box_a and box_b and box_a != box_b:
                edges.add((box_a, box_b))
    return edges


def svg(graph: dict[str, set[str]]) -> str:
    rows = floors()
    modules = {box: sum(1 for m in graph if box_of(m) == box) for row in rows for box in row}
    width, row_height, gap = 1000, 74, 16
    boxes: dict[str, tuple[float, float, float, float]] = {}
    parts: list[str] = []
    for r, row in enumerate(rows):
        y = 20 + r * row_height
        box_w = min(220.0, (width - 40 - gap * (len(row) - 1)) / len(row))
        x = (width - (box_w * len(row) + gap * (len(row) - 1))) / 2
        if len(row) == 1:  # lone boxes zig-zag, so that long arrows pass beside them, not through
            x = width * (0.3 if r % 2 else 0.62) - box_w / 2
        for name in row:
            boxes[name] = (x, y, box_w, 36)
            x += box_w + gap
    edges = box_edges(graph)
    for a, b in sorted(edges):
        if a not in boxes or b not in boxes or (a in TOP_FLOOR and b.startswith("core.")):
            continue  # the app and the command line use most floors: said in words, not drawn
        ax, ay, aw, ah = boxes[a]
        bx, by, bw, _ = boxes[b]
        x1, y1, x2, y2 = ax + aw / 2, ay + ah, bx + bw / 2, by
        colour = "#9aa5b1" if a in TOP_FLOOR else "#52606d"
        parts.append(
            f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="{colour}" '
            f'stroke-width="1" marker-end="url(#arrow)" opacity="0.75"/>'
        )
    for name, (x, y, w, h) in boxes.items():
        label = name.removeprefix("core.")
        core = name.startswith("core.")
        fill = "#e3f2fd" if core else "#fff3e0"
        count = modules.get(name, 0)
        parts.append(
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h}" rx="6" fill="{fill}" '
            'stroke="#1f2933"/>'
        )
        text = html.escape(f"{label}/" if count > 1 else label)
        parts.append(
            f'<text x="{x + w / 2:.0f}" y="{y + 17:.0f}" text-anchor="middle" font-size="14" '
            f'font-family="DejaVu Sans, sans-serif">{text}</text>'
        )
        if count > 1:
            parts.append(
                f'<text x="{x + w / 2:.0f}" y="{y + 31:.0f}" text-anchor="middle" font-size="10" '
                'fill="#52606d" '
                f'font-family="DejaVu Sans, sans-serif">{count} modules</text>'
            )
    height = 50 + len(rows) * row_height
    legend = (
        f'<text x="20" y="{height - 8}" font-size="11" fill="#52606d" font-family="DejaVu Sans, sans-serif">'
        "Generated by tools/architecture_picture.py from the imports. Blue: evidence_vault.core, one row per "
        "floor; an arrow is an import, and none runs upward.</text>"
        f'<text x="20" y="{height - 24}" font-size="11" fill="#52606d" font-family="DejaVu Sans, sans-serif">'
        "gui/ and cli/ import from most floors of the core (those arrows are left out); "
        "nothing imports them.</text>"
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 10}" '
        f'viewBox="0 0 {width} {height + 10}">\n'
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#52606d"/></marker></defs>\n'
        '<rect width="100%" height="100%" fill="white"/>\n' + "\n".join(parts) + "\n" + legend + "\n</svg>\n"
    )


def main(argv: list[str]) -> int:
    drawing = svg(import_graph())
    if "--check" in argv:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != drawing:
            print(f"{OUT} is out of date: run python tools/architecture_picture.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(drawing, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
