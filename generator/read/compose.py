"""Compose: YAML parse events → plain data (dicts, lists, text) plus node positions.

We compose from events ourselves instead of using PyYAML's composer and constructor:
no resolver runs, so no scalar is ever guessed into a bool, a number or a date; and
anchors, aliases, tags, depth and size are refused while reading, before any work is
spent on them. Events come from libyaml when PyYAML was built with it (≈10× faster on
a county's thousands of files) and from the pure-Python parser otherwise; both give
the same events and marks (columns in characters).

Our depth limit must not depend on which libyaml PyYAML bundles: libyaml 0.2.6 (in
PyYAML 6.0.4) stops at 1,000 levels with a scanner error of its own, and in a flow
collection it scans that far ahead before it hands over the first event, so our
`too_deep` never got to speak. When libyaml reports an error, `compose` reads the same
text up to that line with the pure-Python parser, which has no such limit and scans at
most one line ahead; a refusal standing before the error is what the editor sees, at
the position it always had. Otherwise libyaml's own error stands.

Most files need none of this care: `eventdata.py` reads a regular file's data straight
from the events, and falls back on `compose` for anything else.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from .plainyaml import MAX_DEPTH

MAX_NODES = 20_000
NULLS = {"", "~", "null", "Null", "NULL"}

Loc = tuple[str | int, ...]
Position = tuple[int, int]

_PurePython: Any = yaml.SafeLoader  # the pure-Python scanner and parser, no depth limit
Parser: Any
try:  # PyYAML built with libyaml
    from yaml._yaml import CParser as Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    Parser = _PurePython


class Refused(Exception):
    """Something YAML allows but a record never needs, at a 1-based position."""

    def __init__(self, kind: str, line: int, col: int, **args: Any) -> None:
        super().__init__(kind)
        self.kind, self.line, self.col, self.args_ = kind, line, col, args


class Composed:
    """The data of one document and where each value and key stands."""

    def __init__(self) -> None:
        self.values: dict[Loc, Position] = {}
        self.keys: dict[Loc, Position] = {}
        # The column of a scalar's first character, when its text stands verbatim on
        # one line (no escapes, no folding): a character in it is then placed exactly.
        self.inline: dict[Loc, int] = {}
        self.duplicates: list[tuple[str, Position, int]] = []  # key, where, first line
        self.complex_keys: list[Position] = []
        self.data: Any = None
        self.positioned = True  # False: `values` and `keys` were not recorded


def _at(event: Event) -> Position:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def compose(text: str) -> Composed | None:
    """The single document in `text`, or None when there is none (empty or comments only).

    Raises `Refused` for what we refuse and `yaml.YAMLError` for broken syntax.
    """
    try:
        return _compose_with(Parser, text)
    except yaml.YAMLError as error:
        if Parser is _PurePython:
            raise
        _refusal_before(error, text)  # raises it, if there is one
        raise


def _compose_with(parser_class: Any, text: str) -> Composed | None:
    parser = parser_class(text)
    try:
        return _Composer(parser).document()
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()


def _refusal_before(error: yaml.YAMLError, text: str) -> None:
    """Raise the `Refused` that the pure-Python parser finds before libyaml's `error`.

    libyaml may stop on limits of its own (nesting depth in 0.2.6) before it gives us the
    events where we refuse. The text is cut after the error's line: both parsers decide a
    key within one line, so every event before the error is the same, and a file whose
    error is near its top costs little to read again.
    """
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is None:
        return
    # YAML breaks lines at "\n" and a few more characters, so its line N ends at or
    # before the (N+1)th "\n": cutting there keeps at least the whole line.
    text = "\n".join(text.split("\n", mark.line + 1)[: mark.line + 1]) + "\n"
    try:
        _compose_with(_PurePython, text)
    except yaml.YAMLError:
        return  # a syntax error here too: libyaml's wording and position stand
    except Refused as refused:
        if (refused.line, refused.col) <= (mark.line + 1, mark.column + 1):
            raise  # it stands before libyaml's error, so it is what the editor must fix first


class _Composer:
    def __init__(self, parser: Any) -> None:
        self.parser = parser
        self.out = Composed()
        self.count = 0

    def document(self) -> Composed | None:
        self.parser.get_event()  # StreamStart
        if isinstance(self.parser.peek_event(), StreamEndEvent):
            return None
        self.parser.get_event()  # DocumentStart
        self.out.data = self.node((), 1)
        self.parser.get_event()  # DocumentEnd
        following = self.parser.peek_event()
        if isinstance(following, DocumentStartEvent):
            raise Refused("several_documents", *_at(following))
        return self.out

    def node(self, loc: Loc | None, depth: int) -> Any:
        """One node's data; its position is recorded under `loc` unless that is None."""
        event = self.parser.get_event()
        line, col = _at(event)
        if isinstance(event, AliasEvent):
            raise Refused("alias", line, col)
        if isinstance(event, NodeEvent) and event.anchor is not None:
            raise Refused("anchor", line, col)
        tag = getattr(event, "tag", None)
        if tag is not None and not (isinstance(event, ScalarEvent) and tag == "!"):
            raise Refused("tag", line, col, tag=tag)
        self.count += 1
        if self.count > MAX_NODES:
            raise Refused("too_many_nodes", line, col, limit=MAX_NODES)
        if depth > MAX_DEPTH:
            raise Refused("too_deep", line, col, depth=MAX_DEPTH)
        if loc is not None:
            self.out.values[loc] = (line, col)
        if isinstance(event, ScalarEvent):
            plain = not event.style  # None (pure Python) or "" (libyaml)
            if loc is not None:
                self._inline(loc, event, col)
            return None if plain and event.value in NULLS else event.value
        if isinstance(event, SequenceStartEvent):
            items: list[Any] = []
            while not isinstance(self.parser.peek_event(), SequenceEndEvent):
                items.append(self.node(None if loc is None else (*loc, len(items)), depth + 1))
            self.parser.get_event()
            return items
        assert isinstance(event, MappingStartEvent)
        return self.mapping(loc, depth)

    def _inline(self, loc: Loc, event: ScalarEvent, col: int) -> None:
        end = event.end_mark
        if event.style not in (None, "", "'", '"') or end is None or end.line + 1 != _at(event)[0]:
            return  # a block scalar, or a value over several lines
        quotes = 0 if not event.style else 2
        if end.column + 1 - col == len(event.value) + quotes:
            self.out.inline[loc] = col + quotes // 2

    def mapping(self, loc: Loc | None, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        seen: dict[str, int] = {}
        while not isinstance(self.parser.peek_event(), MappingEndEvent):
            key_event = self.parser.peek_event()
            here = _at(key_event)
            if not isinstance(key_event, ScalarEvent):
                self.node(None, depth + 1)  # read past key and value; report once
                self.node(None, depth + 1)
                self.out.complex_keys.append(here)
                continue
            key = self.node(None, depth + 1)
            key = "" if key is None else key
            if key in out:
                first = seen[key]
                self.out.duplicates.append((key, here, first))
                self.node(None, depth + 1)  # the first value stands
                continue
            seen[key] = here[0]
            if loc is not None:
                self.out.keys[(*loc, key)] = here
            out[key] = self.node(None if loc is None else (*loc, key), depth + 1)
        self.parser.get_event()
        return out
