"""Circles: the "15分钟文明实践服务圈" — sites a resident can walk between in 15 minutes.

Two sites are neighbours when they are within the walking radius (1.2 km by
default) of each other; a circle is a connected group of two or more neighbours.
All distances are computed in WGS-84 whatever datum each record was entered in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..report.problems import WARNING, Problem
from .catalog import Catalog
from .entry import Entry
from .geo import EARTH_RADIUS_M, Point, distance_m, to_wgs84

WALK_RADIUS_M = 1200.0
WALK_SPEED_M_PER_MIN = 80.0  # an unhurried adult; 1.2 km ≈ 15 minutes


@dataclass(frozen=True)
class Neighbour:
    site_id: str
    metres: float

    @property
    def minutes(self) -> int:
        return max(1, round(self.metres / WALK_SPEED_M_PER_MIN))


@dataclass(frozen=True)
class Circle:
    site_ids: tuple[str, ...]
    """Sorted; the circle is named after its highest-level site."""


def positions(catalog: Catalog) -> dict[str, Point]:
    """Every public site with coordinates, in WGS-84 (lng, lat), by id."""
    out = {}
    for site_id, site in catalog.public_sites.items():
        if site.location is not None:
            loc = site.location
            out[site_id] = to_wgs84(loc.datum, loc.lng, loc.lat)
    return out


def neighbours(
    catalog: Catalog, radius_m: float = WALK_RADIUS_M
) -> dict[str, tuple[Neighbour, ...]]:
    """Site id → the other sites within the radius, nearest first."""
    where = positions(catalog)
    # Sweep by latitude: two points further apart in latitude than the radius are
    # further apart than the radius, so each site is only compared with a narrow band
    # (a city's 2,500 sites: 4.5 s for every pair, a fraction of a second this way).
    ids = sorted(where, key=lambda i: (where[i][1], i))
    band = math.degrees(radius_m / EARTH_RADIUS_M)
    found: dict[str, list[Neighbour]] = {i: [] for i in sorted(where)}
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            if where[b][1] - where[a][1] > band:
                break
            metres = distance_m(where[a], where[b])
            if metres <= radius_m:
                found[a].append(Neighbour(b, metres))
                found[b].append(Neighbour(a, metres))
    return {k: tuple(sorted(v, key=lambda x: (x.metres, x.site_id))) for k, v in found.items()}


def circles(catalog: Catalog, radius_m: float = WALK_RADIUS_M) -> list[Circle]:
    """Connected groups of two or more sites, largest first."""
    return groups(neighbours(catalog, radius_m))


def groups(near: dict[str, tuple[Neighbour, ...]]) -> list[Circle]:
    """The circles of already computed neighbours (a caller that has them saves a pass)."""
    seen: set[str] = set()
    groups: list[Circle] = []
    for start in sorted(near):
        if start in seen:
            continue
        group, stack = set(), [start]
        while stack:
            current = stack.pop()
            if current in group:
                continue
            group.add(current)
            stack.extend(n.site_id for n in near[current])
        seen |= group
        if len(group) >= 2:
            groups.append(Circle(tuple(sorted(group))))
    return sorted(groups, key=lambda c: (-len(c.site_ids), c.site_ids))


def check_declared(
    catalog: Catalog, publisher: Entry, radius_m: float = WALK_RADIUS_M
) -> list[Problem]:
    """A warning when `declared_circles` in publisher.yml differs from the computed count.

    The site shows only the computed count; the editors' figure is theirs to reconcile
    (a site without coordinates, or a different way of counting), so `check` says so and
    the build still passes.
    """
    declared = catalog.publisher.declared_circles
    if declared is None:
        return []
    computed = len(circles(catalog, radius_m))
    if declared == computed:
        return []
    return [
        publisher.problem(
            ("declared_circles",),
            "declared_circles_differ",
            severity=WARNING,
            computed=computed,
            declared=declared,
            radius=round(radius_m),
        )
    ]
