"""Boards (红灰黑榜): a village's points sorted onto the red, grey and black boards, and
what of them may be made public.

The one place the naming rule lives, for the pages, the printed notice and the open
data alike: red board names are shown; grey and black boards show counts only unless
the county turns names on (`points.names_on_grey_black` in vocabularies.yml); a child
is never named on grey or black; a reason is shown only when its entry says
`public: true` (never a child's), and only beside a name that is shown. 一票否决 is black.
A year's review adds up a person's quarters, against the quarterly lines times the
number of quarters the village published.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..check.points import entry_sum
from ..records.points import Boards, PointEntry, Points, PointsConfig

BOARDS = ("red", "grey", "black")
BOARD_NAMES = {"red": "红榜", "grey": "灰榜", "black": "黑榜"}
GROUPS = ("party", "residents")
GROUP_NAMES = {"party": "党员积分", "residents": "群众积分"}


@dataclass(frozen=True)
class Scored:
    """One person (or household) of a board, as the public may see them."""

    name: str
    """The name, or "" when the naming rule hides it."""
    total: int
    reasons: tuple[str, ...]
    """Public reasons only, each with its month: `7月 加分：参加义务植树`."""
    household: bool = False


@dataclass(frozen=True)
class Board:
    board: str
    """red, grey or black."""
    count: int
    people: tuple[Scored, ...]
    """Named entries, highest total first; empty when the board shows its count only."""


@dataclass(frozen=True)
class Group:
    """党员积分 or 群众积分 of one village in one period."""

    group: str
    boards: tuple[Board, ...]
    people: int
    average: float


@dataclass(frozen=True)
class _Person:
    key: tuple[str, ...]
    name: str
    total: int
    veto: bool
    minor: bool
    household: bool
    reasons: tuple[str, ...]


def board_of(total: int, veto: bool, lines: Boards, times: int = 1) -> str:
    if veto:
        return "black"
    if total >= lines.red * times:
        return "red"
    return "grey" if total >= lines.grey * times else "black"


def _reasons(entries: Iterable[PointEntry]) -> tuple[str, ...]:
    out = []
    for e in entries:
        if not (e.public and e.reason):
            continue
        what = "一票否决" if e.veto else f"减{e.deduct}分" if e.deduct else f"加{e.add or 0}分"
        out.append(f"{int(e.month[5:])}月 {what}：{e.reason}")
    return tuple(out)


def _people(record: Points, group: str) -> list[_Person]:
    if group == "party":
        return [
            _Person(
                ("party", m.name),
                m.name,
                entry_sum(m.entries),
                any(e.veto for e in m.entries),
                False,
                False,
                _reasons(m.entries),
            )
            for b in record.party
            for m in b.members
        ]
    return [
        _Person(
            ("residents", r.name, str(r.household)),
            r.name,
            entry_sum(r.entries),
            any(e.veto for e in r.entries),
            r.minor,
            r.household,
            () if r.minor else _reasons(r.entries),
        )
        for r in record.residents
    ]


def _group(group: str, people: Sequence[_Person], config: PointsConfig, times: int) -> Group:
    lines: Boards = getattr(config, group)
    sorted_people = sorted(people, key=lambda p: (-p.total, p.name))
    boards = []
    for board in BOARDS:
        on = [p for p in sorted_people if board_of(p.total, p.veto, lines, times) == board]
        named = board == "red" or config.names_on_grey_black
        shown = tuple(
            Scored(p.name, p.total, p.reasons, p.household)
            for p in on
            if named and not (p.minor and board != "red")
        )
        boards.append(Board(board, len(on), shown))
    average = round(sum(p.total for p in people) / len(people), 1) if people else 0.0
    return Group(group, tuple(boards), len(people), average)


def quarter_groups(record: Points, config: PointsConfig) -> tuple[Group, ...]:
    """The boards of one village's quarter: 党员积分, then 群众积分 (each only if recorded)."""
    return tuple(_group(g, people, config, 1) for g in GROUPS if (people := _people(record, g)))


def year_groups(records: Sequence[Points], config: PointsConfig) -> tuple[Group, ...]:
    """One village's year: each person's quarters added up (一票否决 in any quarter is
    black), against the quarterly lines times the number of quarters published."""
    out = []
    for g in GROUPS:
        merged: dict[tuple[str, ...], _Person] = {}
        for record in sorted(records, key=lambda r: r.quarter):
            for p in _people(record, g):
                old = merged.get(p.key)
                if old is not None:
                    p = _Person(
                        p.key,
                        p.name,
                        old.total + p.total,
                        old.veto or p.veto,
                        old.minor or p.minor,
                        p.household,
                        old.reasons + p.reasons,
                    )
                merged[p.key] = p
        if merged:
            out.append(_group(g, list(merged.values()), config, len(records)))
    return tuple(out)


def county_groups(records: Sequence[Points], config: PointsConfig) -> tuple[Group, ...]:
    """A quarter of the whole county: every village's people, each on their own board."""
    return tuple(
        _group(g, people, config, 1)
        for g in GROUPS
        if (people := [p for r in records for p in _people(r, g)])
    )
