"""The statistics page (统计): counts by region, level, type and quarter, with charts;
the staff coverage of the levels the county requires staff at, and staff training apart
from the services to residents."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ...check.catalog import Catalog
from ...records.count import Count
from ..figures import served, staff_coverage, stats_tables
from ..numbers import total
from ..pages import Page, Table
from ..urls import STATS_URL


@dataclass(frozen=True)
class Training:
    """Staff training (`training_types`): not counted among the services to residents."""

    activities: int
    sessions: Count
    attendance: Count


@dataclass(frozen=True)
class StatsPage(Page):
    template: ClassVar[str] = "stats.html"
    tables: tuple[Table, ...]
    staffing: tuple[str, ...] = ()
    """`8个所中8个有专职实践员` per level `staff_required` names; empty without rules."""
    training: Training | None = None
    """None when the county names no training types or holds none."""


def stats_page(catalog: Catalog) -> StatsPage:
    _, training = served(catalog, catalog.public_activities.values())
    return StatsPage(
        url=STATS_URL,
        title="统计",
        tables=stats_tables(catalog),
        staffing=staff_coverage(catalog),
        training=Training(
            len(training),
            total(a.sessions for a in training),
            total(a.attendance for a in training),
        )
        if training
        else None,
    )
