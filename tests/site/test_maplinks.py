"""Map-app links: each app gets the datum it expects, and record text stays inside its parameter."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from generator.check.geo import from_wgs84, to_wgs84
from generator.records.network import Location
from generator.site.map.links import amap_link, app_links, baidu_link, in_datum, tencent_link

HOSTILE = "A&B;title:x=1#frag 宝泉路<script>"


def loc(datum: str, lng: str, lat: str) -> Location:
    return Location(datum=datum, lng=lng, lat=lat)  # type: ignore[arg-type]


def expected(location: Location, datum: str) -> tuple[float, float]:
    """The reference: geo.py's own round trip through WGS-84, rounded like the links."""
    lng, lat = from_wgs84(
        datum, *to_wgs84(location.datum, float(location.lng), float(location.lat))
    )
    return round(lng, 6), round(lat, 6)


POINTS = [
    loc("gcj02", "108.70512", "34.34821"),
    loc("wgs84", "118.43123", "29.86712"),
    loc("bd09", "117.95941", "40.91422"),
]


@pytest.mark.parametrize("location", POINTS, ids=lambda x: x.datum)
def test_amap_and_tencent_get_gcj02_baidu_gets_bd09(location: Location) -> None:
    g_lng, g_lat = expected(location, "gcj02")
    b_lng, b_lat = expected(location, "bd09")
    amap = parse_qs(urlsplit(amap_link(location, "站").href).query)
    assert amap["position"] == [f"{g_lng:.6f},{g_lat:.6f}"]
    assert amap["coordinate"] == ["gaode"]
    baidu = parse_qs(urlsplit(baidu_link(location, "站", "地址").href).query)
    assert baidu["location"] == [f"{b_lat:.6f},{b_lng:.6f}"]  # Baidu wants lat first
    assert baidu["coord_type"] == ["bd09ll"]
    tencent = parse_qs(urlsplit(tencent_link(location, "站", "地址").href).query)
    assert tencent["marker"][0].startswith(f"coord:{g_lat:.6f},{g_lng:.6f};")


def test_a_point_already_in_the_apps_datum_comes_back_unchanged() -> None:
    gcj = loc("gcj02", "108.70512", "34.34821")
    assert in_datum(gcj, "gcj02") == pytest.approx((108.70512, 34.34821), abs=2e-6)
    bd = loc("bd09", "117.95941", "40.91422")
    assert in_datum(bd, "bd09") == pytest.approx((117.95941, 40.91422), abs=2e-6)


def test_gcj02_and_wgs84_differ_by_hundreds_of_metres() -> None:
    # The point of converting: the same numbers in the wrong datum land far off.
    w = loc("wgs84", "108.70512", "34.34821")
    g_lng, g_lat = in_datum(w, "gcj02")
    assert 0.001 < abs(g_lng - 108.70512) < 0.01
    assert 0.0005 < abs(g_lat - 34.34821) < 0.01


def test_names_and_addresses_are_percent_encoded() -> None:
    location = POINTS[0]
    for link in app_links(location, HOSTILE, HOSTILE):
        assert link.href.startswith("https://")
        assert "<" not in link.href and " " not in link.href and "#" not in link.href
    amap = parse_qs(urlsplit(amap_link(location, HOSTILE).href).query)
    assert amap["name"] == [HOSTILE]
    baidu = parse_qs(urlsplit(baidu_link(location, HOSTILE, HOSTILE).href).query)
    assert baidu["title"] == [HOSTILE] and baidu["content"] == [HOSTILE]
    assert baidu["src"] == ["webapp.wenming"]
    # Tencent splits its marker on `;` and `:`: the name must carry neither raw.
    query = urlsplit(tencent_link(location, HOSTILE, HOSTILE).href).query
    marker, referer = query.removeprefix("marker=").split("&referer=")
    fields = dict(part.split(":", 1) for part in marker.split(";"))
    assert set(fields) == {"coord", "title", "addr"}
    assert unquote(fields["title"]) == HOSTILE and unquote(fields["addr"]) == HOSTILE
    assert referer == "wenming"
