"""Quarters: which quarter a day or an instant belongs to, always in Asia/Shanghai time.

The county works in Beijing time; a build machine in UTC must not put an evening
activity of 30 September into the wrong quarter.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
# The years a record may speak of. Wide enough for a base founded long ago; narrow
# enough that 2106 for 2026 is caught as a typo, and every date fits everything the
# build writes (gzip stores its time as 32 bits of seconds, which end in 2106).
FIRST_YEAR, LAST_YEAR = 1900, 2099
FIRST_DAY, LAST_DAY = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)
QUARTER = re.compile(r"^((?:19|20)\d{2})-Q([1-4])$")


def quarter_of(day: date) -> str:
    """`2026-07-15` → `2026-Q3`. A datetime is first converted to Shanghai time."""
    if isinstance(day, datetime):
        if day.tzinfo is None:
            raise ValueError("naive datetime: its time zone is unknown")
        day = day.astimezone(SHANGHAI).date()
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def quarter_bounds(quarter: str) -> tuple[date, date]:
    """First and last day of a quarter such as `2026-Q3`."""
    match = QUARTER.match(quarter)
    if not match:
        raise ValueError(f"not a quarter: {quarter!r}")
    year, number = int(match.group(1)), int(match.group(2))
    first = date(year, 3 * number - 2, 1)
    following = date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)
    return first, following - timedelta(days=1)


def quarter_label(quarter: str) -> str:
    """`2026-Q3` → `2026年第三季度`."""
    year, number = quarter.split("-Q")
    return f"{year}年第{'一二三四'[int(number) - 1]}季度"


def month_of(day: date) -> str:
    """`2026-07-15` → `2026-07`: activities are listed by the month they start in."""
    return f"{day.year}-{day.month:02d}"


def month_label(month: str) -> str:
    """`2026-07` → `2026年7月`."""
    year, number = month.split("-")
    return f"{year}年{int(number)}月"


def today(environ: dict[str, str] | None = None) -> date:
    """Today in Shanghai; `SOURCE_DATE_EPOCH`, when set, fixes it so builds are reproducible."""
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), SHANGHAI).date()
    return datetime.now(SHANGHAI).date()
