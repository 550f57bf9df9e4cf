"""Reports echo the editor's text; control, escape and bidi characters in it are shown escaped.

YAML's double-quoted escapes (`"\\e[31m"`, `"\\u202e"`, `"\\0"`) make characters the loader
refuses in a file's raw text. Echoed into a terminal or a CI log they would recolour,
reorder or hide the report: every format shows them as visible escapes instead.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from generator.report.problems import Problem, format_report

# An unknown key, echoed as the field and in the message; a value the models refuse unechoed.
HOSTILE = '"\\e[31mred\\u202eevil\\0\\x85\\x7f\\u200b": x\nservices: ["\\e]0;title\\a"]\n'


def dangerous(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs")]


@pytest.mark.parametrize("fmt", ["text", "github", "json"])
def test_echoed_values_are_escaped_in_every_format(
    content: Path, wenming: Callable[..., Result], fmt: str
) -> None:
    site = content / "sites" / "maquan-suo.yml"
    site.write_text(site.read_text(encoding="utf-8") + HOSTILE, encoding="utf-8")
    result = wenming("check", "content", "--no-cache", "--format", fmt)
    assert result.exit_code == 1
    report = result.stdout
    assert [c for c in dangerous(report) if c != "\n"] == []
    if fmt == "json":
        data = json.loads(report)  # JSON's own escapes: a program gets the exact text back
        assert any(p["field"] == "\x1b[31mred\u202eevil\x00\x85\x7f\u200b" for p in data)
    else:
        assert "\\x1b[31mred\\u202eevil\\x00\\x85\\x7f\\u200b" in report


def test_a_problem_keeps_its_text_and_only_its_rendering_escapes() -> None:
    problem = Problem("a\x1b.yml", 1, 1, "k\u2066", "值\u202e\n", "x")
    assert problem.text == "值\u202e\n"
    assert problem.as_text() == "a\\x1b.yml:1:1: k\\u2066 — 值\\u202e\\n"
    assert "\u202e" not in format_report([problem], "github")
    assert "\u202e" not in format_report([problem], "json")
    assert "\\u202e" in format_report([problem], "json")
