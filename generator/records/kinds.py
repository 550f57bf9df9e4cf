"""Record kinds: where each kind of record lives in content/, its model, its Chinese name.

The one registry every stage shares: check/content.py walks the tree with it, the
checks name references with it, `wenming new` asks by it. It lives beneath all of them,
so that none needs the orchestrator.

    content/
      publisher.yml  regions.yml  vocabularies.yml           SINGLES
      sites/ teams/ services/ activities/ honors/ bulletins/ editions/ points/   FOLDERS
      activities/<2026-Q3>/  honors/<2026-Q3>/  points/<2026-Q3>/   QUARTERED
"""

from __future__ import annotations

from .base import Record
from .chronicle import Activity, Bulletin, Honor
from .network import Service, Site, Team
from .points import Points
from .registers import Edition, Publisher, RegionFile, Vocabularies

# The records of the folders, by kind: what the site is made of.
RECORD_TYPES: dict[str, type[Record]] = {
    "site": Site,
    "team": Team,
    "service": Service,
    "activity": Activity,
    "honor": Honor,
    "bulletin": Bulletin,
    "points": Points,
}
SINGLES: dict[str, type[Record]] = {
    "publisher.yml": Publisher,
    "regions.yml": RegionFile,
    "vocabularies.yml": Vocabularies,
}
# Fields that name another record (or a region) by its id, and the kind they name: one
# table for `wenming new`'s name lookups and the form editor's pickers.
REFERENCES: dict[str, str] = {
    "site": "site",
    "sites": "site",
    "parent": "site",
    "team": "team",
    "teams": "team",
    "service": "service",
    "services": "service",
    "region": "region",
}
FOLDERS: dict[str, str] = {
    "sites": "site",
    "teams": "team",
    "services": "service",
    "activities": "activity",
    "honors": "honor",
    "bulletins": "bulletin",
    "editions": "edition",
    "points": "points",
}
MODELS: dict[str, type[Record]] = {**RECORD_TYPES, "edition": Edition}
QUARTERED = {"activities", "honors", "points"}
# What the site calls each kind: its section titles, open data and edition changes.
TITLES: dict[str, str] = {
    "site": "阵地",
    "team": "志愿服务队",
    "service": "服务项目",
    "activity": "活动",
    "honor": "荣誉",
    "bulletin": "简报",
    "points": "积分公示",
}
# What a reference names, as a message says it: 找不到站点“…”.
REFERRED: dict[str, str] = {
    "site": "站点",
    "team": "服务队",
    "service": "服务项目",
    "activity": "活动",
    "region": "行政区划",
}


def vocab_enums(vocab: Vocabularies) -> dict[str, dict[str, list[str]]]:
    """Record kind → field → the values the county's vocabularies allow (schemas, the guide)."""
    return {
        "site": {"level": [level.name for level in vocab.site_levels]},
        "activity": {
            "type": list(vocab.activity_types),
            "content": list(vocab.practice_contents),
            "form": list(vocab.practice_forms),
        },
        "honor": {
            "category": [c.name for c in vocab.honor_categories],
            "good_class": list(vocab.good_classes),
        },
        "service": {"steps": list(vocab.order_steps)},
    }
