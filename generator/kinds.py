"""Record kinds: where each kind of record lives in content/, its model, and `Entry`.

The registry the reading stages share: content.py walks the tree with it, and the
checks below it (crosscheck.py, edition.py, timeline.py) take the `Entry` records it
makes. It lives here, beneath all of them, so that none needs the orchestrator.

    content/
      publisher.yml  regions.yml  vocabularies.yml           SINGLES
      sites/ teams/ services/ activities/ honors/ bulletins/ editions/   FOLDERS
      activities/<2026-Q3>/  honors/<2026-Q3>/                 QUARTERED
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .compose import Loc
from .load import Loaded
from .messages import say
from .models import RECORD_TYPES, Edition, Publisher, Record, RegionFile, Vocabularies
from .problems import ERROR, Problem
from .validate import label_of

SINGLES: dict[str, type[Record]] = {
    "publisher.yml": Publisher,
    "regions.yml": RegionFile,
    "vocabularies.yml": Vocabularies,
}
FOLDERS: dict[str, str] = {
    "sites": "site",
    "teams": "team",
    "services": "service",
    "activities": "activity",
    "honors": "honor",
    "bulletins": "bulletin",
    "editions": "edition",
}
MODELS: dict[str, type[Record]] = {**RECORD_TYPES, "edition": Edition}
QUARTERED = {"activities", "honors"}
# What a reference names, as a message says it: 找不到站点“…”.
REFERRED: dict[str, str] = {
    "site": "站点",
    "team": "服务队",
    "service": "服务项目",
    "activity": "活动",
    "region": "行政区划",
}


@dataclass(frozen=True)
class Entry:
    """A validated record with the file it came from and, if any, the quarter of its folder."""

    kind: str
    record: Any
    loaded: Loaded
    folder: str | None
    # Fields that failed validation; None for a complete record. A record with mistakes
    # is still cross-checked (its valid fields), but never cataloged or fingerprinted.
    invalid: frozenset[str] | None = None

    @property
    def complete(self) -> bool:
        return self.invalid is None

    def knows(self, *fields: str) -> bool:
        """Whether every one of `fields` was typed (they may still be empty)."""
        return not self.invalid or self.invalid.isdisjoint(fields)

    def problem(
        self, loc: Loc, kind: str, *, on_key: bool = False, severity: str = ERROR, **args: Any
    ) -> Problem:
        """Message `kind` at `loc` of this record's file, the field named by its label."""
        line, col = self.loaded.positions.of(loc, key=on_key)
        label, _ = label_of(type(self.record), loc)
        return Problem(self.loaded.path, line, col, label, say(kind, **args), kind, severity)
