"""The practice map: the map page, the circles page, each site's place, and `sites.json`.

The map is SVG drawn at build time (see draw.py): one panel per county-level
region, because a county's sites lie within tens of km while a catalog may span
far-apart counties. Nothing is fetched from another host unless the site owner
sets a tile layer (`MapOptions.tiles`, an https:// template). Every computation is
in WGS-84; points are converted to the tiles' datum only to be drawn. Only public
sites appear, and `sites.json` carries public fields only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import ClassVar

from ...check.catalog import Catalog
from ...check.circles import WALK_SPEED_M_PER_MIN, circles, groups, neighbours, positions
from ...check.geo import Point, from_wgs84
from ..figures import level_beside, region_name, site_link
from ..pages import Link, Nearby, Page, SitePlace
from ..urls import (
    CIRCLES_URL,
    MAP_URL,
    circle_anchor,
    circle_url,
    map_site_url,
    site_url,
)
from .links import app_links
from .panel import Drawn, MapPanel, circle_colour, county, panel, styles
from .settings import MapOptions


@dataclass(frozen=True)
class LevelStyle:
    label: str
    colour: str
    radius: float
    count: int


@dataclass(frozen=True)
class MapPage(Page):
    template: ClassVar[str] = "map.html"
    scripts: ClassVar[tuple[str, ...]] = ("nearest", "mapmark")
    legend: tuple[LevelStyle, ...]
    panels: tuple[MapPanel, ...]
    unplaced: tuple[Link, ...]
    circles: Link
    attribution: str


@dataclass(frozen=True)
class CircleItem:
    number: int
    """The circle's number, drawn on its discs on the map above the list."""
    colour: str
    anchor: str
    title: str
    region: str
    sites: tuple[tuple[Link, str], ...]
    """Each site with its short level name (中心, 所, 站 …), highest level first; the
    name is "" when the site's own name already ends with it."""


@dataclass(frozen=True)
class CirclesPage(Page):
    template: ClassVar[str] = "circles.html"
    radius: int
    minutes: int
    computed: int
    panels: tuple[MapPanel, ...]
    """The counties with a circle, each circle drawn as discs of the walking radius."""
    circles: tuple[CircleItem, ...]
    alone: tuple[Link, ...]
    map: Link
    attribution: str


def _rank(catalog: Catalog) -> dict[str, int]:
    return {level.name: i for i, level in enumerate(catalog.vocab.site_levels)}


def _drawn(where: dict[str, Point], options: MapOptions) -> dict[str, Point]:
    """The points in the tiles' datum, the one they are drawn in."""
    return {k: from_wgs84(options.tiles_datum, *p) for k, p in where.items()}


def _by_county(catalog: Catalog, where: dict[str, Point]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for site_id in sorted(where):
        out.setdefault(county(catalog.public_sites[site_id].region), []).append(site_id)
    return out


def map_page(catalog: Catalog, options: MapOptions) -> MapPage:
    where = positions(catalog)
    drawn = _drawn(where, options)
    by_county = _by_county(catalog, where)
    look = styles(catalog)
    legend = tuple(
        LevelStyle(lv.label, *look[lv.name], n)
        for lv in catalog.vocab.site_levels
        if (n := sum(1 for i in where if catalog.public_sites[i].level == lv.name))
    )
    return MapPage(
        url=MAP_URL,
        title="实践地图",
        legend=legend,
        panels=tuple(panel(catalog, c, by_county[c], drawn, options) for c in sorted(by_county)),
        unplaced=tuple(
            site_link(catalog, i) for i in sorted(catalog.public_sites) if i not in where
        ),
        circles=Link("15分钟文明实践服务圈", CIRCLES_URL),
        attribution=options.attribution if options.tiles else "",
    )


def _lead(catalog: Catalog, site_ids: tuple[str, ...]) -> str:
    """The circle's highest-level site: it names the circle and anchors it."""
    rank = _rank(catalog)
    return min(site_ids, key=lambda i: (rank.get(catalog.public_sites[i].level, len(rank)), i))


def circles_page(catalog: Catalog, options: MapOptions) -> CirclesPage:
    rank = _rank(catalog)
    found = circles(catalog, options.walk_radius)
    items = []
    for number, circle in enumerate(found, 1):
        lead = _lead(catalog, circle.site_ids)
        ordered = sorted(
            circle.site_ids, key=lambda i: (rank.get(catalog.public_sites[i].level, len(rank)), i)
        )
        items.append(
            CircleItem(
                number=number,
                colour=circle_colour(number),
                anchor=circle_anchor(lead),
                title=f"{catalog.public_sites[lead].name}服务圈",
                region=region_name(catalog, county(catalog.public_sites[lead].region)),
                sites=tuple(
                    (site_link(catalog, i), level_beside(catalog, catalog.public_sites[i]))
                    for i in ordered
                ),
            )
        )
    inside = {i for c in found for i in c.site_ids}
    where = positions(catalog)
    drawn, by_county = _drawn(where, options), _by_county(catalog, where)
    numbered = [Drawn(n, c.site_ids) for n, c in enumerate(found, 1)]
    counties = sorted({county(catalog.public_sites[i].region) for i in inside})
    return CirclesPage(
        url=CIRCLES_URL,
        title="15分钟文明实践服务圈",
        radius=round(options.walk_radius),
        minutes=round(options.walk_radius / WALK_SPEED_M_PER_MIN),
        computed=len(found),
        panels=tuple(panel(catalog, c, by_county[c], drawn, options, numbered) for c in counties),
        circles=tuple(items),
        alone=tuple(site_link(catalog, i) for i in sorted(where) if i not in inside),
        map=Link("实践地图", MAP_URL),
        attribution=options.attribution if options.tiles else "",
    )


def map_pages(catalog: Catalog, options: MapOptions) -> list[Page]:
    """The two map pages; their number never grows with the records."""
    return [map_page(catalog, options), circles_page(catalog, options)]


def site_places(catalog: Catalog, options: MapOptions) -> dict[str, SitePlace]:
    """Site id → its place (app links, nearby sites, circle), for each site with coordinates."""
    near = neighbours(catalog, options.walk_radius)
    circle_of = {}
    for circle in groups(near):
        lead = _lead(catalog, circle.site_ids)
        for site_id in circle.site_ids:
            circle_of[site_id] = Link(
                f"{catalog.public_sites[lead].name}服务圈（{len(circle.site_ids)}个阵地）",
                circle_url(lead),
            )
    out = {}
    for site_id, found in near.items():
        site = catalog.public_sites[site_id]
        assert site.location is not None  # positions() only has sites with coordinates
        out[site_id] = SitePlace(
            apps=app_links(site.location, site.name, site.address),
            nearby=tuple(
                Nearby(site_link(catalog, n.site_id), round(n.metres / 10) * 10, n.minutes)
                for n in found
            ),
            radius=round(options.walk_radius),
            minutes=round(options.walk_radius / WALK_SPEED_M_PER_MIN),
            circle=circle_of.get(site_id),
            map=Link("在实践地图上查看", map_site_url(site_id)),
        )
    return out


def sites_json(catalog: Catalog) -> str:
    """`map/sites.json`: public sites with coordinates — id, name, level, url, WGS-84 lng/lat."""
    where = positions(catalog)
    rows = [
        {
            "id": site_id,
            "name": catalog.public_sites[site_id].name,
            "level": catalog.public_sites[site_id].level,
            "url": site_url(site_id),
            "lng": round(where[site_id][0], 6),
            "lat": round(where[site_id][1], 6),
        }
        for site_id in sorted(where)
    ]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")) + "\n"
