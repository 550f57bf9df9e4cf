"""The parts of generator/publish/synth/: each table, helper and maker does its one job.

`test_synth.py` checks the whole tree against the checker; this file checks the pieces,
and pins the exact bytes of one tiny tree, so that moving code between the parts (or
reordering a draw) cannot change the output unnoticed.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date

import yaml

from generator.publish.synth import synthesize
from generator.publish.synth.honors import make_bulletins
from generator.publish.synth.records import make_teams
from generator.publish.synth.sites import make_county
from generator.publish.synth.sizes import QUARTERS, SIZES, bounds
from generator.publish.synth.texts import ACTIVITY_TYPES, SUBJECTS, VOCABULARIES
from generator.publish.synth.words import COUNTIES, SURNAMES
from generator.publish.synth.writer import Writer, amount, in_text

# sha256 over "path\0text\0" of synthesize("tiny", 1): the bytes before the split into parts
# (changed once, on purpose, when publisher.yml gained its objection contact).
TINY_SEED_1 = "3dd7d624ce08948a35c9cc999937a21896ca9adb694494a29227ab87cebf6752"


def test_tiny_seed_1_is_byte_for_byte_the_tree_it_always_was() -> None:
    files = synthesize("tiny", 1)
    digest = hashlib.sha256()
    for rel, text in files.items():
        digest.update(rel.encode() + b"\0" + text.encode() + b"\0")
    assert len(files) == 101
    assert digest.hexdigest() == TINY_SEED_1


def test_bounds_cover_each_quarter_exactly() -> None:
    assert bounds("2025-Q1") == (date(2025, 1, 1), date(2025, 3, 31))
    assert bounds("2026-Q4") == (date(2026, 10, 1), date(2026, 12, 31))
    for quarter in QUARTERS:  # consecutive quarters touch, no gap and no overlap
        start, end = bounds(quarter)
        assert start <= end
    ends = [bounds(q)[1].toordinal() for q in QUARTERS[:-1]]
    starts = [bounds(q)[0].toordinal() for q in QUARTERS[1:]]
    assert [s - e for s, e in zip(starts, ends, strict=True)] == [1] * (len(QUARTERS) - 1)


def test_writer_keeps_ids_unique_per_kind_and_days_inside_the_quarter() -> None:
    w = Writer(random.Random(0))
    assert [w.unique("site", "a"), w.unique("site", "a"), w.unique("site", "a")] == [
        "a",
        "a-2",
        "a-3",
    ]
    assert w.unique("team", "a") == "a"  # another kind: its own namespace
    start, end = bounds("2026-Q3")
    assert all(start <= w.day("2026-Q3") <= end for _ in range(200))
    name, pinyin = w.person()
    assert name[0] in {s for s, _ in SURNAMES} and "-" in pinyin


def test_put_writes_a_commented_yaml_without_aliases() -> None:
    w = Writer(random.Random(0))
    shared = ["x"]
    w.put("a.yml", "记录", {"one": shared, "two": shared, "day": date(2026, 7, 1)})
    text = w.files["a.yml"]
    assert text.startswith("# 记录（合成数据）\n\n")
    assert "&" not in text and "*" not in text  # the checker refuses anchors and aliases
    assert yaml.safe_load(text) == {"one": ["x"], "two": ["x"], "day": date(2026, 7, 1)}


def test_counts_and_their_running_text() -> None:
    assert amount(320, True) == "320+" and amount(320, False) == 320
    assert in_text("3000+") == "3000余" and in_text(12) == "12"


def test_tables_agree_with_the_vocabularies_they_ship() -> None:
    assert VOCABULARIES["activity_types"] == [t[0] for t in ACTIVITY_TYPES]
    assert set(SUBJECTS) == {c["name"] for c in VOCABULARIES["honor_categories"]}
    assert SUBJECTS["新时代好少年"] == ["个人"]
    assert len(COUNTIES) >= SIZES["city"].counties  # a city needs a name per county


def test_makers_write_into_their_folders() -> None:
    w = Writer(random.Random(5))
    county = make_county(w, 0, SIZES["tiny"], False, "4107")
    size = SIZES["tiny"]
    sites = 1 + size.townships * (1 + size.villages) + size.bases + size.demos
    assert len(county.sites) == sites == len([f for f in w.files if f.startswith("sites/")])
    assert county.center == "qinghe-center"
    make_teams(w, county, size)
    assert len(county.teams) == size.teams
    assert {f"teams/{t}.yml" for t in county.teams} <= set(w.files)
    make_bulletins(w, county.name)  # no activities yet: bulletins without highlights
    bulletin = yaml.safe_load(w.files["bulletins/2026-Q3.yml"])
    assert bulletin["quarter"] == "2026-Q3" and bulletin["highlights"] == []
