"""Numbers as Chinese reports write them: 3121场次, 320余场次, 9万余人次.

A `Count` (see `records/count.py`) is exact or approximate ("at least"). The site must
say which: an approximate count is never shown as if it were exact, and a sum is
approximate as soon as one of its parts is.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records.count import Count

_WAN = 10_000
_YI = 10_000 * _WAN


def total(counts: Iterable[Count | None]) -> Count:
    """The sum of counts; approximate if any part is approximate. None (an activity
    announced, not yet held, has no count) adds nothing."""
    value, approx = 0, False
    for count in counts:
        if count is None:
            continue
        value += count.value
        approx = approx or count.approx
    return Count(value, approx)


def cn_count(count: Count) -> str:
    """`Count(320, True)` → `320余`, `Count(25000, True)` → `2.5万余`, `Count(3121)` → `3121`.

    Exact counts keep every digit; from one 亿 on they are split at 亿 and 万 so the
    digits can be read (`150000000` → `1.5亿`, `123456789` → `1亿2345万6789`).
    Approximate counts of ten thousand or more are written in 万 (from one 亿 on, in
    亿) with at most one decimal, cut down rather than rounded: "余" promises at least
    that many, so 12,999+ must read 1.2万余, never 1.3万余, and 329,999,999+ 3.2亿余.
    """
    if not count.approx:
        return str(count.value) if count.value < _YI else _exact_yi(count.value)
    if count.value < _WAN:
        return f"{count.value}余"
    unit, name = (_YI, "亿") if count.value >= _YI else (_WAN, "万")
    tenths = count.value * 10 // unit
    whole, decimal = divmod(tenths, 10)
    number = f"{whole}.{decimal}" if decimal else str(whole)
    return f"{number}{name}余"


def _exact_yi(value: int) -> str:
    """An exact count of one 亿 or more, every digit kept: 1.5亿, 3亿零20万, 1亿2345万6789."""
    yi, rest = divmod(value, _YI)
    if rest % (_YI // 10) == 0:
        return f"{yi}.{rest * 10 // _YI}亿" if rest else f"{yi}亿"
    wan, ones = divmod(rest, _WAN)
    text = f"{yi}亿"
    if wan:
        # 零 marks a gap, as Chinese numbers do: 3亿零20万 is not 3亿2000万.
        text += ("零" if wan < 1000 else "") + f"{wan}万"
    if ones:
        text += ("零" if ones < 1000 or not wan else "") + str(ones)
    return text


def percent(part: int, whole: int) -> str:
    """`13, 13` → `100%`; `2, 3` → `66.7%`; a share of nothing is shown as `—`."""
    if whole <= 0:
        return "—"
    tenths = round(part * 1000 / whole)
    whole_part, decimal = divmod(tenths, 10)
    return f"{whole_part}.{decimal}%" if decimal else f"{whole_part}%"
