"""Pruning: a list item with a mistake is left out, so its neighbours are still checked.

A record's list fields (a village's residents and their monthly entries, a site's staff
and rooms) hold many independent items. When one value inside one item is wrong, only
that item is unknown: the item is left out of what the cross-checks see, and every other
item is still checked, so one run reports the others' mistakes too. The cross-checks
count items in the record they see; `original` turns such a place back into the place in
the editor's file, and `touches` tells a check whose answer the missing item could have
changed (a member's total, when one of the member's entries is missing).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any

Path = tuple[Any, ...]


def item_of(loc: Sequence[Any]) -> Path | None:
    """The innermost list item holding an error at `loc`; None when no list holds it."""
    for k in range(len(loc) - 1, 0, -1):
        if isinstance(loc[k], int) and not isinstance(loc[k], bool):
            return tuple(loc[: k + 1])
    return None


def outermost(paths: Iterable[Path]) -> tuple[Path, ...]:
    """The paths not inside another of them: leaving an item out leaves out what it holds."""
    kept: list[Path] = []
    for path in sorted(set(paths), key=len):
        if not any(path[: len(k)] == k for k in kept):
            kept.append(path)
    return tuple(sorted(kept))


def without(data: dict[str, Any], dropped: Iterable[Path]) -> dict[str, Any] | None:
    """A copy of `data` without the items at `dropped`; None if a path is not a list item."""
    pruned = copy.deepcopy(data)
    # Deepest first, then from the end of each list, so no removal moves a later path.
    for path in sorted(dropped, key=lambda p: (len(p), p[-1]), reverse=True):
        holder: Any = pruned
        for part in path[:-1]:
            try:
                holder = holder[part]
            except (KeyError, IndexError, TypeError):
                return None
        if not isinstance(holder, list) or not 0 <= path[-1] < len(holder):
            return None
        del holder[path[-1]]
    return pruned


def original(loc: Sequence[Any], dropped: Sequence[Path]) -> Path:
    """Where `loc`, a place in the pruned record, is in the editor's file."""
    if not dropped:
        return tuple(loc)
    out: list[Any] = []
    for part in loc:
        if isinstance(part, int) and not isinstance(part, bool):
            prefix = tuple(out)
            for gone in sorted(p[-1] for p in dropped if p[:-1] == prefix):
                if gone <= part:
                    part += 1
        out.append(part)
    return tuple(out)


def touches(container: Sequence[Any], dropped: Sequence[Path]) -> bool:
    """Whether an item left out was inside `container` (a place in the pruned record)."""
    if not dropped or not container:
        return False
    at = original(container, dropped)
    return any(p[: len(at)] == at for p in dropped)
