"""Hostile inputs: each is refused with a clear Chinese error at the right file, and nothing is
published. How fast and how small each refusal is, is measured by `bench/hostile.py`.
"""

from __future__ import annotations

import re
from pathlib import Path
from unicodedata import normalize

import pytest
from hostile_inputs import hostile_inputs, write_tree
from hypothesis import given
from hypothesis import strategies as st
from site_fixture import mkdocs_yml
from snapshot import beside, fake_site, snapshot, wenming_build

from generator.check.content import check_content
from generator.read.slips import _LINE_KEY, _indent, find_slips, line_keys
from generator.report.problems import MAX_PER_FILE

INPUTS = {h.name: h for h in hostile_inputs()}
HAN = re.compile("[\u4e00-\u9fff]")


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_each_hostile_input_is_refused_with_its_own_chinese_error(
    tmp_path: Path, name: str
) -> None:
    hostile = INPUTS[name]
    catalog, problems = check_content(write_tree(tmp_path / "content", hostile), "content")
    assert catalog is None and problems
    assert {p.kind for p in problems} <= hostile.kinds, [p.as_text()[:200] for p in problems]
    # At the file written, or (for a name collision) at the one it collides with.
    folders = {f"content/{rel}".rsplit("/", 1)[0] for rel in hostile.files}
    for problem in problems:
        assert problem.path.rsplit("/", 1)[0] in folders, problem.as_text()[:200]
        assert HAN.search(problem.text), problem.text
        assert problem.line >= 1 and problem.col >= 1
    per_file = {p.path: 0 for p in problems}
    for problem in problems:
        per_file[problem.path] += 1
    assert max(per_file.values()) <= MAX_PER_FILE + 1  # the rest is one "另有 N 处" line


@pytest.mark.parametrize(
    ("name", "line", "col", "says"),
    [
        ("billion-laughs", 5, 5, "锚点 &"),  # the first anchor: no alias is ever followed
        ("alias-first", 4, 14, "别名 *"),
        ("deep-flow", 4, 25, "超过 12 层"),
        ("many-nodes", 10_000, 8, "条目过多，超过上限 20000 项"),  # where the 20,001st node begins
        ("huge-file", 1, 1, "超过上限 256 KB"),
        ("huge-line-name", 3, 7, "最多 200 个字"),
        ("naive-datetime", 5, 7, "带了时间"),
        ("many-unknown-keys", 1, 1, f"只列出了前 {MAX_PER_FILE} 处，另有 9940 处没有列出"),
    ],
)
def test_position_and_wording(tmp_path: Path, name: str, line: int, col: int, says: str) -> None:
    _, problems = check_content(write_tree(tmp_path / "content", INPUTS[name]), "content")
    first = problems[0]
    assert (first.line, first.col) == (line, col), first.as_text()[:200]
    assert says in first.text


def test_normalisation_collision_names_the_other_file(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "content", INPUTS["name-collision-nfd"])
    _, problems = check_content(tree, "content")
    [collision] = [p for p in problems if p.kind == "name_collision"]
    assert "只有大小写或字形不同" in collision.text
    # The two names look the same; they are two files all the same, one named in the other.
    other = collision.text.split("文件名与 ")[1].split(" ")[0]
    assert other != collision.path.removeprefix("content/")
    assert normalize("NFC", other) == normalize("NFC", collision.path.removeprefix("content/"))


@pytest.mark.parametrize("name", ["billion-laughs", "deep-flow", "name-collision-nfd"])
def test_wenming_build_refuses_and_publishes_nothing(tmp_path: Path, name: str) -> None:
    content = write_tree(tmp_path / "content", INPUTS[name])
    site = tmp_path / "site"
    before = fake_site(site)
    result = wenming_build(mkdocs_yml(tmp_path, content), site)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "内容有错误，网站未生成" in result.stderr
    assert f"生成失败，{site} 保持原样。" in result.stderr
    assert snapshot(site) == before
    assert beside(site) == []


# --- the linear rewrites agree with the obvious (quadratic) versions ------------------------

LINE = st.lists(
    st.sampled_from(["  ", "\t", "- ", "name", "a_b", ":", "：", " ", "x", "“", "”", "#", "'"]),
    max_size=8,
).map("".join)


def _key_for_line_by_search(lines: list[str], number: int) -> str:
    """The definition: own key, else the nearest key line above, less indented (or level)."""
    target = lines[number - 1]
    own = _LINE_KEY.match(target)
    if own:
        return own.group(1)
    item = target.strip(" \t\u3000").startswith("-")
    for line in reversed(lines[: number - 1]):
        found = _LINE_KEY.match(line)
        if found and (
            _indent(line) < _indent(target) or (item and _indent(line) == _indent(target))
        ):
            return found.group(1)
    return ""


@given(st.lists(LINE, max_size=12))
def test_line_keys_agree_with_a_backward_search(lines: list[str]) -> None:
    expected = [_key_for_line_by_search(lines, n) for n in range(1, len(lines) + 1)]
    assert line_keys(lines) == expected


_OLD_VALUE = re.compile(r"^(?:([A-Za-z_][A-Za-z0-9_]*):\s+)?(.*?)\s*(?:\s#.*)?$")


@given(st.lists(st.sampled_from(["name: ", "“", "”", "x", " ", "#", " #", "\t", "：", "-"])))
def test_chinese_quotes_found_as_before_the_rewrite(parts: list[str]) -> None:
    line = "".join(parts).strip()
    found = [s for s in find_slips(line + "\n") if s[0] == "chinese_quotes"]
    body = re.sub(r"^(?:-\s+)*", "", line)
    old = _OLD_VALUE.match(body)
    assert old is not None
    inner = old.group(2)
    pairs = {"“": "”"}
    close = pairs.get(inner[:1])
    slipped = bool(close and len(inner) >= 2 and inner.endswith(close) and close not in inner[1:-1])
    colon_slip = bool(re.match(r"^[A-Za-z_]\w*\s*：|^[A-Za-z_]\w*:(?!//)\S", body))
    if not colon_slip:
        assert bool(found) == slipped, (line, found)
        if found:
            assert found[0][3]["value"] == inner
