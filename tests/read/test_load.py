"""Loader: YAML never changes meaning behind the editor's back, and bad input never raises.

The error reports themselves are pinned by the golden cases (tests/cases); these tests
cover what a case file cannot say: values that must pass unchanged, files too big to
keep as a case, byte-level encodings, and positions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from generator.check.content import check_content
from generator.read.load import MAX_BYTES, Loaded, load_file


def load_file_with(tmp_path: Path, text: str) -> Loaded:
    path = tmp_path / "x.yml"
    path.write_text(text, encoding="utf-8")
    return load_file(path, "x.yml")


@pytest.mark.parametrize(
    "written",
    [
        "no",
        "yes",
        "on",
        "off",
        "Yes",
        "NO",
        "y",
        "0123",
        "0o17",
        "0x1F",
        "1:20",
        "190:20:30",
        "2024-02-30",
        "2026-07-01 10:00",
        "2026-07-01T10:00:00Z",
        "1e3",
        ".inf",
        ".NaN",
        "-5",
        "12.5",
        "1_000",
        "=",
        "<<",
    ],
)
def test_yaml_11_guesses_stay_text(tmp_path: Path, written: str) -> None:
    loaded = load_file_with(tmp_path, f"value: {written}\nitems: [{written}]\n")
    assert loaded.problems == []
    assert loaded.data == {"value": written, "items": [written]}


def test_null_spellings_are_empty_but_quoted_ones_are_text(tmp_path: Path) -> None:
    loaded = load_file_with(tmp_path, 'a:\nb: ~\nc: null\nd: "~"\ne: "null"\nf: \'\'\n')
    assert loaded.data == {"a": None, "b": None, "c": None, "d": "~", "e": "null", "f": ""}


def test_words_yaml_would_guess_pass_the_whole_check_as_text(content: Path) -> None:
    """`no`, `on`, `yes` in text fields and `1:20` in hours are what the editor wrote."""
    team = content / "teams" / "xuanjiang-team.yml"
    team.write_text(
        "id: xuanjiang-team\nname: no\nbrand: yes\nsite: baoquanlu-north\nvolunteers: 12\n",
        encoding="utf-8",
    )
    site = content / "sites" / "baoquanlu-north.yml"
    text = site.read_text(encoding="utf-8")
    text = text.replace("  - 政策咨询", "  - on\n  - off")
    site.write_text(text + "hours: 1:20\n", encoding="utf-8")
    catalog, problems = check_content(content, "content")
    assert problems == []
    assert catalog is not None
    assert catalog.teams["xuanjiang-team"].name == "no"
    assert catalog.teams["xuanjiang-team"].brand == "yes"
    assert catalog.sites["baoquanlu-north"].hours == "1:20"
    assert catalog.sites["baoquanlu-north"].services == ["on", "off"]


def test_file_over_the_size_limit_is_refused_without_reading_it(
    content: Path, wenming: Callable[..., Result]
) -> None:
    big = content / "teams" / "xuanjiang-team.yml"
    head = "id: xuanjiang-team\nname: 三小三大宣讲队\nsite: baoquanlu-north\ndescription: "
    big.write_text(head + "长" * (MAX_BYTES // 3 + 10) + "\n", encoding="utf-8")
    assert big.stat().st_size > MAX_BYTES
    result = wenming("check", "content")
    assert result.exit_code == 1
    limit = MAX_BYTES // 1024
    assert result.stdout == (
        f"content/teams/xuanjiang-team.yml:1:1: 文件 — 文件有 {big.stat().st_size // 1024} KB，"
        f"超过上限 {limit} KB（一个文件只写一条记录；过长的文字请精简）\n"
    )


def test_file_just_under_the_size_limit_is_read(tmp_path: Path) -> None:
    text = "description: " + "a" * (MAX_BYTES - len("description: ") - 1) + "\n"
    assert len(text.encode()) == MAX_BYTES
    loaded = load_file_with(tmp_path, text)
    assert loaded.problems == []


def test_utf8_with_bom_passes_and_keeps_columns(content: Path, tmp_path: Path) -> None:
    team = content / "teams" / "xuanjiang-team.yml"
    team.write_bytes(b"\xef\xbb\xbf" + team.read_bytes())
    catalog, problems = check_content(content, "content")
    assert problems == []
    assert catalog is not None and catalog.teams["xuanjiang-team"].name == "三小三大宣讲队"
    path = tmp_path / "bom.yml"
    path.write_bytes(b"\xef\xbb\xbfid: x\nname: y\n")
    loaded = load_file(path, "bom.yml")
    assert loaded.positions.of(("id",), key=True) == (1, 1)
    assert loaded.positions.of(("name",)) == (2, 7)


def test_windows_line_endings_pass(content: Path) -> None:
    for path in (content / "sites").glob("*.yml"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    _, problems = check_content(content, "content")
    assert problems == []


def test_positions_of_values_keys_and_list_items(tmp_path: Path) -> None:
    loaded = load_file_with(tmp_path, "a: 1\nb:\n  c: 三\n  d:\n    - x\n    - 中文: y\n")
    pos = loaded.positions
    assert pos.of(("a",)) == (1, 4)
    assert pos.of(("b",), key=True) == (2, 1)
    assert pos.of(("b", "c")) == (3, 6)
    assert pos.of(("b", "d", 0)) == (5, 7)
    assert pos.of(("b", "d", 1, "中文"), key=True) == (6, 7)
    assert pos.of(("b", "d", 1, "中文")) == (6, 11)  # columns count characters, not bytes
    assert pos.of(("b", "nothing-here")) == pos.of(("b",))


def test_duplicate_key_keeps_first_value_and_names_both_lines(tmp_path: Path) -> None:
    loaded = load_file_with(tmp_path, "name: 甲\nsite: s\nname: 乙\n")
    assert loaded.data == {"name": "甲", "site": "s"}
    [problem] = loaded.problems
    assert (problem.line, problem.col, problem.field) == (3, 1, "name")
    assert "第 1 行" in problem.text


def test_literal_blocks_are_free_text_not_slips(tmp_path: Path) -> None:
    """Inside `|` text, full-width colons and Chinese quotes are the editor's prose."""
    text = "text: |\n  时间：7月1日\n  “微宣讲”进社区\n  name:没有空格\nnext: 1\n"
    loaded = load_file_with(tmp_path, text)
    assert loaded.problems == []
    assert loaded.data == {
        "text": "时间：7月1日\n“微宣讲”进社区\nname:没有空格\n",
        "next": "1",
    }


