"""The map pages, each site's place and sites.json, from the minimal tree moved onto the map."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from literal import assert_literal
from site_fixture import HOSTILE_LINE, REPO, build, mkdocs_yml, place
from testpaths import MINIMAL

from generator.check.catalog import Catalog
from generator.check.content import read_content
from generator.check.geo import distance_m
from generator.site.assemble import assemble
from generator.site.map.page import (
    CirclesPage,
    MapPage,
    circles_page,
    map_page,
    site_places,
    sites_json,
)
from generator.site.map.settings import MapOptions, problems_of
from generator.site.render import render_body
from generator.site.sections.sites import SitePage

TILES = "https://t{s}.tiles.example.cn/vec_w/{z}/{x}/{y}?tk=KEY"


@pytest.fixture
def catalog() -> Catalog:
    """The three minimal sites 800 m and 9 km apart, in three datums, plus a draft."""
    catalog = read_content(MINIMAL)
    catalog = place(catalog, "maquan-suo", "gcj02", 108.70000, 34.34000)
    catalog = place(catalog, "baoquanlu-north", "bd09", 108.70000, 34.34720)
    catalog = place(catalog, "qindu-center", "wgs84", 108.80000, 34.34000)
    draft = catalog.sites["maquan-suo"].model_copy(
        update={"id": "secret-draft", "name": "草稿站点", "draft": True}
    )
    return replace(catalog, sites={**catalog.sites, "secret-draft": draft})


def test_map_draws_every_public_site_once_and_no_draft(catalog: Catalog) -> None:
    page = map_page(catalog, MapOptions())
    assert [p.region for p in page.panels] == ["秦都区"]
    urls = sorted(m.link.url for p in page.panels for m in p.markers)
    assert urls == ["sites/baoquanlu-north/", "sites/maquan-suo/", "sites/qindu-center/"]
    assert sum(lv.count for lv in page.legend) == 3
    html = render_body(page)
    assert html.count('class="wm-map__dot"') == 3
    assert html.count('class="wm-map__hit"') == 3  # each point's tap target
    assert "草稿站点" not in html and "secret-draft" not in html
    name = "秦都区新时代文明实践中心"
    assert (
        f'<a xlink:href="../sites/qindu-center/" id="p-qindu-center" class="wm-map__pt"'
        f' aria-label="{name}"><title>{name}</title>'
    ) in html
    # The name beside the point, shown when the page lands on it (CSS :target).
    assert f'text-anchor="start">{name}</text>' in html or f'"end">{name}</text>' in html
    assert 'class="wm-map__scale"' in html and page.panels[0].scale.label in html


def test_by_default_the_map_refers_to_no_other_host(catalog: Catalog) -> None:
    html = render_body(map_page(catalog, MapOptions()))
    assert re.findall(r"(?:https?:)?//[\w.-]+", html) == []
    assert "<image" not in html


def test_a_tile_template_draws_tiles_from_that_host_only(catalog: Catalog) -> None:
    page = map_page(
        catalog, MapOptions(tiles=TILES, tile_subdomains="01234567", attribution="天地图")
    )
    html = render_body(page)
    hosts = set(re.findall(r'<image xlink:href="https://([^/"]+)/', html))
    assert hosts and all(re.fullmatch(r"t[0-7]\.tiles\.example\.cn", h) for h in hosts)
    assert "&amp;" not in TILES and "tk=KEY" in html
    assert "底图：天地图" in html


def test_map_options_are_checked() -> None:
    assert problems_of(MapOptions()) == []
    assert problems_of(MapOptions(tiles=TILES)) == []
    insecure = problems_of(MapOptions(tiles="http://tiles.example.cn/{z}/{x}/{y}.png"))
    assert insecure == ["map_tiles 必须以 https:// 开头，例如 https://t{s}.tianditu.gov.cn/…"]
    assert problems_of(MapOptions(tiles="https://tiles.example.cn/{z}.png")) == [
        "map_tiles 缺少占位符 {x}、{y}。"
    ]
    assert problems_of(MapOptions(walk_radius=0, tiles_datum="bd09")) == [
        "walk_radius 应为 100 到 5000 之间的米数，现在是 0。",
        "map_tiles_datum 只能是 wgs84（天地图）或 gcj02（高德），现在是 bd09。",
    ]
    assert problems_of(MapOptions(tiles=TILES, tile_subdomains="")) == [
        "map_tiles 含 {s}，请在 map_tile_subdomains 中写出子域名，例如 01234567。"
    ]


def test_each_site_shows_its_neighbours_within_the_radius(catalog: Catalog) -> None:
    places = site_places(catalog, MapOptions())
    assert set(places) == {"baoquanlu-north", "maquan-suo", "qindu-center"}
    near = places["maquan-suo"].nearby
    assert [n.link.url for n in near] == ["sites/baoquanlu-north/"]
    assert 780 <= near[0].metres <= 820 and near[0].metres % 10 == 0
    assert near[0].minutes == 10
    assert places["qindu-center"].nearby == () and places["qindu-center"].circle is None
    assert places["maquan-suo"].circle is not None
    assert places["maquan-suo"].circle.url == "map/circles/#c-maquan-suo"  # the 所 leads
    assert places["maquan-suo"].map.url == "map/#p-maquan-suo"
    assert [a.app for a in places["maquan-suo"].apps] == ["高德地图", "百度地图", "腾讯地图"]
    smaller = site_places(catalog, MapOptions(walk_radius=500))
    assert smaller["maquan-suo"].nearby == () and smaller["maquan-suo"].radius == 500


def test_site_pages_carry_their_place(catalog: Catalog) -> None:
    pages = {p.url: p for p in assemble(catalog)}
    site = pages["sites/maquan-suo/"]
    assert isinstance(site, SitePage) and site.place is not None
    html = render_body(site)
    assert "https://uri.amap.com/marker?position=" in html
    assert f"约{site.place.nearby[0].metres}米" in html and "步行约10分钟" in html
    assert 'href="../../map/circles/#c-maquan-suo"' in html
    assert isinstance(pages["map/"], MapPage) and isinstance(pages["map/circles/"], CirclesPage)


def test_circles_page_draws_the_circles_and_shows_only_the_computed_count(
    catalog: Catalog,
) -> None:
    declared = replace(
        catalog, publisher=catalog.publisher.model_copy(update={"declared_circles": 3})
    )
    page = circles_page(declared, MapOptions())
    assert page.computed == 1
    assert [(c.number, c.anchor) for c in page.circles] == [(1, "c-maquan-suo")]
    assert [link.url for link in page.alone] == ["sites/qindu-center/"]
    # One panel (秦都区), the circle drawn as a disc of the walking radius per member.
    [panel] = page.panels
    [disc] = panel.discs
    assert disc.number == 1 and len(disc.centres) == 2
    metres = disc.radius * (panel.scale.metres / panel.scale.length)
    assert metres == pytest.approx(1200, rel=0.01)
    html = render_body(page)
    assert html.count('<g class="wm-map__circle" data-circle="1"') == 1
    assert 'text-anchor="middle" aria-hidden="true">1</text>' in html
    # The editors' figure is a `check` warning, never public text.
    assert "编辑申报" not in html and "不一致" not in html and ">3<" not in html
    assert render_body(page) == render_body(circles_page(catalog, MapOptions()))


def test_the_tiles_source_is_named_under_the_circles_map_too(catalog: Catalog) -> None:
    options = MapOptions(tiles=TILES, attribution="天地图")
    html = render_body(circles_page(catalog, options))
    assert "<image xlink:href=" in html and "底图：天地图" in html
    assert "底图" not in render_body(circles_page(catalog, MapOptions(attribution="天地图")))


def test_a_site_page_links_to_its_point_on_the_map(catalog: Catalog) -> None:
    places = site_places(catalog, MapOptions())
    assert places["maquan-suo"].map.url == "map/#p-maquan-suo"
    ids = {m.anchor for p in map_page(catalog, MapOptions()).panels for m in p.markers}
    assert "p-maquan-suo" in ids


def test_sites_json_has_public_fields_in_wgs84_only(catalog: Catalog) -> None:
    rows = json.loads(sites_json(catalog))
    assert [r["id"] for r in rows] == ["baoquanlu-north", "maquan-suo", "qindu-center"]
    assert all(set(r) == {"id", "name", "level", "url", "lng", "lat"} for r in rows)
    by_id = {r["id"]: r for r in rows}
    # Stored in gcj02 and bd09, published in WGS-84: back where `place` put them.
    assert (by_id["maquan-suo"]["lng"], by_id["maquan-suo"]["lat"]) == pytest.approx(
        (108.7, 34.34), abs=2e-6
    )
    assert by_id["baoquanlu-north"]["url"] == "sites/baoquanlu-north/"
    a, b = by_id["maquan-suo"], by_id["baoquanlu-north"]
    assert 780 < distance_m((a["lng"], a["lat"]), (b["lng"], b["lat"])) < 820
    assert sites_json(catalog) == sites_json(catalog)


def test_map_pages_do_not_grow_with_sites() -> None:
    catalog = read_content(MINIMAL)
    urls = [p.url for p in assemble(catalog) if p.url.startswith("map/")]
    assert urls == ["map/", "map/circles/"]


def _config_with(folder: Path, **wenming: object) -> Path:
    """The repository's mkdocs.yml building the sample content, with extra plugin options."""
    config = mkdocs_yml(folder, REPO / "content")
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    for plugin in data["plugins"]:
        if isinstance(plugin, dict) and "wenming" in plugin:
            plugin["wenming"].update(wenming)
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return config


