"""Datum conversions against published reference pairs, within a metre."""

from __future__ import annotations

import pytest

from generator.check.geo import (
    bd09_to_gcj02,
    distance_m,
    from_wgs84,
    gcj02_to_bd09,
    gcj02_to_wgs84,
    to_wgs84,
    wgs84_to_gcj02,
)

# (wgs lng, wgs lat, gcj lng, gcj lat): the eviltransform project's test points.
WGS_GCJ = [
    (121.5272106, 31.1774276, 121.531541859215, 31.17530398364597),  # Shanghai
    (113.912316, 22.543847, 113.9171764808363, 22.540796131694766),  # Shenzhen
    (116.377817, 39.911954, 116.38404722455657, 39.91334545536069),  # Beijing
]
# One point in all three datums (wgs84, gcj02, bd09), from a geotool test.
TRIPLE = (
    (121.0917077, 30.6107779),
    (121.09626935575027, 30.608604331756705),
    (121.10271732371203, 30.61484572185035),
)

METRE = 1.0


@pytest.mark.parametrize(("w_lng", "w_lat", "g_lng", "g_lat"), WGS_GCJ)
def test_wgs84_to_gcj02_matches_reference(
    w_lng: float, w_lat: float, g_lng: float, g_lat: float
) -> None:
    assert distance_m(wgs84_to_gcj02(w_lng, w_lat), (g_lng, g_lat)) < METRE


@pytest.mark.parametrize(("w_lng", "w_lat", "g_lng", "g_lat"), WGS_GCJ)
def test_gcj02_to_wgs84_inverts_within_a_centimetre(
    w_lng: float, w_lat: float, g_lng: float, g_lat: float
) -> None:
    assert distance_m(gcj02_to_wgs84(g_lng, g_lat), (w_lng, w_lat)) < 0.01


def test_one_point_in_three_datums() -> None:
    wgs, gcj, bd = TRIPLE
    assert distance_m(from_wgs84("gcj02", *wgs), gcj) < METRE
    assert distance_m(from_wgs84("bd09", *wgs), bd) < METRE
    assert distance_m(to_wgs84("bd09", *bd), wgs) < METRE
    assert distance_m(to_wgs84("gcj02", *gcj), wgs) < METRE
    assert distance_m(bd09_to_gcj02(*bd), gcj) < METRE
    assert distance_m(gcj02_to_bd09(*gcj), bd) < METRE


def test_the_offset_is_real_hundreds_of_metres() -> None:
    # Drawing GCJ-02 on a WGS-84 map is 100–700 m off: the conversion must not be a no-op.
    wgs = (108.70512, 34.34821)  # 秦都区
    assert 100 < distance_m(wgs, wgs84_to_gcj02(*wgs)) < 700


def test_outside_china_nothing_moves() -> None:
    assert wgs84_to_gcj02(2.35, 48.85) == (2.35, 48.85)


def test_distance_of_a_known_length() -> None:
    # One degree of latitude is about 111.2 km.
    assert abs(distance_m((108.0, 34.0), (108.0, 35.0)) - 111_195) < 50
