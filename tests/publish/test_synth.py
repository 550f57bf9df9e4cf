"""Synthetic content: it passes the checker, has the promised sizes, and repeats for a seed."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from generator.check.catalog import Catalog
from generator.check.content import check_content
from generator.publish.synth import QUARTERS, SIZES, VOCABULARIES, synthesize, write_synthetic


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("county")
    write_synthetic(root, "county", 7)
    return root


@pytest.fixture(scope="module")
def catalog(county: Path) -> Catalog:
    found, problems = check_content(county)
    assert problems == []
    assert found is not None
    return found


def test_county_passes_check_with_the_promised_counts(catalog: Catalog) -> None:
    levels = Counter(site.level for site in catalog.sites.values())
    assert 240 <= len(catalog.sites) <= 260
    assert levels["中心"] == 1 and levels["所"] == 15
    assert set(levels) == {"中心", "所", "站", "基地", "示范点"}
    assert len(catalog.teams) == 60
    assert 10 <= len(catalog.services) <= 14
    assert len(catalog.activities) == 3000 * 2  # two years
    assert len(catalog.honors) == 500
    assert len(catalog.bulletins) == len(QUARTERS) == 8
    assert {h.category for h in catalog.honors.values()} == {
        c["name"] for c in VOCABULARIES["honor_categories"]
    }
    statuses = Counter(h.status for h in catalog.honors.values())
    assert statuses["已认定"] > 0.8 * len(catalog.honors)
    assert any(a.end_date for a in catalog.activities.values())  # series, with 320+ counts
    assert any(a.sessions.approx for a in catalog.activities.values())
    datums = Counter(s.location.datum for s in catalog.sites.values() if s.location)
    assert datums["gcj02"] > datums["wgs84"] > 0 and datums["bd09"] > 0
    assert catalog.publisher.sample is True


def test_region_codes_nest(catalog: Catalog) -> None:
    for region in catalog.regions.values():
        assert len(region.code) in (6, 9, 12)
        if region.parent:
            assert region.code.startswith(region.parent)


def test_same_seed_same_tree_other_seed_differs(county: Path, tmp_path: Path) -> None:
    again = {rel: text.encode() for rel, text in synthesize("county", 7).items()}
    assert _tree(county) == again
    write_synthetic(tmp_path / "a", "tiny", 3)
    write_synthetic(tmp_path / "b", "tiny", 3)
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    assert synthesize("tiny", 3) != synthesize("tiny", 4)


def test_tiny_passes_check(tmp_path: Path) -> None:
    write_synthetic(tmp_path, "tiny", 1)
    catalog, problems = check_content(tmp_path)
    assert problems == []
    assert catalog is not None
    assert len(catalog.activities) == SIZES["tiny"].activities * len(QUARTERS)


def test_a_city_prefixes_ids_per_county(tmp_path: Path) -> None:
    """A city is ten counties; a small one (three tiny counties) checks the same way."""
    assert SIZES["city"].counties == 10
    small = replace(SIZES["tiny"], counties=3)
    for rel, text in synthesize("city", 1, small).items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    catalog, problems = check_content(tmp_path)
    assert problems == []
    assert catalog is not None
    centers = [s for s in catalog.sites.values() if s.level == "中心"]
    assert len(centers) == 3
    assert len({s.id.split("-")[0] for s in centers}) == 3
    assert len([r for r in catalog.regions.values() if len(r.code) == 6]) == 3
