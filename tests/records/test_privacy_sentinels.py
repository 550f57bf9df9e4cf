"""Privacy sentinels: what is private stays out of every file the build writes.

Every field of every `private` block (sites, teams, services, honours) holds a
sentinel: an ID-card number with a valid check digit, a personal mobile number, a
home address, a contact's name and a note. After a full `mkdocs build --strict`,
no output file — pages, search index, sitemap (also inside the .gz), feeds,
downloads, map data — contains any of them, in any spelling a page might use.
A child's (新时代好少年) entry shows only name, school and grade.
"""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import re
from pathlib import Path

import pytest
from full_tree import PRIVATE_FIELDS, write_full_tree
from site_fixture import build, mkdocs_yml

from generator.records.privacy import id_card_valid

ID_CARD = "11010519491231002X"
MOBILE = "15912340987"
SENTINELS = {
    "contact": "隐私联系人钱七七",
    "phone": MOBILE,
    "address": "幸福路88号3单元502室",
    "id_card": ID_CARD,
    "note": f"隐私备注：身份证 {ID_CARD}，手机 {MOBILE}，住在幸福路88号",
}
# How a number could still show if something reformatted it on the way out.
SPELLINGS = [
    *SENTINELS.values(),
    ID_CARD[:17],
    "159 1234 0987",
    "159-1234-0987",
    "隐私联系人",
    "幸福路88号",
    "隐私备注",
]
CHILD = {"name": "赵小明同学", "school": "东山小学", "grade": "五年级"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("privacy")
    numbers = itertools.count()
    child = iter(["赵小明同学", "东山小学", "五年级"])

    def say(kind: str) -> str:
        n = next(numbers)
        return f"公开文字{n}" if kind == "name" else f"公开的第{n}段。"

    content = write_full_tree(folder / "content", say, private=SENTINELS)
    young = content / "honors" / "2026-Q3" / "2026q3-young.yml"
    text = young.read_text(encoding="utf-8")
    for key in ("name", "school", "grade"):  # the child's own three fields, recognisable
        text = re.sub(rf"^{key}: .*$", f"{key}: {next(child)}", text, count=1, flags=re.M)
    young.write_text(text, encoding="utf-8")
    result = build(mkdocs_yml(folder, content), folder / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    return folder / "site"


def outputs(site: Path) -> dict[str, str]:
    """Every file the build wrote, as text; .gz files decompressed."""
    found = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            found[path.relative_to(site).as_posix()] = data.decode("utf-8", "replace")
    return found


def test_sentinels_are_real_personal_numbers() -> None:
    assert id_card_valid(ID_CARD)
    assert set(SENTINELS) == set(PRIVATE_FIELDS)  # a new private field needs a sentinel here


def test_no_private_value_in_any_output_file(site: Path) -> None:
    files = outputs(site)
    kinds = {p.split("/")[0] for p in files}
    assert {"search", "feeds", "data", "sitemap.xml", "sitemap.xml.gz", "index.html"} <= kinds
    assert any((p.endswith(".json") and p.startswith("map")) or "sites.json" in p for p in files)
    leaks = [(path, s) for path, text in files.items() for s in SPELLINGS if s in text]
    assert leaks == []


def _card(html: str, name: str, tag: str) -> str:
    """The list item or card around the first mention of `name`."""
    at = html.index(name)
    start = html.rindex(f"<{tag}", 0, at)
    return html[start : html.index(f"</{tag}>", at)]


def test_a_child_is_shown_with_name_school_and_grade_only(site: Path) -> None:
    files = outputs(site)
    shown = [p for p, text in files.items() if p.endswith(".html") and CHILD["name"] in text]
    assert "honors/2026-Q3/index.html" in shown
    station = "sites/dongshan-station/index.html"
    assert station not in shown, "a child is listed on the page of the site that nominated them"
    roll = files["honors/2026-Q3/index.html"]
    card = _card(roll, CHILD["name"], "article")
    assert CHILD["school"] in card and CHILD["grade"] in card
    assert "dongshan-station" not in card and "推荐阵地" not in card and "个人" not in card
    for page in shown:
        tag = "article" if '<article class="wm-card wm-honor"' in files[page] else "li"
        around = _card(files[page], CHILD["name"], tag)
        assert "dongshan-station" not in around and "sites/" not in around, page
    rows = csv.DictReader(io.StringIO(files["data/all/honors.csv"].lstrip("\ufeff")))
    [row] = [r for r in rows if r["编号"] == "2026q3-young"]
    assert (row["学校"], row["年级"]) == (CHILD["school"], CHILD["grade"])
    assert row["推荐站点"] == row["单位或村社区"] == row["事迹"] == ""
    data = json.loads(files["data/all/honors.json"])
    [record] = [r for r in data["rows"] if r["id"] == "2026q3-young"]
    assert record["site"] is record["unit"] is record["deeds"] is None
