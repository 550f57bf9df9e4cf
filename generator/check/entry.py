"""`Entry`: one validated record with the file it came from, as the checks pass it on.

content.py makes them; crosscheck.py (with hierarchy.py and honours.py), frozen.py and
timeline.py take them, and place their problems at a field of the record's file with
`Entry.problem`; the cross-checks gather theirs in `Findings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..read.compose import Loc
from ..read.load import Loaded
from ..report.problems import ERROR, Problem, Tally
from . import pruning
from .labels import label_of


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
    # List items left out of `record` for a mistake inside them, at their places in the
    # file (`pruning.py`): the places the checks give are counted without them.
    dropped: tuple[tuple[Any, ...], ...] = ()

    @property
    def complete(self) -> bool:
        return self.invalid is None

    def knows(self, *fields: str) -> bool:
        """Whether every one of `fields` was typed (they may still be empty)."""
        return not self.invalid or self.invalid.isdisjoint(fields)

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """Line and column in the file of `loc`, a place in `record`."""
        return self.loaded.positions.of(pruning.original(loc, self.dropped), key=key)

    def problem(
        self, loc: Loc, kind: str, *, on_key: bool = False, severity: str = ERROR, **args: Any
    ) -> Problem:
        """Message `kind` at `loc` of this record's file, the field named by its label."""
        line, col = self.position(loc, key=on_key)
        label, _ = label_of(type(self.record), loc)
        return Problem.at(self.loaded.path, line, col, label, kind, severity=severity, **args)


class Findings:
    """Collects problems, each placed through the file's recorded positions.

    A callable argument (a costly hint) is only called for a problem the tally lets
    through, so a record with thousands of broken references stays cheap.
    """

    def __init__(self, tally: Tally | None = None) -> None:
        self.problems: list[Problem] = []
        self.tally = tally

    def at(self, entry: Entry, loc: Loc, kind: str, *, on_key: bool = False, **args: Any) -> None:
        if loc and isinstance(loc[0], str) and not entry.knows(loc[0]):
            return  # the field has its own error; what it would have held is unknown
        if len(loc) > 1 and pruning.touches(loc[:-1], entry.dropped):
            return  # an item inside what this is about was left out for its own error
        if self.tally is not None and not self.tally.take(entry.loaded.path):
            return
        args = {k: v() if callable(v) else v for k, v in args.items()}
        self.problems.append(entry.problem(loc, kind, on_key=on_key, **args))
