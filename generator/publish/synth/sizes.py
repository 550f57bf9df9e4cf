"""How big a synthetic tree is: the scales, each county's record counts, the quarters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Scale = Literal["tiny", "county", "city"]
SCALES: tuple[Scale, ...] = ("tiny", "county", "city")


@dataclass(frozen=True)
class Size:
    """How much of each record type one county gets."""

    townships: int
    villages: int  # per township
    bases: int
    demos: int
    teams: int
    services: int
    activities: int  # per quarter
    honors: int  # over all quarters
    counties: int = 1


SIZES: dict[Scale, Size] = {
    "tiny": Size(
        townships=2, villages=3, bases=1, demos=1, teams=4, services=3, activities=6, honors=24
    ),
    "county": Size(
        townships=15,
        villages=14,
        bases=12,
        demos=12,
        teams=60,
        services=12,
        activities=750,
        honors=500,
    ),
    "city": Size(
        townships=15,
        villages=14,
        bases=12,
        demos=12,
        teams=60,
        services=12,
        activities=750,
        honors=500,
        counties=10,
    ),
}
QUARTERS = tuple(f"{y}-Q{q}" for y in (2025, 2026) for q in (1, 2, 3, 4))


def bounds(quarter: str) -> tuple[date, date]:
    """The first and the last day of `quarter` (`2026-Q3` → 2026-07-01, 2026-09-30)."""
    year, q = int(quarter[:4]), int(quarter[-1])
    start = date(year, 3 * q - 2, 1)
    end = date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1) - timedelta(days=1)
    return start, end
