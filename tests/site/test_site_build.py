"""`site.build`: the whole site from a catalog, engine-free, the one place it is put together."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from site_fixture import write_content

from generator.check.catalog import Catalog
from generator.check.content import read_content
from generator.site.build import BuildOptions, build
from generator.site.files.outputs import site_files
from generator.site.search.pagefind import SEARCH_PAGE
from generator.site.urls import MAP_DATA


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    root = write_content(tmp_path_factory.mktemp("build") / "content")
    return read_content(root)


def test_every_page_once_in_url_order_with_its_markdown_file(catalog: Catalog) -> None:
    site = build(catalog)
    urls = [page.url for page in site.pages]
    assert urls == sorted(urls) and len(set(urls)) == len(urls)
    assert {"", "sites/", "teams/jinnang-team/", "map/", "stats/"} <= set(urls)
    for page in site.pages:
        assert page.uri == f"{page.url}index.md"
        assert page.head.startswith("---\n") and page.head.endswith("---\n")
        assert page.body and "\n\n" not in page.body  # one raw HTML block for Markdown
        assert page.markdown == f"{page.head}\n{page.body}\n"


def test_the_other_files_are_the_map_data_and_the_outputs(catalog: Catalog) -> None:
    site = build(catalog, BuildOptions(base_url="https://wenming.test/"))
    assert list(site.files) == sorted(site.files)
    outputs = site_files(catalog, "https://wenming.test/")
    assert set(site.files) == {MAP_DATA, *outputs}
    assert all(site.files[path] == data for path, data in outputs.items())
    assert SEARCH_PAGE not in site.files


def test_pagefind_adds_its_search_page(catalog: Catalog) -> None:
    site = build(catalog, BuildOptions(search="pagefind"))
    assert SEARCH_PAGE in site.files


def heads(catalog: Catalog, edit_url: str) -> dict[str, str]:
    return {page.url: page.head for page in build(catalog, BuildOptions(edit_url=edit_url)).pages}


def test_a_records_page_carries_its_edit_link_only_for_an_https_edit_page(
    catalog: Catalog,
) -> None:
    assert not any("wenming_edit" in head for head in heads(catalog, "http://git.test/e/").values())
    linked = heads(catalog, "https://git.test/edit/main/content")
    team = yaml.safe_load(linked["teams/jinnang-team/"].strip("-\n"))
    assert team["wenming_edit"] == "https://git.test/edit/main/content/teams/jinnang-team.yml"
    assert "wenming_edit" not in linked["teams/"]  # an index page shows no one record


def test_the_edition_date_and_the_word_list_come_with_it(catalog: Catalog) -> None:
    site = build(catalog)
    assert site.edition is not None
    assert "东山村 100000\n" in site.words


def test_the_same_catalog_builds_the_same_site(catalog: Catalog, tmp_path: Path) -> None:
    again = read_content(write_content(tmp_path / "content"))
    assert build(catalog) == build(again)
