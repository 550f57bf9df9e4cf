"""Home addresses: a house or flat number in an honour's public text is refused, and the
words that only look like one (dates, contest groups, rooms of a site) are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.content import check_content
from generator.records.addresses import find_home_addresses

HONOR = Path("honors") / "2026-Q3" / "2026q3-wmsm-zhao-feng.yml"


@pytest.mark.parametrize(
    "text",
    [
        "家住东山村三组12号",
        "3组15号",
        "三组十二号",
        "３组１５号",
        "5号楼2单元301室",
        "5 号楼 2 单元 301 室",
        "幸福小区6栋1单元502",
        "二号楼三单元501",
        "5号楼301室",
        "301室",
        "家在1502室",
        "家住幸福小区6-1-502。",
        "阳光花园 12-3-1501",
    ],
)
def test_home_address_found(text: str) -> None:
    assert len(list(find_home_addresses(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "7月15号",
        "2026年7月15号开展活动",
        "第3组",
        "第十三组12号选手",
        "二号楼会议室",
        "理论宣讲室",
        "在12号楼前集合",
        "3组15号楼",
        "2号楼1单元",
        "共 12 组 30 人",
        "服务 3000 余人次",
    ],
)
def test_words_that_only_look_like_an_address_pass(text: str) -> None:
    assert list(find_home_addresses(text)) == []


def test_address_in_any_public_field_of_an_honour_is_reported(content: Path) -> None:
    path = content / HONOR
    text = path.read_text(encoding="utf-8").replace("unit: 宝泉路北社区", "unit: 东山村三组12号")
    text = text.replace("楼道。", "楼道，家住幸福小区6栋1单元502。")
    path.write_text(text + "corrections:\n  - date: 2026-08-21\n    reason: 改为301室\n", "utf-8")
    _, problems = check_content(content, "content")
    assert [(p.line, p.col, p.field, p.kind) for p in problems] == [
        (5, 10, "unit（单位或村社区）", "home_address"),
        (7, 25, "deeds（事迹）", "home_address"),
        (12, 15, "corrections.reason（更正原因）", "home_address"),
    ]
    assert "private.address" in problems[0].text
    assert "12" not in problems[0].text and "502" not in problems[1].text


def test_addresses_of_sites_and_private_blocks_are_not_reported(content: Path) -> None:
    site = content / "sites" / "maquan-suo.yml"
    text = site.read_text(encoding="utf-8").replace("马泉街道办事处", "马泉街道办事处3号楼201室")
    site.write_text(text, encoding="utf-8")
    with (content / HONOR).open("a", encoding="utf-8") as out:
        out.write("private:\n  address: 东山村三组12号5号楼2单元301室\n")
    _, problems = check_content(content, "content")
    assert problems == []
