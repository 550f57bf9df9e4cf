"""A record with a wrong field is still checked as far as it can be, and never crashes.

Every later check (record rules, cross-checks, frozen editions, the calendar) sees the
valid part of a broken record with the wrong fields as None or empty. Each field of each
record of the minimal tree, and of the sample's published quarter, is broken in turn in
two ways (an invisible character pasted into it, and a value of the wrong shape): the
check must report the mistake at that field and raise nothing.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from testpaths import MINIMAL, REPO

from generator.check.content import check_content

RECORDS = sorted(
    p.relative_to(MINIMAL).as_posix()
    for p in MINIMAL.rglob("*.yml")
    if "/" in p.relative_to(MINIMAL).as_posix()
)
CASES = [
    (rel, key)
    for rel in RECORDS
    for key in yaml.safe_load((MINIMAL / rel).read_text(encoding="utf-8"))
]
BROKEN = {"invisible": "文明\u200b市民", "shape": {"x": ["y"]}}


@pytest.mark.parametrize("how", sorted(BROKEN))
@pytest.mark.parametrize(("rel", "key"), CASES, ids=[f"{r}:{k}" for r, k in CASES])
def test_each_broken_field_is_reported_and_nothing_raises(
    tmp_path: Path, rel: str, key: str, how: str
) -> None:
    root = tmp_path / "content"
    shutil.copytree(MINIMAL, root)
    data = yaml.safe_load((root / rel).read_text(encoding="utf-8"))
    data[key] = BROKEN[how]
    (root / rel).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    catalog, problems = check_content(root, "content", date(2026, 11, 29))
    assert catalog is None
    # At the field itself, or inside it (a mapping given where a value belongs says which
    # of its keys are missing or unknown).
    at = {p.field.split("（")[0].split(".")[0] for p in problems if p.path == f"content/{rel}"}
    assert at & {key, "x"}, [p.as_text() for p in problems]


def test_broken_fields_of_a_published_quarter_raise_nothing(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(REPO / "content", root)
    for path in sorted((root / "honors" / "2026-Q3").glob("*.yml"))[:3]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key in ("category", "status", "date", "notice", "corrections"):
            data[key] = BROKEN["invisible"]
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    catalog, problems = check_content(root, "content", date(2026, 11, 29))
    assert catalog is None and problems
