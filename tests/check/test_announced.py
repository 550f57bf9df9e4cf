"""活动预告: what `check` asks of an activity announced ahead, held, or called off.

Counts are required once an activity is held (已举办, the default), not while it is
announced (预告) or cancelled (已取消); once an announced day has passed, `check` warns,
naming the day and the fix. Times are 24-hour, and on one day the end follows the start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from click.testing import Result

from generator.check.content import check_content, read_content

PLAN = "activities/2026-Q4/2026q4-plan.yml"
DEC_2 = "1796140800"  # 2026-12-02T00:00+08:00


def write_plan(content: Path, body: str) -> Path:
    path = content / PLAN
    path.parent.mkdir(parents=True, exist_ok=True)
    head = (
        "id: 2026q4-plan\ntitle: 十二月理论宣讲\ntype: 理论宣讲\nsites: [baoquanlu-north]\n"
        "summary: 按月活动计划中的宣讲。\n"
    )
    path.write_text(head + body, encoding="utf-8")
    return path


@pytest.fixture
def dec_2(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", DEC_2)
    return date(2026, 12, 2)


def _problems(content: Path, today: date = date(2026, 12, 2)) -> list[str]:
    _, problems = check_content(content, "content", as_of=today)
    return [f"{p.path}:{p.line}:{p.col}: {p.field} — {p.text}" for p in problems]


def test_an_announced_activity_needs_no_counts(content: Path) -> None:
    write_plan(content, "status: 预告\ndate: 2026-12-12\nstart_time: 19:30\nend_time: 21:00\n")
    assert _problems(content) == []
    catalog = read_content(content, as_of=date(2026, 12, 2))
    assert [a.id for a in catalog.upcoming] == ["2026q4-plan"]
    assert "2026q4-plan" not in catalog.public_activities  # not counted as held
    assert "2026q4-plan" in catalog.calendar_activities


def test_a_cancelled_activity_needs_no_counts_and_stays_announced(content: Path) -> None:
    write_plan(content, "status: 已取消\ndate: 2026-12-12\n")
    assert _problems(content) == []
    catalog = read_content(content, as_of=date(2026, 12, 2))
    assert [(a.id, a.status) for a in catalog.upcoming] == [("2026q4-plan", "已取消")]


def test_a_held_activity_without_counts_is_an_error_at_each_field(content: Path) -> None:
    write_plan(content, "date: 2026-11-12\n")  # no status: 已举办
    assert sorted(_problems(content), reverse=True) == [
        "content/activities/2026-Q4/2026q4-plan.yml:1:1: sessions（场次） — "
        "已举办的活动须填写场次（请添加一行“sessions: 场次”；活动还没有举办，请写 status: 预告）",
        "content/activities/2026-Q4/2026q4-plan.yml:1:1: attendance（人次） — "
        "已举办的活动须填写人次（请添加一行“attendance: 人次”；活动还没有举办，请写 status: 预告）",
    ]


def test_the_missing_count_points_at_the_status_line_when_it_is_written(content: Path) -> None:
    write_plan(content, "status: 已举办\ndate: 2026-11-12\nsessions: 2\n")
    assert _problems(content) == [
        "content/activities/2026-Q4/2026q4-plan.yml:6:1: status（状态） — "
        "已举办的活动须填写人次（请添加一行“attendance: 人次”；活动还没有举办，请写 status: 预告）"
    ]


def test_an_announced_day_that_has_passed_asks_for_the_counts(
    content: Path, wenming: Callable[..., Result], dec_2: date
) -> None:
    write_plan(content, "status: 预告\ndate: 2026-11-30\n")
    result = wenming("check", "content")
    assert result.exit_code == 0, result.output  # a warning: the daily rebuild goes on
    assert (
        "content/activities/2026-Q4/2026q4-plan.yml:6:9: status（状态） — 提示：活动已于 "
        "2026-11-30 举办，状态仍是“预告”，网站上已不再预告它（请填写 sessions 和 attendance，"
        "并把 status 改为 已举办；没有举办请改为 已取消）"
    ) in result.stdout
    assert read_content(content, as_of=dec_2).upcoming == []


def test_an_announced_series_is_announced_until_its_last_day(content: Path) -> None:
    write_plan(content, "status: 预告\ndate: 2026-11-30\nend_date: 2026-12-02\n")
    assert _problems(content) == []
    assert len(read_content(content, as_of=date(2026, 12, 2)).upcoming) == 1
    assert _problems(content, date(2026, 12, 3))[0].endswith(
        "提示：活动已于 2026-12-02 举办，状态仍是“预告”，网站上已不再预告它"
        "（请填写 sessions 和 attendance，并把 status 改为 已举办；没有举办请改为 已取消）"
    )


def test_an_announcement_on_its_day_gives_no_warning(content: Path) -> None:
    write_plan(content, "status: 预告\ndate: 2026-12-02\n")
    assert _problems(content) == []


def test_a_cancelled_day_that_has_passed_gives_no_warning(content: Path) -> None:
    write_plan(content, "status: 已取消\ndate: 2026-11-01\n")
    assert _problems(content) == []


def test_the_end_must_come_after_the_start(content: Path) -> None:
    write_plan(content, "status: 预告\ndate: 2026-12-12\nstart_time: 19:30\nend_time: 09:00\n")
    assert _problems(content) == [
        "content/activities/2026-Q4/2026q4-plan.yml:9:1: end_time（结束时间） — "
        "结束时间不晚于开始时间（请核对 start_time 和 end_time，用 24 小时制，晚上 9 点写 21:00；跨多天的活动，时间是每天的开始和结束时间）"
    ]


def test_over_several_days_the_times_are_each_days(content: Path) -> None:
    """19:30 to 12:00 over two days is no daily slot: refused, saying the times are daily."""
    write_plan(
        content,
        "status: 预告\ndate: 2026-12-12\nend_date: 2026-12-13\nstart_time: 19:30\nend_time: 12:00\n",
    )
    (only,) = _problems(content)
    assert "结束时间不晚于开始时间" in only and "跨多天的活动，时间是每天的开始和结束时间" in only


def test_an_end_time_needs_a_start_time(content: Path) -> None:
    write_plan(content, "status: 预告\ndate: 2026-12-12\nend_time: 21:00\n")
    assert _problems(content) == [
        "content/activities/2026-Q4/2026q4-plan.yml:8:1: end_time（结束时间） — "
        "写了结束时间却没有开始时间（请添加 start_time，例如 start_time: 19:30；不知道时间就删掉 end_time）"
    ]


@pytest.mark.parametrize(
    ("written", "told"),
    [
        ("19：30", "时间“19：30”的写法不对（请写成 24 小时制的 19:30，用英文冒号）"),
        ("晚上7点半", "时间“晚上7点半”的写法不对（请写成 24 小时制的 19:30，用英文冒号）"),
        ("下午3点", "时间“下午3点”的写法不对（请写成 24 小时制的 15:00，用英文冒号）"),
        ("25:00", "“25:00”不是时间（请写成 24 小时制的 时:分，例如 19:30）"),
        ("傍晚", "“傍晚”不是时间（请写成 24 小时制的 时:分，例如 19:30）"),
    ],
)
def test_a_time_is_written_24_hour(content: Path, written: str, told: str) -> None:
    write_plan(content, f"status: 预告\ndate: 2026-12-12\nstart_time: {written}\n")
    assert _problems(content) == [
        f"content/activities/2026-Q4/2026q4-plan.yml:8:13: start_time（开始时间） — {told}"
    ]


def test_a_time_with_one_digit_hour_is_read(content: Path) -> None:
    write_plan(content, "status: 预告\ndate: 2026-12-12\nstart_time: 9:00\n")
    catalog = read_content(content, as_of=date(2026, 12, 2))
    assert f"{catalog.activities['2026q4-plan'].start_time:%H:%M}" == "09:00"


def test_a_draft_announcement_is_nowhere(content: Path) -> None:
    write_plan(content, "status: 预告\ndate: 2026-12-12\ndraft: true\n")
    catalog = read_content(content, as_of=date(2026, 12, 2))
    assert catalog.upcoming == [] and catalog.calendar_activities.keys() == {"2026q3-weixuanjiang"}


def test_publish_refuses_a_quarter_with_an_announcement_not_settled(
    content: Path, wenming: Callable[..., Result]
) -> None:
    plan = content / "activities" / "2026-Q3" / "2026q3-plan.yml"
    plan.write_text(
        "id: 2026q3-plan\ntitle: 九月宣讲\ntype: 理论宣讲\nsites: [baoquanlu-north]\n"
        "summary: 预告。\nstatus: 预告\ndate: 2026-09-20\n",
        encoding="utf-8",
    )
    result = wenming("publish", "2026-Q3", "--date", "2026-10-08")
    assert result.exit_code == 1
    assert (
        "不能发布：活动 2026q3-plan 已于 2026-09-20 举办，状态仍是“预告”（请填写 sessions 和 "
        "attendance，并把 status 改为 已举办；没有举办请改为 已取消）"
    ) in result.output
    plan.write_text(plan.read_text(encoding="utf-8").replace("预告\n", "已取消\n"), "utf-8")
    assert wenming("publish", "2026-Q3", "--date", "2026-10-08").exit_code == 0
