"""Page models: which pages exist and what they may hold."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from site_fixture import write_content
from testpaths import REPO

from generator.check.catalog import Catalog
from generator.check.content import read_content
from generator.records.network import Site
from generator.site.assemble import assemble
from generator.site.figures import coverage, stats_tables
from generator.site.pages import HonorItem
from generator.site.sections.home import HomePage
from generator.site.sections.honors import HonorRollPage
from generator.site.sections.sites import SitePage


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    return read_content(write_content(tmp_path / "content"))


def test_pages_and_urls(catalog: Catalog) -> None:
    urls = [p.url for p in assemble(catalog)]
    assert urls == sorted(urls) and len(urls) == len(set(urls))
    assert set(urls) == {
        "",
        "activities/",
        "activities/plans/",
        "activities/2026-05/",
        "activities/2026-07/",
        "activities/2026-Q2/",
        "activities/2026-Q3/",
        "activities/type/义诊/",
        "activities/type/阅读/",
        "bulletins/",
        "bulletins/2026-Q2/",
        "bulletins/2026-Q3/",
        "data/",
        "guide/",
        "guide/activity/",
        "guide/bulletin/",
        "guide/forms/",
        "guide/honor/",
        "guide/points/",
        "guide/publisher/",
        "guide/service/",
        "guide/site/",
        "guide/team/",
        "honors/",
        "honors/2026-Q3/",
        "honors/2026-Q3/notice/身边好人/",
        "honors/category/最美家庭/",
        "honors/category/身边好人/",
        "honors/category/新时代好少年/",
        "map/",
        "map/circles/",
        "points/",
        "points/2026-Q3/dongshan-station/",
        "points/2026-annual/dongshan-station/",
        "sites/",
        "sites/dongshan-station/",
        "sites/maquan-office/",
        "sites/test-center/",
        "stats/",
        "teams/",
        "teams/jinnang-team/",
    }


def test_page_count_does_not_grow_with_activities(tmp_path: Path) -> None:
    root = write_content(tmp_path / "content")
    before = {p.url for p in assemble(read_content(root))}
    template = (root / "activities" / "2026-Q3" / "2026q3-yizhen.yml").read_text(encoding="utf-8")
    for n in range(20):
        text = template.replace("2026q3-yizhen", f"2026q3-more-{n}")
        (root / "activities" / "2026-Q3" / f"2026q3-more-{n}.yml").write_text(
            text, encoding="utf-8"
        )
    catalog = read_content(root)
    assert len(catalog.public_activities) == 22
    assert {p.url for p in assemble(catalog)} == before


def _honors(catalog: Catalog) -> list[HonorItem]:
    found: list[HonorItem] = []
    for page in assemble(catalog):
        if isinstance(page, HonorRollPage):
            found += [item for _, items in page.groups for item in items]
        if isinstance(page, (HomePage, SitePage)):
            found += page.honors
    return found


def test_withdrawn_and_draft_honours_are_on_no_page(catalog: Catalog) -> None:
    names = {item.honor.name for item in _honors(catalog)}
    assert names == {"王建国家庭", "李秀英", "赵小明"}


def test_minor_categories_are_flagged(catalog: Catalog) -> None:
    minors = {item.honor.name for item in _honors(catalog) if item.minor}
    assert minors == {"赵小明"}


def test_site_page_splits_this_quarter_from_before(catalog: Catalog) -> None:
    page = next(
        p for p in assemble(catalog) if isinstance(p, SitePage) and p.site.id == "dongshan-station"
    )
    assert page.quarter == "2026-Q3"
    assert [i.activity.id for i in page.current] == ["2026q3-yizhen"]
    assert [i.activity.id for i in page.earlier] == ["2026q2-reading"]
    assert [s.service.id for s in page.services] == ["yizhen-service"]
    assert page.services[0].satisfaction == "96.7%"
    assert page.parent is not None and page.parent.url == "sites/maquan-office/"


def test_coverage_is_computed_from_child_sites(catalog: Catalog) -> None:
    page = next(
        p for p in assemble(catalog) if isinstance(p, SitePage) and p.site.id == "maquan-office"
    )
    assert page.coverage == "应建1个（下级站点），已建1个，已全覆盖"


@pytest.mark.parametrize(
    ("built", "target", "line"),
    [
        (12, 13, "应建13个，已建12个，覆盖率92.3%"),
        (13, 13, "应建13个，已建13个，已全覆盖"),
        (18, 13, "应建13个，已建18个，已全覆盖"),
    ],
)
def test_coverage_reads_sensibly_when_more_are_built_than_needed(
    built: int, target: int, line: str
) -> None:
    site = SimpleNamespace(id="s", coverage=SimpleNamespace(target=target, note=None))
    catalog = SimpleNamespace(children={"s": [f"c{i}" for i in range(built)]})
    assert coverage(cast(Catalog, catalog), cast(Site, site)) == line
    assert "覆盖率100%" not in line


def test_home_shows_latest_quarter(catalog: Catalog) -> None:
    home = next(p for p in assemble(catalog) if isinstance(p, HomePage))
    assert home.quarter == "2026-Q3"
    assert home.figures.activities == 1
    assert str(home.figures.attendance) == "90000+"
    assert home.figures.honors == 3
    assert home.bulletin is not None and home.bulletin.url == "bulletins/2026-Q3/"


def test_the_township_table_names_a_countys_own_sites_as_county_level() -> None:
    """Under 各乡镇（街道）阵地数 a county's centre is not a township: it says so."""
    (table, *_) = stats_tables(read_content(REPO / "content"))
    labels = [label for label, _ in table.rows]
    assert table.title == "各乡镇（街道）阵地数"
    assert "白音他拉苏木" in labels and "承德县（县级阵地）" in labels
    assert "承德县" not in labels
