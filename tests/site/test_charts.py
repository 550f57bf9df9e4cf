"""Inline SVG bar charts: escaped labels, accessible, deterministic, no script."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from generator.site.charts import bar_chart, label_lines

SVG = "{http://www.w3.org/2000/svg}"


def test_chart_is_accessible_svg_with_one_bar_per_row() -> None:
    svg = bar_chart("各类活动数", [("义诊", 4, "4"), ("理论宣讲", 2, "2")])
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.findtext(f"{SVG}title") == "各类活动数"
    bars = root.findall(f"{SVG}rect")
    assert len(bars) == 2
    assert int(bars[0].get("width", "0")) > int(bars[1].get("width", "0"))
    texts = ["".join(t.itertext()) for t in root.findall(f"{SVG}text")]
    assert texts == ["义诊", "4", "理论宣讲", "2"]


def test_labels_and_title_are_escaped() -> None:
    svg = bar_chart("<script>x</script>", [("<b>a</b>&", 1, "<i>1</i>")])
    root = ET.fromstring(svg)  # still well-formed
    assert "<script>" not in svg and "<b>" not in svg and "<i>" not in svg
    assert root.findtext(f"{SVG}title") == "<script>x</script>"
    assert [e.tag for e in root.iter()] == [
        f"{SVG}svg",
        f"{SVG}title",
        f"{SVG}text",
        f"{SVG}tspan",  # a label is lines, however short: the markup never depends on it
        f"{SVG}rect",
        f"{SVG}text",
    ]


def test_long_labels_are_wrapped_whole_and_output_is_deterministic() -> None:
    rows = [("非常非常非常长的乡镇名称", 3, "3")]
    svg = bar_chart("t", rows)
    assert svg == bar_chart("t", rows)
    assert "…" not in svg
    label = ET.fromstring(svg).find(f"{SVG}text")
    assert label is not None
    lines = [t.text for t in label.findall(f"{SVG}tspan")]
    assert len(lines) == 2 and "".join(lines) == "非常非常非常长的乡镇名称"  # type: ignore[arg-type]


def test_labels_wrap_at_natural_breaks() -> None:
    assert label_lines("2026年第三季度") == ["2026年第三季度"]  # digits are narrow: it fits
    assert label_lines("白音他拉苏木（县级阵地）") == ["白音他拉苏木", "（县级阵地）"]
    assert label_lines("2026年第三季度的特别长长长长标签")[0] == "2026年"


def test_a_quarter_label_is_shown_whole() -> None:
    texts = [t.text for t in ET.fromstring(bar_chart("t", [("2026年第三季度", 5, "5")])).iter()]
    assert "2026年第三季度" in texts


def test_wrapped_rows_grow_the_chart() -> None:
    short = ET.fromstring(bar_chart("t", [("a", 1, "1"), ("b", 2, "2")]))
    long = ET.fromstring(bar_chart("t", [("非常非常非常长的乡镇名称", 1, "1"), ("b", 2, "2")]))
    assert float(long.get("viewBox", "").split()[3]) > float(short.get("viewBox", "").split()[3])


def test_empty_and_zero_charts_are_valid() -> None:
    ET.fromstring(bar_chart("空", []))
    ET.fromstring(bar_chart("零", [("a", 0, "0")]))