def test_a_tile_layer_set_in_mkdocs_yml_reaches_the_built_map(tmp_path: Path) -> None:
    config = _config_with(tmp_path, map_tiles=TILES, map_tile_subdomains="01234567")
    result = build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "map" / "index.html").read_text(encoding="utf-8")
    hosts = set(re.findall(r'<image xlink:href="https://([^/"]+)/', html))
    assert hosts and all(re.fullmatch(r"t[0-7]\.tiles\.example\.cn", h) for h in hosts)
    # Only the map pages (the map, the circles) draw tiles: no other page refers to the host.
    others = [
        p for p in (tmp_path / "site").rglob("*.html") if "tiles.example.cn" in p.read_text("utf-8")
    ]
    assert sorted(others) == [
        tmp_path / "site" / "map" / "circles" / "index.html",
        tmp_path / "site" / "map" / "index.html",
    ]


def test_a_tile_layer_without_https_stops_the_build(tmp_path: Path) -> None:
    config = _config_with(tmp_path, map_tiles="http://tiles.example.cn/{z}/{x}/{y}.png")
    result = build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "map_tiles 必须以 https:// 开头" in result.stderr


def test_hostile_names_stay_text_on_the_map_pages_and_in_the_links(catalog: Catalog) -> None:
    hostile = {
        site_id: site.model_copy(update={"name": HOSTILE_LINE, "address": HOSTILE_LINE})
        for site_id, site in catalog.sites.items()
    }
    pages = {p.url: p for p in assemble(replace(catalog, sites=hostile))}
    shown = 0
    for url in ("map/", "map/circles/", "sites/maquan-suo/"):
        shown += assert_literal(render_body(pages[url]))
    assert shown >= 8
    assert "alert(1)</script>" in json.loads(sites_json(replace(catalog, sites=hostile)))[0]["name"]


