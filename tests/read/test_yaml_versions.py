"""The hostile inputs get the same answer whichever PyYAML the ranges allow: the lowest that
pyproject.toml accepts (installed into a folder under build/, once) and the one locked, which
`scripts/lock --upgrade` moves to the newest. PyYAML 6.0.4 bundles libyaml 0.2.6, whose own
nesting limit used to speak before our depth check (generator/read/compose.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import yaml
from lockfile import pins
from packaging.requirements import Requirement
from testpaths import REPO, TESTS

# Run here and in a child with the other PyYAML first on sys.path: every hostile input through
# check_content, each answered by its problem kinds and its first problem, where and in words.
REPORT = """
import json, sys, tempfile
from pathlib import Path
import yaml
from hostile_inputs import hostile_inputs, write_tree
from generator.check.content import check_content
out = {}
with tempfile.TemporaryDirectory() as work:
    for hostile in hostile_inputs():
        _, problems = check_content(write_tree(Path(work) / hostile.name, hostile), "content")
        first = problems[0]
        out[hostile.name] = [sorted({p.kind for p in problems}), first.line, first.col, first.text]
print(json.dumps({"yaml": yaml.__version__, "libyaml": yaml.__with_libyaml__, "answers": out}))
"""


def _lowest_allowed() -> str:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (requirement,) = [Requirement(r) for r in project["dependencies"] if r.startswith("pyyaml")]
    (lowest,) = [s.version for s in requirement.specifier if s.operator == ">="]
    return lowest


def _pyyaml_folder(version: str) -> Path:
    """PyYAML `version` alone in build/pyyaml-<version>/, from the package registry once."""
    folder = REPO / "build" / f"pyyaml-{version}"
    done = folder / ".complete"
    if not done.exists():
        command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
        command += ["--only-binary", ":all:", "--target", str(folder), f"pyyaml=={version}"]
        subprocess.run(command, check=True, timeout=300)
        done.touch()
    return folder


def _report(pythonpath: list[Path]) -> dict[str, Any]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(map(str, [*pythonpath, TESTS])),
    }
    result = subprocess.run(
        [sys.executable, "-c", REPORT],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_the_lowest_and_the_locked_pyyaml_answer_every_hostile_input_alike() -> None:
    lowest = _lowest_allowed()
    low = _report([_pyyaml_folder(lowest)])
    locked = _report([])
    assert low["yaml"] == lowest and locked["yaml"] == pins("test")["pyyaml"] == yaml.__version__
    assert low["libyaml"] and locked["libyaml"]  # the C parser, whose limits differ, in both
    assert low["answers"] == locked["answers"]
    kinds, line, col, text = locked["answers"]["deep-flow"]
    assert (kinds, line, col) == (["too_deep"], 4, 25) and "超过 12 层" in text
    assert locked["answers"]["deep-flow-unclosed"][0] == ["too_deep"]
