"""Pre-checks: the cheap whole-file scans that let the loader skip work never hide a problem.

The slip scan, the personal-number scan and the fast composer each stand in front of
slower, careful code; every test here holds that a file WITH the problem still gets
the careful code's own report, and properties compare the fast and careful paths.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.check.content import check_content
from generator.read.compose import Refused, compose
from generator.read.eventdata import compose_data
from generator.read.slips import each_line_slips, find_slips
from generator.records.privacy import find_personal_numbers, may_hold_personal_numbers

VALID_ID = "11010519491231002X"  # the GB 11643 standard's own example
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")

# Text built from what matters to the scans: keys, colons of both widths, dashes,
# indents of every kind, Chinese quotes, comments, digits and every line break.
YAMLISH = st.lists(
    st.sampled_from(
        [
            "a", "key", "name", ":", "：", " ", "  ", "\t", "\u3000", "-", "- ", "#", "\n",
            "\r\n", "\r", "“", "”", "‘", "’", "「", "」", "『", "』", "＂", "|", ">", "'", '"',
            "http://x", "1", "138", "１", "\\", "&a", "*a", "!x", "[", "]", "{", "}", ",",
        ]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(YAMLISH)
def test_slip_scan_never_skips_a_file_with_a_slip(text: str) -> None:
    assert find_slips(text) == each_line_slips(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("id: a\nname：马泉\n", "fullwidth_colon"),
        ("id: a\n- name ：马泉\n", "fullwidth_colon"),
        ("id: a\nname:马泉\n", "colon_no_space"),
        ("id: a\nrooms:\n\t- 调解室\n", "tab_indent"),
        ("id: a\nrooms:\n\u3000- 调解室\n", "fullwidth_space_indent"),
        ("id: a\ntitle: “三小三大”\n", "chinese_quotes"),
        ("id: a\rtitle: 「三小三大」  # 注\r", "chinese_quotes"),
        ("name：马泉\n", "fullwidth_colon"),
    ],
)
def test_file_with_a_slip_is_still_reported(text: str, kind: str) -> None:
    assert [slip[0] for slip in find_slips(text)] == [kind]


def test_values_that_only_look_like_slips_cost_no_line_pass() -> None:
    text = "id: a\ntitle: “法律明白人”进村\nurl: https://a.cn\nhours: 8:30-17:30\n"
    assert find_slips(text) == each_line_slips(text) == []


@pytest.mark.parametrize(
    "written",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "１３８１２３４５６７８",
        VALID_ID,
        VALID_ID.translate(FULL_WIDTH),
        "138\n      1234 5678",  # a plain value folded over two lines
        '"\\u0031\\u00338 1234 5678"',  # escapes in a double-quoted value
        '"138 1234\\\n      5678"',  # an escaped line break
    ],
)
def test_number_in_any_spelling_passes_the_scan_and_is_reported(
    content: Path, written: str
) -> None:
    site = content / "sites" / "maquan-suo.yml"
    with site.open("a", encoding="utf-8") as out:
        out.write(f"rooms:\n  - name: 调解室\n    description: {written}\n")
    assert may_hold_personal_numbers(site.read_text(encoding="utf-8"))
    _, problems = check_content(content, "content")
    assert [p.kind for p in problems] in (["mobile"], ["id_card"])


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from("0123456789０１２３４５６７８９Xx -－\u3000\n\\a中"), max_size=40))
def test_number_scan_passes_every_string_yaml_could_read_a_number_from(value: str) -> None:
    if list(find_personal_numbers(value)):
        assert may_hold_personal_numbers(value)
        for style in (None, '"', "'", "|", ">"):
            dumped = yaml.safe_dump({"a": value}, default_style=style, allow_unicode=True)
            assert may_hold_personal_numbers(dumped)


@settings(max_examples=600, deadline=None)
@given(YAMLISH)
def test_fast_composer_gives_the_careful_composers_data(text: str) -> None:
    try:
        careful = compose(text)
    except (Refused, yaml.YAMLError) as error:
        with pytest.raises(type(error)):
            compose_data(text)
        return
    fast = compose_data(text)
    assert (fast is None) == (careful is None)
    if fast is not None and careful is not None:
        assert fast.data == careful.data
        assert fast.duplicates == careful.duplicates
        assert fast.complex_keys == careful.complex_keys
        if fast.positioned:
            assert (fast.values, fast.keys) == (careful.values, careful.keys)


def test_refusals_keep_their_place_through_the_fast_composer() -> None:
    with pytest.raises(Refused) as refused:
        compose_data("a: 1\nb: &x 2\nc: *x\n")
    assert (refused.value.kind, refused.value.line, refused.value.col) == ("anchor", 2, 4)
    laughs = "a: &a [x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(20)
    )
    with pytest.raises(Refused):
        compose_data(laughs)
    duplicate = compose_data("a: 1\na: 2\n")
    assert duplicate is not None and duplicate.duplicates == [("a", (2, 1), 1)]
    assert duplicate.data == {"a": "1"}
