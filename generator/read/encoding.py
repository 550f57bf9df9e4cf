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


def _utf16(raw: bytes) -> str | None:
    """The text, if `raw` reads as UTF-16 (either byte order) without a BOM.

    Mostly-Chinese UTF-16 has few zero bytes, so counting them is not enough; instead
    the file must decode cleanly, contain line breaks or colons (every record has
    them) and no control characters. UTF-8 text with a stray NUL never passes this.
    """
    if b"\x00" not in raw or len(raw) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if ("\n" in text or ":" in text) and not _CONTROL.search(text):
            return text
    return None


def decode(raw: bytes) -> tuple[str, Trouble | None]:
    """UTF-8 text (BOM removed), or an error kind of `messages` with line and column.

    With an error, the text is the best reading there is (GBK decoded as GBK, say), so
    the caller can name the field on the reported line; it must not be parsed.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith(_BOMS_OTHER):
        return raw.decode("utf-16", "replace"), ("encoding_utf16", 1, 1)
    other16 = _utf16(raw)
    if other16 is not None:
        return other16, ("encoding_utf16", 1, 1)
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
            return raw.decode("utf-8", "replace"), ("encoding_unknown", line, col)
        if re.search("[\u3400-\u9fff]", other):
            return other, ("encoding_gbk", line, col)
        return other, ("encoding_unknown", line, col)
    found = _CONTROL.search(text)
    if found:
        kind = "nul_byte" if found.group() == "\x00" else "control_char"
        line, col = _line_col(text, found.start())
        return text, (kind, line, col)
    return text, None
