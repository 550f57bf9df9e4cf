"""Statistics charts as inline SVG, drawn at build time.

No chart library and no script: a horizontal bar chart is a handful of `<rect>`
and `<text>` elements, readable without JavaScript, printable, and identical
from one build to the next. Labels are record text, so every one is escaped.
The chart scales to its container (`viewBox`, no fixed width) to fit a phone.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

_ROW = 28  # height of a one-line label's row, in SVG units
_LINE = 15  # height of each further line of a wrapped label
_LABEL = 120  # width kept for the labels on the left
_BAR = 160  # width of the longest bar
_VALUE = 64  # width kept for the value on the right of a bar
_WIDTH = _LABEL + _BAR + _VALUE
_EM = 13  # the chart's font size (wenming.css), in SVG units at its widest
_LINE_EMS = (_LABEL - 8) / _EM  # a label line's room, in ems: 8 Chinese characters and a bit
_BREAK_AFTER = frozenset("年月镇乡）、，·")
"""A label is wrapped after these where it can (`2026年` | `第三季度`), else anywhere."""


def _ems(text: str) -> float:
    """The width of `text` in ems: ASCII letters and digits are about 0.6em, CJK 1em."""
    return sum(0.6 if ord(c) < 0x2E80 else 1.0 for c in text)


def label_lines(label: str) -> list[str]:
    """The label as lines that each fit the label column: wrapped, never cut short."""
    lines: list[str] = []
    rest = label
    while _ems(rest) > _LINE_EMS:
        fits = 1
        while fits < len(rest) and _ems(rest[: fits + 1]) <= _LINE_EMS:
            fits += 1
        cut = next(
            (
                i
                for i in range(fits, 0, -1)
                if rest[i - 1] in _BREAK_AFTER or (i < len(rest) and rest[i] == "（")
            ),
            fits,
        )
        lines.append(rest[:cut])
        rest = rest[cut:]
    lines.append(rest)
    return lines


def bar_chart(title: str, rows: Sequence[tuple[str, int, str]]) -> str:
    """An accessible SVG bar chart of `(label, value, value as shown)` rows, in the given order.

    `role="img"` with a `<title>` names the chart for screen readers; the table
    beside it carries the same figures for anyone who cannot see the bars. A label
    too long for its column is wrapped onto more lines and its row grows to hold them.
    """
    top = max((value for _, value, _ in rows), default=0)
    wrapped = [label_lines(label) for label, _, _ in rows]
    heights = [_ROW + _LINE * (len(lines) - 1) for lines in wrapped]
    height = sum(heights) if rows else _ROW
    parts = [
        f'<svg class="wm-chart" role="img" viewBox="0 0 {_WIDTH} {height + 8}" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">',
        f"<title>{escape(title)}</title>",
    ]
    y = 4
    for (_, value, shown), lines, row in zip(rows, wrapped, heights, strict=True):
        width = round(_BAR * value / top) if top else 0
        middle = y + row // 2
        first = middle - _LINE * (len(lines) - 1) / 2
        # Every label is made of lines, one or more: the markup of a chart does not
        # depend on how long its labels are (tests/test_output_safety.py compares it).
        text = "".join(
            f'<tspan x="{_LABEL - 8}" y="{first + i * _LINE:g}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        parts.append(
            f'<text x="{_LABEL - 8}" y="{middle}" text-anchor="end" '
            f'dominant-baseline="middle">{text}</text>'
        )
        parts.append(
            f'<rect x="{_LABEL}" y="{middle - _ROW // 2 + 4}" width="{max(width, 1)}" '
            f'height="{_ROW - 8}" rx="2"/>'
        )
        parts.append(
            f'<text x="{_LABEL + max(width, 1) + 6}" y="{middle}" '
            f'dominant-baseline="middle">{escape(shown)}</text>'
        )
        y += row
    parts.append("</svg>")
    return "".join(parts)
