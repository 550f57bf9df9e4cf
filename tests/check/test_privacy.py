"""Privacy scan: ID-card and mobile numbers in public text, and nothing that merely looks like one."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.content import check_content
from generator.check.privacyscan import scan_privacy
from generator.read.load import load_file
from generator.records.privacy import find_personal_numbers, id_card_valid

VALID_ID = "11010519491231002X"  # the GB 11643 standard's own example
WRONG_CHECK = "110105194912310021"  # same number, wrong check digit


def test_check_digit() -> None:
    assert id_card_valid(VALID_ID)
    assert id_card_valid(VALID_ID.lower())
    assert not id_card_valid(WRONG_CHECK)
    assert not id_card_valid(VALID_ID[:17])


@pytest.mark.parametrize(
    "text",
    [
        f"身份证号{VALID_ID}。",
        "身份证：１１０１０５１９４９１２３１００２Ｘ",
        f"证件 {VALID_ID.lower()} 已核验",
    ],
)
def test_id_card_found(text: str) -> None:
    assert [kind for kind, _ in find_personal_numbers(text)] == ["id_card"]


@pytest.mark.parametrize(
    "text",
    [
        "13812345678",
        "电话138 1234 5678。",
        "１３８１２３４５６７８",
        "+86 138-1234-5678",
        "+8613812345678",
        "86-13812345678",
    ],
)
def test_mobile_found(text: str) -> None:
    assert [kind for kind, _ in find_personal_numbers(text)] == ["mobile"]


@pytest.mark.parametrize(
    "text",
    [
        f"编号 {WRONG_CHECK}",  # 18 digits, wrong check digit: a statistic, not a person
        "服务热线 029-33210001",
        "12345678901",  # 11 digits but not a mobile prefix
        "订单号 9913812345678123",  # a mobile-like run inside a longer number
        "全年 3121 场次、90000 人次",
        "2026-07-15 至 2026-09-30",
    ],
)
def test_not_personal_numbers(text: str) -> None:
    assert list(find_personal_numbers(text)) == []


def test_wrong_checksum_in_deeds_is_not_reported(content: Path) -> None:
    honor = next((content / "honors").rglob("*.yml"))
    text = honor.read_text(encoding="utf-8")
    honor.write_text(
        text.replace("多年义务清扫小区楼道。", f"多年义务清扫小区楼道，登记编号 {WRONG_CHECK}。"),
        encoding="utf-8",
    )
    assert WRONG_CHECK in honor.read_text(encoding="utf-8")
    _, problems = check_content(content, "content")
    assert problems == []


def test_private_block_may_hold_personal_numbers(content: Path) -> None:
    honor = next((content / "honors").rglob("*.yml"))
    with honor.open("a", encoding="utf-8") as out:
        out.write(f"private:\n  phone: 13812345678\n  id_card: {VALID_ID}\n")
    _, problems = check_content(content, "content")
    assert problems == []


def test_number_anywhere_in_public_text_is_reported_with_its_field(content: Path) -> None:
    site = content / "sites" / "maquan-suo.yml"
    with site.open("a", encoding="utf-8") as out:
        out.write("rooms:\n  - name: 调解室\n    description: 预约请拨 13812345678\n")
    _, problems = check_content(content, "content")
    assert [(p.path, p.line, p.field, p.kind) for p in problems] == [
        ("content/sites/maquan-suo.yml", 9, "rooms.description（说明）", "mobile")
    ]


def test_the_scan_reads_raw_data_and_skips_private_and_phone(tmp_path: Path) -> None:
    """`scan_privacy` itself: it needs no valid record, and only public strings count."""
    path = tmp_path / "x.yml"
    path.write_text(
        f"deeds: 住在东山村三组12号，身份证{VALID_ID}\nprivate:\n  id_card: {VALID_ID}\n"
        "phone: 13912345678\nnonsense: [1, 2]\n",
        encoding="utf-8",
    )
    loaded = load_file(path, "content/honors/2026-Q3/x.yml")
    found = scan_privacy([loaded])
    assert [(p.kind, p.line, p.field) for p in found] == [
        ("home_address", 1, "deeds（事迹）"),
        ("id_card", 1, "deeds（事迹）"),
    ]
    assert VALID_ID not in found[1].text
    site = load_file(path, "content/sites/x.yml")  # a site's address is public on purpose
    assert [p.kind for p in scan_privacy([site])] == ["id_card"]
