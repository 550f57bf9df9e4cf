"""Plain YAML: the data of a record written the way editors write records, without libyaml.

Nearly every record file is a column of `key: value` lines, with lists as `- item`
lines and a one-level mapping or two (`location:`, `notice:`). For those files the
YAML parser's events cost more than the rest of checking the file together. This
reads that subset line by line and gives up — returns None — on anything else:
quotes, flow collections, block scalars, anchors, tags, comments after a value, a
value that continues on the next line, tabs, unusual characters, a repeated key, or
anything it is not sure of. `eventdata.compose_data` then reads the file with libyaml
as before, so a file read here gives the same data libyaml would (a property test
compares the two on generated files), and every refusal and syntax error keeps
libyaml's own wording and position.
"""

from __future__ import annotations

import re
from typing import Any

_NULLS = {"", "~", "null", "Null", "NULL"}
# Characters a plain value may not start with, or that make a line more than a
# plain scalar somewhere (quotes, flow, block scalars, anchors, tags, directives).
_SPECIAL = re.compile(
    "[\"'{}\\[\\]|>&*!%@`\t\r\\\\\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)
# libyaml takes a key of at most 1,024 characters; ours are far shorter.
_KEY = re.compile(r"( *)([A-Za-z_][A-Za-z0-9_]{0,200}):(?: +(.*))?\Z")
_ITEM = re.compile(r"( *)-(?: +(.*))?\Z")
_INDICATOR_START = frozenset("-?:,#")
MAX_DEPTH = 12  # records nest at most four levels; deeper is a mistake or an attack
MAX_LINES = 2_000

Line = tuple[int, str | None, str | None]
"""(indent, key or None for a list item, the value text or None when empty)."""


def read_plain(text: str) -> dict[str, Any] | None:
    """The data of `text` if it is plain YAML as defined above, else None."""
    if " #" in text or _SPECIAL.search(text):
        return None  # a comment after a value, or an indented comment line, or the above
    lines: list[Line] = []
    for raw in text.split("\n"):
        line = raw.rstrip(" ")  # as YAML drops a plain value's trailing spaces
        if not line or line[0] == "#":
            continue  # a blank line or a comment
        if match := _KEY.match(line):
            indent, key, value = match.groups()
        elif match := _ITEM.match(line):
            (indent, value), key = match.groups(), None
        else:
            return None  # a line that is none of ours
        if value is not None and (
            value[0] in _INDICATOR_START or ": " in value or value[-1] == ":"
        ):
            return None  # a value we do not vouch for
        lines.append((len(indent), key, value))
        if len(lines) > MAX_LINES:
            return None  # no record is this long: libyaml bounds the work and reports it
    if not lines or lines[0][0] != 0 or lines[0][1] is None:
        return None
    reader = _Reader(lines)
    try:
        data = reader.mapping(0, 1)
    except _NotPlain:
        return None
    return data if reader.at == len(lines) else None


class _NotPlain(Exception):
    pass


class _Reader:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.at = 0

    def mapping(self, indent: int, depth: int) -> dict[str, Any]:
        if depth >= MAX_DEPTH:  # its keys and values stand one level deeper
            raise _NotPlain
        out: dict[str, Any] = {}
        lines = self.lines
        while self.at < len(lines):
            here, key, value = lines[self.at]
            if here < indent:
                break
            if here > indent or key is None or key in out or key in _NULLS:
                raise _NotPlain
            self.at += 1
            if value is not None:
                out[key] = None if value in _NULLS else value
            else:
                out[key] = self.nested(indent, depth + 1)
        return out

    def nested(self, indent: int, depth: int) -> Any:
        """What follows `key:` with no value: a list, a mapping, or nothing (None)."""
        if self.at == len(self.lines):
            return None
        here, key, _ = self.lines[self.at]
        if key is None and here >= indent:  # `- item` lines, at the key's indent or deeper
            return self.sequence(here, depth)
        if here > indent:
            return self.mapping(here, depth)
        return None

    def sequence(self, indent: int, depth: int) -> list[Any]:
        if depth >= MAX_DEPTH:  # its items stand one level deeper
            raise _NotPlain
        items: list[Any] = []
        lines = self.lines
        while self.at < len(lines):
            here, key, value = lines[self.at]
            if here < indent or (here == indent and key is not None):
                break
            if here > indent or value is None:  # nested or empty items: left to libyaml
                raise _NotPlain
            self.at += 1
            items.append(None if value in _NULLS else value)
        return items
