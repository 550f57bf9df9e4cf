"""Privacy report: every public string of every record type is scanned, each number is
reported once at its own line and column, and no report ever shows the number itself.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from full_tree import write_full_tree

from generator.check.content import check_content
from generator.report.problems import MAX_PER_FILE

HONOR = Path("honors") / "2026-Q3" / "2026q3-wmsm-zhao-feng.yml"
GROUPED_ID = "110105 1949 1231 002X"


def set_deeds(content: Path, written: str) -> None:
    path = content / HONOR
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("deeds: 多年义务清扫小区楼道。\n", written), encoding="utf-8")


@pytest.mark.parametrize(
    ("written", "line", "col", "at"),
    [
        ("deeds: 清扫楼道。证件 110105 19491231 002X\n", 7, 16, 9),  # plain: col of the number
        ("deeds: '清扫楼道。证件 110105-1949-1231-002X'\n", 7, 17, 9),  # inside the quotes
        ('deeds: "清扫楼道。电话 138.1234.5678"\n', 7, 17, 9),
        ("deeds:    电话 138 1234 5678\n", 7, 14, 4),  # spaces before the value
        ('deeds: "\\u6e05 电话 138 1234 5678"\n', 7, 8, 6),  # an escape: the field's place
        ("deeds: 清扫楼道。\n  电话 138 1234 5678\n", 7, 8, 10),  # folded: the field's place
        ("deeds: |\n  清扫楼道。\n  电话 138 1234 5678\n", 7, 8, 10),  # a block: the same
    ],
)
def test_number_is_placed_at_its_own_column(
    content: Path, written: str, line: int, col: int, at: int
) -> None:
    set_deeds(content, written)
    _, problems = check_content(content, "content")
    assert [(p.line, p.col, p.field) for p in problems] == [(line, col, "deeds（事迹）")]
    assert problems[0].text.startswith(f"第 {at} 个字起有一个")


def test_each_number_of_a_field_is_one_problem(content: Path) -> None:
    set_deeds(content, "deeds: 手机 139 1234 0987，证件 110105 19491231 002X，又 13812345678\n")
    _, problems = check_content(content, "content")
    assert [(p.col, p.kind) for p in problems] == [(11, "mobile"), (28, "id_card"), (51, "mobile")]


def test_many_numbers_in_one_field_stay_within_the_files_allowance(content: Path) -> None:
    set_deeds(content, "deeds: " + "，".join(["138 1234 5678"] * 300) + "\n")
    _, problems = check_content(content, "content")
    assert Counter(p.kind for p in problems) == {"mobile": MAX_PER_FILE, "too_many_problems": 1}


def test_check_refuses_a_grouped_id_without_showing_it(
    content: Path, wenming: Callable[..., Result]
) -> None:
    set_deeds(content, f"deeds: 多年义务清扫小区楼道。身份证号 {GROUPED_ID}。\n")
    result = wenming("check", "--no-cache", "content")
    assert result.exit_code == 1
    out = result.stdout + result.stderr
    assert "content/honors/2026-Q3/2026q3-wmsm-zhao-feng.yml:7:24: deeds（事迹）" in out
    assert "第 17 个字起有一个身份证号（已核对校验位）" in out
    digits = re.sub(r"\D", "", GROUPED_ID)
    assert digits not in re.sub(r"\D", "", out)
    for group in GROUPED_ID.split():
        assert group not in out


MOBILE = "139 {:04d} 5678"
# The labels of the fields each file of the full tree holds public text in.
EXPECTED_FIELDS = {
    "publisher.yml": {
        "name（名称）", "description（简介）", "objections.unit（受理单位）",
        "objections.address（通信地址）",
    },
    "regions.yml": {"regions.name（名称）"},
    "vocabularies.yml": {"activity_types（活动类型）"},
    "sites/test-center.yml": {
        "name（名称）", "address（地址）", "hours（开放时间）", "rooms.name（名称）",
        "rooms.description（说明）", "services（日常服务）", "coverage.note（说明）",
        "description（简介）", "corrections.reason（更正原因）", "staff.name（姓名）",
    },
    "teams/jinnang-team.yml": {
        "name（名称）", "brand（品牌）", "description（简介）", "corrections.reason（更正原因）",
    },
    "services/yizhen-service.yml": {
        "name（名称）", "description（内容）", "audience（服务对象）", "order.way（方式）",
        "order.detail（说明）", "corrections.reason（更正原因）",
    },
    "activities/2026-Q3/2026q3-yizhen.yml": {
        "title（标题）", "summary（简介）", "corrections.reason（更正原因）",
    },
    "honors/2026-Q3/2026q3-good.yml": {
        "name（姓名或名称）", "unit（单位或村社区）", "deeds（事迹）",
        "corrections.reason（更正原因）",
    },
    "honors/2026-Q3/2026q3-young.yml": {"name（姓名或名称）", "school（学校）", "grade（年级）"},
    "bulletins/2026-Q3.yml": {
        "title（标题）", "text（正文）", "highlights.title（标题）", "highlights.text（内容）",
        "corrections.reason（更正原因）",
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def full_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, set[str]]]:
    root = tmp_path_factory.mktemp("numbers") / "content"
    numbers = itertools.count(1)
    said = 0

    def say(kind: str) -> str:
        nonlocal said
        said += 1
        return f"公开{MOBILE.format(next(numbers))}"

    write_full_tree(root, say)
    _, problems = check_content(root, "content")
    fields: dict[str, set[str]] = {}
    for p in problems:
        if p.kind == "mobile":
            fields.setdefault(p.path.removeprefix("content/"), set()).add(p.field)
    return said, fields


def test_every_public_string_of_every_record_is_scanned(
    full_report: tuple[int, dict[str, set[str]]],
) -> None:
    said, fields = full_report
    assert sum(len(f) for f in fields.values()) <= said
    assert set(EXPECTED_FIELDS) <= set(fields)


@pytest.mark.parametrize("path", sorted(EXPECTED_FIELDS))
def test_each_record_type_reports_its_nested_fields(
    full_report: tuple[int, dict[str, set[str]]], path: str
) -> None:
    assert full_report[1][path] == EXPECTED_FIELDS[path]


MOBILE = "13812345678"
ID_CARD = "110101199003071233"


@pytest.mark.parametrize(
    "line",
    [
        f"category: {MOBILE}",
        f"date: {ID_CARD}",
        f"status: 电话{MOBILE}",
        f"subject: {ID_CARD}",
        f"site: a{MOBILE}",
        f"id: {MOBILE}",
        f"x{MOBILE}: 1",
        f"电话{MOBILE}: 1",
    ],
)
@pytest.mark.parametrize("fmt", ["text", "github", "json"])
def test_no_message_repeats_a_personal_number_whatever_it_echoes(
    content: Path, wenming: Callable[..., Result], line: str, fmt: str
) -> None:
    """Messages echo what was written (an unknown category, a date that is none, a key);
    a personal number among it is shown as stars in every format."""
    path = content / HONOR
    key = line.split(":")[0]
    kept = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith(key)]
    path.write_text("\n".join([*kept, line]) + "\n", encoding="utf-8")
    result = wenming("check", "content", "--format", fmt)
    assert result.exit_code == 1
    shown = result.stdout
    assert MOBILE not in shown and ID_CARD not in shown, shown
    assert "***********" in shown