@pytest.mark.parametrize(
    "text",
    [
        "services:\n  - WiFi：免费\n  - note:见公告\n",  # a colon inside a list item is text
        "text: '第一段\n\n  \u3000\u3000第二段'\n",  # continuation of a quoted value
        "text: 第一段\n  APP：幸福+码\n  \u3000第二行\n",  # continuation of a plain value
        'name: "“微宣讲”"\n',  # Chinese quotes kept on purpose, inside English ones
    ],
)
def test_text_inside_values_is_not_a_slip(tmp_path: Path, text: str) -> None:
    loaded = load_file_with(tmp_path, text)
    assert loaded.problems == []
    assert loaded.data is not None


@pytest.mark.parametrize(
    ("text", "kind", "line"),
    [
        ("id: x\nname：秦都区\n", "fullwidth_colon", 2),
        ("id: x\nname:秦都区\n", "colon_no_space", 2),
        ("order:\n\u3000- way: 电话\n", "fullwidth_space_indent", 2),
        ("summary: 第一段\n\u3000\u3000第二段\n", "fullwidth_space_indent", 2),
        ("name: “三小三大”\n", "chinese_quotes", 1),
        ("sites:\n  - “qindu-center”\n", "chinese_quotes", 2),
    ],
)
def test_slips_that_change_meaning_are_reported(
    tmp_path: Path, text: str, kind: str, line: int
) -> None:
    loaded = load_file_with(tmp_path, text)
    assert [(p.kind, p.line) for p in loaded.problems] == [(kind, line)]


