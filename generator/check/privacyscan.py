"""Privacy scan: ID-card and mobile numbers, and home addresses, in what would be published.

Runs on the raw data of every readable file, so a file with other mistakes is still
scanned; what to look for is in `records/privacy.py` and `records/addresses.py`. The
`private` block is the only place such numbers may stand. Points (积分) name residents
as honours do, so their files are scanned for home addresses too.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any

from ..read.compose import Loc
from ..read.load import Loaded
from ..records.addresses import find_home_addresses
from ..records.base import Record
from ..records.chronicle import Honor
from ..records.kinds import FOLDERS, RECORD_TYPES, SINGLES
from ..records.points import Points
from ..records.privacy import find_personal_numbers
from ..report.problems import Problem, Tally
from .labels import label_of


def scan_privacy(files: Iterable[Loaded], tally: Tally | None = None) -> list[Problem]:
    """ID-card and mobile numbers in any public string of any readable file, and home
    addresses in any public string of an honour file; one problem for each.

    Runs on the raw data, so a file with other mistakes is still scanned; the
    `private` block is the only place such numbers may stand. A problem says how far
    into the text the number starts, never the number (reports end up in public logs).
    """
    problems = []
    for loaded in files:
        # A site's or a team's address is public on purpose; an honour's person has a home.
        # The path test is the cheap filter: most files have neither (no run of digits
        # long enough for a number, the loader found) and no model is looked up for them.
        people = "honors/" in loaded.path or "points/" in loaded.path
        if not (loaded.numbers or people) or loaded.data is None:
            continue
        model = _model_of(loaded.path)
        homes = model is Honor or model is Points
        for loc, text in _strings(loaded.data, ()):
            # `phone` fields are typed and refuse mobiles themselves; `private` may hold anything.
            if "private" in loc or loc[-1:] == ("phone",):
                continue
            found = list(find_personal_numbers(text)) if loaded.numbers else []
            if homes:
                found += [("home_address", at) for at in find_home_addresses(text)]
            for kind, offset in sorted(found, key=lambda f: f[1]):
                if tally is not None and not tally.take(loaded.path):
                    break
                line, col = loaded.positions.within(loc, offset)
                field = ".".join(p for p in loc if isinstance(p, str))
                if model is not None:
                    field = label_of(model, loc)[0] or field
                problems.append(Problem.at(loaded.path, line, col, field, kind, at=offset + 1))
    return problems


def _model_of(shown: str) -> type[Record] | None:
    """The record model of a content file, from where it lies (for field labels)."""
    parts = PurePosixPath(shown).parts
    for folder in parts[-2:-4:-1]:
        if folder in FOLDERS:
            return RECORD_TYPES.get(FOLDERS[folder])
    return SINGLES.get(parts[-1]) if parts else None


def _strings(data: Any, loc: Loc) -> Iterable[tuple[Loc, str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*loc, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _strings(value, (*loc, i))
