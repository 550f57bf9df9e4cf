"""The sections (site/sections/): every link a page model holds lands on something built,
each section makes the pages under its own address, and one Resolver shares items."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from site_fixture import write_content
from testpaths import REPO

from generator.check.catalog import Catalog
from generator.check.content import read_content
from generator.site.assemble import assemble
from generator.site.build import build
from generator.site.changes import EditionChanges
from generator.site.pages import Link, Page
from generator.site.sections.activities import ActivityMonthPage, ActivityTypePage
from generator.site.sections.resolve import EARLIER_SHOWN, Resolver
from generator.site.sections.sites import SitePage
from generator.site.urls import (
    ACTIVITIES_URL,
    BULLETINS_URL,
    HONORS_URL,
    SITES_URL,
    TEAMS_URL,
)


def links_in(value: object) -> Iterator[Link]:
    """Every Link inside a page model, however deep (records themselves hold none)."""
    if isinstance(value, Link):
        yield value
    elif isinstance(value, EditionChanges):
        # A withdrawn activity is named without a link: its page is gone.
        for field in dataclasses.fields(value):
            if field.name != "taken_down":
                yield from links_in(getattr(value, field.name))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from links_in(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from links_in(item)


@pytest.fixture(scope="module")
def sample() -> Catalog:
    return read_content(REPO / "content")


@pytest.mark.parametrize("tree", ["sample", "fixture"])
def test_every_link_of_every_page_model_lands_on_a_built_page_or_file(
    tree: str, sample: Catalog, tmp_path: Path
) -> None:
    catalog = sample if tree == "sample" else read_content(write_content(tmp_path / "content"))
    site = build(catalog)
    bodies = {page.url: page.body for page in site.pages}
    checked = anchors = 0
    for page in assemble(catalog):
        for link in links_in(page):
            target, _, anchor = link.url.partition("#")
            assert target in bodies or target in site.files, (page.url, link)
            if anchor:
                assert f'id="{anchor}"' in bodies[target], (page.url, link)
                anchors += 1
            checked += 1
    assert checked > 100 and anchors > 5


def test_each_section_makes_the_pages_under_its_address(sample: Catalog) -> None:
    urls = [page.url for page in assemble(sample)]
    assert urls == sorted(urls) and len(urls) == len(set(urls))
    assert {f"{SITES_URL}{s}/" for s in sample.public_sites} < set(urls)
    assert {f"{TEAMS_URL}{t}/" for t in sample.public_teams} < set(urls)
    assert {f"{BULLETINS_URL}{q}/" for q in sample.quarters} < set(urls)
    assert {f"{HONORS_URL}{q}/" for q in sample.quarters if sample.honors_by_quarter.get(q)} < set(
        urls
    )
    for index in ("", SITES_URL, TEAMS_URL, ACTIVITIES_URL, HONORS_URL, BULLETINS_URL, "stats/"):
        assert index in urls


def test_one_resolver_shares_an_activity_between_its_pages(sample: Catalog) -> None:
    pages = assemble(sample)
    months = [p for p in pages if isinstance(p, ActivityMonthPage)]
    types = [p for p in pages if isinstance(p, ActivityTypePage)]
    on_months = {id(item) for p in months for _, items in p.groups for item in items}
    on_types = [item for p in types for item in p.items]
    assert on_types and all(id(item) in on_months for item in on_types)
    listed = [item.activity.id for p in months for _, items in p.groups for item in items]
    assert sorted(listed) == sorted(sample.public_activities)  # every activity, once


def test_a_site_page_shows_its_current_quarter_and_caps_the_earlier_ones(
    sample: Catalog,
) -> None:
    resolver = Resolver(sample)
    quarter = sample.quarters[-1]
    for page in assemble(sample):
        if not isinstance(page, SitePage):
            continue
        activities = sample.activities_by_site.get(page.site.id, [])
        assert len(page.earlier) <= EARLIER_SHOWN
        assert len(page.current) + len(page.earlier) + page.more == len(activities)
        assert all(item.quarter == quarter for item in page.current)
        assert page.current == resolver.recent(activities, quarter)[0]


def test_every_page_kind_names_a_template() -> None:
    def kinds(cls: type[Page]) -> Iterator[type[Page]]:
        for sub in cls.__subclasses__():
            yield sub
            yield from kinds(sub)

    templates = REPO / "generator" / "site" / "templates"
    found = list(kinds(Page))
    assert len(found) > 15
    for kind in found:
        assert (templates / kind.template).is_file(), kind
