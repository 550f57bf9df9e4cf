"""Map drawing: Web Mercator, panels fitted to their sites, the outline, tiles that line up,
and a scale bar true to the ground."""

from __future__ import annotations

import math

import pytest

from generator.check.geo import distance_m
from generator.site.map.draw import (
    MARGIN,
    MAX_HEIGHT,
    MIN_HEIGHT,
    PANEL_WIDTH,
    SCALE_MAX_UNITS,
    TILE,
    fit,
    hull,
    mercator,
    scale_bar,
    tile_url,
    tiles,
)

QINDU = [(108.70, 34.34), (108.72, 34.35), (108.69, 34.33), (108.71, 34.36)]


def test_mercator_reference_points() -> None:
    assert mercator(0, 0) == pytest.approx((128, 128))
    assert mercator(-180, 85.05112878) == pytest.approx((0, 0), abs=1e-6)
    assert mercator(180, -85.05112878) == pytest.approx((256, 256), abs=1e-6)
    # The slippy-map tile numbering, written as the OSM wiki gives it: 秦都区 is tile 13/6569/3263.
    lng, lat, n = 108.7, 34.34, 2**13
    rad = math.radians(lat)
    osm = (
        math.floor((lng + 180) / 360 * n),
        math.floor((1 - math.log(math.tan(rad) + 1 / math.cos(rad)) / math.pi) / 2 * n),
    )
    x, y = mercator(lng, lat)
    assert (math.floor(x * n / TILE), math.floor(y * n / TILE)) == osm == (6569, 3263)


@pytest.mark.parametrize(
    "points",
    [QINDU, [(108.7, 34.34)], [(120.6, 42.9), (120.8, 43.1)], [(117.9, 40.9), (118.0, 40.9)]],
)
def test_every_point_lands_inside_the_panel_with_its_margin(
    points: list[tuple[float, float]],
) -> None:
    frame = fit(points)
    assert frame.width == PANEL_WIDTH and MIN_HEIGHT <= frame.height <= MAX_HEIGHT
    for lng, lat in points:
        x, y = frame.project(lng, lat)
        assert MARGIN - 0.1 <= x <= PANEL_WIDTH - MARGIN + 0.1
        assert MARGIN - 0.1 <= y <= frame.height - MARGIN + 0.1
        assert x == round(x, 1) and y == round(y, 1)


def test_a_lone_site_is_centred_and_not_drawn_at_street_level() -> None:
    frame = fit([(108.7, 34.34)])
    assert frame.project(108.7, 34.34) == pytest.approx(
        (PANEL_WIDTH / 2, frame.height / 2), abs=0.1
    )
    # At least 1.5 km across: 1 km is at most (PANEL_WIDTH - 2 * MARGIN) / 1.5 units.
    x1, _ = frame.project(108.7, 34.34)
    x2, _ = frame.project(108.7 + 1000 / (111320 * math.cos(math.radians(34.34))), 34.34)
    assert x2 - x1 <= (PANEL_WIDTH - 2 * MARGIN) / 1.5 + 1


def test_north_is_up_and_east_is_right() -> None:
    frame = fit(QINDU)
    west, north = frame.project(108.69, 34.36)
    east, south = frame.project(108.72, 34.33)
    assert west < east and north < south


def test_hull_keeps_the_corners_only() -> None:
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0), (5.0, 5.0), (5.0, 0.0)]
    assert set(hull(square)) == {(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)}
    assert hull([(1.0, 1.0), (1.0, 1.0)]) == ((1.0, 1.0),)


def test_tile_url_fills_every_placeholder_the_same_way_each_build() -> None:
    template = "https://t{s}.example.cn/w?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}"
    url = tile_url(template, 13, 6569, 3287, "01234567")
    assert url == "https://t0.example.cn/w?TILEMATRIX=13&TILEROW=3287&TILECOL=6569"
    assert tile_url(template, 13, 6569, 3287, "01234567") == url


def test_tiles_cover_the_whole_panel_at_a_fitting_zoom() -> None:
    frame = fit(QINDU)
    found = tiles(frame, "https://tiles.example.cn/{z}/{x}/{y}.png", "")
    zooms = {int(t.href.split("/")[3]) for t in found}
    assert len(zooms) == 1
    (z,) = zooms
    assert 0.7 < frame.scale / 2**z < 1.42  # tiles shown near their own pixel size
    assert min(t.x for t in found) <= 0 and min(t.y for t in found) <= 0
    assert max(t.x + t.size for t in found) >= frame.width
    assert max(t.y + t.size for t in found) >= frame.height
    # The points sit on the tile that contains them in the tile scheme's own numbering.
    lng, lat = QINDU[0]
    px, py = frame.project(lng, lat)
    mx, my = mercator(lng, lat)
    tx, ty = math.floor(mx * 2**z / TILE), math.floor(my * 2**z / TILE)
    tile = next(t for t in found if t.href.endswith(f"/{z}/{tx}/{ty}.png"))
    assert tile.x <= px <= tile.x + tile.size and tile.y <= py <= tile.y + tile.size


@pytest.mark.parametrize("points", [QINDU, [(117.90, 40.98)], [(120.66, 42.85), (120.70, 42.90)]])
def test_metres_per_unit_match_great_circle_distances(points: list[tuple[float, float]]) -> None:
    frame = fit(points)
    lng, lat = points[0]
    # 0.01 degrees east and north of a site: projected length x metres per unit = ground.
    for other in ((lng + 0.01, lat), (lng, lat + 0.01)):
        a, b = frame.project(lng, lat), frame.project(*other)
        units = math.hypot(b[0] - a[0], b[1] - a[1])
        assert units * frame.metres_per_unit(lat) == pytest.approx(
            distance_m((lng, lat), other), rel=0.01
        )
    assert frame.centre_lat == pytest.approx(
        (min(p[1] for p in points) + max(p[1] for p in points)) / 2, abs=0.01
    )


def test_the_scale_bar_is_a_round_length_in_a_quarter_of_the_panel() -> None:
    bar = scale_bar(fit(QINDU))
    assert bar.metres in (500, 1000, 2000, 5000)
    assert bar.length <= SCALE_MAX_UNITS and bar.length > SCALE_MAX_UNITS * 0.4
    assert bar.length * fit(QINDU).metres_per_unit() == pytest.approx(bar.metres, rel=0.01)
    assert bar.label == (f"{bar.metres // 1000} 公里" if bar.metres >= 1000 else f"{bar.metres} 米")
    lone = scale_bar(fit([(108.70, 34.34)]))  # 1.5 km across at least: a few hundred metres
    assert lone.label in ("200 米", "500 米")
