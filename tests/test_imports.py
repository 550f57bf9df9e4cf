"""The import graph of generator/ has no cycle.

Every import of a generator module counts as an arrow: at the top of a module, inside a
function, and under ``if TYPE_CHECKING:`` (a type-only import is still a dependency of the
design). A cycle means two stages need each other; move the shared definitions down.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = "generator"
ROOT = Path(__file__).resolve().parent.parent / PACKAGE


def _module_names() -> set[str]:
    return {path.stem for path in ROOT.glob("*.py") if path.stem != "__init__"}


def _targets(node: ast.AST, modules: set[str]) -> set[str]:
    """The generator modules one import statement names."""
    found: set[str] = set()
    if isinstance(node, ast.Import):
        for alias in node.names:
            parts = alias.name.split(".")
            if parts[0] == PACKAGE and len(parts) > 1 and parts[1] in modules:
                found.add(parts[1])
    elif isinstance(node, ast.ImportFrom):
        if node.level > 1:
            raise AssertionError(f"import reaches above {PACKAGE}/: level {node.level}")
        if node.level == 1:
            parts = node.module.split(".") if node.module else []
        elif node.module and node.module.split(".")[0] == PACKAGE:
            parts = node.module.split(".")[1:]
        else:
            return found
        if parts:
            if parts[0] in modules:
                found.add(parts[0])
        else:  # from . import x / from generator import x
            found.update(alias.name for alias in node.names if alias.name in modules)
    return found


def import_graph() -> dict[str, set[str]]:
    """Each generator module → the generator modules it imports."""
    modules = _module_names()
    graph: dict[str, set[str]] = {}
    for name in sorted(modules):
        tree = ast.parse((ROOT / f"{name}.py").read_text(encoding="utf-8"))
        edges: set[str] = set()
        for node in ast.walk(tree):
            edges |= _targets(node, modules)
        edges.discard(name)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def _describe(component: list[str], graph: dict[str, set[str]]) -> str:
    members = set(component)
    arrows = [f"{a} → {b}" for a in component for b in sorted(graph[a] & members)]
    return f"{', '.join(component)}: " + "; ".join(arrows)


def test_the_walk_sees_every_kind_of_import() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "import generator.a\n"
        "from generator import b\n"
        "from .c import x\n"
        "from . import d\n"
        "if TYPE_CHECKING:\n"
        "    from .e import y\n"
        "def f():\n"
        "    from generator.g import z\n"
    )
    modules = set("abcdefg")
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        found |= _targets(node, modules)
    assert found == {"a", "b", "c", "d", "e", "g"}


def test_cycles_are_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_generator_has_no_import_cycle() -> None:
    graph = import_graph()
    assert len(graph) > 10  # the walk found the package
    found = cycles(graph)
    assert not found, "import cycles in generator/:\n" + "\n".join(
        _describe(component, graph) for component in found
    )
