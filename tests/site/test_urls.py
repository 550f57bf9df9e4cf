"""URL and anchor rules (site/urls.py): stable directory URLs, one way to join an anchor."""

from __future__ import annotations

import pytest
from testpaths import REPO

from generator.check.content import read_content
from generator.site.assemble import assemble
from generator.site.render import render_body
from generator.site.urls import (
    activity_type_url,
    activity_url,
    anchored,
    bulletin_url,
    circle_url,
    data_path,
    feed_path,
    honor_category_url,
    honor_url,
    html_file,
    map_region_url,
    relative_file,
    relative_url,
    schema_path,
    service_url,
    site_url,
    slug,
    src_uri,
    team_url,
    type_section_url,
)


@pytest.mark.parametrize(
    ("here", "there", "link"),
    [
        ("", "sites/", "sites/"),
        ("sites/a/", "", "../../"),
        ("sites/a/", "sites/a/", "./"),
        ("sites/a/", "teams/b/", "../../teams/b/"),
        ("honors/", "honors/2026-Q3/#h-x", "2026-Q3/#h-x"),
        ("", "activities/type/义诊/", "activities/type/%E4%B9%89%E8%AF%8A/"),
    ],
)
def test_relative_url(here: str, there: str, link: str) -> None:
    assert relative_url(here, there) == link


def test_relative_file_reaches_a_download_from_any_page() -> None:
    assert relative_file("sites/a/", "map/sites.json") == "../../map/sites.json"
    assert relative_file("", feed_path("honors", "rss")) == "feeds/honors.rss.xml"


def test_slug_keeps_chinese_and_makes_one_path_segment() -> None:
    assert slug("义诊") == "义诊"
    assert slug("文艺演出/文化展演") == "文艺演出-文化展演"
    assert slug("a b?#%") == "a-b"
    assert slug("///") == "-"
    assert activity_type_url("义诊") == "activities/type/义诊/"
    assert honor_category_url("最美家庭") == "honors/category/最美家庭/"


def test_page_urls_are_directories_and_files_sit_below_them() -> None:
    for url in (site_url("x"), team_url("y"), bulletin_url("2026-Q3")):
        assert url.endswith("/") and "#" not in url
    assert src_uri("") == "index.md"
    assert src_uri("sites/x/") == "sites/x/index.md"
    assert html_file("sites/old/") == "sites/old/index.html"
    assert data_path("2026-Q3", "sites", "csv") == "data/2026-Q3/sites.csv"
    assert schema_path("honors") == "data/schema/honors.schema.json"
    assert feed_path("bulletins", "atom") == "feeds/bulletins.atom.xml"


def test_anchored_urls_have_one_fragment_after_a_page() -> None:
    assert anchored("map/", "r-610402") == "map/#r-610402" == map_region_url("610402")
    assert circle_url("c1") == "map/circles/#c-c1"
    assert (
        type_section_url("2026-07", "文艺演出/文化展演")
        == "activities/2026-07/#t-文艺演出-文化展演"
    )


def test_every_record_url_lands_on_a_page_that_holds_its_anchor() -> None:
    catalog = read_content(REPO / "content")
    bodies = {page.url: render_body(page) for page in assemble(catalog)}
    urls = [activity_url(a) for a in catalog.public_activities.values()]
    urls += [honor_url(h) for h in catalog.public_honors.values()]
    urls += [
        service_url(s)
        for s in catalog.public_services.values()
        if s.sites[0] in catalog.public_sites
    ]
    assert len(urls) > 20
    for url in urls:
        page, _, anchor = url.partition("#")
        assert page in bodies, url
        assert f'id="{anchor}"' in bodies[page], url
