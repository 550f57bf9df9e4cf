"""The import graph of generator/: no cycle, and no arrow from a later stage back up.

Every import of a generator module counts as an arrow: at the top of a module, inside a
function, and under ``if TYPE_CHECKING:`` (a type-only import is still a dependency of the
design). A cycle means two modules need each other; an import from a later stage into an
earlier one means the data no longer flows one way. Move the shared definition down.
"""

from __future__ import annotations

import ast
from pathlib import Path

from package import PACKAGE, STAGES, TOP, modules


def _package_of(name: str, path: Path) -> list[str]:
    parts = name.split(".") if name else []
    return parts if path.name == "__init__.py" else parts[:-1]


def targets(node: ast.AST, package: list[str], known: set[str]) -> set[str]:
    """The generator modules one import statement names (`package`: the importer's package)."""
    found: set[str] = set()
    if isinstance(node, ast.Import):
        for alias in node.names:
            parts = alias.name.split(".")
            if parts[0] == PACKAGE:
                found.add(".".join(parts[1:]))
        return found & known
    if not isinstance(node, ast.ImportFrom):
        return found
    if node.level:
        if node.level - 1 > len(package):
            raise AssertionError(f"import reaches above {PACKAGE}/: level {node.level}")
        base = package[: len(package) - (node.level - 1)]
    elif node.module and node.module.split(".")[0] == PACKAGE:
        base, node_module = [], ".".join(node.module.split(".")[1:])
        return _from(base, node_module, node, known)
    else:
        return found
    return _from(base, node.module or "", node, known)


def _from(base: list[str], module: str, node: ast.ImportFrom, known: set[str]) -> set[str]:
    parent = [*base, *module.split(".")] if module else base
    found = {".".join(parent)}
    # from . import x: x is a module when one of that name exists, else a name in parent
    for alias in node.names:
        child = ".".join([*parent, alias.name])
        if child in known:
            found.add(child)
    return {name for name in found if name in known or not name}


def import_graph() -> dict[str, set[str]]:
    """Each generator module → the generator modules it imports."""
    files = modules()
    known = set(files)
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = _package_of(name, path)
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            edges |= targets(node, package, known)
        # A module's own package (__init__: a docstring) is no arrow; nor is the module itself.
        edges -= {name, *(".".join(package[:i]) for i in range(len(package) + 1))}
        graph[name] = edges
    return graph


def stage(name: str) -> int:
    first = name.split(".")[0]
    return STAGES.index(first) if first in STAGES else TOP


def backward(graph: dict[str, set[str]]) -> list[str]:
    """Imports from a later stage into an earlier one, and imports of the top."""
    return sorted(
        f"{a} → {b}"
        for a, edges in graph.items()
        for b in edges
        if b and (stage(b) > stage(a) or (stage(b) == TOP and stage(a) < TOP))
    )


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
        for nxt in sorted(graph.get(node, ())):
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
        "import generator.read.a\n"
        "from generator.check import b\n"
        "from .c import x\n"
        "from . import d\n"
        "from .. import __version__\n"
        "if TYPE_CHECKING:\n"
        "    from ..records.e import y\n"
        "def f():\n"
        "    from generator.site.g import z\n"
    )
    known = {"", "read.a", "check.b", "site.c", "site.d", "records.e", "site.g", "site"}
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        found |= targets(node, ["site"], known)
    assert found == {"", "read.a", "check.b", "site.c", "site.d", "records.e", "site.g", "site"}


def test_cycles_are_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_backward_imports_are_found() -> None:
    graph = {
        "records.fields": {"check.content"},  # earlier → later: refused
        "site.pages": {"records.fields", "site.urls"},  # later → earlier, same stage: fine
        "publish.edition": {"cli"},  # a stage importing the top: refused
        "cli": {"publish.edition"},
    }
    assert backward(graph) == ["publish.edition → cli", "records.fields → check.content"]


def test_every_module_is_in_a_stage_or_at_the_top() -> None:
    top = sorted(name for name in modules() if "." not in name and name not in STAGES)
    assert top == ["", "__main__", "cli", "cliadmin", "clitext", "plugin", "preview"]


def test_generator_has_no_import_cycle() -> None:
    graph = import_graph()
    assert len(graph) > 10  # the walk found the package
    found = cycles(graph)
    assert not found, "import cycles in generator/:\n" + "\n".join(
        _describe(component, graph) for component in found
    )


def test_data_flows_one_way_through_the_stages() -> None:
    found = backward(import_graph())
    assert not found, "imports against the flow of the stages:\n" + "\n".join(found)
