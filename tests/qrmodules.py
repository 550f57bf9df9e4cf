"""The dark modules of a QR code as segno draws it in SVG, read back from the SVG text.

segno's inline SVG is one `qrline` path: `M x y`, then `h n` runs of dark modules and
relative `m dx dy` moves, each run drawn half a module below its row's top. Reading the
runs back gives the matrix the page shows, to compare with segno's matrix of the text
the code should hold (no QR decoder is needed, and none is in the lock).
"""

from __future__ import annotations

import re

import segno

_PATH = re.compile(r'class="qrline"[^>]* d="([^"]+)"')
_STEP = re.compile(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?")


def svg_modules(svg: str, border: int = 4) -> set[tuple[int, int]]:
    """The (row, column) of every dark module the SVG draws, the quiet zone taken off."""
    path = _PATH.search(svg)
    assert path is not None, "no segno qrline path in the SVG"
    x = y = 0.0
    dark: set[tuple[int, int]] = set()
    for op, a, b in _STEP.findall(path[1]):
        if op == "M":
            x, y = float(a), float(b)
        elif op == "m":
            x, y = x + float(a), y + float(b)
        else:
            row = int(y - 0.5) - border
            dark |= {(row, int(x) + i - border) for i in range(int(a))}
            x += float(a)
    return dark


def segno_modules(text: str) -> set[tuple[int, int]]:
    """The dark modules of segno's QR code of `text` (error level M, as the site makes it)."""
    matrix = segno.make(text, error="m").matrix
    return {(r, c) for r, row in enumerate(matrix) for c, v in enumerate(row) if v}
