"""Map panels: one county's sites drawn in their own frame, for the map and circles pages.

A panel carries everything its SVG needs, computed here so the template only prints
numbers and escaped names: each point (its colour, size, a tap target a finger can
hit, where its name goes when the page lands on it), the sites' outline, tiles, a
scale bar, and, on the circles page, each 15-minute circle as discs of the walking
radius around its sites, numbered as the list under the map.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...check.catalog import Catalog
from ...check.geo import Point
from ..figures import level_beside, region_name, site_link
from ..pages import Link
from ..urls import map_region_anchor, map_site_anchor
from .draw import ScaleBar, Tile, fit, hull, scale_bar, tiles
from .settings import MapOptions

# Okabe–Ito colours, told apart with the common colour-vision deficiencies; each marker
# also has a dark rim (contrast on a light map) and the three tiers differ in size.
PALETTE = ("#d55e00", "#0072b2", "#009e73", "#e69f00", "#cc79a7", "#56b4e9", "#f0e442", "#000000")
OTHER_COLOUR = "#777777"
TIER_RADII = (8.0, 6.5, 5.0)
OTHER_RADIUS = 4.5
# A panel is 360 units wide and drawn at most the page's width: at a 360 px phone about
# 330 px, so 26 units of radius are a tap target of 47 px or more (WCAG's 44 px).
HIT_RADIUS = 26.0
NAME_SIZE = 15.0  # a point's name, in SVG units; a Chinese character is about as wide
CIRCLE_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")


@dataclass(frozen=True)
class Marker:
    link: Link
    level: str
    """The short level name (站, 所 …) shown beside the site in the list under the map;
    "" when the site's name already ends with it."""
    anchor: str
    x: float
    y: float
    radius: float
    colour: str
    name_x: float
    name_y: float
    name_anchor: str
    """`start` (the name right of the point) or `end` (left of it, near the right edge)."""


@dataclass(frozen=True)
class Disc:
    """One 15-minute circle on a panel: the walking radius around each of its sites here."""

    number: int
    colour: str
    radius: float
    centres: tuple[Point, ...]
    label_x: float
    label_y: float


@dataclass(frozen=True)
class MapPanel:
    """One county-level region: its sites drawn in their own frame, and listed."""

    anchor: str
    region: str
    width: float
    height: float
    outline: str
    """The sites' convex hull as SVG `points`, or empty for fewer than three sites."""
    tiles: tuple[Tile, ...]
    markers: tuple[Marker, ...]
    scale: ScaleBar
    discs: tuple[Disc, ...] = ()
    hit_radius: float = HIT_RADIUS


@dataclass(frozen=True)
class Drawn:
    """A circle to draw: its number in the list and its sites."""

    number: int
    site_ids: tuple[str, ...]


def styles(catalog: Catalog) -> dict[str, tuple[str, float]]:
    """Level name → (colour, marker radius)."""
    out = {}
    tiers = 0
    for i, level in enumerate(catalog.vocab.site_levels):
        radius = OTHER_RADIUS
        if level.tier and tiers < len(TIER_RADII):
            radius, tiers = TIER_RADII[tiers], tiers + 1
        out[level.name] = (PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR, radius)
    return out


def county(code: str) -> str:
    return code[:6]


def circle_colour(number: int) -> str:
    return CIRCLE_COLOURS[(number - 1) % len(CIRCLE_COLOURS)]


def _name_place(x: float, y: float, r: float, name: str, width: float) -> tuple[float, float, str]:
    """Right of the point, or left of it when the name would run off the panel."""
    gap = r + 5
    ny = round(y + NAME_SIZE / 3 if y > NAME_SIZE else y + r + NAME_SIZE, 1)
    if x + gap + len(name) * NAME_SIZE <= width - 2 or x < width / 2:
        return round(x + gap, 1), ny, "start"
    return round(x - gap, 1), ny, "end"


def _clamped(value: float, low: float, high: float) -> float:
    return round(min(max(value, low), high), 1)


def panel(
    catalog: Catalog,
    code: str,
    ids: list[str],
    points: dict[str, Point],
    o: MapOptions,
    drawn: Sequence[Drawn] = (),
) -> MapPanel:
    """The panel of county `code`: sites `ids` at `points` (the tiles' datum), and `drawn`."""
    frame = fit([points[i] for i in ids])
    look = styles(catalog)
    markers = []
    for site_id in ids:
        site = catalog.public_sites[site_id]
        colour, radius = look.get(site.level, (OTHER_COLOUR, OTHER_RADIUS))
        x, y = frame.project(*points[site_id])
        place = _name_place(x, y, radius, site.name, frame.width)
        link = site_link(catalog, site_id)
        level = level_beside(catalog, site)
        markers.append(Marker(link, level, map_site_anchor(site_id), x, y, radius, colour, *place))
    # Big markers first, so the small ones drawn over them can still be tapped.
    markers.sort(key=lambda m: (-m.radius, m.link.url))
    outline = hull([(m.x, m.y) for m in markers])
    here = set(ids)
    walk = round(o.walk_radius / frame.metres_per_unit(), 1)
    discs = []
    for circle in drawn:
        centres = tuple(frame.project(*points[i]) for i in circle.site_ids if i in here)
        if not centres:
            continue
        mid_x = sum(c[0] for c in centres) / len(centres)
        mid_y = sum(c[1] for c in centres) / len(centres)
        discs.append(
            Disc(
                number=circle.number,
                colour=circle_colour(circle.number),
                radius=walk,
                centres=centres,
                label_x=_clamped(mid_x, 12, frame.width - 12),
                label_y=_clamped(mid_y + 6, 20, frame.height - 6),
            )
        )
    return MapPanel(
        anchor=map_region_anchor(code),
        region=region_name(catalog, code),
        width=frame.width,
        height=frame.height,
        outline=" ".join(f"{x:g},{y:g}" for x, y in outline) if len(outline) >= 3 else "",
        tiles=tiles(frame, o.tiles, o.tile_subdomains) if o.tiles else (),
        markers=tuple(markers),
        scale=scale_bar(frame),
        discs=tuple(discs),
    )
