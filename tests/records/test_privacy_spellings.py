"""Personal numbers in every written form: grouped, full-width, other digits, folded.

Both sides are pinned: each spelling an editor may paste is found (tables, and
properties over random groupings, separators and digit scripts), and the numbers a
report is full of — dates, ranges, landlines, counts, codes — are not. Every spelling
found in a string also passes the loader's whole-file pre-check in any YAML style.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.records.privacy import (
    find_personal_numbers,
    id_card_valid,
    may_hold_personal_numbers,
)

VALID_ID = "11010519491231002X"  # the GB 11643 standard's own example
MOBILE = "13812345678"
SEPARATORS = [
    " ", "  ", "\u3000", "\u00a0", "\t", "\n", "-", "－", "\u2010", "\u2011", "\u2012",
    "\u2013", "—", "\u2015", ".", "．", "·", "・", "。", "/", "_", " - ", "\u3000－\u3000",
]  # fmt: skip
# ASCII, full-width, Arabic-Indic, Devanagari and mathematical bold digits.
ZEROS = ["0", "０", "\u0660", "\u0966", "\U0001d7ce"]


def kinds(text: str) -> list[str]:
    return [kind for kind, _ in find_personal_numbers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "身份证号 110105 19491231 002X。",
        "110105-1949-1231-002X",
        "110105.1949.1231.002x",
        "110105/19491231/002X",
        "１１０１０５－１９４９－１２３１－００２ｘ",
        "１１０１０５\u3000１９４９１２３１\u3000００２Ｘ",
        "110105 1949 12 31 002X",
        "110 105 1949 1231 002X",
        "1101051949\n1231002X",  # a literal block keeps the line break
        "1101051949 1231002X",  # a folded line becomes a space
        "110105 — 19491231 — 002X",
        "110 105 1949 12 31 002 X",
        "1101 0519 4912 3100 2X",
        "11010519491231002×",  # the × a Chinese input method offers
        "110105１９４９1231００２X",  # mixed widths
    ],
)
def test_grouped_id_card_found(text: str) -> None:
    assert kinds(text) == ["id_card"]


@pytest.mark.parametrize(
    "text",
    [
        "138.1234.5678",
        "138·1234·5678",
        "138/1234/5678",
        "138_1234_5678",
        "138 - 1234 - 5678",
        "138—1234—5678",
        "１３８－１２３４－５６７８",
        "１３８\u3000１２３４\u3000５６７８",
        "138\n1234\n5678",
        "138\t1234\t5678",
        "138 12345678",
        "1381234 5678",
        "1381 234 5678",
        "＋86 138 1234 5678",
        "0086 138 1234 5678",
        "008613812345678",
        "+86-138-1234-5678",
        "1\u0663\u0668 1234 5678",  # Arabic-Indic digits inside
        "电话：138.1234 5678。",
        "电话(138)1234-5678",
        "（138）1234 5678",
    ],
)
def test_grouped_mobile_found(text: str) -> None:
    assert kinds(text) == ["mobile"]


def test_each_number_found_once_with_its_offset() -> None:
    text = "手机 139-1234-0987，另一部 +86 138 1234 5678，证件 110105 19491231 002X"
    found = list(find_personal_numbers(text))
    assert [k for k, _ in found] == ["mobile", "mobile", "id_card"]
    assert [text[at : at + 3] for _, at in found] == ["139", "138", "110"]


@pytest.mark.parametrize(
    "text",
    [
        "2026-07-15",
        "2026.07.15",
        "2026年7月15日",
        "2026-07-01—2026-09-30",
        "2026.07.01-2026.09.30",
        "2026-07-01 至 2026-09-30",
        "2021-2026",
        "2019 2020 2021 2022 2023 2024",
        "13 15 20 30 40",
        "13 15 20 30 40 50 60 70 80 90",
        "场次 138 1234 人次",
        "服务热线 029-33210001",
        "029 3321 0001",
        "0315-1234567",
        "400-123-4567",
        "400 812 3456",
        "区划代码 610402001001",
        "610402 001 001",
        "全年 3121 场次、90000 人次、1380 户",
        "1 3 8 1 2 3 4 5 6 7 8",  # single digits: a list, not a way to write a mobile
        "13.8 12.3 45.6 78.9",  # decimals
        "110105 19491231 0021",  # a grouped ID with a wrong check digit
        "990105 19491231 002X",  # no such province (check digit recomputed below)
        "订单号 9913812345678123",
        "2000-01-22 1159 2004-02-07—2029-01-01",  # a date after a count: cut like no ID
    ],
)
def test_numbers_of_reports_are_not_personal(text: str) -> None:
    assert kinds(text) == []


def test_implausible_ids_are_not_reported() -> None:
    future = (date.today() + timedelta(days=400)).strftime("%Y%m%d")
    for body in (
        "99010519491231002",
        "11010519491331002",
        "11010518491231002",
        f"110105{future}002",
    ):
        assert kinds(with_check(body)) == [], body


def with_check(body: str) -> str:
    """`body` (17 digits) with its right GB 11643 check character."""
    return next(body + c for c in "0123456789X" if id_card_valid(body + c))


PROVINCES = ["11", "13", "31", "44", "61", "65", "81"]


@st.composite
def id_cards(draw: st.DrawFn) -> str:
    region = draw(st.sampled_from(PROVINCES)) + draw(st.from_regex(r"\d{4}", fullmatch=True))
    born = draw(st.dates(date(1900, 1, 1), date.today())).strftime("%Y%m%d")
    body = region + born + draw(st.from_regex(r"\d{3}", fullmatch=True))
    number = with_check(body)
    return number[:-1] + draw(st.sampled_from(["x", "X"])) if number[-1] == "X" else number


mobiles = st.from_regex(r"1[3-9]\d{9}", fullmatch=True)


def spelled(draw: st.DrawFn, number: str, cuts: list[int]) -> str:
    """`number` cut at `cuts`, with a random separator at each cut and random digits."""
    zero = draw(st.sampled_from(ZEROS))
    digits = [chr(ord(zero) + int(c)) if c.isdigit() else c for c in number]
    if draw(st.booleans()):  # mixed: some digits ASCII again
        digits = [d if draw(st.booleans()) else a for d, a in zip(digits, number, strict=True)]
    if digits[-1] in "xX" and draw(st.booleans()):
        digits[-1] = "ｘ" if digits[-1] == "x" else "Ｘ"
    parts = [digits[a:b] for a, b in zip([0, *cuts], [*cuts, len(digits)], strict=True)]
    return "".join(
        ("" if i == 0 else draw(st.sampled_from(SEPARATORS))) + "".join(p)
        for i, p in enumerate(parts)
    )


@st.composite
def spelled_ids(draw: st.DrawFn) -> str:
    number = draw(id_cards())
    usual = draw(st.sampled_from([[3, 6, 10, 12, 14, 17], [4, 8, 12, 16]]))
    cuts = sorted(draw(st.sets(st.sampled_from(usual))))
    return spelled(draw, number, cuts)


@st.composite
def spelled_mobiles(draw: st.DrawFn) -> str:
    number = draw(mobiles)
    shape = draw(st.sampled_from([[], [3, 7], [3], [7], [4, 7]]))
    prefix = draw(st.sampled_from(["", "+86 ", "＋86-", "0086 ", "86-", "+86"]))
    return prefix + spelled(draw, number, shape)


AROUND = st.sampled_from(["", "电话", "身份证号：", "联系", "，", "。", " ", "（", "a"])


@settings(max_examples=300, deadline=None)
@given(AROUND, spelled_ids(), AROUND)
def test_any_spelling_of_a_valid_id_is_found(before: str, number: str, after: str) -> None:
    assert kinds(before + number + after) == ["id_card"]


@settings(max_examples=300, deadline=None)
@given(AROUND, spelled_mobiles(), AROUND)
def test_any_usual_grouping_of_a_mobile_is_found(before: str, number: str, after: str) -> None:
    assert kinds(before + number + after) == ["mobile"]


days = st.dates(date(2000, 1, 1), date(2030, 12, 31))
dates = st.one_of(
    days.map(lambda d: d.strftime("%Y-%m-%d")),
    days.map(lambda d: d.strftime("%Y.%m.%d")),
    st.tuples(days, days).map(lambda r: f"{r[0]:%Y-%m-%d}—{r[1]:%Y-%m-%d}"),
    st.sampled_from(["029-33210001", "0315-1234567", "400-123-4567", "2021-2026"]),
)
counts = st.integers(0, 99999).map(str)


@settings(max_examples=300, deadline=None)
@given(st.lists(dates, max_size=6), st.sampled_from([" ", "、", "，", "\n", " - ", "至"]))
def test_dates_ranges_and_landlines_are_never_personal(items: list[str], joint: str) -> None:
    assert kinds(joint.join(items)) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(dates, counts), max_size=8), st.sampled_from(["、", "，", "；", "和"]))
def test_lists_of_counts_and_dates_are_never_personal(items: list[str], joint: str) -> None:
    assert kinds(joint.join(items)) == []


def test_counts_spaced_like_a_mobile_are_reported() -> None:
    # The price of finding 138 1234 5678: three counts spaced the same way look alike.
    # Chinese lists use 、 and that passes (above).
    assert kinds("150 2000 3000") == ["mobile"]
    assert kinds("150、2000、3000") == []


STYLES = (None, '"', "'", "|", ">")


@settings(max_examples=200, deadline=None)
@given(AROUND, st.one_of(spelled_ids(), spelled_mobiles()), AROUND, st.sampled_from(STYLES))
def test_the_file_pre_check_never_skips_a_spelling_that_is_found(
    before: str, number: str, after: str, style: str | None
) -> None:
    value = before + number + after
    assert kinds(value)
    for width in (20, 10**6):  # a narrow width folds long values over lines
        dumped = yaml.safe_dump(
            {"deeds": value}, default_style=style, allow_unicode=True, width=width
        )
        # PyYAML's own dump does not always read back the same (a folded " -" before a
        # line break): such a file is not what an editor writes, and not what this tests.
        assume(yaml.safe_load(dumped)["deeds"] == value)
        assert may_hold_personal_numbers(dumped), dumped
