"""site/search/pinyin.py and its use by both backends: which names get pinyin, and where."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
from testpaths import REPO

from generator.check.catalog import Catalog
from generator.check.content import read_content
from generator.site.search.pagefind import (
    HOME_WEIGHT,
    NEAR_WEIGHT,
    PINYIN_CLOSE,
    PINYIN_OPEN,
    page_url,
    with_pinyin,
)
from generator.site.search.pinyin import FIELDS, HOME, NEAR, Names, add_to_material, names, terms

STATION = "sites/qindu-baoquanlu-north/"
STATION_TERMS = ["baoquanlubeishequ", "bqlbsq"]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_content(REPO / "content", as_of=date(2026, 11, 29))


@pytest.fixture(scope="module")
def found(catalog: Catalog) -> Names:
    return names(catalog)


def test_terms_are_the_core_and_its_pieces() -> None:
    assert terms("宝泉路北社区新时代文明实践站") == tuple(STATION_TERMS)
    assert set(terms("马泉街道“三小三大”理论宣讲队")) == {
        "maquanjiedaosanxiaosandalilunxuanjiangdui",
        "mqjdsxsdllxjd",
        "maquanjiedao",
        "mqjd",
        "sanxiaosanda",
        "sxsd",
        "lilunxuanjiangdui",
        "llxjd",
    }
    assert terms("汪德忠") == ("wangdezhong", "wdz")


def test_each_record_kind_is_at_home_on_its_own_page_or_entry(found: Names) -> None:
    assert found.homes[STATION] == {"宝泉路北社区新时代文明实践站"}
    assert found.homes["teams/qindu-hongse-xiaoyu/"] == {
        "华府御园社区“红色小遇”志愿服务队",
        "红色小遇",
    }
    assert found.homes["sites/qindu-huafu-yuyuan/#s-zhangzhe-shengrihui"] == {"长者生日会"}
    assert found.homes["honors/2026-Q3/#h-2026q3-ddmf-wang-dezhong"] == {"汪德忠"}
    assert found.homes["honors/category/最美家庭/"] == {"最美家庭"}
    assert found.homes["activities/type/义诊/"] == {"义诊"}
    assert "宝泉路北社区" in found.terms  # a place: found, with no home of its own


def test_only_public_records_get_pinyin(catalog: Catalog, found: Names) -> None:
    hidden = [h for k, h in catalog.honors.items() if k not in catalog.public_honors]
    assert [h.name for h in hidden] == ["程国华"]  # the sample's withdrawn honour (已撤销)
    assert "程国华" not in found.terms
    assert not [where for where in found.homes if hidden[0].id in where]


def test_a_home_weighs_like_the_title_and_a_mention_less(found: Names) -> None:
    assert found.home_and_near(STATION, "宝泉路北社区新时代文明实践站") == (STATION_TERMS, [])
    # Material quotes its locations; ours are not.
    quoted = "honors/category/%E6%9C%80%E7%BE%8E%E5%AE%B6%E5%BA%AD/"
    assert found.home_and_near(quoted, "最美家庭") == (["zmjt", "zuimeijiating"], [])
    # A heading that mentions a name elsewhere, and a place heading a list: near only.
    assert found.home_and_near("sites/x/#menu-1", "由上级阵地提供：马泉街道新时代文明实践所") == (
        [],
        ["maquanjiedao", "mqjd"],
    )
    assert found.home_and_near("sites/#region-43", "宝泉路北社区") == ([], STATION_TERMS)
    assert found.home_and_near("sites/#x", "\u200b活动\u200b") == ([], [])


def test_materials_index_gets_both_fields_and_their_boosts(found: Names) -> None:
    index = {
        "config": {"fields": {"title": {"boost": 1e3}, "text": {"boost": 1.0}}},
        "docs": [
            {"location": STATION, "title": "宝泉路北\u200b社区新时代文明实践站", "text": ""},
            {"location": "sites/#region-43", "title": "宝泉路北社区", "text": ""},
            {"location": "stats/", "title": "统计", "text": "宝泉路北社区新时代文明实践站"},
        ],
    }
    once = add_to_material(copy.deepcopy(index), found)
    assert once["config"]["fields"][HOME] == FIELDS[HOME] == once["config"]["fields"]["title"]
    assert once["config"]["fields"][NEAR]["boost"] < FIELDS[HOME]["boost"]
    station, region, stats = once["docs"]
    assert station[HOME] == " ".join(STATION_TERMS) and NEAR not in station
    assert region[NEAR] == " ".join(STATION_TERMS) and HOME not in region
    assert HOME not in stats and NEAR not in stats  # body text gets no pinyin
    assert add_to_material(copy.deepcopy(once), found) == once  # written again while serving


def test_pagefinds_copy_gets_weighted_terms_after_the_headings(found: Names) -> None:
    html = (
        "<h1>宝泉路北社区新时代文明实践站</h1><p>宝泉路北社区新时代文明实践站</p>"
        '<h3 id="menu-1">由上级阵地提供：马泉街道新时代文明实践所</h3><p>x</p>'
    )
    out = with_pinyin(html, STATION, found)
    home = f'<p data-pagefind-weight="{HOME_WEIGHT}">{PINYIN_OPEN} baoquanlubeishequ bqlbsq {PINYIN_CLOSE}</p>'
    near = f'<p data-pagefind-weight="{NEAR_WEIGHT}">{PINYIN_OPEN} maquanjiedao mqjd {PINYIN_CLOSE}</p>'
    assert out == (
        f"<h1>宝泉路北社区新时代文明实践站</h1>{home}<p>宝泉路北社区新时代文明实践站</p>"
        f'<h3 id="menu-1">由上级阵地提供：马泉街道新时代文明实践所</h3>{near}<p>x</p>'
    )
    assert (
        with_pinyin("<p>宝泉路北社区新时代文明实践站</p>", STATION, found).count(PINYIN_OPEN) == 0
    )


def test_a_page_file_is_located_as_search_locates_it() -> None:
    assert page_url(Path("index.html")) == ""
    assert page_url(Path("sites/qindu-center/index.html")) == "sites/qindu-center/"
    assert page_url(Path("404.html")) == "404.html"
