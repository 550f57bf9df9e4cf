"""15-minute circles: neighbours within the walking radius, whatever each site's datum."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from generator.catalog import Catalog
from generator.circles import circles, neighbours
from generator.content import read_content
from generator.geo import from_wgs84
from generator.models import Location

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


def place(catalog: Catalog, site_id: str, datum: str, lng: float, lat: float) -> Catalog:
    """The catalog with one site moved to a WGS-84 point, stored in `datum`."""
    x, y = from_wgs84(datum, lng, lat)
    location = Location(datum=datum, lng=str(round(x, 8)), lat=str(round(y, 8)))  # type: ignore[arg-type]
    site = catalog.sites[site_id].model_copy(update={"location": location})
    return replace(catalog, sites={**catalog.sites, site_id: site})


def test_neighbours_are_found_across_datums() -> None:
    catalog = read_content(MINIMAL)
    # 800 m apart in reality, but entered in two different datums.
    catalog = place(catalog, "maquan-suo", "gcj02", 108.70000, 34.34000)
    catalog = place(catalog, "baoquanlu-north", "bd09", 108.70000, 34.34720)
    catalog = place(catalog, "qindu-center", "wgs84", 108.80000, 34.34000)  # ~9 km away
    near = neighbours(catalog)
    assert [n.site_id for n in near["maquan-suo"]] == ["baoquanlu-north"]
    assert 780 < near["maquan-suo"][0].metres < 820
    assert near["maquan-suo"][0].minutes == 10
    assert near["qindu-center"] == ()
    assert [c.site_ids for c in circles(catalog)] == [("baoquanlu-north", "maquan-suo")]


def test_radius_is_configurable() -> None:
    catalog = read_content(MINIMAL)
    catalog = place(catalog, "maquan-suo", "wgs84", 108.70000, 34.34000)
    catalog = place(catalog, "baoquanlu-north", "wgs84", 108.70000, 34.34720)
    catalog = place(catalog, "qindu-center", "wgs84", 108.80000, 34.34000)
    assert circles(catalog, radius_m=500) == []
    assert len(circles(catalog, radius_m=1000)) == 1
