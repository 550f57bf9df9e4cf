"""Quarterly editions: publish, freeze, correct, withdraw, embargo — and what leaves the build."""

from __future__ import annotations

import csv
import datetime
import gzip
import io
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import Result
from site_fixture import SITE_URL, mkdocs_yml, write_content
from testpaths import REPO

from generator.check.content import check_content, read_content
from generator.site.assemble import assemble
from generator.site.public import COLUMNS
from generator.site.render import render_body

ACTIVITY = "activities/2026-Q3/2026q3-weixuanjiang.yml"
HONOR = "honors/2026-Q3/2026q3-wmsm-zhao-feng.yml"
ATOM = "{http://www.w3.org/2005/Atom}"
NOV_29 = "1795881600"  # 2026-11-29T00:00+08:00 as SOURCE_DATE_EPOCH


def edit(path: Path, **changes: object) -> dict[str, object]:
    """Change fields of a record file; the record as written is returned."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return data


# --- publish ------------------------------------------------------------------------------


def test_publish_refuses_an_incomplete_quarter_and_names_what_is_missing(
    content: Path, wenming: Callable[..., Result]
) -> None:
    (content / "bulletins" / "2026-Q3.yml").unlink()
    honor = content / HONOR
    edit(honor, status="公示中")
    data = yaml.safe_load(honor.read_text(encoding="utf-8"))
    data["notice"] = {"start": "2026-08-20", "end": "2026-08-27"}
    honor.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = wenming("publish", "2026-Q3", "--date", "2026-10-08")
    assert result.exit_code == 1
    assert "不能发布：缺少 2026-Q3 的简报（请添加 content/bulletins/2026-Q3.yml）" in result.output
    assert "荣誉 2026q3-wmsm-zhao-feng 的公示期已于 2026-08-27 结束" in result.output
    assert not (content / "editions").exists()


def test_publish_refuses_bad_usage(content: Path, wenming: Callable[..., Result]) -> None:
    assert wenming("publish", "2026Q3").exit_code == 2
    assert wenming("publish", "2026-Q3", "--date", "2026年10月8日").exit_code == 2


def test_publish_then_frozen_quarter_needs_corrections(
    content: Path, wenming: Callable[..., Result]
) -> None:
    published = wenming("publish", "2026-Q3", "--date", "2026-10-08")
    assert published.exit_code == 0, published.output
    manifest = yaml.safe_load((content / "editions" / "2026-Q3.yml").read_text(encoding="utf-8"))
    assert manifest["quarter"] == "2026-Q3" and manifest["published"] == "2026-10-08"
    assert "2026q3-weixuanjiang" in manifest["records"]["activity"]
    assert wenming("publish", "2026-Q3", "--date", "2026-10-09").exit_code == 1  # once only

    # A silent edit to the frozen quarter is caught, at the record's file …
    edit(content / ACTIVITY, sessions="2")
    caught = wenming("check", "content")
    assert caught.exit_code == 1
    assert (
        f"content/{ACTIVITY}:1:1: corrections（更正） — 这条记录属于已发布的 2026-Q3，内容被修改了"
        in caught.output
    )

    # … and accepted once recorded as a correction.
    data = yaml.safe_load((content / ACTIVITY).read_text(encoding="utf-8"))
    data["corrections"] = [{"date": "2026-11-02", "reason": "场次由1场更正为2场。"}]
    (content / ACTIVITY).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert wenming("check", "content").exit_code == 0

    # Reformatting is not a change: the fingerprint is of the typed record.
    text = (content / HONOR).read_text(encoding="utf-8")
    (content / HONOR).write_text("# 注释\n" + text.replace(": ", ":   "), encoding="utf-8")
    assert wenming("check", "content").exit_code == 0

    # Withdrawing an honour needs no correction; deleting it is refused.
    edit(content / HONOR, status="已撤销", withdrawn="2026-11-16")
    assert wenming("check", "content").exit_code == 0
    (content / HONOR).unlink()
    deleted = wenming("check", "content")
    assert deleted.exit_code == 1
    assert "已发布的 2026-Q3 中的记录 2026q3-wmsm-zhao-feng 被删除了" in deleted.output


def test_a_late_record_in_a_published_quarter_needs_a_correction(
    content: Path, wenming: Callable[..., Result]
) -> None:
    assert wenming("publish", "2026-Q3", "--date", "2026-10-08").exit_code == 0
    late = content / "activities" / "2026-Q3" / "2026q3-late.yml"
    data = yaml.safe_load((content / ACTIVITY).read_text(encoding="utf-8"))
    data["id"] = "2026q3-late"
    late.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert "不在该期中" in wenming("check", "content").output
    data["corrections"] = [{"date": "2026-10-20", "reason": "补录九月的一场宣讲。"}]
    late.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert wenming("check", "content").exit_code == 0


# --- Asia/Shanghai quarters, whatever the machine's zone -----------------------------------

PROBE = """
from datetime import datetime, timezone
from generator.records.quarter import quarter_of, today
print(quarter_of(datetime(2026, 9, 30, 15, 59, tzinfo=timezone.utc)),
      quarter_of(datetime(2026, 9, 30, 16, 0, tzinfo=timezone.utc)),
      quarter_of(today()),
      today())
