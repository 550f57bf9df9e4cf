"""The state one synthesis threads through: the files written so far, the ids taken.

`Writer` holds the one `random.Random`, so every draw goes through it in a fixed order;
`County` and `Place` are what later record makers need to know of the sites already made.
The small helpers (`coords`, `phone`, `amount`, `in_text`) are shared by all makers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import yaml

from .sizes import QUARTERS, bounds
from .words import CHILD_GIVEN, GIVEN, SURNAMES


class Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """`yaml.safe_dump`'s output (the C emitter when there is one: ~10× faster), no aliases.

    The checker refuses anchors and aliases, which PyYAML writes for a value used twice.
    """

    def ignore_aliases(self, data: Any) -> bool:
        return True


@dataclass
class Place:
    """A township or village: its region, its 所 or 站, and where it lies."""

    code: str
    name: str
    pinyin: str
    site: str
    lng: float
    lat: float
    town: str = ""  # the township's name, for villages


@dataclass
class County:
    name: str
    pinyin: str
    code: str
    prefix: str  # id prefix: "" in a county tree, "<pinyin>-" in a city tree
    area: str  # telephone area code
    center: str = ""
    towns: list[Place] = field(default_factory=list)
    villages: list[Place] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    teams: list[str] = field(default_factory=list)
    services: list[tuple[str, str, list[str], list[str]]] = field(default_factory=list)


class Writer:
    """Accumulates files (relative path → text) and keeps ids unique per record kind."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.files: dict[str, str] = {}
        self.ids: dict[str, set[str]] = {}
        self.regions: list[dict[str, Any]] = []
        self.activities: dict[str, list[str]] = {q: [] for q in QUARTERS}

    def unique(self, kind: str, wanted: str) -> str:
        taken = self.ids.setdefault(kind, set())
        candidate, n = wanted, 2
        while candidate in taken:
            candidate, n = f"{wanted}-{n}", n + 1
        taken.add(candidate)
        return candidate

    def put(self, rel: str, comment: str, data: dict[str, Any]) -> None:
        text = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000)
        self.files[rel] = f"# {comment}（合成数据）\n\n{text}"

    def day(self, quarter: str) -> date:
        start, end = bounds(quarter)
        return start + timedelta(days=self.rng.randrange((end - start).days + 1))

    def person(self, child: bool = False) -> tuple[str, str]:
        sur, sur_py = self.rng.choice(SURNAMES)
        pool = CHILD_GIVEN if child else GIVEN
        given = self.rng.sample(pool, self.rng.choice((1, 2, 2)))
        return sur + "".join(g for g, _ in given), f"{sur_py}-{''.join(p for _, p in given)}"


def amount(n: int, approx: bool) -> int | str:
    return f"{n}+" if approx else n


def in_text(n: int | str) -> str:
    """A count as the site shows it in running text: `3000+` → 3000余."""
    return f"{str(n)[:-1]}余" if isinstance(n, str) else str(n)


def coords(w: Writer, lng: float, lat: float) -> dict[str, Any]:
    roll = w.rng.random()
    datum = "gcj02" if roll < 0.9 else ("wgs84" if roll < 0.96 else "bd09")
    return {"datum": datum, "lng": round(lng, 6), "lat": round(lat, 6)}


def phone(w: Writer, county: County) -> str:
    return f"{county.area}-{w.rng.randrange(2000000, 8999999)}"
