"""Privacy: find ID-card numbers and personal mobile numbers in text meant for the public.

Editors paste deeds from nomination forms, which carry the nominee's 身份证号 and
手机号. Both are found also when typed in full-width digits or with spaces, and an
ID-card number only counts when its check digit is right (so long statistics and
order numbers are not mistaken for one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NORMALISE = str.maketrans("０１２３４５６７８９Ｘｘ\u3000－", "0123456789Xx -")
_ID_CARD = re.compile(
    r"(?<![0-9])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9])"
)
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![0-9])")
# Both kinds hold at least 11 digits, with at most one space or dash between two of
# them. In the file's text a digit may also be written full-width (`\d` matches it),
# and a separator may come from a line folded into a space, or from an escape (`\x31`,
# `\u0031`, an escaped line break): so a file with neither such a run nor a backslash
# cannot hold one in any of its strings.
_MAYBE_NUMBER = re.compile(r"\\|\d(?:[\s\-－]*\d){10}")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def id_card_valid(number: str) -> bool:
    """The GB 11643 check digit of an 18-character ID-card number is right."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _WEIGHTS, strict=True))
    return _CHECK[total % 11] == number[17].upper()


def may_hold_personal_numbers(text: str) -> bool:
    """False when no string YAML reads from `text` can hold a personal number."""
    return _MAYBE_NUMBER.search(text) is not None


def find_personal_numbers(text: str) -> Iterator[tuple[str, int]]:
    """("id_card" | "mobile", offset) for each personal number found in `text`."""
    plain = text.translate(_NORMALISE)
    for match in _ID_CARD.finditer(plain):
        if id_card_valid(match.group()):
            yield "id_card", match.start()
    for match in _MOBILE.finditer(plain):
        yield "mobile", match.start()
