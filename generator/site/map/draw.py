"""Map drawing: Web Mercator projection, a panel fitted to its sites, outline and tiles.

Pure geometry, no records: points go in as (lng, lat) in the tiles' datum and come
out as SVG user units, rounded to one decimal so the page stays small. Web Mercator
(EPSG:3857) is what every slippy-map tile set uses, 天地图's `_w` layers included,
so an optional tile layer drawn under the points lines up with them without any
map library. A panel is PANEL_WIDTH units wide; its height follows the shape of
its sites' bounding box, within limits that suit a phone held upright.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ...check.geo import Point

TILE = 256  # pixels of a tile, and the world's width at zoom 0
PANEL_WIDTH = 360
MIN_HEIGHT, MAX_HEIGHT = 200, 420
MARGIN = 24  # keeps markers and their outline off the panel's edge
MIN_SPAN_M = 1500.0  # a lone site, or a tight group, is not drawn at street level
MAX_ZOOM = 18
_EQUATOR_M = 40075016.686


def mercator(lng: float, lat: float) -> Point:
    """(lng, lat) in degrees → Web Mercator pixels at zoom 0 (0…256 on both axes)."""
    lat = max(-85.05112878, min(85.05112878, lat))
    x = (lng + 180.0) / 360.0 * TILE
    y = (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * TILE
    return x, y


@dataclass(frozen=True)
class Frame:
    """How one panel maps zoom-0 Mercator pixels to its SVG units."""

    x0: float
    y0: float
    scale: float
    width: float
    height: float

    def project(self, lng: float, lat: float) -> Point:
        x, y = mercator(lng, lat)
        return round((x - self.x0) * self.scale, 1), round((y - self.y0) * self.scale, 1)

    @property
    def centre_lat(self) -> float:
        """The latitude at the panel's middle (inverse Mercator)."""
        y = self.y0 + self.height / 2 / self.scale
        return math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * y / TILE))))

    def metres_per_unit(self, lat: float | None = None) -> float:
        """Ground metres in one SVG unit at `lat` (the panel's middle by default).

        Web Mercator stretches by 1/cos(lat): a zoom-0 pixel spans the equator's
        length / 256 times cos(lat) on the ground, and a unit is 1/scale of a pixel.
        """
        at = self.centre_lat if lat is None else lat
        return _EQUATOR_M * math.cos(math.radians(at)) / TILE / self.scale


def fit(points: Sequence[Point]) -> Frame:
    """The frame that shows every point (lng, lat) with a margin; at least MIN_SPAN_M across."""
    if not points:
        raise ValueError("a panel needs at least one point")
    xy = [mercator(lng, lat) for lng, lat in points]
    xs, ys = [p[0] for p in xy], [p[1] for p in xy]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    mid_lat = sum(lat for _, lat in points) / len(points)
    metres_per_unit = _EQUATOR_M * math.cos(math.radians(mid_lat)) / TILE
    least = MIN_SPAN_M / metres_per_unit
    w = max(max(xs) - min(xs), least)
    h = max(max(ys) - min(ys), least)
    inner = PANEL_WIDTH - 2 * MARGIN
    height = float(round(min(MAX_HEIGHT, max(MIN_HEIGHT, inner * h / w + 2 * MARGIN))))
    scale = min(inner / w, (height - 2 * MARGIN) / h)
    return Frame(
        x0=cx - PANEL_WIDTH / 2 / scale,
        y0=cy - height / 2 / scale,
        scale=scale,
        width=float(PANEL_WIDTH),
        height=height,
    )


def hull(points: Sequence[Point]) -> tuple[Point, ...]:
    """Convex hull (Andrew's monotone chain), counter-clockwise; fewer than 3 → as given."""
    unique = sorted(set(points))
    if len(unique) < 3:
        return tuple(unique)

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in unique:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(unique):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return tuple(lower[:-1] + upper[:-1])


SCALE_STEPS_M = (50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000)
SCALE_MAX_UNITS = PANEL_WIDTH / 4  # the bar never takes more than a quarter of the width


@dataclass(frozen=True)
class ScaleBar:
    """A round ground length and how many SVG units it spans on its panel."""

    metres: int
    length: float
    label: str


def scale_bar(frame: Frame) -> ScaleBar:
    """The longest round length (50 m … 100 km) that fits in a quarter of the panel."""
    per_unit = frame.metres_per_unit()
    fitting = [m for m in SCALE_STEPS_M if m / per_unit <= SCALE_MAX_UNITS]
    metres = fitting[-1] if fitting else SCALE_STEPS_M[0]
    label = f"{metres // 1000} 公里" if metres >= 1000 else f"{metres} 米"
    return ScaleBar(metres, round(metres / per_unit, 1), label)


@dataclass(frozen=True)
class Tile:
    """One tile image: its address and where it sits in the panel."""

    href: str
    x: float
    y: float
    size: float


def tile_url(template: str, z: int, x: int, y: int, subdomains: str) -> str:
    """Fill `{z}`, `{x}`, `{y}` and `{s}` (a subdomain picked by position, so builds repeat)."""
    s = subdomains[(x + y) % len(subdomains)] if subdomains else ""
    return (
        template.replace("{z}", str(z))
        .replace("{x}", str(x))
        .replace("{y}", str(y))
        .replace("{s}", s)
    )


def tiles(frame: Frame, template: str, subdomains: str) -> tuple[Tile, ...]:
    """The tiles that cover the panel, at the zoom whose pixels are closest to the panel's."""
    z = max(0, min(MAX_ZOOM, round(math.log2(frame.scale))))
    n = 2**z
    world = TILE / n  # one tile's width in zoom-0 pixels
    size = world * frame.scale
    first_x = max(0, math.floor(frame.x0 / world))
    last_x = min(n - 1, math.floor((frame.x0 + frame.width / frame.scale) / world))
    first_y = max(0, math.floor(frame.y0 / world))
    last_y = min(n - 1, math.floor((frame.y0 + frame.height / frame.scale) / world))
    out = []
    for ty in range(first_y, last_y + 1):
        for tx in range(first_x, last_x + 1):
            out.append(
                Tile(
                    href=tile_url(template, z, tx, ty, subdomains),
                    x=round((tx * world - frame.x0) * frame.scale, 1),
                    y=round((ty * world - frame.y0) * frame.scale, 1),
                    # Half a unit more hides the hairline seams rounding would leave.
                    size=round(size + 0.5, 1),
                )
            )
    return tuple(out)
