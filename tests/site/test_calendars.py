"""Calendar subscriptions: every .ics the build writes, read back by another library.

The files are written by `icalendar`; here `ical` (a separate implementation, in the
`test` extra only) parses each one and imports the county's into its calendar model,
so a mistake of the writer's cannot hide behind the same library reading it back.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import jsonschema
import pytest
from ical.calendar import Calendar as Model
from ical.calendar_stream import IcsCalendarStream
from ical.event import EventStatus
from site_fixture import HOSTILE, write_content
from testpaths import REPO

from generator.check.catalog import Catalog
from generator.check.content import read_content
from generator.site.assemble import assemble
from generator.site.build import BuildOptions, SiteFiles, build
from generator.site.correction import contact
from generator.site.datapage import data_page
from generator.site.files.calendars import calendar_files
from generator.site.files.opendata import open_data_files
from generator.site.render import render_body
from generator.site.sections.plans import plans_page
from generator.site.sections.resolve import Resolver

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOV_29 = date(2026, 11, 29)
OPTIONS = BuildOptions(base_url="https://wenming.test/")


@pytest.fixture(scope="module")
def sample() -> Catalog:
    return read_content(REPO / "content", as_of=NOV_29)


@pytest.fixture(scope="module")
def built(sample: Catalog) -> SiteFiles:
    return build(sample, OPTIONS)


def calendars(files: SiteFiles) -> dict[str, bytes]:
    found = {k: v for k, v in files.files.items() if k.endswith(".ics")}
    assert all(isinstance(v, bytes) for v in found.values())
    return found  # type: ignore[return-value]


def parse(data: bytes) -> Model:
    return IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))


def test_every_calendar_file_parses_with_an_independent_reader(
    built: SiteFiles, sample: Catalog
) -> None:
    files = calendars(built)
    assert set(files) == {"calendars/county.ics"} | {
        f"calendars/sites/{s}.ics" for s in sample.public_sites
    }
    for path, data in files.items():
        model = parse(data)
        assert b"\r\n" in data and all(len(line) <= 75 for line in data.split(b"\r\n")), path
        for event in model.events:
            assert event.uid.endswith("@wenming.test") and event.dtstamp is not None, path


def test_the_county_calendar_imports_with_times_status_summary_and_place(
    built: SiteFiles, sample: Catalog
) -> None:
    model = parse(calendars(built)["calendars/county.ics"])
    events = {e.uid.split("@")[0]: e for e in model.events}
    assert set(events) == set(sample.calendar_activities)
    talk = events["2026q4-shexian-yuji-xuanjiang"]
    assert talk.dtstart == datetime(2026, 12, 12, 9, 30, tzinfo=SHANGHAI)
    assert talk.dtend == datetime(2026, 12, 12, 11, 0, tzinfo=SHANGHAI)
    assert talk.dtstart.utcoffset() == timedelta(hours=8)
    assert talk.summary == "学习贯彻党的创新理论“微宣讲”"
    assert talk.status == EventStatus.CONFIRMED
    assert (
        talk.location
        == "歙县新时代文明实践中心二楼理论宣讲室（安徽省黄山市歙县徽城镇练江东路县文化中心）"
    )
    assert talk.url == "https://wenming.test/sites/shexian-center/"
    cancelled = events["2026q4-shexian-feiyi-quxiao"]
    assert cancelled.status == EventStatus.CANCELLED
    assert cancelled.summary == "已取消：徽州非遗技艺展演"
    walk = events["2026q4-shexian-yuandan-tiyu-yuji"]  # no time: whole days, end exclusive
    assert (walk.dtstart, walk.dtend) == (date(2026, 12, 27), date(2026, 12, 29))
    held = events["2026q4-shexian-linjiang-xuanjiang"]
    assert held.dtstart == date(2026, 11, 12) and held.status == EventStatus.CONFIRMED
    assert [tz.tz_id for tz in model.timezones] == ["Asia/Shanghai"]


def test_a_site_calendar_holds_its_own_activities_only(built: SiteFiles) -> None:
    model = parse(calendars(built)["calendars/sites/shexian-doushan.ics"])
    assert "2026q4-shexian-yifeng-yisu-yuji@wenming.test" in {e.uid for e in model.events}
    assert "2026q4-shexian-yuji-xuanjiang@wenming.test" not in {e.uid for e in model.events}
    assert model.events[0].location is not None


def test_calendar_bytes_are_the_same_from_build_to_build(sample: Catalog) -> None:
    first = calendars(build(sample, OPTIONS))
    again = calendars(build(read_content(REPO / "content", as_of=NOV_29), OPTIONS))
    assert first == again


def test_stamps_and_uids_come_from_the_records_not_the_clock(sample: Catalog) -> None:
    data = calendar_files(sample, "https://wenming.test/")["calendars/county.ics"]
    assert b"DTSTAMP:20261211T160000Z" in data  # 2026-12-12 00:00 Beijing, the record's day
    unset = calendar_files(sample, "")["calendars/county.ics"]
    assert b"UID:2026q4-shexian-yuji-xuanjiang@wenming.invalid" in unset


def test_held_activities_still_embargoed_are_not_in_any_calendar(content: Path) -> None:
    catalog = read_content(content, as_of=date(2026, 7, 1))  # before the minimal tree's day
    assert b"VEVENT" not in calendar_files(catalog)["calendars/county.ics"]


def test_hostile_text_is_a_property_value_only(tmp_path: Path) -> None:
    catalog = read_content(write_content(tmp_path / "content", hostile=True))
    for data in calendar_files(catalog, "https://wenming.test/").values():
        model = parse(data)  # text with ; , : and new lines does not break the structure
        assert len(model.events) == len(data.split(b"BEGIN:VEVENT")) - 1
        for event in model.events:
            assert event.summary and HOSTILE.split()[0] in event.summary


def test_no_private_field_reaches_a_calendar(tmp_path: Path) -> None:
    catalog = read_content(write_content(tmp_path / "content"))
    data = b"".join(calendar_files(catalog, "https://wenming.test/").values())
    assert "绝不公开的住址".encode() not in data and b"VEVENT" in data


def test_the_announcements_page_escapes_the_place(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", hostile=True)
    plan = content / "activities" / "2026-Q3" / "2026q3-plan.yml"
    plan.write_text(
        "id: 2026q3-plan\ntitle: 预告\ntype: 义诊\nstatus: 预告\nsites: [test-center]\n"
        "date: 2026-09-30\nstart_time: 19:30\nplace: '<script>alert(1)</script>二楼'\n"
        "summary: 预告。\n",
        encoding="utf-8",
    )
    catalog = read_content(content, as_of=date(2026, 9, 1))
    body = render_body(plans_page(catalog, Resolver(catalog), "https://wenming.test/"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;二楼" in body and "<script>" not in body
    assert "2026年9月30日（星期三） 19:30" in body
    assert 'href="webcal://wenming.test/calendars/county.ics"' in body
    assert 'href="../../calendars/county.ics"' in body
    without = render_body(plans_page(catalog, Resolver(catalog), ""))
    assert "webcal:" not in without and 'href="../../calendars/county.ics"' in without


def test_open_data_lists_announcements_with_status_time_and_place(sample: Catalog) -> None:
    files = open_data_files(sample)
    rows = {r["id"]: r for r in json.loads(files["data/all/activities.json"])["rows"]}
    talk = rows["2026q4-shexian-yuji-xuanjiang"]
    assert (talk["status"], talk["start_time"], talk["end_time"]) == ("预告", "09:30", "11:00")
    assert talk["place"] == "歙县新时代文明实践中心二楼理论宣讲室"
    assert talk["sessions"] is None and talk["attendance"] is None
    assert rows["2026q4-shexian-feiyi-quxiao"]["status"] == "已取消"
    assert rows["2026q4-shexian-linjiang-xuanjiang"]["status"] == "已举办"
    schema = json.loads(files["data/schema/activities.schema.json"])
    jsonschema.validate(json.loads(files["data/all/activities.json"]), schema)
    assert 'href="../calendars/county.ics"' in render_body(data_page(sample))
    header = files["data/all/activities.csv"].decode("utf-8-sig").splitlines()[0]
    assert "状态,开始时间,结束时间,活动地点" in header


def test_team_and_site_pages_show_what_is_coming(sample: Catalog) -> None:
    r = Resolver(sample)
    team = next(p for p in assemble(sample) if p.url == "teams/shexian-zhucan/")
    assert [i.activity.id for i in team.upcoming] == ["2026q4-shexian-aixin-zhucan-yuji"]  # type: ignore[attr-defined]
    body = render_body(team)
    assert "近期活动" in body and "“爱心助残，向阳而行”健身游戏" in body
    site = next(p for p in assemble(sample) if p.url == "sites/shexian-linjiang/")
    shown = [i.activity.id for i in site.upcoming]  # type: ignore[attr-defined]
    assert shown == ["2026q4-shexian-aixin-zhucan-yuji", "2026q4-shexian-feiyi-quxiao"]
    assert "本活动已取消" in render_body(site)
    assert r.activity(sample.activities["2026q4-shexian-feiyi-quxiao"]).sites


def test_the_home_page_shows_the_next_four_announced_and_counts_none(sample: Catalog) -> None:
    home = next(p for p in assemble(sample) if p.url == "")
    upcoming = home.upcoming  # type: ignore[attr-defined]
    assert [i.activity.status for i in upcoming] == ["预告"] * 4
    assert upcoming[0].activity.id == "2026q4-shexian-yuji-xuanjiang"
    held = list(sample.activities_by_quarter["2026-Q4"])
    assert all(a.status == "已举办" for a in held)
    # Staff training (`training_types`) is counted apart from services to residents.
    training = [a for a in held if a.type in sample.vocab.training_types]
    assert training
    figures = home.figures  # type: ignore[attr-defined]
    assert (figures.activities, figures.training) == (len(held) - len(training), len(training))


def test_an_announcement_offers_its_correction_mail_landing_on_its_card(
    sample: Catalog,
) -> None:
    fix = contact(sample.publisher, "https://wenming.test/")
    assert fix.email  # the sample's publisher.yml gives one
    body = render_body(plans_page(sample, Resolver(sample), "https://wenming.test/"), fix)
    assert 'id="a-2026q4-shexian-yuji-xuanjiang"' in body
    mail = next(
        unescape(h) for h in re.findall(r'href="(mailto:[^"]+)"', body) if "yuji-xuanjiang" in h
    )
    text = parse_qs(urlsplit(mail).query)["body"][0]
    assert "页面：https://wenming.test/activities/plans/#a-2026q4-shexian-yuji-xuanjiang" in text


def test_times_over_several_days_are_each_days(sample: Catalog) -> None:
    """12月12日至13日 09:30—11:00 is that slot twice, in the calendar as on the page."""
    from generator.site.files import calendars as ics
    from generator.site.formats import cn_when

    talk = sample.activities["2026q4-shexian-yuji-xuanjiang"]
    series = talk.model_copy(update={"end_date": date(2026, 12, 13)})
    assert cn_when(series) == "2026年12月12日（星期六）至12月13日 每天 09:30—11:00"
    pieces = ics.Pieces()
    events = {series.id: ics._event_lines(sample, series, "https://wenming.test/", pieces)}
    data = ics._calendar([series], events, "全县", pieces)
    assert b"RRULE:FREQ=DAILY;COUNT=2\r\n" in data
    (event,) = parse(data).events
    assert event.dtstart == datetime(2026, 12, 12, 9, 30, tzinfo=SHANGHAI)
    assert event.dtend == datetime(2026, 12, 12, 11, 0, tzinfo=SHANGHAI)
    assert [d.date() for d in event.as_rrule()] == [date(2026, 12, 12), date(2026, 12, 13)]
