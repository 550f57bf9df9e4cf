"""15-minute circles: neighbours within the walking radius, whatever each site's datum, and
the `check` warning when publisher.yml declares another count."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from click.testing import Result
from site_fixture import place
from testpaths import MINIMAL

from generator.check.circles import circles, neighbours, positions
from generator.check.content import check_content, read_content
from generator.check.geo import distance_m, from_wgs84
from generator.records.network import Location
from generator.report.problems import WARNING


def test_neighbours_are_found_across_datums() -> None:
    catalog = read_content(MINIMAL)
    # 800 m apart in reality, but entered in two different datums.
    catalog = place(catalog, "maquan-suo", "gcj02", 108.70000, 34.34000)
    catalog = place(catalog, "baoquanlu-north", "bd09", 108.70000, 34.34720)
    catalog = place(catalog, "qindu-center", "wgs84", 108.80000, 34.34000)  # ~9 km away
    near = neighbours(catalog)
    assert [n.site_id for n in near["maquan-suo"]] == ["baoquanlu-north"]
    assert 780 < near["maquan-suo"][0].metres < 820
    assert near["maquan-suo"][0].minutes == 10
    assert near["qindu-center"] == ()
    assert [c.site_ids for c in circles(catalog)] == [("baoquanlu-north", "maquan-suo")]


def test_radius_is_configurable() -> None:
    catalog = read_content(MINIMAL)
    catalog = place(catalog, "maquan-suo", "wgs84", 108.70000, 34.34000)
    catalog = place(catalog, "baoquanlu-north", "wgs84", 108.70000, 34.34720)
    catalog = place(catalog, "qindu-center", "wgs84", 108.80000, 34.34000)
    assert circles(catalog, radius_m=500) == []
    assert len(circles(catalog, radius_m=1000)) == 1


def test_latitude_sweep_finds_the_same_pairs_as_every_pair() -> None:
    rng = random.Random(7)
    catalog = read_content(MINIMAL)
    base = catalog.sites["qindu-center"]
    sites = dict(catalog.sites)
    for n in range(120):  # a dense town: ~6 × 6 km
        x, y = 108.70 + rng.random() * 0.065, 34.33 + rng.random() * 0.055
        datum = ("wgs84", "gcj02", "bd09")[n % 3]
        lng, lat = from_wgs84(datum, x, y)
        location = Location(datum=datum, lng=str(round(lng, 8)), lat=str(round(lat, 8)))  # type: ignore[arg-type]
        sites[f"s{n:03d}"] = base.model_copy(update={"id": f"s{n:03d}", "location": location})
    catalog = replace(catalog, sites=sites)
    near = neighbours(catalog)
    where = positions(catalog)
    for a in where:
        brute = sorted(
            (round(distance_m(where[a], where[b]), 6), b)
            for b in where
            if b != a and distance_m(where[a], where[b]) <= 1200
        )
        assert [(round(n.metres, 6), n.site_id) for n in near[a]] == brute


def _declare(content: Path, count: int | None) -> None:
    path = content / "publisher.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["declared_circles"] = count
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_declared_count_unlike_the_computed_one_is_a_warning(content: Path) -> None:
    _declare(content, 2)  # the minimal tree has one site with coordinates: no circle
    catalog, problems = check_content(content, "content")
    assert catalog is not None  # a warning: the site is still built
    [problem] = [p for p in problems if p.kind == "declared_circles_differ"]
    assert problem.severity == WARNING and problem.path == "content/publisher.yml"
    assert problem.field.startswith("declared_circles")
    assert problem.line == 1 + next(
        i
        for i, line in enumerate((content / "publisher.yml").read_text("utf-8").splitlines())
        if line.startswith("declared_circles:")
    )
    assert "计算得 0 个" in problem.text and "申报 2 个" in problem.text
    assert "publisher.yml" in problem.text and "declared_circles" in problem.text


@pytest.mark.parametrize("count", [0, None])
def test_a_matching_or_missing_declaration_says_nothing(content: Path, count: int | None) -> None:
    _declare(content, count)
    _, problems = check_content(content, "content")
    assert [p for p in problems if p.kind == "declared_circles_differ"] == []


def test_the_walk_radius_given_to_check_is_the_one_counted(content: Path) -> None:
    _declare(content, 0)
    _, problems = check_content(content, "content", walk_radius=5000)
    assert [p.kind for p in problems if p.kind == "declared_circles_differ"] == []


def test_check_prints_the_warning_and_passes(content: Path, wenming: Callable[..., Result]) -> None:
    _declare(content, 3)
    result = wenming("check", "content")
    assert result.exit_code == 0, result.output
    [line] = [x for x in result.output.splitlines() if "declared_circles" in x]
    assert line.startswith("content/publisher.yml:")
    assert "提示：按坐标计算得 0 个" in line and "declared_circles 申报 3 个" in line
    assert "检查通过" in result.output


def test_check_counts_with_the_walk_radius_of_mkdocs_yml(
    content: Path, wenming: Callable[..., Result]
) -> None:
    # A second site 3 km from the first: one circle at 5 km, none at the default 1.2 km.
    site = content / "sites" / "maquan-suo.yml"
    data = yaml.safe_load(site.read_text(encoding="utf-8"))
    data["location"] = {"datum": "gcj02", "lng": 108.70512, "lat": 34.37521}
    site.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _declare(content, 1)
    assert "declared_circles" in wenming("check", "content").output
    config = {"plugins": [{"wenming": {"content": "content", "walk_radius": 5000}}]}
    (content.parent / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    result = wenming("check", "content")
    assert result.exit_code == 0 and "declared_circles" not in result.output


@pytest.mark.parametrize("radius", ["99999", "50", "abc", "true", "''"])
def test_check_refuses_a_walk_radius_the_build_would_refuse(
    content: Path, wenming: Callable[..., Result], radius: str
) -> None:
    """check and build agree: what the plugin refuses, check reports at its line."""
    config = "plugins:\n  - wenming:\n      content: content\n      walk_radius: " + radius + "\n"
    (content.parent / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = wenming("check", "content")
    assert result.exit_code != 0
    [line] = [x for x in result.output.splitlines() if x.startswith("mkdocs.yml:")]
    assert line.startswith("mkdocs.yml:4:20: walk_radius — ")
    assert "100 到 5000" in line and "Traceback" not in result.output
