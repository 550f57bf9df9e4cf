"""The jieba user dictionary: the records' own names, so search keeps each one whole.

Material's search segments Chinese text with jieba when it builds the index. Left
to its general dictionary, jieba cuts a village, a team brand or a person's name
into pieces, and a resident who types the whole name finds nothing useful. Every
site, team, service, region, honoree, category and activity type is listed here
as one word, with a frequency high enough that jieba keeps it whole.
"""

from __future__ import annotations

import re

from ...check.catalog import Catalog

FREQUENCY = 100_000
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SPACE = re.compile(r"\s")


def words(catalog: Catalog) -> list[str]:
    """Every name worth keeping whole, sorted and without duplicates. Public records only."""
    found: set[str] = set()
    found.update(s.name for s in catalog.public_sites.values())
    found.update(r.name for r in catalog.regions.values())
    for team in catalog.public_teams.values():
        found.add(team.name)
        if team.brand:
            found.add(team.brand)
    found.update(s.name for s in catalog.public_services.values())
    found.update(h.name for h in catalog.public_honors.values())
    found.update(c.name for c in catalog.vocab.honor_categories)
    found.update(catalog.vocab.good_classes)
    found.update(catalog.vocab.activity_types)
    found.update(level.label for level in catalog.vocab.site_levels)
    # jieba reads one word per line up to the first space: a name with a space cannot be one word.
    return sorted(w for w in found if _HAN.search(w) and not _SPACE.search(w))


def user_dictionary(catalog: Catalog) -> str:
    """The dictionary file's text: `word frequency` on each line, in a stable order."""
    return "".join(f"{word} {FREQUENCY}\n" for word in words(catalog))
