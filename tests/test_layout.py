"""The package's shape: every module says what it is for and stays small, or says why not.

Modules are about 80–250 lines with one job each (README, "Code layout"); one that runs
over LIMIT lines says why in its docstring ("This module is long by design: …",
"Why it is this long: …").
"""

from __future__ import annotations

import ast
import re

from package import ROOT, STAGES, modules

LIMIT = 300
REASON = re.compile(r"\b(?:is long|this long)\b")


def _docstring(name: str) -> str:
    return ast.get_docstring(ast.parse(modules()[name].read_text(encoding="utf-8"))) or ""


def test_every_module_says_what_it_is_for() -> None:
    missing = [name or "generator" for name in modules() if len(_docstring(name)) < 20]
    assert not missing, f"modules without a docstring: {missing}"


def test_no_module_is_long_without_saying_why() -> None:
    long = {
        name: len(path.read_text(encoding="utf-8").splitlines())
        for name, path in modules().items()
        if len(path.read_text(encoding="utf-8").splitlines()) > LIMIT
    }
    unexplained = {n: lines for n, lines in long.items() if not REASON.search(_docstring(n))}
    assert not unexplained, f"modules over {LIMIT} lines with no reason given: {unexplained}"


def test_each_stage_is_a_folder_of_the_package() -> None:
    assert all((ROOT / stage / "__init__.py").is_file() for stage in STAGES)


def test_the_tests_mirror_the_stages() -> None:
    tests = ROOT.parent / "tests"
    empty = [stage for stage in STAGES if not list((tests / stage).glob("test_*.py"))]
    assert not empty, f"stages without a test folder: {empty}"


def test_the_readmes_line_counts_are_the_packages() -> None:
    readme = (ROOT.parent / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Code layout", 1)[1].split("```", 2)[1]
    stated = {
        m[1]: int(m[2].replace(",", "")) for m in re.finditer(r"^  (\w+)/ +([\d,]+) ", layout, re.M)
    }
    counted = {
        stage: sum(
            len(p.read_text(encoding="utf-8").splitlines()) for p in (ROOT / stage).rglob("*.py")
        )
        for stage in STAGES
    }
    assert stated == counted


def test_test_files_have_unique_names() -> None:
    """pytest imports test files by their base name: two of one name stop the run."""
    names = [p.name for p in (ROOT.parent / "tests").rglob("test_*.py")]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
