"""Pinyin in search: which names get pinyin terms, and where they go in either index.

Residents type pinyin on phone keyboards: `bqlbsq` or `baoquanlubeishequ` for 宝泉路北社区.
The names of records are findable that way — sites, teams (and their brands), services,
places (regions) and honoured people, and the honour categories and activity types that
have pages of their own (最美家庭 by `zmjt`) — never body text. A name's terms are the full
pinyin and the initials (`records/pinyin.py`) of its core (the name without
新时代文明实践站 and the like, `core`) and, when quotes or other marks cut it into pieces
(马泉街道“三小三大”理论宣讲队), of each piece of two or more characters.

Each record's name has a home: the place in the site that is the record — a site's or a team's
page, a service's entry on its first site's menu, an honour's entry on its quarter's roll,
a category's or a type's page. There its terms weigh like the title (`HOME`); under any
other heading that holds a name (由上级阵地提供：…, a points board of a village, a place's
heading in the directory) they weigh less (`NEAR`), so the record itself comes first. A
place has no home: its name is found where it heads a list or is part of a site's name.

`add_to_material` adds both to Material's `search_index.json` (the fields `pinyin` and
`pinyin_near`, with lunr boosts in its config); `pagefind.py` writes them into the copy
Pagefind indexes. Terms are sorted and unique, so the output stays byte-identical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import unquote

from ...check.catalog import Catalog
from ...records.pinyin import HAN, core, spell
from ..reuse import Pieces
from ..urls import (
    activity_type_url,
    honor_category_url,
    honor_url,
    service_url,
    site_url,
    team_url,
)

HOME = "pinyin"
NEAR = "pinyin_near"
FIELDS = {HOME: {"boost": 1e3}, NEAR: {"boost": 1e2}}
"""lunr field boosts: a home weighs like Material's title (1e3), a mention ten times less."""

_RUN = re.compile(f"[{HAN}]{{2,}}")
_ZWSP = "\u200b"
_TAG = re.compile(r"<[^>]*>")


def terms(name: str) -> tuple[str, ...]:
    """`宝泉路北社区新时代文明实践站` → (`baoquanlubeishequ`, `bqlbsq`), sorted."""
    kept = core(name)
    found: set[str] = set()
    runs = _RUN.findall(kept)
    for text in [kept, *(runs if len(runs) > 1 else [])]:
        whole, first = spell(text)
        found.update(t for t in (whole, first) if len(t) > 1)
    return tuple(sorted(found))


@dataclass
class Names:
    """The catalog's names: their terms, their homes, and a pattern that finds them."""

    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """name → its terms."""
    homes: dict[str, set[str]] = field(default_factory=dict)
    """location (`sites/x/`, `honors/2026-Q3/#h-…`) → the names at home there."""
    pattern: re.Pattern[str] | None = None

    def home_and_near(self, location: str, title: str) -> tuple[list[str], list[str]]:
        """The terms of a doc (a page or a section at `location` headed `title`):
        those at home there, and those of names its title mentions."""
        title = _TAG.sub("", title).replace(_ZWSP, "").strip()
        home = set(self.homes.get(unquote(location), ()))  # Material quotes its locations
        near = set(self.pattern.findall(title)) - home if self.pattern and title else set()
        home_terms = {t for name in home for t in self.terms[name]}
        near_terms = {t for name in near for t in self.terms[name]} - home_terms
        return sorted(home_terms), sorted(near_terms)


def names(catalog: Catalog, pieces: Pieces | None = None) -> Names:
    """Every public name worth finding by pinyin, with its home. `pieces` keeps each
    name's terms from one build to the next (site/reuse.py)."""
    out = Names()

    def add(name: str, home: str | None) -> None:
        if name not in out.terms:
            if pieces is None:
                out.terms[name] = terms(name)
            else:
                out.terms[name] = pieces.get(f"pinyin\0{name}", partial(terms, name))
        if home is not None:
            out.homes.setdefault(home, set()).add(name)

    for site_id, site in catalog.public_sites.items():
        add(site.name, site_url(site_id))
    for team_id, team in catalog.public_teams.items():
        add(team.name, team_url(team_id))
        if team.brand:
            add(team.brand, team_url(team_id))
    for service in catalog.public_services.values():
        add(service.name, service_url(service) if service.sites else None)
    for honor in catalog.public_honors.values():
        add(honor.name, honor_url(honor))
    for category in catalog.vocab.honor_categories:
        add(category.name, honor_category_url(category.name))
    for activity_type in catalog.vocab.activity_types:
        add(activity_type, activity_type_url(activity_type))
    for region in catalog.regions.values():
        add(region.name, None)
    out.terms = {name: found for name, found in out.terms.items() if found}
    out.homes = {
        where: {n for n in held if n in out.terms} for where, held in sorted(out.homes.items())
    }
    if out.terms:  # longest first: a name inside a longer one is found as the longer
        alternatives = sorted(out.terms, key=lambda n: (-len(n), n))
        out.pattern = re.compile("|".join(map(re.escape, alternatives)))
    return out


def add_to_material(index: dict[str, Any], found: Names) -> dict[str, Any]:
    """Material's `search_index.json` data with the pinyin fields in its docs and config."""
    index["config"]["fields"].update(FIELDS)
    for doc in index["docs"]:
        doc.pop(HOME, None)  # an index written again while serving carries them already
        doc.pop(NEAR, None)
        home, near = found.home_and_near(doc["location"], doc.get("title", ""))
        if home:
            doc[HOME] = " ".join(home)
        if near:
            doc[NEAR] = " ".join(near)
    return index