"""


@pytest.mark.parametrize("zone", ["UTC", "Asia/Shanghai", "America/Los_Angeles"])
def test_quarter_boundary_is_shanghai_midnight(zone: str) -> None:
    env = {**os.environ, "TZ": zone, "SOURCE_DATE_EPOCH": "1790784000"}  # 2026-09-30T16:00Z
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["2026-Q3", "2026-Q4", "2026-Q4", "2026-10-01"]


# --- what leaves the build -----------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small tree with a withdrawn honour, a draft, an embargoed activity and a renamed site."""
    folder = tmp_path_factory.mktemp("editions")
    content = write_content(folder / "content")
    # Dated after the build day (2026-11-29): held back until their day.
    later = {
        "activities/2026-Q4/2026q4-future.yml": "id: 2026q4-future\ntitle: 尚未发生的元旦晚会\n"
        "type: 节日活动\nsites: [dongshan-station]\ndate: 2026-12-30\nsessions: 1\n"
        "attendance: 300\nsummary: 预告。\n",
        "honors/2026-Q4/2026q4-later.yml": "id: 2026q4-later\ncategory: 文明市民\nsubject: 个人\n"
        "name: 未到日子者\ndate: 2026-12-10\nstatus: 已认定\n",
        "bulletins/2027-Q1.yml": "quarter: 2027-Q1\ntitle: 尚未开始的季度简报\ntext: 正文。\n",
    }
    for rel, text in later.items():
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text(text, encoding="utf-8")
    station = content / "sites" / "dongshan-station.yml"
    # The first and last days check accepts must also get through the build (sitemap, gzip …).
    station.write_text(
        station.read_text(encoding="utf-8")
        + "former_ids: [dongshan-old]\nestablished: 1900-01-01\n",
        encoding="utf-8",
    )
    team = content / "teams" / "jinnang-team.yml"
    team.write_text(team.read_text(encoding="utf-8") + "founded: 2099-12-31\n", encoding="utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": NOV_29, "NO_MKDOCS_2_WARNING": "1"}
    config = mkdocs_yml(folder, content)
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    for plugin in settings["plugins"]:
        if isinstance(plugin, dict) and "wenming" in plugin:
            plugin["wenming"]["edit_url"] = "https://git.example.org/county/site/edit/main/content/"
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(config),
        "-d",
        str(folder / "site"),
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return folder / "site"


def every_output(site: Path) -> dict[str, str]:
    texts = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            texts[path.relative_to(site).as_posix()] = data.decode("utf-8", "replace")
    return texts


