"""Event data: a regular file's data straight from the parser's events, no positions kept.

Nearly every record file is plain: one mapping of plain keys, nothing to refuse, no
duplicate. Its positions are needed only if a problem must be placed, which for most
files never happens, so they are not recorded: the data is built from the events (or
line by line, `plainyaml.py`) at a fraction of the cost. Anything irregular — a refusal,
a duplicate or complex key, a document that is not one mapping, broken syntax — is read
again by `compose.compose`, so its problems and their positions are exactly its own.
"""

from __future__ import annotations

from typing import Any

from yaml.events import (
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from .compose import MAX_NODES, NULLS, Composed, Parser, compose
from .plainyaml import MAX_DEPTH, read_plain


class _Irregular(Exception):
    """The fast path met something it leaves to `_Composer`: a refusal, a duplicate or
    complex key, a document that is not one mapping, or broken syntax."""


def compose_data(text: str) -> Composed | None:
    """`compose(text)` whose positions are not recorded when the file is regular.

    Nearly every file is plain YAML that `plainyaml.read_plain` reads line by line;
    the rest is one mapping of plain keys with nothing to refuse: its data is
    built straight from the events, and `positioned` stays False (the caller finds the
    positions with `compose` if a problem ever needs one). Anything else is composed
    again by `compose`, so refusals, duplicates and their positions are exactly its own.
    """
    plain = read_plain(text)  # most record files: read line by line, no events at all
    if plain is not None:
        out = Composed()
        out.data, out.positioned = plain, False
        return out
    parser = Parser(text)
    try:
        return _data_document(parser)
    except Exception:  # any surprise is judged again by the careful path
        pass
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    return compose(text)


def _data_document(parser: Any) -> Composed | None:
    """The fast path: plain data, checked as `_Composer` checks, or `_Irregular`."""
    get = parser.get_event
    count = 0  # nodes so far, as `_Composer.count`

    def node(event: Any, depth: int) -> Any:
        nonlocal count
        # An alias's `anchor` is the name it refers to, so aliases end here too.
        if event.anchor is not None or depth > MAX_DEPTH:
            raise _Irregular
        count += 1
        if count > MAX_NODES:
            raise _Irregular
        kind = type(event)
        tag = event.tag
        if kind is ScalarEvent:
            if tag is not None and tag != "!":
                raise _Irregular
            value = event.value
            return None if not event.style and value in NULLS else value
        if tag is not None:
            raise _Irregular
        inner = depth + 1
        if kind is MappingStartEvent:
            out: dict[str, Any] = {}
            while True:
                event = get()
                kind = type(event)
                if kind is MappingEndEvent:
                    return out
                if kind is not ScalarEvent:
                    raise _Irregular  # a complex key
                key = node(event, inner)
                if key is None:
                    key = ""
                if key in out:
                    raise _Irregular  # a duplicate key
                out[key] = node(get(), inner)
        if kind is not SequenceStartEvent:
            raise _Irregular
        items: list[Any] = []
        while True:
            event = get()
            if type(event) is SequenceEndEvent:
                return items
            items.append(node(event, inner))

    get()  # StreamStart
    if type(parser.peek_event()) is StreamEndEvent:
        return None
    get()  # DocumentStart
    first = get()
    if type(first) is not MappingStartEvent:
        raise _Irregular  # `compose` records where the top node stands
    data = node(first, 1)
    get()  # DocumentEnd
    if type(parser.peek_event()) is not StreamEndEvent:
        raise _Irregular
    out = Composed()
    out.data, out.positioned = data, False
    return out
