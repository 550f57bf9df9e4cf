"""One wrong value inside one list item hides nothing else: not the item's neighbours'
mistakes, not the other lists' (check/pruning.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from testpaths import MINIMAL

from generator.check import pruning
from generator.check.content import check_content
from generator.report.problems import ERROR

POINTS = """\
site: baoquanlu-north
quarter: 2026-Q3
date: 2026-10-08
party:
  - branch: 宝泉路北社区党支部
    members:
      - name: 张建华
        entries:
          - month: 2026-07
            add: {bad_add}
          - month: 2026-10
            add: 1
          - month: 2026-08
            deduct: 2
      - name: 王立新
        entries:
          - month: 2026-07
            add: 3
        total: 9
residents:
  - name: 李秀英家
    household: true
    entries:
      - month: {bad_month}
        dimension: 志愿服务
        add: 2
      - month: 2026-09
        dimension: 孝老爱亲
        add: 2
  - name: 刘小明
    minor: true
    entries:
      - month: 2026-09
        dimension: 志愿服务
        add: 2
"""


def run(tmp_path: Path, rel: str, text: str) -> list[tuple[int, str]]:
    root = tmp_path / "content"
    shutil.copytree(MINIMAL, root)
    target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    _, problems = check_content(root, "content")
    return sorted((p.line, p.kind) for p in problems if p.severity == ERROR)


# Each one's line and kind, wherever it is told: what must not go missing beside a slip.
RULES = [
    (11, "points_month_outside"),  # another entry of the member with the slip
    (14, "points_reason_missing"),  # a deduction without a reason, same member
    (19, "points_total"),  # another member's wrong total
    (28, "points_dimension_unknown"),  # another entry of the household with the slip
    (31, "points_minor_consent"),  # another resident
]


def test_the_rules_alone(tmp_path: Path) -> None:
    found = run(
        tmp_path,
        "points/2026-Q3/baoquanlu-north.yml",
        POINTS.format(bad_add=6, bad_month="2026-07"),
    )
    assert found == sorted(RULES)


@pytest.mark.parametrize(
    ("bad_add", "bad_month", "slip"),
    [
        ("三", "2026-07", (10, "wm_count")),
        ("-2", "2026-07", (10, "wm_count_negative")),
        (6, "2026-13", (24, "wm_month")),
    ],
)
def test_a_slip_in_one_entry_hides_none_of_the_others(
    tmp_path: Path, bad_add: object, bad_month: str, slip: tuple[int, str]
) -> None:
    found = run(
        tmp_path,
        "points/2026-Q3/baoquanlu-north.yml",
        POINTS.format(bad_add=bad_add, bad_month=bad_month),
    )
    assert slip in found
    assert [f for f in found if f != slip] == sorted(RULES)


STAFF = """\
staff:
  - name: 赵丽萍
    role: 专职实践员
  - name: 梁春生
    role: 志愿者
  - name: 赵丽萍
    role: 专职实践员
  - name: 王建国
    role: 联络员
    phone: {phone}
"""


def test_a_mobile_in_one_staff_entry_hides_neither_role_nor_duplicate(tmp_path: Path) -> None:
    site = (MINIMAL / "sites" / "maquan-suo.yml").read_text(encoding="utf-8")
    head = site.split("\nstaff:")[0].rstrip("\n") + "\n"
    alone = run(tmp_path / "a", "sites/maquan-suo.yml", head + STAFF.format(phone="029-33210001"))
    slipped = run(tmp_path / "b", "sites/maquan-suo.yml", head + STAFF.format(phone="13947501234"))
    assert [k for _, k in alone] == ["staff_role_unknown", "staff_duplicate"]
    phone_line = head.count("\n") + 10
    assert slipped == sorted([*alone, (phone_line, "wm_office_phone_mobile")])


def test_places_in_the_pruned_record_are_counted_back() -> None:
    dropped = (("residents", 0, "entries", 0), ("residents", 2))
    assert pruning.original(("residents", 0, "entries", 0), dropped) == (
        "residents",
        0,
        "entries",
        1,
    )
    assert pruning.original(("residents", 1), dropped) == ("residents", 1)
    assert pruning.original(("residents", 2, "name"), dropped) == ("residents", 3, "name")
    assert pruning.touches(("residents", 0), dropped)
    assert not pruning.touches(("residents", 1), dropped)
    assert pruning.outermost([("a", 1, "b", 2), ("a", 1), ("a", 3)]) == (("a", 1), ("a", 3))