@pytest.mark.parametrize(
    "needle",
    [
        *("撤销者", "2026q3-gone", "草稿者", "2026q3-draft"),
        *(
            "尚未发生的元旦晚会",
            "2026q4-future",
            "未到日子者",
            "2026q4-later",
            "尚未开始的季度简报",
        ),
    ],
)
def test_withdrawn_draft_and_embargoed_records_are_in_no_output(built: Path, needle: str) -> None:
    outputs = every_output(built)
    assert any(p.startswith("feeds/") for p in outputs) and any(
        p.startswith("data/") for p in outputs
    )
    found = [path for path, text in outputs.items() if needle in text]
    assert found == [], f"{needle} leaked into {found}"


def test_an_honour_past_its_notice_period_is_shown_as_such_in_the_build(built: Path) -> None:
    """2026q3-good is 公示中 with a period that ended on 2026-08-07; the build day is 11-29."""
    roll = (built / "honors" / "2026-Q3" / "index.html").read_text(encoding="utf-8")
    assert "公示期满（待认定）：公示期2026年8月1日至2026年8月7日" in roll
    assert "公示中：" not in roll
    rows = list(
        csv.DictReader(
            io.StringIO((built / "data" / "all" / "honors.csv").read_text(encoding="utf-8-sig"))
        )
    )
    assert {r["姓名或名称"]: r["状态"] for r in rows}["李秀英"] == "公示期满（待认定）"


def test_the_edition_says_an_honour_was_withdrawn_without_naming_it(built: Path) -> None:
    page = (built / "bulletins" / "2026-Q3" / "index.html").read_text(encoding="utf-8")
    assert "2026年8月20日，撤销“文明市民”荣誉一条。" in page
    assert "撤销者" not in page
    roll = (built / "honors" / "2026-Q3" / "index.html").read_text(encoding="utf-8")
    assert "王建国家庭" in roll  # the others are still there


def test_feeds_parse_with_stable_ids(built: Path) -> None:
    for name in ("bulletins", "honors"):
        atom = ET.parse(built / "feeds" / f"{name}.atom.xml").getroot()
        assert atom.tag == f"{ATOM}feed"
        entries = atom.findall(f"{ATOM}entry")
        assert entries, name
        for entry in entries:
            assert entry.findtext(f"{ATOM}id", "").startswith("urn:uuid:")
            assert entry.findtext(f"{ATOM}updated")
        rss = ET.parse(built / "feeds" / f"{name}.rss.xml").getroot()
        assert rss.tag == "rss" and rss.find("channel/item/guid") is not None
    ids = [
        e.findtext(f"{ATOM}id")
        for e in ET.parse(built / "feeds" / "bulletins.atom.xml").getroot().findall(f"{ATOM}entry")
    ]
    assert ids == ["urn:uuid:" + i.split(":")[-1] for i in ids] and len(set(ids)) == len(ids)


def test_every_feed_link_is_absolute_from_site_url(built: Path) -> None:
    """A feed reader fetches the feed from its own server: a relative link was a 404 there."""
    base = SITE_URL
    seen = []
    for name in ("bulletins", "honors"):
        atom = ET.parse(built / "feeds" / f"{name}.atom.xml").getroot()
        links = [link.get("href", "") for link in atom.iter(f"{ATOM}link")]
        assert {link.get("rel") for link in atom.iter(f"{ATOM}link")} == {"self", "alternate"}
        rss = ET.parse(built / "feeds" / f"{name}.rss.xml").getroot()
        links += [link.text or "" for link in rss.iter("link")]
        links += [link.get("href", "") for link in rss.iter(f"{ATOM}link")]
        assert f"{base}feeds/{name}.atom.xml" in links and f"{base}feeds/{name}.rss.xml" in links
        assert len(links) > 4
        for link in links:
            assert link.startswith(base), link
            path = built / link.removeprefix(base)
            assert (path / "index.html" if link.endswith("/") else path).is_file(), link
            seen.append(link)
    assert f"{base}bulletins/2026-Q3/" in seen and f"{base}honors/2026-Q3/" in seen


