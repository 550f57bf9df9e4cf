"""Statistics charts as inline SVG, drawn at build time.

No chart library and no script: a horizontal bar chart is a handful of `<rect>`
and `<text>` elements, readable without JavaScript, printable, and identical
from one build to the next. Labels are record text, so every one is escaped.
The chart scales to its container (`viewBox`, no fixed width) to fit a phone.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

_ROW = 28  # height of one bar's row, in SVG units
_LABEL = 120  # width kept for the labels on the left
_BAR = 160  # width of the longest bar
_VALUE = 64  # width kept for the value on the right of a bar
_WIDTH = _LABEL + _BAR + _VALUE
_LABEL_CHARS = 8  # a longer label is cut with an ellipsis; the full text is in the table


def _fit(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"


def bar_chart(title: str, rows: Sequence[tuple[str, int, str]]) -> str:
    """An accessible SVG bar chart of `(label, value, value as shown)` rows, in the given order.

    `role="img"` with a `<title>` names the chart for screen readers; the table
    beside it carries the same figures for anyone who cannot see the bars.
    """
    top = max((value for _, value, _ in rows), default=0)
    height = _ROW * max(len(rows), 1) + 8
    parts = [
        f'<svg class="wm-chart" role="img" viewBox="0 0 {_WIDTH} {height}" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">',
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, value, shown) in enumerate(rows):
        y = 4 + index * _ROW
        width = round(_BAR * value / top) if top else 0
        middle = y + _ROW // 2
        parts.append(
            f'<text x="{_LABEL - 8}" y="{middle}" text-anchor="end" '
            f'dominant-baseline="middle">{escape(_fit(label))}</text>'
        )
        parts.append(
            f'<rect x="{_LABEL}" y="{y + 4}" width="{max(width, 1)}" height="{_ROW - 8}" rx="2"/>'
        )
        parts.append(
            f'<text x="{_LABEL + max(width, 1) + 6}" y="{middle}" '
            f'dominant-baseline="middle">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
