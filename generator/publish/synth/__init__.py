"""Synthetic content at scale: a county's or a city's records, realistic and reproducible.

`write_synthetic(out, scale, seed)` writes a complete content tree that passes
`wenming check`, for benchmarks (`bench/run.py`) and tests. A county has about 250
sites (1 中心, 15 所, the rest 站/基地/示范点), 60 teams, 12 services, 3,000
activities a year over eight quarters (2025-Q1 … 2026-Q4), 500 honours and one
bulletin per quarter; a city is ten such counties under one publisher, every id
prefixed with its county so ids stay unique. `tiny` is a few dozen records for
unit tests.

Names and texts are drawn from word lists (surnames, given-name characters, place
name parts, title patterns) with one `random.Random(seed)`, in a fixed order: the
same seed gives byte-identical files. Nothing here reads the clock or relies on
hash order. All people and places are fictional; the publisher says `sample: true`.

The parts, by job: `sizes` (the scales and quarters), `words` and `texts` (the tables
drawn from), `writer` (the files and ids so far, the shared random source), and the
record makers in the order they draw: `sites`, `records` (teams, services, activities),
`honors` (honours, bulletins). Reordering the calls below changes every file after it.
"""

from __future__ import annotations

import random
from pathlib import Path

from .honors import make_bulletins, make_honors
from .records import make_activities, make_services, make_teams
from .sites import make_county
from .sizes import QUARTERS, SCALES, SIZES, Scale, Size
from .texts import VOCABULARIES
from .writer import Writer

__all__ = [
    "QUARTERS",
    "SCALES",
    "SIZES",
    "VOCABULARIES",
    "Scale",
    "Size",
    "synthesize",
    "write_synthetic",
]


def synthesize(scale: Scale, seed: int, size: Size | None = None) -> dict[str, str]:
    """Every file of a synthetic content tree: relative path → text, in path order.

    `size` overrides the scale's sizes (tests use a small city).
    """
    if scale not in SIZES:
        raise ValueError(f"unknown scale {scale!r}; use one of {', '.join(SCALES)}")
    size = size or SIZES[scale]
    w = Writer(random.Random(seed))
    city = size.counties > 1
    counties = [make_county(w, i, size, city, "4107") for i in range(size.counties)]
    for county in counties:
        make_teams(w, county, size)
        make_services(w, county, size)
        make_activities(w, county, size)
        make_honors(w, county, size)
    place = "云州市各县" if city else counties[0].name
    make_bulletins(w, place)
    title = "云州市" if city else counties[0].name
    w.put(
        "publisher.yml",
        "网站发布者信息",
        {
            "name": f"{title}新时代文明实践网（合成数据）",
            "description": "本网站内容为程序合成的演示数据，用于检验网站在一个县或一个市的记录规模下"
            "是否构建得快、页面是否轻；人物、地点、活动均为虚构。",
            "sample": True,
            # An honour under notice needs whom to object to (check/honours.py).
            "objections": {
                "unit": f"{title}文明办（虚构）",
                "phone": "0910-0000001",
                "email": "wmb@example.org",
                "address": f"{title}文明路1号（虚构）",
            },
        },
    )
    regions = sorted(w.regions, key=lambda r: str(r["code"]))
    w.put("regions.yml", "行政区划", {"regions": regions})
    w.put("vocabularies.yml", "受控词表", VOCABULARIES)
    return dict(sorted(w.files.items()))


def write_synthetic(out: Path, scale: Scale, seed: int) -> int:
    """Write the tree for `scale` and `seed` into `out` (created if missing); the file count."""
    files = synthesize(scale, seed)
    folders = {str(Path(rel).parent) for rel in files}
    for folder in sorted(folders):
        (out / folder).mkdir(parents=True, exist_ok=True)
    for rel, text in files.items():
        (out / rel).write_text(text, encoding="utf-8")
    return len(files)