def test_points_are_drawn_in_the_tiles_datum(catalog: Catalog) -> None:
    """map_tiles_datum: the same sites sit elsewhere on 高德 tiles (gcj02) than on 天地图
    tiles (wgs84), so each lands on its street whichever tiles are chosen."""

    def spots(datum: str) -> tuple[tuple[float, float], ...]:
        """Where each site sits on the tiles: its offset from the first tile's corner."""
        page = map_page(catalog, MapOptions(tiles=TILES, tiles_datum=datum))
        (panel,) = page.panels
        corner = panel.tiles[0]
        assert corner.href.startswith("https://")
        return tuple(
            (m.x - corner.x, m.y - corner.y)
            for m in sorted(panel.markers, key=lambda m: m.link.url)
        )

    wgs84, gcj02 = spots("wgs84"), spots("gcj02")
    assert len(wgs84) == len(gcj02) == 3
    assert all(a != b for a, b in zip(wgs84, gcj02, strict=True))
    assert spots("wgs84") == wgs84


def test_a_name_ending_in_its_level_gets_no_level_tag(catalog: Catalog) -> None:
    """`…实践站` + `站` read `…实践站站` in the lists and in search; a tag only adds news."""
    other = catalog.sites["baoquanlu-north"].model_copy(
        update={"id": "wenhua-yuan", "name": "宝泉路文化大院", "level": "文化活动室"}
    )
    catalog = replace(catalog, sites={**catalog.sites, "wenhua-yuan": other})
    catalog = place(catalog, "wenhua-yuan", "gcj02", 108.70010, 34.34010)
    index = next(p for p in assemble(catalog) if p.url == "sites/")
    pages = [map_page(catalog, MapOptions()), circles_page(catalog, MapOptions()), index]
    for page in pages:
        text = re.sub(r"<[^>]+>", "", render_body(page))
        for doubled in ("实践站站", "实践站 站", "实践所所", "实践所 所", "实践中心 中心"):
            assert doubled not in text, (page.url, doubled)
        assert "宝泉路文化大院 文化活动室" in text, page.url
