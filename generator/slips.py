"""Slips: the mistakes a Chinese input method makes in YAML, found line by line.

YAML itself would misread these lines (a full-width colon makes the whole line one
string; a tab makes a cryptic scanner error), so they are found before parsing and
reported with the line, the column and the fix.
"""

from __future__ import annotations

import re
from typing import Any

Slip = tuple[str, int, int, dict[str, Any]]

_BLOCK_START = re.compile(r"(?:^|:\s|-\s)\s*[|>][-+0-9]*\s*(?:#.*)?$")
_ITEM = re.compile(r"^((?:-\s+)*)")
_KEY = r"[A-Za-z_][A-Za-z0-9_]*"
_FULLWIDTH_COLON = re.compile(rf"^({_KEY})\s*：")
_NO_SPACE = re.compile(rf"^({_KEY}):(?!//)(\S)")
_VALUE = re.compile(rf"^(?:({_KEY}):\s+)?(.*?)\s*(?:\s#.*)?$")
_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "＂": "＂"}
_LINE_KEY = re.compile(rf"^[ \t\u3000]*(?:-[ \t\u3000]+)*[\"']?({_KEY})[\"']?[ \t]*[:：]")


def key_for_line(lines: list[str], number: int) -> str:
    """The field a 1-based line belongs to: its own key, or the nearest key above it
    that is less indented (a list item may sit level with its key). "" if none."""
    if not 1 <= number <= len(lines):
        return ""
    target = lines[number - 1]
    own = _LINE_KEY.match(target)
    if own:
        return own.group(1)
    indent = _indent(target)
    item = target.strip(" \t\u3000").startswith("-")
    for i in range(number - 2, -1, -1):
        line = lines[i]
        found = _LINE_KEY.match(line)
        if found and (_indent(line) < indent or (item and _indent(line) == indent)):
            return found.group(1)
    return ""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t\u3000"))


def find_slips(text: str) -> list[Slip]:
    """Every slip in the file, as (kind, line, col, message arguments)."""
    slips: list[Slip] = []
    block_indent: int | None = None  # inside a literal block (|, >): free text, skip
    lines = text.splitlines()
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
            slips.append((kind, number, lead.index(char) + 1, {"key": key_for_line(lines, number)}))
            continue
        items = _ITEM.match(stripped)
        body = stripped[items.end() if items else 0 :]
        col0 = _indent(line) + (items.end() if items else 0)
        slip = _line_slip(body, col0, number)
        if slip and not slip[3].get("key"):
            slip[3]["key"] = key_for_line(lines, number)
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
    value = _VALUE.match(body)
    if value:
        inner = value.group(2)
        close = _QUOTE_PAIRS.get(inner[:1])
        if close and len(inner) >= 2 and inner.endswith(close) and close not in inner[1:-1]:
            where = col0 + body.index(inner) + 1
            return ("chinese_quotes", number, where, {"value": inner, "key": value.group(1) or ""})
    return None
