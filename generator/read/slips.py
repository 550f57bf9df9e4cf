"""Slips: the mistakes a Chinese input method makes in YAML, found line by line.

YAML itself would misread these lines (a full-width colon makes the whole line one
string; a tab makes a cryptic scanner error), so they are found before parsing and
reported with the line, the column and the fix.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

Slip = tuple[str, int, int, dict[str, Any]]

_BLOCK_START = re.compile(r"(?:^|:\s|-\s)\s*[|>][-+0-9]*\s*(?:#.*)?$")
_ITEM = re.compile(r"^((?:-\s+)*)")
_KEY = r"[A-Za-z_][A-Za-z0-9_]*"
_FULLWIDTH_COLON = re.compile(rf"^({_KEY})\s*：")
_NO_SPACE = re.compile(rf"^({_KEY}):(?!//)(\S)")
# A value's own text: after `key: `, before a ` #` comment. Found by slicing, not by one
# regex with a lazy group before `\s*`: that backtracks quadratically on a long run of spaces.
_KEY_PREFIX = re.compile(rf"^({_KEY}):\s+")
_COMMENT = re.compile(r"(?:^|\s)#")
_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "＂": "＂"}
_LINE_KEY = re.compile(rf"^[ \t\u3000]*(?:-[ \t\u3000]+)*[\"']?({_KEY})[\"']?[ \t]*[:：]")
# Whether any line could hold a slip, in one search over the whole text: a line start
# (after any break `splitlines` knows), then a tab or U+3000 in the indent, or, after
# list dashes, a key with a full-width colon or a colon glued to its value, or a value
# opening with a Chinese quote. It accepts every line `_line_slip` and the indent test
# would report (it may cross line breaks where they may not, which only lets more
# files through), so the line-by-line pass is skipped only where it would find nothing.
_BREAKS = r"\n\r\v\f\x1c-\x1e\x85\u2028\u2029"
# White space within a line. A plain \s would let `(?:-\s+)*` run on over line breaks
# into the next lines, and the search tried at every line then backtracks through the
# rest of the file: 600 lines of `- ` nested by indentation took 4 to 11 s.
_WS = rf"[^\S{_BREAKS}]"
_QUOTED = "[{}].*[{}]{}*(?:#|(?![^{}]))".format(
    "".join(_QUOTE_PAIRS), "".join(_QUOTE_PAIRS.values()), _WS, _BREAKS
)  # a value that opens with a Chinese quote and ends, before any comment, with one
_SLIPPED_LINE = (
    rf"[ \t\u3000]*(?:[\t\u3000]|(?:-{_WS}+)*"
    rf"(?:{_KEY}(?:{_WS}*：|:(?!//)\S|:{_WS}+{_QUOTED})|{_QUOTED}))"
)
# The first line, then every line after a break: a search led by a character class
# runs in C, where a lookbehind for "line start" would be tried at every character.
_FIRST_SLIPPED = re.compile(_SLIPPED_LINE)
_LATER_SLIPPED = re.compile(rf"[{_BREAKS}]{_SLIPPED_LINE}")


def key_for_line(lines: list[str], number: int) -> str:
    """The field a 1-based line belongs to: its own key, or the nearest key above it
    that is less indented (a list item may sit level with its key). "" if none."""
    if not 1 <= number <= len(lines):
        return ""
    return line_keys(lines[:number])[number - 1]


def line_keys(lines: list[str]) -> list[str]:
    """`key_for_line` of every line, in one pass (a file of 50,000 slips stays linear).

    Key lines seen so far are kept on a stack of strictly growing indents: a later key
    line at the same or a smaller indent is nearer to every line below, and qualifies
    whenever the earlier one would, so the earlier one can never be the answer again.
    """
    keys: list[str] = []
    stack_indents: list[int] = []
    stack_keys: list[str] = []
    for line in lines:
        indent = _indent(line)
        own = _LINE_KEY.match(line)
        if own:
            keys.append(own.group(1))
        else:
            item = line.strip(" \t\u3000").startswith("-")
            # The nearest key line less indented (or level, for a list item).
            below = (
                bisect.bisect_right(stack_indents, indent)
                if item
                else bisect.bisect_left(stack_indents, indent)
            )
            keys.append(stack_keys[below - 1] if below else "")
        if own:
            cut = bisect.bisect_left(stack_indents, indent)
            del stack_indents[cut:], stack_keys[cut:]
            stack_indents.append(indent)
            stack_keys.append(own.group(1))
    return keys


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t\u3000"))


def find_slips(text: str) -> list[Slip]:
    """Every slip in the file, as (kind, line, col, message arguments)."""
    if not (_FIRST_SLIPPED.match(text) or _LATER_SLIPPED.search(text)):
        return []  # nearly every file: no line could hold one
    return each_line_slips(text)


def each_line_slips(text: str) -> list[Slip]:
    """`find_slips` without the pre-check: every line analysed (tests compare the two)."""
    slips: list[Slip] = []
    block_indent: int | None = None  # inside a literal block (|, >): free text, skip
    lines = text.splitlines()
    keys: list[str] = []  # every line's field, computed once the first slip needs one

    def key_of(number: int) -> str:
        if not keys:
            keys.extend(line_keys(lines))
        return keys[number - 1]

    for number, line in enumerate(lines, start=1):
        stripped = line.strip(" \t\u3000")
        if block_indent is not None:
            if not stripped or _indent(line) > block_indent:
                continue
            block_indent = None
        if not stripped or stripped.startswith("#"):
            continue
        lead = line[: _indent(line)]
        if "\t" in lead or "\u3000" in lead:
            kind, char = (
                ("tab_indent", "\t") if "\t" in lead else ("fullwidth_space_indent", "\u3000")
            )
            slips.append((kind, number, lead.index(char) + 1, {"key": key_of(number)}))
            continue
        items = _ITEM.match(stripped)
        body = stripped[items.end() if items else 0 :]
        col0 = _indent(line) + (items.end() if items else 0)
        slip = _line_slip(body, col0, number)
        if slip and not slip[3].get("key"):
            slip[3]["key"] = key_of(number)
        if slip:
            slips.append(slip)
        elif _BLOCK_START.search(stripped):
            block_indent = _indent(line)
    return slips


def _line_slip(body: str, col0: int, number: int) -> Slip | None:
    colon = _FULLWIDTH_COLON.match(body)
    if colon:
        return ("fullwidth_colon", number, col0 + body.index("：") + 1, {"key": colon.group(1)})
    missing = _NO_SPACE.match(body)
    if missing:
        where = col0 + len(missing.group(1)) + 1
        return ("colon_no_space", number, where, {"key": missing.group(1)})
    prefix = _KEY_PREFIX.match(body)
    rest = body[prefix.end() :] if prefix else body
    comment = _COMMENT.search(rest)
    inner = (rest[: comment.start()] if comment else rest).rstrip()
    close = _QUOTE_PAIRS.get(inner[:1])
    if close and len(inner) >= 2 and inner.endswith(close) and close not in inner[1:-1]:
        where = col0 + body.index(inner) + 1
        key = prefix.group(1) if prefix else ""
        return ("chinese_quotes", number, where, {"value": inner, "key": key})
    return None