def test_the_sitemap_lists_every_page_with_an_absolute_address(built: Path) -> None:
    sitemap = ET.parse(built / "sitemap.xml").getroot()
    urls = sitemap.findall("{http://www.sitemaps.org/schemas/sitemap/0.9}url")
    locs = [u.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc", "") for u in urls]
    assert len(locs) == len(urls) > 10
    assert all(loc.startswith(SITE_URL) for loc in locs), locs
    assert SITE_URL + "sites/dongshan-station/" in locs


@pytest.mark.parametrize("kind", sorted(COLUMNS))
def test_csv_opens_with_the_right_columns(built: Path, kind: str) -> None:
    raw = (built / "data" / "all" / f"{kind}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == list(COLUMNS[kind].values())
    assert len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows)


def test_children_in_downloads_show_only_name_school_and_grade(built: Path) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO((built / "data" / "all" / "honors.csv").read_text(encoding="utf-8-sig"))
        )
    )
    child = next(r for r in rows if r["类别"] == "新时代好少年")
    assert (
        child["姓名或名称"] == "赵小明"
        and child["学校"] == "东山小学"
        and child["年级"] == "五年级"
    )
    assert child["单位或村社区"] == child["事迹"] == child["推荐站点"] == ""


def test_a_renamed_site_keeps_its_old_address(built: Path) -> None:
    old = (built / "sites" / "dongshan-old" / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh" content="0; url=../dongshan-station/"' in old


def test_record_pages_link_to_their_file_for_editors(built: Path) -> None:
    page = (built / "sites" / "dongshan-station" / "index.html").read_text(encoding="utf-8")
    edit = "https://git.example.org/county/site/edit/main/content/sites/dongshan-station.yml"
    assert f'<a href="{edit}" rel="nofollow noopener">编辑人员：在仓库中修改本页记录</a>' in page
    home = (built / "index.html").read_text(encoding="utf-8")
    assert "在仓库中修改" not in home  # the home page shows no single record


def test_the_quarter_in_progress_lists_sites_added_and_changed_since_the_edition(
    tmp_path: Path,
) -> None:
    """The sample's 2026-Q3 is published: a site added and a site renamed since then are
    the 2026-Q4 bulletin's 新增 and 变更, each linking to the site's page."""
    root = tmp_path / "content"
    shutil.copytree(REPO / "content", root)
    site = root / "sites" / "qindu-baoquanlu-north.yml"
    data = yaml.safe_load(site.read_text(encoding="utf-8"))
    added = {**data, "id": "qindu-xinjian", "name": "新建社区新时代文明实践站"}
    (root / "sites" / "qindu-xinjian.yml").write_text(
        yaml.safe_dump(added, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    edit(site, name=f"{data['name']}（新名）")
    bulletin = next(p for p in assemble(read_content(root)) if p.url == "bulletins/2026-Q4/")
    body = render_body(bulletin)
    assert (
        '<h3 id="added">新增</h3>\n<ul>\n'
        '<li>阵地：<a href="../../sites/qindu-xinjian/">新建社区新时代文明实践站</a></li>\n</ul>'
    ) in body
    # The sample's sites that named their staff since 2026-Q3 are 变更 too.
    changed = body.split('<h3 id="changed">变更</h3>\n<ul>\n', 1)[1].split("</ul>", 1)[0]
    assert (
        f'<li>阵地：<a href="../../sites/qindu-baoquanlu-north/">{data["name"]}（新名）</a></li>\n'
    ) in changed
    assert "qindu-xinjian" not in changed


# --- a published record is corrected or withdrawn, never silently hidden -------------------


@pytest.mark.parametrize(
    ("record", "how"),
    [
        (HONOR, "撤下荣誉请写 status: 已撤销 和 withdrawn: 撤销日期"),
        (ACTIVITY, "撤下活动请写 withdrawn: 撤下日期"),
        ("bulletins/2026-Q3.yml", "已发布的简报不能撤回"),
    ],
)
def test_a_published_record_cannot_become_a_draft(
    content: Path, wenming: Callable[..., Result], record: str, how: str
) -> None:
    assert wenming("publish", "2026-Q3", "--date", "2026-10-08").exit_code == 0
    # Even with a correction: draft is not a way to take a published record down.
    edit(content / record, draft="true", corrections=[{"date": "2026-11-02", "reason": "撤下。"}])
    result = wenming("check", "content")
    assert result.exit_code == 1
    assert f"content/{record}:" in result.stdout
    assert "这条记录属于已发布的 2026-Q3，不能改成草稿让它消失" in result.stdout
    assert how in result.stdout


def test_editing_only_private_fields_of_a_published_record_is_no_change(
    content: Path, wenming: Callable[..., Result]
) -> None:
    assert wenming("publish", "2026-Q3", "--date", "2026-10-08").exit_code == 0
    edit(content / HONOR, private={"contact": "赵峰", "phone": "13912345678"})
    assert wenming("check", "content").exit_code == 0
    edit(content / HONOR, unit="宝泉路南社区")  # a public field: a correction is needed
    assert "内容被修改了" in wenming("check", "content").stdout


def test_a_correction_dated_before_publication_is_refused(
    content: Path, wenming: Callable[..., Result]
) -> None:
    assert wenming("publish", "2026-Q3", "--date", "2026-10-08").exit_code == 0
    edit(content / ACTIVITY, sessions="2", corrections=[{"date": "2026-09-30", "reason": "更正。"}])
    result = wenming("check", "content")
    assert result.exit_code == 1
    assert "更正日期 2026-09-30 早于 2026-Q3 的发布日期 2026-10-08" in result.stdout
    edit(content / ACTIVITY, corrections=[{"date": "2026-10-08", "reason": "更正。"}])
    assert wenming("check", "content").exit_code == 0


def test_a_withdrawn_activity_leaves_the_site_and_is_listed_with_its_reason(
    content: Path, wenming: Callable[..., Result]
) -> None:
    assert wenming("publish", "2026-Q3", "--date", "2026-10-08").exit_code == 0
    reason = "因场地改造，活动未能举办，撤下。"
    data = edit(
        content / ACTIVITY,
        withdrawn="2026-11-03",
        corrections=[{"date": "2026-11-03", "reason": reason}],
    )
    assert wenming("check", "content").exit_code == 0
    (content / "bulletins" / "2026-Q4.yml").write_text(
        "quarter: 2026-Q4\ntitle: 第四季度简报\ntext: 正文。\n", encoding="utf-8"
    )
    catalog = read_content(content, as_of=datetime.date(2026, 11, 29))
    assert "2026q3-weixuanjiang" not in catalog.public_activities
    bodies = {page.url: render_body(page) for page in assemble(catalog)}
    listed = f"2026年11月3日，撤下活动“{data['title']}”：{reason}"
    assert [url for url, body in bodies.items() if listed in body] == ["bulletins/2026-Q4/"]
    assert [url for url, body in bodies.items() if "2026q3-weixuanjiang" in body] == []


# --- publish: what it refuses, lists and writes ----------------------------------------------


def test_publish_refuses_a_draft_bulletin_and_lists_the_drafts_it_leaves_out(
    content: Path, wenming: Callable[..., Result]
) -> None:
    edit(content / "bulletins" / "2026-Q3.yml", draft="true")
    draft = content / "activities" / "2026-Q3" / "2026q3-caogao.yml"
    data = yaml.safe_load((content / ACTIVITY).read_text(encoding="utf-8"))
    draft.write_text(
        yaml.safe_dump({**data, "id": "2026q3-caogao", "draft": "true"}, allow_unicode=True),
        encoding="utf-8",
    )
    refused = wenming("publish", "2026-Q3", "--date", "2026-10-08")
    assert refused.exit_code == 1
    assert "不能发布：2026-Q3 的简报还是草稿（定稿后删掉 draft: true）" in refused.output
    assert "未收录：2026q3-caogao 是草稿，不会收入本期" in refused.output
    assert not (content / "editions").exists()
    edit(content / "bulletins" / "2026-Q3.yml", draft="false")
    published = wenming("publish", "2026-Q3", "--date", "2026-10-08")
    assert published.exit_code == 0, published.output
    assert "未收录：2026q3-caogao 是草稿，不会收入本期" in published.output
    manifest = yaml.safe_load((content / "editions" / "2026-Q3.yml").read_text(encoding="utf-8"))
    assert "2026q3-caogao" not in manifest["records"]["activity"]


def test_the_manifest_holds_the_date_the_counts_and_a_fingerprint_of_every_record(
    content: Path, wenming: Callable[..., Result]
) -> None:
    assert wenming("publish", "2026-Q3", "--date", "2026-10-08").exit_code == 0
    manifest = yaml.safe_load((content / "editions" / "2026-Q3.yml").read_text(encoding="utf-8"))
    assert manifest["published"] == "2026-10-08"
    catalog = read_content(content)
    expected = {
        "activity": set(catalog.activities),
        "honor": set(catalog.honors),
        "bulletin": set(catalog.bulletins),
    }
    records = manifest["records"]
    for kind, ids in expected.items():
        assert set(records[kind]) == ids, kind
        assert manifest["counts"][kind] == len(ids), kind
    fingerprints = [fp for found in records.values() for fp in found.values()]
    assert fingerprints and len({str(fp) for fp in fingerprints}) == len(fingerprints)
    assert manifest["counts"]["site"] == len(catalog.sites) == 3


def test_corrections_are_shown_in_the_editions_errata_and_on_pages_of_their_own(
    content: Path,
) -> None:
    """Every correction is listed in 本期更正 of the quarter whose window holds its date; a
    bulletin, a site and a team also show their own on their page (activities and honours
    have no page of their own: their rows do not repeat it)."""
    reasons = {
        ACTIVITY: "活动场次更正",
        HONOR: "荣誉事迹更正",
        "bulletins/2026-Q3.yml": "简报数字更正",
        "sites/baoquanlu-north.yml": "站点地址更正",
        "teams/xuanjiang-team.yml": "队伍名称更正",
    }
    for record, reason in reasons.items():
        edit(content / record, corrections=[{"date": "2026-10-20", "reason": reason}])
    (content / "bulletins" / "2026-Q4.yml").write_text(
        "quarter: 2026-Q4\ntitle: 第四季度简报\ntext: 正文。\n", encoding="utf-8"
    )
    assert wenming_check_passes(content)
    catalog = read_content(content, as_of=datetime.date(2026, 11, 29))
    bodies = {page.url: render_body(page) for page in assemble(catalog)}
    errata = bodies["bulletins/2026-Q4/"].split('<h3 id="errata">本期更正</h3>')[1]
    for reason in reasons.values():
        assert "2026年10月20日，" in errata and reason in errata, reason
    own = {
        "bulletins/2026-Q3/": "简报数字更正",
        "sites/baoquanlu-north/": "站点地址更正",
        "teams/xuanjiang-team/": "队伍名称更正",
    }
    for url, reason in own.items():
        shown = bodies[url].split('<h2 id="corrections">更正记录</h2>')[1]
        assert f"2026年10月20日：{reason}" in shown, url


def wenming_check_passes(content: Path) -> bool:
    catalog, problems = check_content(content, "content", datetime.date(2026, 11, 29))
    return catalog is not None and not [p for p in problems if p.kind != "notice_over"]


def test_an_edition_named_for_another_quarter_is_reported_at_its_quarter(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(REPO / "content", root)
    (root / "editions" / "2026-Q3.yml").rename(root / "editions" / "2026-Q4.yml")
    _, problems = check_content(root, "content")
    found = [p for p in problems if p.path == "content/editions/2026-Q4.yml"]
    assert [(p.kind, p.field) for p in found] == [("quarter_mismatch", "quarter（季度）")]
    line = (root / "editions" / "2026-Q4.yml").read_text(encoding="utf-8").splitlines()
    assert line[found[0].line - 1].startswith("quarter:")
    assert "2026-Q3" in found[0].text and "2026-Q4" in found[0].text
