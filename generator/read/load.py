"""Load: one YAML file → plain data (dicts, lists, text) plus the position of every node.

YAML 1.1 guesses types (`no` → False, `0123` → 83, `1:20` → 80, `2024-02-30` → crash);
we let it guess nothing. Every scalar stays text and the models type it. Everything
that YAML allows but an editor never means — anchors, tags, several documents,
duplicate keys — is refused with a position, and so are the slips a Chinese input
method makes (full-width colon, Chinese quotes, tab indentation). Nothing here raises
for bad input: problems are returned, so one run reports every file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import ScalarEvent

from ..records.privacy import may_hold_personal_numbers
from ..report import messages
from ..report.problems import MAX_PER_FILE, Problem
from .compose import Loc, Refused, compose
from .encoding import decode
from .eventdata import compose_data
from .safefs import Refusal, read_regular
from .slips import Slip, find_slips, key_for_line

_EventLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_BYTES = 256 * 1024  # far above any real record; keeps a pasted book from stalling the build

# Problems of the file as a whole: no field is named, even if the line has one.
_WHOLE_FILE = {
    "empty_file",
    "top_not_mapping",
    "several_documents",
    "too_many_nodes",
    "encoding_utf16",
}


@dataclass
class Positions:
    """1-based (line, col) of each value and each mapping key, by path of keys/indexes."""

    values: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    inline: dict[Loc, int] = field(default_factory=dict)  # see `Composed.inline`
    # The text, while the positions are still to be found: a file without problems never
    # needs them, and recording every node's place costs more than reading the file.
    text: str | None = None

    def of(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """Position of `loc`; the key if asked and known; else the nearest enclosing node."""
        if self.text is not None:
            composed = compose(self.text)  # composed once already, so it cannot fail now
            assert composed is not None
            self.values, self.keys, self.text = composed.values, composed.keys, None
            self.inline = composed.inline
        if key and loc in self.keys:
            return self.keys[loc]
        while loc:
            if loc in self.values:
                return self.values[loc]
            loc = loc[:-1]
        return self.values.get((), (1, 1))

    def within(self, loc: Loc, offset: int) -> tuple[int, int]:
        """Position of the character at `offset` in the text at `loc`, else of `loc` itself."""
        line, col = self.of(loc)
        start = self.inline.get(loc)
        return (line, start + offset) if start is not None else (line, col)


@dataclass
class Loaded:
    """One file's data (None if it could not be read) and the problems found reading it."""

    path: str
    data: dict[str, Any] | None
    positions: Positions
    problems: list[Problem]
    more: int = 0  # further problems of the same kind, counted but not explained
    numbers: bool = True  # False: no string of `data` can hold a personal number (privacy.py)


_COLON_SLIPS = {"fullwidth_colon", "colon_no_space"}


def _meant_as_text(text: str, slips: list[Slip]) -> list[Slip]:
    """The slips left once we know how YAML reads the file.

    A slip that breaks the syntax always stands. When the file parses, a colon slip
    can only be inside a value (`- WiFi：免费`), and a line continuing a multi-line
    quoted or plain value is the editor's text whatever it starts with.
    """
    continuing: set[int] = set()
    loader = _EventLoader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            start, end = event.start_mark, event.end_mark
            plain_or_quoted = isinstance(event, ScalarEvent) and event.style in (None, "", "'", '"')
            if plain_or_quoted and start is not None and end is not None:
                continuing.update(range(start.line + 2, end.line + 2))
    except yaml.YAMLError:
        return slips
    finally:
        loader.dispose()
    return [s for s in slips if s[0] not in _COLON_SLIPS and s[1] not in continuing]


def _syntax_problem(error: yaml.MarkedYAMLError, text: str) -> tuple[str, int, int, dict[str, str]]:
    """Kind, position and blanks for a YAML syntax error, placed where the editor must look."""
    kind, args = messages.yaml_error_kind(error.problem or "")
    mark = error.problem_mark or error.context_mark
    opening = error.context_mark
    if kind in ("yaml_quote", "yaml_bracket") and opening is not None:
        mark = opening  # the quote or bracket that was never closed, not the end of the file
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    row = text.splitlines()[line - 1] if 0 < line <= len(text.splitlines()) else ""
    if kind == "yaml_special_start" and col <= len(row):
        args["char"] = row[col - 1]
    elif kind == "yaml_indent" and 1 < col <= len(row) and row[col - 2] in "\"'":
        kind = "yaml_after_quote"  # `name: "三小"三大`: text after the closing quote
    return kind, line, col, args


# `name 马泉`: a field name, spaces, a value, and no colon that YAML would read as one: a
# colon inside the value (`hours 9:00-17:00`) is text, since no space follows it.
_NO_COLON = re.compile(r"^([ ]*)([A-Za-z_][A-Za-z0-9_]*)[ \t]+([^\s#:](?:[^:]|:(?=\S))*)$")
# A line that is a key: its indent (to the key, after any "- ") and what follows the colon.
_KEY_LINE = re.compile(r"^([ ]*(?:-[ ]+)*)[^\s#:-][^:]*:(?:[ \t]+(.*))?$")


