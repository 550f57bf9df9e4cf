"""Hierarchy: region codes extend their parent's; sites hang from a parent of an allowed level."""

from __future__ import annotations

from pathlib import Path

from entries import entry, vocabularies

from generator.check.entry import Entry, Findings
from generator.check.hierarchy import check_hierarchy, check_regions


def site(tmp_path: Path, id_: str, level: str, parent: str | None = None) -> Entry:
    text = f"id: {id_}\nname: 站点{id_}\nlevel: {level}\nregion: '610402'\naddress: 某路1号\n"
    text += f"parent: {parent}\n" if parent else ""
    return entry(tmp_path, f"content/sites/{id_}.yml", text, "site")


def hierarchy_kinds(tmp_path: Path, *sites: Entry) -> list[tuple[str, str, int]]:
    levels = {level.name: level for level in vocabularies(tmp_path).site_levels}
    found = Findings()
    check_hierarchy({s.record.id: s for s in sites}, levels, found)
    return [(p.path.rpartition("/")[2], p.kind, p.line) for p in found.problems]


def test_a_well_formed_tree_passes(tmp_path: Path) -> None:
    tree = [
        site(tmp_path, "c", "中心"),
        site(tmp_path, "s", "所", "c"),
        site(tmp_path, "z", "站", "s"),
    ]
    assert hierarchy_kinds(tmp_path, *tree) == []


def test_each_level_rule_is_reported_at_the_parent_line(tmp_path: Path) -> None:
    found = hierarchy_kinds(
        tmp_path,
        site(tmp_path, "c", "中心", "s"),  # a top level with a parent
        site(tmp_path, "s", "所"),  # a 所 without one
        site(tmp_path, "w", "文化活动室", "c"),  # 文化活动室 hangs from 所 or 站, not 中心
    )
    assert found == [
        ("c.yml", "top_has_parent", 6),
        ("s.yml", "parent_missing", 1),
        ("w.yml", "parent_level", 6),
    ]


def test_a_cycle_of_parents_is_named_in_full(tmp_path: Path) -> None:
    levels = {level.name: level for level in vocabularies(tmp_path).site_levels}
    a, b = site(tmp_path, "a", "站", "b"), site(tmp_path, "b", "站", "a")
    found = Findings()
    check_hierarchy({"a": a, "b": b}, levels, found)
    cycles = [p.text for p in found.problems if p.kind == "parent_cycle"]
    assert len(cycles) == 2 and "a → b → a" in cycles[0]


REGIONS = """\
regions:
  - code: "610402"
    name: 秦都区
  - code: "610402001"
    name: 马泉街道
    parent: "610403"
  - code: "610403001"
    name: 渭阳街道
    parent: "610402"
  - code: "610402"
    name: 重复
"""


def test_region_codes_are_unique_known_and_extend_their_parent(tmp_path: Path) -> None:
    found = Findings()
    check_regions(entry(tmp_path, "content/regions.yml", REGIONS), found)
    assert [(p.kind, p.line) for p in found.problems] == [
        ("duplicate_code", 10),
        ("unknown_ref", 6),
        ("region_prefix", 7),
    ]
    assert "是否想写 610402？" in found.problems[1].text