def test_urls_and_times_are_not_missing_spaces(tmp_path: Path) -> None:
    loaded = load_file_with(tmp_path, "link: https://a.cn/x\nhours: 9:00-17:00\n")
    assert loaded.problems == []


def test_syntax_error_names_the_line_and_field(tmp_path: Path) -> None:
    loaded = load_file_with(tmp_path, 'a: 1\nb: "未闭合\nc: 3\n')
    assert loaded.data is None
    [problem] = loaded.problems
    assert problem.kind == "yaml_quote"
    assert problem.line >= 2


@pytest.mark.parametrize(
    ("text", "line", "col", "key"),
    [
        ("id: a\nname 马泉\nsite: b\n", 2, 5, "name"),  # PyYAML says line 3
        ("id: a\nname: 马泉\nsite b\n", 3, 5, "site"),  # PyYAML says line 4, past the end
        ("id: a\nname: 马泉\nsite   b", 3, 5, "site"),  # no final newline
        ("name 马泉\nid: a\n", 1, 5, "name"),
        ("id: a\n# 注释\nname 马泉\n\nsite: b\n", 3, 5, "name"),
        ("id: a\nprivate:\n  contact 张三\n  phone: 1\n", 3, 10, "contact"),
        ("rooms:\n  - name: 室\n    description 可容纳60人\n    x: 1\n", 3, 16, "description"),
        # a colon inside the value is text, not the one that is missing
        ("id: a\nhours 周二至周日 9:00-17:00\nphone: 029-1\n", 2, 6, "hours"),
        ("id: a\nhours 9:00-17:00\n", 2, 6, "hours"),
    ],
)
def test_a_key_without_its_colon_is_reported_on_its_own_line(
    tmp_path: Path, text: str, line: int, col: int, key: str
) -> None:
    [problem] = load_file_with(tmp_path, text).problems
    assert (problem.kind, problem.line, problem.col, problem.field) == (
        "missing_colon",
        line,
        col,
        key,
    )
    assert problem.text == f"字段 {key} 后面少了冒号（请写成“{key}: 值”）"


@pytest.mark.parametrize(
    "text",
    [
        # A line continuing a plain value is the editor's text, whatever it starts with.
        "id: a\nsummary: 第一行\n  good morning\n  more: x\n",
        "id: a\nsummary: 第一行\n  第二行\n  good morning\n  more: x\n",
        "id: a\nsummary: >\n  good morning\n bad: x\n",
    ],
)
def test_a_value_continued_on_the_next_line_is_not_a_missing_colon(
    tmp_path: Path, text: str
) -> None:
    [problem] = load_file_with(tmp_path, text).problems
    assert problem.kind != "missing_colon", problem


def test_continuation_lines_of_a_valid_file_stay_text(tmp_path: Path) -> None:
    loaded = load_file_with(tmp_path, "id: a\nsummary: 第一行\n  good morning\n")
    assert loaded.problems == [] and loaded.data == {"id": "a", "summary": "第一行 good morning"}


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("id: 中文\n".encode("gbk"), "encoding_gbk"),
        ("id: 㐀\n".encode("gb18030"), "encoding_gbk"),
        ("id: 中文\n".encode("utf-16"), "encoding_utf16"),
        ("name: 中文中文中文中文中文中文中文中文\n".encode("utf-16-le"), "encoding_utf16"),
        ("name: 中文中文中文中文中文中文中文中文\n".encode("utf-16-be"), "encoding_utf16"),
        (b"id: a\x00b\n", "nul_byte"),
        (b"id: a\x1bb\n", "control_char"),
        ("id: a\u2028b\n".encode(), "control_char"),
        (b"id: \xff\xfe\xfd\n\xff", "encoding_unknown"),
    ],
)
def test_encodings_are_recognised(tmp_path: Path, raw: bytes, kind: str) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes(raw)
    loaded = load_file(path, "x.yml")
    assert loaded.data is None
    assert [p.kind for p in loaded.problems] == [kind]


def test_unreadable_path_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    loaded = load_file(tmp_path / "missing.yml", "missing.yml")
    assert loaded.data is None
    assert [p.kind for p in loaded.problems] == ["unreadable"]
