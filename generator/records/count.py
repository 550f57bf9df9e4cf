"""Count: how many sessions, people or volunteers, exactly or "at least" (320+, 320余).

A count is what activities and teams report and what the site adds up and prints as
"320余场次"; here is the value, and how the text an editor wrote becomes one — including
the spellings pasted from reports (3万余, 约200人), which get the right form suggested.
"""

from __future__ import annotations

import decimal
import re
from dataclasses import dataclass
from typing import Any

from pydantic_core import PydanticCustomError

from .parsers import FULLWIDTH_DIGITS, need_text

COUNT_DIGITS = 12  # 9999亿: far above any count a county reports
_COUNT = re.compile(r"^(\d+)(\+?)$")


@dataclass(frozen=True)
class Count:
    """A count of sessions, people or volunteers; `approx` means "余/多" (at least)."""

    value: int
    approx: bool = False

    def __str__(self) -> str:
        return f"{self.value}+" if self.approx else str(self.value)


def parse_count(value: Any) -> Count:
    """A whole number, or a whole number followed by + for an approximate count (320+)."""
    if isinstance(value, Count):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return Count(value)  # built in code (editions), not read from YAML
    text = need_text(value).strip()
    if not text.isascii():  # as it is otherwise: the full-width characters are not ASCII
        text = text.translate(FULLWIDTH_DIGITS).replace("＋", "+")
    if not text:
        raise PydanticCustomError("wm_empty", "empty")
    match = _COUNT.match(text)
    if match:
        digits = match.group(1)
        if len(digits) > 1 and digits.startswith("0"):
            raise PydanticCustomError("wm_count_leading_zero", "leading zero", {"value": text})
        if len(digits) > COUNT_DIGITS:
            args = {"value": text, "digits": len(digits), "limit": COUNT_DIGITS}
            raise PydanticCustomError("wm_count_too_big", "too big", args)
        return Count(int(digits), bool(match.group(2)))
    if text.startswith("-") and text[1:].isdigit():
        raise PydanticCustomError("wm_count_negative", "negative", {"value": text})
    words = _COUNT_WORDS.match(_SPACES.sub("", text.replace(",", "").replace("，", "")))
    if words:
        # Exact arithmetic: 3.2 × 1亿 in floats is 320000000.00000006, no whole number.
        number = decimal.Decimal(words.group(2)) * _UNITS[words.group(3)]
        if number == int(number):
            fix = f"{int(number)}{'+' if words.group(1) or words.group(4) else ''}"
            raise PydanticCustomError("wm_count_words", "words", {"value": text, "fix": fix})
    raise PydanticCustomError("wm_count", "not a count", {"value": text})


# How editors paste counts from reports: 3万余, 320余场次, 2.5万多人次, 约200人. Spaces are
# removed before matching: `\s*` between optional groups backtracks cubically on a long run.
_COUNT_WORDS = re.compile(
    r"^(约|大约)?(\d+(?:\.\d+)?)(亿|万|千|百)?(余|多|左右|\+)?(?:场次|人次|场|人|名|支|个|户)?$"
)
_SPACES = re.compile(r"\s+")
_UNITS: dict[str | None, int] = {"亿": 10**8, "万": 10000, "千": 1000, "百": 100, None: 1}


def parse_int(value: Any) -> int:
    count = parse_count(value)
    if count.approx:
        raise PydanticCustomError("wm_int_exact", "exact", {"value": str(count)})
    return count.value


def parse_signed_int(value: Any) -> int:
    """A whole number that may be below zero: a quarter's points total (more deducted than added)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = need_text(value).strip().replace("－", "-")
    if text.startswith("-") and text[1:].strip():
        return -parse_int(text[1:].strip())
    return parse_int(text)