def _has_text(line: str) -> bool:
    """Neither blank nor a comment."""
    stripped = line.strip(" \t")
    return bool(stripped) and not stripped.startswith("#")


def _missing_colon(error: yaml.MarkedYAMLError, text: str) -> tuple[int, str] | None:
    """(line, field) when a syntax error comes from a key line without its colon.

    PyYAML reads `name 马泉` as the start of a key and reports the line after it, where
    it gave up finding the colon. The line meant is the last one with text before the
    error, if it looks like a field and stands where a field is expected: level with
    (or left of) the key above it, or first under a key with nothing after its colon.
    Indented under a key that has a value, it continues that value, and YAML's own
    message stands.
    """
    mark = error.problem_mark
    if mark is None:
        return None
    lines = text.splitlines()
    last = mark.line  # the error's own line counts when it is at its end (no final newline)
    if last < len(lines) and mark.column >= len(lines[last].rstrip(" \t")):
        last += 1
    before = [n for n in range(min(last, len(lines))) if _has_text(lines[n])]
    if not before:
        return None
    number = before[-1]
    row = lines[number].rstrip(" \t")
    slip = _NO_COLON.match(row)
    if slip is None:
        return None
    indent = len(slip.group(1))
    for above in reversed(range(number)):
        key = _KEY_LINE.match(lines[above].rstrip(" \t"))
        if key is None:
            if _has_text(lines[above]):
                return None  # under a line of text: part of a value, not a field
            continue
        if indent > len(key.group(1)) and key.group(2):
            return None  # continues the value of the key above
        break
    return number + 1, slip.group(2)


def _shown_tag(tag: str) -> str:
    """`tag:yaml.org,2002:str` back to `!!str`, as the editor wrote it."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


def load_file(path: Path | str, shown: str) -> Loaded:
    """Read `path`, reporting problems under the name `shown` (relative, with slashes)."""
    positions = Positions()
    text = ""

    def fail(kind: str, line: int = 1, col: int = 1, **args: Any) -> Loaded:
        # The lines are split only here: a file without problems never needs them.
        field = "" if kind in _WHOLE_FILE else key_for_line(text.splitlines(), line)
        problem = Problem.at(shown, line, col, field, kind, **args)
        return Loaded(shown, None, positions, [problem])

    # Never more than the limit, however large; never a link, a FIFO or a device (safefs.py).
    raw = read_regular(path, MAX_BYTES)
    if isinstance(raw, Refusal):
        if raw.kind == "too_large":
            size = int(raw.args["size"])
            return fail("file_too_large", size=size // 1024, limit=MAX_BYTES // 1024)
        return fail(raw.kind, 1, 1, **raw.args)
    text, trouble = decode(raw)
    if trouble is not None:
        kind, line, col = trouble
        return fail(kind, line, col)
    found = find_slips(text)
    if found:
        found = _meant_as_text(text, found)
    slips = [
        Problem.at(shown, line, col, args.get("key", ""), kind, **args)
        for kind, line, col, args in found[:MAX_PER_FILE]
    ]
    if slips:  # YAML would misread these lines; its own message would only confuse
        return Loaded(shown, None, positions, slips, more=len(found) - len(slips))
    return _parse(text, shown, positions, fail)


def _parse(text: str, shown: str, positions: Positions, fail: Callable[..., Loaded]) -> Loaded:
    try:
        composed = compose_data(text)
    except Refused as refused:
        args = dict(refused.args_)
        if "tag" in args:
            args["tag"] = _shown_tag(str(args["tag"]))
        return fail(refused.kind, refused.line, refused.col, **args)
    except yaml.MarkedYAMLError as error:
        missing = _missing_colon(error, text)
        if missing is not None:
            line, key = missing
            col = text.splitlines()[line - 1].index(key) + len(key) + 1  # where the colon goes
            problem = Problem.at(shown, line, col, key, "missing_colon", key=key)
            return Loaded(shown, None, positions, [problem])
        kind, line, col, args = _syntax_problem(error, text)
        return fail(kind, line, col, **args)
    except yaml.YAMLError:
        return fail("yaml_syntax")
    if composed is None or composed.data is None:
        return fail("empty_file")
    if not isinstance(composed.data, dict):
        return fail("top_not_mapping", *composed.values.get((), (1, 1)))
    if composed.positioned:
        positions.values, positions.keys = composed.values, composed.keys
        positions.inline = composed.inline
    else:
        positions.text = text
    problems = [Problem.at(shown, *where, "", "complex_key") for where in composed.complex_keys]
    for key, where, first in composed.duplicates:
        problems.append(Problem.at(shown, *where, key, "duplicate_key", key=key, first=first))
    # Duplicate keys keep their first value, so the rest of the file is still checked.
    numbers = may_hold_personal_numbers(text)
    return Loaded(shown, composed.data, positions, problems, numbers=numbers)
