"""Golden error reports: one case file per kind of editor mistake.

Each `tests/cases/<name>.yml` names files to write over a copy of the minimal valid
tree (a null value deletes a file; `encoding` saves a file in another encoding) and
`tests/cases/<name>.expected` holds the exact report `wenming check content` prints.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import Result
from testpaths import TESTS

CASES = sorted((TESTS / "cases").glob("*.yml"))


def write_case(spec: dict[str, object], content: Path) -> None:
    files = spec.get("files") or {}
    encodings = spec.get("encoding") or {}
    assert isinstance(files, dict) and isinstance(encodings, dict)
    for rel, text in files.items():
        target = content / rel
        if text is None:
            target.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(str(text).encode(encodings.get(rel, "utf-8")))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_report_matches_golden(
    case: Path, content: Path, wenming: Callable[..., Result], update_golden: bool
) -> None:
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    write_case(spec, content)
    result = wenming("check", "content")
    golden = case.with_suffix(".expected")
    if update_golden:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.exit_code == 1, result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_every_case_has_a_golden_file() -> None:
    assert CASES, "no case files found"
    for case in CASES:
        assert case.with_suffix(".expected").is_file(), f"{case.name} has no .expected file"
