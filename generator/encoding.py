"""Encoding: turn a file's bytes into text, or say in which encoding the editor saved it.

Editors on Windows often save GBK; a few tools write UTF-16. Both are recognised and
reported with the fix ("请另存为 UTF-8") instead of being read as garbage.
"""

from __future__ import annotations

import re

_BOMS_OTHER = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# C0/C1 controls (tab, LF, CR allowed) and the Unicode line separators YAML would
# count as line breaks, which would shift every line number after them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")

Trouble = tuple[str, int, int]


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def decode(raw: bytes) -> tuple[str, Trouble | None]:
    """UTF-8 text (BOM removed), or an error kind of `messages` with line and column."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith(_BOMS_OTHER) or (len(raw) >= 2 and raw.count(b"\x00") * 3 >= len(raw)):
        return "", ("encoding_utf16", 1, 1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        col = (
            len(raw[raw.rfind(b"\n", 0, error.start) + 1 : error.start].decode("utf-8", "replace"))
            + 1
        )
        try:
            other = raw.decode("gb18030")
        except UnicodeDecodeError:
            return "", ("encoding_unknown", line, col)
        if re.search("[\u4e00-\u9fff]", other):
            return "", ("encoding_gbk", line, col)
        return "", ("encoding_unknown", line, col)
    found = _CONTROL.search(text)
    if found:
        kind = "nul_byte" if found.group() == "\x00" else "control_char"
        line, col = _line_col(text, found.start())
        return "", (kind, line, col)
    return text, None
