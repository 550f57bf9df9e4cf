"""Map-app links: open a site in 高德, 百度 or 腾讯 maps, in the datum each app expects.

Only links are made: nothing is loaded from the map providers until a reader taps
one. 高德 and 腾讯 take GCJ-02, 百度 takes BD-09; a record may be stored in any of
the three, so each point goes to WGS-84 first (geo.to_wgs84) and from there to the
app's datum (geo.from_wgs84). Coordinates are rounded to 6 decimals (≈ 0.1 m), and
every piece of record text is percent-encoded, so a name cannot break out of its
parameter. The apps' URI formats are their published "marker" URIs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from ...check.geo import Point, from_wgs84, to_wgs84
from ...records.network import Location

# `src` / `referer` name the calling application, as the Baidu and Tencent URI APIs ask.
APP_NAME = "wenming"


@dataclass(frozen=True)
class AppLink:
    """A link to an external map app: its name as shown, and an https:// address."""

    app: str
    href: str


def wgs84_of(location: Location) -> Point:
    """A record's coordinates in WGS-84, whatever datum they were entered in."""
    return to_wgs84(location.datum, float(location.lng), float(location.lat))


@lru_cache(maxsize=8192)  # three links per site ask for the same conversion
def in_datum(location: Location, datum: str) -> Point:
    """A record's coordinates in `datum`, rounded to 6 decimals."""
    lng, lat = from_wgs84(datum, *wgs84_of(location))
    return round(lng, 6), round(lat, 6)


def _q(text: str) -> str:
    # Everything outside the unreserved set is encoded, `,;:&=#` included: the Tencent
    # URI separates its fields with `;` and `:`, so a name must not carry them raw.
    return quote(text, safe="")


def _n(value: float) -> str:
    return f"{value:.6f}"


def amap_link(location: Location, name: str) -> AppLink:
    lng, lat = in_datum(location, "gcj02")
    href = (
        f"https://uri.amap.com/marker?position={_n(lng)},{_n(lat)}"
        f"&name={_q(name)}&coordinate=gaode&callnative=1"
    )
    return AppLink("高德地图", href)


def baidu_link(location: Location, name: str, address: str) -> AppLink:
    lng, lat = in_datum(location, "bd09")
    href = (
        f"https://api.map.baidu.com/marker?location={_n(lat)},{_n(lng)}"
        f"&title={_q(name)}&content={_q(address)}&output=html&coord_type=bd09ll"
        f"&src=webapp.{APP_NAME}"
    )
    return AppLink("百度地图", href)


def tencent_link(location: Location, name: str, address: str) -> AppLink:
    lng, lat = in_datum(location, "gcj02")
    href = (
        f"https://apis.map.qq.com/uri/v1/marker?marker=coord:{_n(lat)},{_n(lng)}"
        f";title:{_q(name)};addr:{_q(address)}&referer={APP_NAME}"
    )
    return AppLink("腾讯地图", href)


def app_links(location: Location, name: str, address: str) -> tuple[AppLink, ...]:
    """The three app links for a site, in the order shown."""
    return (
        amap_link(location, name),
        baidu_link(location, name, address),
        tencent_link(location, name, address),
    )
