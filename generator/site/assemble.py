"""Assemble every page of the site from a checked catalog.

`assemble(catalog)` is the one step between the records and the renderer: it
decides which pages exist (each section's module makes its own, sections/), shares
one `Resolver` between them, and sorts everything, so two builds of the same content
produce the same pages in the same order. Only the catalog's public views are read:
drafts and withdrawn honours cannot reach a page from here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..check.catalog import Catalog
from .datapage import data_page
from .guide import guide_pages
from .guideforms import forms_page
from .map.page import map_pages, site_places
from .map.settings import MapOptions
from .pages import Page
from .sections.activities import activity_pages
from .sections.bulletins import bulletin_pages
from .sections.home import home_page
from .sections.honors import honor_pages
from .sections.notices import notice_pages
from .sections.plans import plans_page
from .sections.points import points_pages
from .sections.resolve import Resolver
from .sections.sites import site_index, site_page
from .sections.stats import stats_page
from .sections.teams import team_index, team_pages


def assemble(
    catalog: Catalog, map_options: MapOptions | None = None, base_url: str = ""
) -> list[Page]:
    """Every page of the site, in URL order. `base_url` (the site's address ending in "/")
    is what a printed 公示's QR code points at and what the calendars' webcal: links start
    from; "" gives the site path instead (and no webcal: link)."""
    map_options = map_options or MapOptions()
    places = site_places(catalog, map_options)
    r = Resolver(catalog)
    quarter = catalog.quarters[-1] if catalog.quarters else ""
    pages: list[Page] = [
        home_page(catalog, r, base_url),
        site_index(catalog),
        team_index(catalog, r),
    ]
    pages += [
        site_page(catalog, r, site_id, quarter, places.get(site_id), base_url)
        for site_id in sorted(catalog.public_sites)
    ]
    pages += team_pages(catalog, r, quarter)
    pages += activity_pages(catalog, r)
    pages.append(plans_page(catalog, r, base_url))
    pages += honor_pages(catalog, r)
    pages += notice_pages(catalog, r, base_url)
    pages += points_pages(catalog, base_url)
    pages += bulletin_pages(catalog, r)
    pages.append(stats_page(catalog))
    pages += guide_pages(catalog)
    pages.append(forms_page())
    pages += map_pages(catalog, map_options)
    pages.append(data_page(catalog))
    return sorted(pages, key=lambda p: p.url)


def edition_date(catalog: Catalog) -> date | None:
    """The latest day any public record speaks of: the edition's date, stable between builds."""
    days: list[date] = []
    for activity in catalog.public_activities.values():
        days.append(activity.end_date or activity.date)
    days += [h.date for h in catalog.public_honors.values()]
    records: list[Any] = [
        *catalog.public_sites.values(),
        *catalog.public_teams.values(),
        *catalog.public_services.values(),
        *catalog.public_activities.values(),
        *catalog.public_honors.values(),
        *catalog.public_bulletins.values(),
    ]
    days += [c.date for record in records for c in record.corrections]
    return max(days, default=None)
