"""The statistics page (统计): counts by region, level, type and quarter, with charts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ...check.catalog import Catalog
from ..figures import stats_tables
from ..pages import Page, Table
from ..urls import STATS_URL


@dataclass(frozen=True)
class StatsPage(Page):
    template: ClassVar[str] = "stats.html"
    tables: tuple[Table, ...]


def stats_page(catalog: Catalog) -> StatsPage:
    return StatsPage(url=STATS_URL, title="统计", tables=stats_tables(catalog))
