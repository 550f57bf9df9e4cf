"""The command line names its sentences by key: the wording lives in report/messages.py.

A Chinese string literal in cli.py (outside a docstring, which click shows as the help of
a command) is a sentence someone would have to find there; it belongs in messages.py.
The same holds for the publish/ modules that speak for the command line.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from testpaths import REPO

from generator.report.messages import MESSAGES

# Chinese characters: a list separator such as "、" alone is punctuation, not a sentence.
HAN = re.compile(r"[\u4e00-\u9fff]")
SPEAKERS = [
    "generator/cli.py",
    "generator/publish/newrecord.py",
    "generator/publish/serving.py",
    "generator/publish/refused.py",
    "generator/publish/outputdir.py",
    "generator/publish/sitemarker.py",
    "generator/site/search/worker.py",
]


def _docstrings(tree: ast.AST) -> set[int]:
    """id() of every docstring constant: a module's, a class's, a function's first string."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def chinese_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal with Chinese in it that is not a docstring."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and HAN.search(node.value)
    ]


def test_the_check_itself_finds_a_sentence_and_spares_a_docstring() -> None:
    source = '"""模块。"""\ndef f():\n    """命令。"""\n    return f"已发布 {1}"\n'
    assert chinese_literals(source) == [(4, "已发布 ")]


@pytest.mark.parametrize("path", SPEAKERS)
def test_no_chinese_sentence_outside_docstrings(path: str) -> None:
    found = chinese_literals((REPO / path).read_text(encoding="utf-8"))
    assert found == [], f"{path}: move these into report/messages.py: {found}"


def test_every_key_cli_says_exists() -> None:
    tree = ast.parse((REPO / "generator/cli.py").read_text(encoding="utf-8"))
    keys = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "say"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(keys) > 20
    assert sorted(keys - set(MESSAGES)) == []


def test_cli_section_sits_above_serve_port_busy() -> None:
    text = Path(REPO / "generator/report/messages.py").read_text(encoding="utf-8")
    section = text.index("# --- the command line (cli.py) and publish/")
    assert section < text.index('"check_passed":') < text.index('    "serve_port_busy":')
