"""Numbers as Chinese reports write them: 3121场次, 320余场次, 9万余人次.

A `Count` (see `fields.py`) is exact or approximate ("at least"). The site must
say which: an approximate count is never shown as if it were exact, and a sum is
approximate as soon as one of its parts is.
"""

from __future__ import annotations

from collections.abc import Iterable

from .fields import Count

_WAN = 10_000


def total(counts: Iterable[Count]) -> Count:
    """The sum of counts; approximate if any part is approximate."""
    value, approx = 0, False
    for count in counts:
        value += count.value
        approx = approx or count.approx
    return Count(value, approx)


def cn_count(count: Count) -> str:
    """`Count(320, True)` → `320余`, `Count(25000, True)` → `2.5万余`, `Count(3121)` → `3121`.

    Exact counts keep every digit. Approximate counts of ten thousand or more are
    written in 万 with at most one decimal, cut down rather than rounded: "余"
    promises at least that many, so 12,999+ must read 1.2万余, never 1.3万余.
    """
    if not count.approx:
        return str(count.value)
    if count.value < _WAN:
        return f"{count.value}余"
    tenths = count.value * 10 // _WAN
    whole, decimal = divmod(tenths, 10)
    number = f"{whole}.{decimal}" if decimal else str(whole)
    return f"{number}万余"


def percent(part: int, whole: int) -> str:
    """`13, 13` → `100%`; `2, 3` → `66.7%`; a share of nothing is shown as `—`."""
    if whole <= 0:
        return "—"
    tenths = round(part * 1000 / whole)
    whole_part, decimal = divmod(tenths, 10)
    return f"{whole_part}.{decimal}%" if decimal else f"{whole_part}%"
