"""The line reader gives libyaml's data for every file it takes, and leaves the rest to it.

Files are drawn from lines an editor could write and lines that are YAML's corner
cases: keys that read as null, values with `: `, ` #`, leading indicators, quotes,
flow brackets, block scalars, tabs, odd indentation, continuation lines, repeated
keys. Whenever `read_plain` returns data, `compose` (libyaml, the careful path) must
read the same text without complaint and give the same data. Set WM_EXAMPLES for a
deeper run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from testpaths import REPO

from generator.read.compose import Refused, compose
from generator.read.encoding import decode
from generator.read.eventdata import compose_data
from generator.read.plainyaml import read_plain

KEYS = ["id", "name", "title", "sites", "location", "lng", "null", "Null", "a_b", "x1", "名称"]
WORDS = [
    "东山村",
    "新时代文明实践站",
    "1:20",
    "0123",
    "no",
    "~",
    "null",
    "2026-07-18",
    "300+",
    "3万余",
    "a#b",
    "a #b",
    "a: b",
    "a:",
    "-5",
    "- x",
    "?x",
    ",x",
    "#x",
    "x,y",
    "“微宣讲”",
    "（样例）",
    "'q'",
    '"q"',
    "[a, b]",
    "{a: b}",
    "|",
    ">",
    "&a",
    "*a",
    "!tag",
    "%x",
    "@x",
    "`x",
    "a\tb",
    "周二至周日 9:00-17:00",
    "029-33210001",
    "x\\y",
    "e\u0301",
    "\u3000",
]
INDENTS = st.sampled_from(["", "", "", " ", "  ", "  ", "    "])
VALUE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
LINE = st.one_of(
    st.tuples(INDENTS, st.sampled_from(KEYS), VALUE).map(lambda t: f"{t[0]}{t[1]}: {t[2]}"),
    st.tuples(INDENTS, st.sampled_from(KEYS)).map(lambda t: f"{t[0]}{t[1]}:"),
    st.tuples(INDENTS, VALUE).map(lambda t: f"{t[0]}- {t[1]}"),
    st.tuples(INDENTS, st.sampled_from(["-", "# 注释", "", "   ", "---", "...", "key:value"])).map(
        "".join
    ),
    st.tuples(INDENTS, st.sampled_from(KEYS), VALUE).map(lambda t: f"{t[0]}{t[1]}: {t[2]}   "),
)
LOOSE = st.lists(LINE, min_size=1, max_size=12).map("\n".join) | st.lists(LINE, max_size=8).map(
    lambda lines: "\n".join(lines) + "\n"
)

# Well-formed records: scalars, lists (under the key or indented) and nested mappings,
# so that most drawn files are ones the line reader takes.
PLAIN_WORDS = [w for w in WORDS if read_plain(f"k: {w}\n") is not None]
SCALAR = st.lists(st.sampled_from(PLAIN_WORDS), min_size=1, max_size=3).map(" ".join)


@st.composite
def record(draw: st.DrawFn, depth: int = 0, indent: str = "") -> str:
    lines = []
    keys = draw(st.lists(st.sampled_from(KEYS[:-1]), min_size=1, max_size=6, unique=True))
    for key in keys:
        kind = draw(st.sampled_from(["scalar", "scalar", "empty", "list", "map"]))
        if kind == "scalar" or (kind == "map" and depth >= 2):
            lines.append(f"{indent}{key}: {draw(SCALAR)}")
        elif kind == "empty":
            lines.append(f"{indent}{key}:")
        elif kind == "list":
            under = indent + draw(st.sampled_from(["", "  ", "    "]))
            items = draw(st.lists(SCALAR, min_size=1, max_size=4))
            lines += [f"{indent}{key}:"] + [f"{under}- {item}" for item in items]
        else:
            inner = indent + draw(st.sampled_from(["  ", "    ", " "]))
            lines += [f"{indent}{key}:", draw(record(depth + 1, inner))]
        if draw(st.integers(0, 9)) == 0:
            lines.append(draw(st.sampled_from(["", "# 注释", "  # 注释", "   "])))
    return "\n".join(lines)


TEXT = LOOSE | record().map(lambda text: text + "\n")


def libyaml_data(text: str) -> object:
    composed = compose(text)
    return None if composed is None else composed.data


@settings(max_examples=int(os.environ.get("WM_EXAMPLES", "600")), deadline=None)
@given(TEXT)
def test_whatever_it_reads_libyaml_reads_the_same(text: str) -> None:
    data = read_plain(text)
    if data is None:
        return
    try:
        expected = libyaml_data(text)
    except (Refused, yaml.YAMLError) as error:  # pragma: no cover - the failure itself
        pytest.fail(f"read_plain took a file libyaml refuses ({error!r}):\n{text}")
    assert data == expected, text


def test_every_shipped_file_it_reads_matches_libyaml() -> None:
    """The sample content, the golden cases and the fixtures: hundreds of real files."""
    taken = 0
    for path in sorted(REPO.glob("content/**/*.yml")) + sorted(REPO.glob("tests/**/*.yml")):
        text, trouble = decode(path.read_bytes())
        if trouble is not None or (data := read_plain(text)) is None:
            continue
        taken += 1
        assert data == libyaml_data(text), path
    assert taken > 100


@pytest.mark.parametrize(
    "text",
    [
        "name: a # 注释\n",  # a comment after a value
        "name: 'a'\n",  # quotes
        "name: |\n  a\n",  # a block scalar
        "name: a\n  b\n",  # a value continued on the next line
        "name: a\nname: b\n",  # a repeated key: the careful path reports both lines
        "  name: a\n",  # an indented document
        "name:\n\t- a\n",  # a tab
        "null: a\n",  # a key YAML reads as null
        "sites:\n  - a: b\n",  # a mapping in a list
        "---\nname: a\n",  # a document marker
        "k" * 2000 + ": v\n",  # a key longer than libyaml takes
    ],
)
def test_what_it_leaves_to_libyaml(text: str) -> None:
    assert read_plain(text) is None


def test_compose_data_uses_it_and_keeps_positions_lazy(tmp_path: Path) -> None:
    text = "id: a\nname: 东山村\nsites:\n- x\n- y\nlocation:\n  lng: 1\n  lat: 2\n"
    composed = compose_data(text)
    assert composed is not None and not composed.positioned
    assert composed.data == libyaml_data(text) == read_plain(text)


@pytest.mark.parametrize("levels", range(8, 15))
def test_nesting_at_the_depth_limit_is_judged_as_libyaml_judges_it(levels: int) -> None:
    text = "".join(f"{'  ' * d}k{d}:\n" for d in range(levels)) + f"{'  ' * levels}leaf: v\n"
    data = read_plain(text)
    try:
        expected = libyaml_data(text)
    except Refused:
        assert data is None  # too deep: left to libyaml, which refuses it with its position
    else:
        assert data == expected
