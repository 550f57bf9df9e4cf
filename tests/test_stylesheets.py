"""The theme's style sheets are well formed: a rule left open swallows every rule after it
(a merge once dropped one brace, and the screen-reader-only labels showed on every page)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ASSETS = Path(__file__).resolve().parents[1] / "theme" / "assets"
SHEETS = sorted(ASSETS.glob("*.css"))


def _depths(text: str) -> list[int]:
    """The brace depth after each rule-ending character, comments and strings left out."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    assert "/*" not in text, "a comment is never closed"
    text = re.sub(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', '""', text)
    depth, seen = 0, []
    for char in text:
        if char in "{}":
            depth += 1 if char == "{" else -1
            seen.append(depth)
    return seen


def test_there_are_style_sheets() -> None:
    assert {p.name for p in SHEETS} >= {"wenming.css", "print.css", "elder.css"}


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda p: p.name)
def test_every_rule_is_closed(sheet: Path) -> None:
    depths = _depths(sheet.read_text(encoding="utf-8"))
    assert min(depths, default=0) >= 0, "a brace closes a rule that was never opened"
    assert not depths or depths[-1] == 0, "a rule is left open"


def test_the_check_finds_an_open_rule() -> None:
    assert _depths(".a {\n  color: red;\n\n.b { color: blue; }\n")[-1] == 1
    assert _depths('.a::after { content: "}"; }')[-1] == 0
