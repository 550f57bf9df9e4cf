"""The calendar: embargo, notice periods over, corrections ahead, plausible years, publish.

"Today" is fixed with SOURCE_DATE_EPOCH (Shanghai), so these tests do not depend on the
day they run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import Result

from generator.check.content import check_content, read_content
from generator.site.assemble import assemble
from generator.site.public import public_rows
from generator.site.render import render_body

HONOR = "honors/2026-Q3/2026q3-wmsm-zhao-feng.yml"
ACTIVITY = "activities/2026-Q3/2026q3-weixuanjiang.yml"
NOV_29 = "1795881600"  # 2026-11-29T00:00+08:00


def edit(path: Path, **changes: object) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def nov_29(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOV_29)
    return date(2026, 11, 29)


def _under_notice(content: Path, start: str, end: str) -> None:
    edit(content / HONOR, status="公示中", notice={"start": start, "end": end})


# --- a notice period that is over -----------------------------------------------------------


def test_check_warns_of_a_notice_period_over_and_still_passes(
    content: Path, wenming: Callable[..., Result], nov_29: date
) -> None:
    _under_notice(content, "2026-08-20", "2026-08-27")
    result = wenming("check", "content")
    assert result.exit_code == 0, result.output
    assert (
        f"content/{HONOR}:9:9: status（状态） — 提示：公示期已于 2026-08-27 结束，状态仍是“公示中”"
    ) in result.stdout
    assert "检查通过：" in result.stdout
    assert "另有 1 条提示" in result.stderr
    github = wenming("check", "content", "--format", "github")
    assert github.exit_code == 0
    assert github.stdout.startswith(f"::warning file=content/{HONOR},line=9,col=9::")


def test_a_notice_period_not_over_gives_no_warning(
    content: Path, wenming: Callable[..., Result], nov_29: date
) -> None:
    _under_notice(content, "2026-08-20", "2026-11-29")  # ends today: still running
    result = wenming("check", "content")
    assert result.exit_code == 0 and "提示" not in result.output


def test_an_honour_past_its_notice_is_shown_as_such_everywhere(content: Path) -> None:
    _under_notice(content, "2026-08-20", "2026-08-27")
    catalog = read_content(content, as_of=date(2026, 11, 29))
    bodies = {page.url: render_body(page) for page in assemble(catalog)}
    for url in ("", "honors/2026-Q3/", "bulletins/2026-Q3/", "sites/baoquanlu-north/"):
        assert "公示期满（待认定）" in bodies[url], url
        assert "公示中：" not in bodies[url], url
    assert [row["status"] for row in public_rows(catalog, "honors")] == ["公示期满（待认定）"]
    # During the period the same record shows as under notice.
    during = read_content(content, as_of=date(2026, 8, 25))
    roll = render_body(next(p for p in assemble(during) if p.url == "honors/2026-Q3/"))
    assert "公示中：2026年8月20日至2026年8月27日" in roll


# --- embargo for every dated record type ------------------------------------------------------


def test_records_dated_after_today_are_held_back_until_their_day(content: Path) -> None:
    edit(content / HONOR, date="2026-09-20")
    later = content / "bulletins" / "2026-Q4.yml"
    later.write_text("quarter: 2026-Q4\ntitle: 第四季度简报\ntext: 第四季度。\n", encoding="utf-8")
    before = read_content(content, as_of=date(2026, 9, 19))
    assert "2026q3-wmsm-zhao-feng" not in before.public_honors
    assert "2026-Q4" not in before.public_bulletins
    urls = {page.url for page in assemble(before)}
    assert "bulletins/2026-Q4/" not in urls
    on_the_day = read_content(content, as_of=date(2026, 9, 20))
    assert "2026q3-wmsm-zhao-feng" in on_the_day.public_honors
    assert "2026-Q4" not in on_the_day.public_bulletins
    assert "2026-Q4" in read_content(content, as_of=date(2026, 10, 1)).public_bulletins


# --- dates that cannot be real ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "shown"),
    [("2106-03-01", "2106-03-01"), ("1026-07-15", "1026-07-15"), ("2100-01-01", "2100-01-01")],
)
def test_an_implausible_year_is_refused_by_check(
    content: Path, wenming: Callable[..., Result], written: str, shown: str
) -> None:
    edit(content / ACTIVITY, corrections=[{"date": written, "reason": "更正场次。"}])
    result = wenming("check", "content")
    assert result.exit_code == 1
    assert f"日期 {shown} 的年份不对（只能是 1900 至 2099 年" in result.stdout
    assert "Traceback" not in result.output


def test_a_correction_dated_after_today_is_refused(
    content: Path, wenming: Callable[..., Result], nov_29: date
) -> None:
    edit(content / ACTIVITY, corrections=[{"date": "2026-11-30", "reason": "更正场次。"}])
    result = wenming("check", "content")
    assert result.exit_code == 1
    assert "更正日期 2026-11-30 晚于今天 2026-11-29" in result.stdout
    edit(content / ACTIVITY, corrections=[{"date": "2026-11-29", "reason": "更正场次。"}])
    assert wenming("check", "content").exit_code == 0


def test_check_and_build_accept_the_same_extreme_years(content: Path) -> None:
    """The first and last day check accepts go through every page, feed and download."""
    edit(content / "sites" / "qindu-center.yml", established="1900-01-01")
    edit(content / "teams" / "xuanjiang-team.yml", founded="2099-12-31")
    catalog, problems = check_content(content, as_of=date(2026, 11, 29))
    assert catalog is not None, problems
    assert all(render_body(page) for page in assemble(catalog))


# --- publish follows the calendar -------------------------------------------------------------


def test_publish_refuses_a_quarter_not_begun_and_a_date_before_the_quarter(
    content: Path, wenming: Callable[..., Result], nov_29: date
) -> None:
    (content / "bulletins" / "2027-Q1.yml").write_text(
        "quarter: 2027-Q1\ntitle: 简报\ntext: 正文。\n", encoding="utf-8"
    )
    early = wenming("publish", "2027-Q1", "--date", "2027-04-02")
    assert early.exit_code == 1
    assert "不能发布：2027-Q1 还没有开始（从 2027-01-01 起才能发布）" in early.output
    backdated = wenming("publish", "2026-Q3", "--date", "2026-06-30")
    assert backdated.exit_code == 1
    assert "不能发布：发布日期 2026-06-30 早于 2026-Q3 的第一天 2026-07-01" in backdated.output
    implausible = wenming("publish", "2026-Q3", "--date", "2106-10-08")
    assert implausible.exit_code == 2 and "年份不对" in implausible.output
    assert not (content / "editions").exists()
    assert wenming("publish", "2026-Q3", "--date", "2026-10-08").exit_code == 0


def test_publish_refuses_a_publication_day_ahead_of_today(
    content: Path, wenming: Callable[..., Result], nov_29: date
) -> None:
    """A day ahead would refuse every correction of the quarter until that day."""
    ahead = wenming("publish", "2026-Q3", "--date", "2030-01-05")
    assert ahead.exit_code == 1
    assert "不能发布：发布日期 2030-01-05 晚于今天 2026-11-29" in ahead.output
    assert not (content / "editions").exists()


@pytest.mark.parametrize("record", [HONOR, ACTIVITY])
def test_a_withdrawal_dated_after_today_is_refused(
    content: Path, wenming: Callable[..., Result], nov_29: date, record: str
) -> None:
    if record == HONOR:
        edit(content / record, status="已撤销", withdrawn="2026-12-20")
    else:
        reason = [{"date": "2026-12-20", "reason": "撤下。"}]
        edit(content / record, withdrawn="2026-12-20", corrections=reason)
    result = wenming("check", "content")
    assert result.exit_code == 1
    assert "撤销（撤下）日期 2026-12-20 晚于今天 2026-11-29" in result.stdout
