"""Privacy: find ID-card numbers and personal mobile numbers in text meant for the public.

Editors paste deeds from nomination forms, which carry the nominee's 身份证号 and
手机号 in whatever form the form had: grouped by spaces, hyphens or dots, in
full-width or other Unicode digits, folded over two lines. So the text is first cut
into *chains*: digit groups joined by one to three separator characters. A number
is a run of whole groups of a chain, and it only counts when its structure is that
of a real number: an ID card's 18 characters with a known province, a possible
birth date and a right GB 11643 check digit; a mobile's 11 digits starting 1[3-9] in
a grouping people write (138 1234 5678, 1381234 5678, …). Dates, landlines, counts,
division codes and statistics have other structures and pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date

# Between two groups of a number: any white space (a folded line becomes a space, a
# literal block keeps the line break), hyphens and dashes of every width, dots and
# middle dots, slashes, underscores, the plus of a country prefix, and the brackets of
# (138)1234-5678.
_SEPARATORS = r"\s\-－‐‑‒–—―−﹣.．·・。･/／_＿+＋()（）"
_CHECK_CHARS = "XxＸｘ×"  # × is what a Chinese input method offers for X
# A group is digits, maybe ending in the check character, or (002 X) that character alone.
_GROUP = re.compile(rf"\d+[{_CHECK_CHARS}]?|[{_CHECK_CHARS}]")
_CHAIN = re.compile(rf"\d+[{_CHECK_CHARS}]?(?:[{_SEPARATORS}]{{1,3}}(?:{_GROUP.pattern}))*")
# Any personal number holds at least 11 digits: a text without such a run holds none.
_ELEVEN = re.compile(rf"\d(?:[{_SEPARATORS}]{{0,3}}\d){{10}}")
# The file pre-check: in a file's text the separators of one string may stand far
# apart (a folded line and its indentation), and an escape (`\x31`, `\u0031`, an
# escaped line break) may stand for anything: so any number of them, or a backslash.
_MAYBE_NUMBER = re.compile(rf"\\|\d(?:[{_SEPARATORS}]*\d){{10}}")

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
# GB/T 2260 provinces (and 83 for residents from Taiwan): the first two digits.
_PROVINCE_RANGES = ((11, 15), (21, 23), (31, 37), (41, 46), (50, 54), (61, 65), (71, 71), (81, 83))
_PROVINCES = frozenset(str(n) for low, high in _PROVINCE_RANGES for n in range(low, high + 1))
# Where people cut an ID: after the region (or its halves), the year, the month, the
# day, the sequence (110105 19491231 002X, 110 105 1949 12 31 002 X) — or in fours
# like a bank card. A date that only happens to follow a count is cut elsewhere.
_ID_CUTS = (frozenset({3, 6, 10, 12, 14, 17}), frozenset({4, 8, 12, 16}))
_MAX_ID_GROUPS = 7
# How people group a mobile: 13812345678, 138 1234 5678, 138 12345678, 1381234 5678, 1381 234 5678.
_MOBILE_GROUPS = frozenset({(11,), (3, 4, 4), (3, 8), (7, 4), (4, 3, 4)})
_PREFIXES = ("0086", "86")  # written without a separator: +8613812345678


def id_card_valid(number: str) -> bool:
    """The GB 11643 check digit of an 18-character ID-card number is right."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _WEIGHTS, strict=True))
    return _CHECK[total % 11] == number[17].upper()


def _plausible_id(number: str) -> bool:
    """A right check digit, a known province and a birth date that has happened."""
    if number[:2] not in _PROVINCES or not id_card_valid(number):
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born.year >= 1900 and born <= date.today()


def may_hold_personal_numbers(text: str) -> bool:
    """False when no string YAML reads from `text` can hold a personal number."""
    return _MAYBE_NUMBER.search(text) is not None


def _ascii(group: str) -> str:
    """A group in ASCII digits, its check character as X."""
    if group[-1] in _CHECK_CHARS:
        return "".join(str(unicodedata.decimal(c)) for c in group[:-1]) + "X"
    return "".join(str(unicodedata.decimal(c)) for c in group)


def _mobile(groups: list[str]) -> bool:
    joined = "".join(groups)
    if not joined.isdigit():
        return False
    for prefix in _PREFIXES:
        if len(joined) == 11 + len(prefix) and groups[0].startswith(prefix):
            if len(groups[0]) == len(prefix):
                return False  # a prefix of its own: the mobile after it is found alone
            groups = [groups[0][len(prefix) :], *groups[1:]]
            joined = joined[len(prefix) :]
            break
    shape = tuple(len(g) for g in groups)
    return shape in _MOBILE_GROUPS and joined[0] == "1" and joined[1] in "3456789"


def _number_at(groups: list[str]) -> tuple[str, int] | None:
    """The personal number made of the first whole groups, and how many groups it takes.

    An ID card wins over a mobile that its first groups would also spell.
    """
    length = 0
    cuts: set[int] = set()
    for end, group in enumerate(groups[:_MAX_ID_GROUPS]):
        length += len(group)
        usual = any(cuts <= usual for usual in _ID_CUTS)
        if length == 18 and usual and _plausible_id("".join(groups[: end + 1])):
            return "id_card", end + 1
        if length >= 18 or not group.isdigit():
            break
        cuts.add(length)
    length = 0
    for end, group in enumerate(groups[:3]):
        length += len(group)
        if not group.isdigit() or length > 15:
            break
        if length >= 11 and _mobile(groups[: end + 1]):
            return "mobile", end + 1
    return None


def _numbers_in_chain(groups: list[tuple[int, str]]) -> Iterator[tuple[str, int, int]]:
    """Runs of whole groups that are a personal number, (kind, start, end); each group once."""
    texts = [g for _, g in groups]
    start = 0
    while start < len(groups):
        found = _number_at(texts[start:])
        if found is None:
            start += 1
            continue
        last = groups[start + found[1] - 1]
        yield found[0], groups[start][0], last[0] + len(last[1])
        start += found[1]


def personal_number_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """("id_card" | "mobile", start, end) for each personal number in `text`, in order."""
    if _ELEVEN.search(text) is None:
        return  # nearly every text: no run of 11 digits at all
    for chain in _CHAIN.finditer(text):
        groups = [
            (chain.start() + g.start(), _ascii(g.group())) for g in _GROUP.finditer(chain.group())
        ]
        if sum(len(g) for _, g in groups) >= 11:
            yield from _numbers_in_chain(groups)


def find_personal_numbers(text: str) -> Iterator[tuple[str, int]]:
    """("id_card" | "mobile", offset) for each personal number found in `text`, in order."""
    for kind, start, _ in personal_number_spans(text):
        yield kind, start


def masked(text: str) -> str:
    """`text` with every personal number's characters as `*`.

    Any message may echo what an editor wrote (an unknown category, a date that is not
    one, an unknown key), and reports end up in CI logs that others read: whatever the
    message, a number found here is never repeated.
    """
    spans = list(personal_number_spans(text))
    for _, start, end in reversed(spans):
        text = text[:start] + "*" * (end - start) + text[end:]
    return text
