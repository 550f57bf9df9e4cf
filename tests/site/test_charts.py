"""Inline SVG bar charts: escaped labels, accessible, deterministic, no script."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from generator.site.charts import bar_chart

SVG = "{http://www.w3.org/2000/svg}"


def test_chart_is_accessible_svg_with_one_bar_per_row() -> None:
    svg = bar_chart("各类活动数", [("义诊", 4, "4"), ("理论宣讲", 2, "2")])
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.findtext(f"{SVG}title") == "各类活动数"
    bars = root.findall(f"{SVG}rect")
    assert len(bars) == 2
    assert int(bars[0].get("width", "0")) > int(bars[1].get("width", "0"))
    texts = [t.text for t in root.findall(f"{SVG}text")]
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
        f"{SVG}rect",
        f"{SVG}text",
    ]


def test_long_labels_are_cut_and_output_is_deterministic() -> None:
    rows = [("非常非常非常长的乡镇名称", 3, "3")]
    assert bar_chart("t", rows) == bar_chart("t", rows)
    assert "…" in bar_chart("t", rows)


def test_empty_and_zero_charts_are_valid() -> None:
    ET.fromstring(bar_chart("空", []))
    ET.fromstring(bar_chart("零", [("a", 0, "0")]))
