"""15-minute circles: neighbours within the walking radius, whatever each site's datum."""

from __future__ import annotations

import random
from dataclasses import replace

from site_fixture import place
from testpaths import MINIMAL

from generator.check.content import read_content
from generator.records.network import Location
from generator.site.map.circles import circles, neighbours, positions
from generator.site.map.geo import distance_m, from_wgs84


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


def test_latitude_sweep_finds_the_same_pairs_as_every_pair() -> None:
    rng = random.Random(7)
    catalog = read_content(MINIMAL)
    base = catalog.sites["qindu-center"]
    sites = dict(catalog.sites)
    for n in range(120):  # a dense town: ~6 × 6 km
        x, y = 108.70 + rng.random() * 0.065, 34.33 + rng.random() * 0.055
        datum = ("wgs84", "gcj02", "bd09")[n % 3]
        lng, lat = from_wgs84(datum, x, y)
        location = Location(datum=datum, lng=str(round(lng, 8)), lat=str(round(lat, 8)))  # type: ignore[arg-type]
        sites[f"s{n:03d}"] = base.model_copy(update={"id": f"s{n:03d}", "location": location})
    catalog = replace(catalog, sites=sites)
    near = neighbours(catalog)
    where = positions(catalog)
    for a in where:
        brute = sorted(
            (round(distance_m(where[a], where[b]), 6), b)
            for b in where
            if b != a and distance_m(where[a], where[b]) <= 1200
        )
        assert [(round(n.metres, 6), n.site_id) for n in near[a]] == brute
