"""Geo: coordinates between the datums Chinese maps use, and distances between sites.

Records say which datum their coordinates are in (高德/腾讯 pickers give GCJ-02,
百度 gives BD-09, GPS and 天地图 WGS-84 ≈ CGCS2000). Every computation here is done
in WGS-84; conversions go through GCJ-02. The GCJ-02 offset is the published
"eviltransform" polynomial on the Krasovsky ellipsoid; its inverse has no closed
form and is found by fixed-point iteration to well under a centimetre.
"""

from __future__ import annotations

import math

Point = tuple[float, float]  # (lng, lat) in degrees

_A = 6378245.0  # Krasovsky 1940 semi-major axis, used by GCJ-02
_EE = 0.00669342162296594323  # its first eccentricity squared
_X_PI = math.pi * 3000.0 / 180.0
EARTH_RADIUS_M = 6371008.8  # mean radius, metres


def _offset(lng: float, lat: float) -> Point:
    x, y = lng - 105.0, lat - 35.0
    d_lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    d_lng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    common = (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    d_lat += common
    d_lng += common
    d_lat += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    d_lng += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    d_lat += (
        (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    )
    d_lng += (
        (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    )
    rad = lat / 180.0 * math.pi
    magic = 1.0 - _EE * math.sin(rad) ** 2
    root = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_A * (1.0 - _EE)) / (magic * root) * math.pi)
    d_lng = (d_lng * 180.0) / (_A / root * math.cos(rad) * math.pi)
    return d_lng, d_lat


def in_china(lng: float, lat: float) -> bool:
    """The rough box inside which GCJ-02 applies an offset at all."""
    return 72.004 <= lng <= 137.8347 and 0.8293 <= lat <= 55.8271


def wgs84_to_gcj02(lng: float, lat: float) -> Point:
    if not in_china(lng, lat):
        return lng, lat
    d_lng, d_lat = _offset(lng, lat)
    return lng + d_lng, lat + d_lat


def gcj02_to_wgs84(lng: float, lat: float) -> Point:
    """Inverse by iteration: converges in a handful of steps to < 1e-9 degrees."""
    if not in_china(lng, lat):
        return lng, lat
    w_lng, w_lat = lng, lat
    for _ in range(30):
        g_lng, g_lat = wgs84_to_gcj02(w_lng, w_lat)
        e_lng, e_lat = g_lng - lng, g_lat - lat
        w_lng, w_lat = w_lng - e_lng, w_lat - e_lat
        if abs(e_lng) < 1e-10 and abs(e_lat) < 1e-10:
            break
    return w_lng, w_lat


def gcj02_to_bd09(lng: float, lat: float) -> Point:
    z = math.hypot(lng, lat) + 0.00002 * math.sin(lat * _X_PI)
    theta = math.atan2(lat, lng) + 0.000003 * math.cos(lng * _X_PI)
    return z * math.cos(theta) + 0.0065, z * math.sin(theta) + 0.006


def bd09_to_gcj02(lng: float, lat: float) -> Point:
    x, y = lng - 0.0065, lat - 0.006
    z = math.hypot(x, y) - 0.00002 * math.sin(y * _X_PI)
    theta = math.atan2(y, x) - 0.000003 * math.cos(x * _X_PI)
    return z * math.cos(theta), z * math.sin(theta)


def to_wgs84(datum: str, lng: float, lat: float) -> Point:
    """Any stored datum → WGS-84, the datum of every internal computation."""
    if datum == "wgs84":
        return lng, lat
    if datum == "gcj02":
        return gcj02_to_wgs84(lng, lat)
    if datum == "bd09":
        return gcj02_to_wgs84(*bd09_to_gcj02(lng, lat))
    raise ValueError(f"unknown datum {datum!r}")


def from_wgs84(datum: str, lng: float, lat: float) -> Point:
    """WGS-84 → the datum a map app expects."""
    if datum == "wgs84":
        return lng, lat
    gcj = wgs84_to_gcj02(lng, lat)
    if datum == "gcj02":
        return gcj
    if datum == "bd09":
        return gcj02_to_bd09(*gcj)
    raise ValueError(f"unknown datum {datum!r}")


def distance_m(a: Point, b: Point) -> float:
    """Great-circle distance in metres between two WGS-84 points (haversine)."""
    lng1, lat1, lng2, lat2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(h))
