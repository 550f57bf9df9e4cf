"""Practice staff on the pages: the site's staff block, coverage, training counted apart,
and the open data — never a private value of a staff member."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from site_fixture import write_content

from generator.check.catalog import Catalog
from generator.check.content import read_content
from generator.site.assemble import assemble
from generator.site.figures import all_figures, quarter_figures
from generator.site.files.opendata import open_data_files
from generator.site.render import render_body

MOBILE = "13900000111"
PAY = "每人每月2800元"
STAFF = [
    {
        "name": "田晓梅",
        "role": "专职实践员",
        "phone": "029-33210019",
        "private": {"phone": MOBILE, "pay": PAY, "note": "内部备注某某"},
    },
    {"name": "何立新", "role": "联络员"},
]


def county(tmp_path: Path, *, rules: bool = True) -> Catalog:
    """The site fixture with staff at its 所 and a staff training in 2026-Q3."""
    root = write_content(tmp_path / "content")
    office = root / "sites" / "maquan-office.yml"
    data = yaml.safe_load(office.read_text(encoding="utf-8"))
    office.write_text(yaml.safe_dump({**data, "staff": STAFF}, allow_unicode=True), "utf-8")
    center = root / "sites" / "test-center.yml"  # its 专职实践员 has left
    data = yaml.safe_load(center.read_text(encoding="utf-8"))
    center.write_text(yaml.safe_dump({**data, "staff": []}, allow_unicode=True), "utf-8")
    vocab = root / "vocabularies.yml"
    text = vocab.read_text(encoding="utf-8")
    if not rules:
        text = text.split("\nstaff_required:")[0] + "\ntraining_types: [实践员培训]\n"
    vocab.write_text(text, encoding="utf-8")
    training = root / "activities" / "2026-Q3" / "2026q3-yizhen.yml"
    lesson = yaml.safe_load(training.read_text(encoding="utf-8"))
    lesson.update(id="2026q3-peixun", type="实践员培训", sessions="2", attendance="30")
    lesson.pop("service")
    path = training.with_name("2026q3-peixun.yml")
    path.write_text(yaml.safe_dump(lesson, allow_unicode=True), "utf-8")
    return read_content(root)


def bodies(catalog: Catalog) -> dict[str, str]:
    return {page.url: render_body(page) for page in assemble(catalog)}


def test_the_site_page_shows_name_role_and_a_tel_link_and_nothing_private(
    tmp_path: Path,
) -> None:
    pages = bodies(county(tmp_path))
    office = pages["sites/maquan-office/"]
    assert '<li><strong>田晓梅</strong> <span class="wm-tag">专职实践员</span>' in office
    assert 'class="wm-tel" href="tel:+86-29-33210019">029-33210019</a>' in office
    assert '<li><strong>何立新</strong> <span class="wm-tag">联络员</span></li>' in office
    for url, body in pages.items():
        for value in (MOBILE, PAY, "内部备注某某"):
            assert value not in body, (url, value)


def test_a_site_without_its_required_post_says_so(tmp_path: Path) -> None:
    center = bodies(county(tmp_path))["sites/test-center/"]
    assert "本阵地暂未登记专职实践员。" in center


def test_directory_and_stats_show_coverage_by_level(tmp_path: Path) -> None:
    pages = bodies(county(tmp_path))
    line = "实践人员配备：1个中心中0个有专职实践员；1个所中1个有专职实践员。"
    assert line in pages["sites/"]
    assert "<li>1个中心中0个有专职实践员</li><li>1个所中1个有专职实践员</li>" in pages["stats/"]


def test_without_rules_there_is_no_coverage_line(tmp_path: Path) -> None:
    pages = bodies(county(tmp_path, rules=False))
    assert "实践人员配备" not in pages["sites/"] and "暂未登记" not in pages["sites/test-center/"]
    assert "个有专职实践员" not in pages["stats/"]
    assert "田晓梅" in pages["sites/maquan-office/"]


def test_training_is_its_own_figure_not_a_service_to_residents(tmp_path: Path) -> None:
    catalog = county(tmp_path)
    figures = quarter_figures(catalog, "2026-Q3")
    assert (figures.activities, figures.training) == (1, 1)
    assert figures.sessions.value == 320  # the 义诊 only, not the training's 2
    assert all_figures(catalog).training == 1
    pages = bodies(catalog)
    figure = "<div><dt>实践员培训</dt><dd>1<small>项</small></dd></div>"
    assert figure in pages["bulletins/2026-Q3/"] and figure in pages[""]  # bulletin, home
    note = '不含实践员自身的培训（共 1 项，见<a href="../stats/">统计</a>）'
    assert note in pages["activities/"]
    stats = pages["stats/"]
    assert "实践员培训 1 项、2场次、30人次" in stats
    types = stats.split("各类活动数", 1)[1].split("</section>", 1)[0]
    assert "实践员培训" not in types and "义诊" in types


def test_open_data_has_staff_public_fields_and_coverage_only(tmp_path: Path) -> None:
    files = open_data_files(county(tmp_path))
    rows = {r["id"]: r for r in json.loads(files["data/all/sites.json"])["rows"]}
    office, center, station = rows["maquan-office"], rows["test-center"], rows["dongshan-station"]
    assert office["staff"] == ["田晓梅（专职实践员，029-33210019）", "何立新（联络员）"]
    assert (office["staff_complete"], center["staff_complete"]) == (True, False)
    assert station["staff_complete"] is None  # 站 has no rule
    csv = files["data/all/sites.csv"].decode("utf-8-sig")
    assert "田晓梅（专职实践员，029-33210019）；何立新（联络员）" in csv
    for path, data in files.items():
        text = data.decode("utf-8-sig")
        for value in (MOBILE, PAY, "内部备注某某"):
            assert value not in text, (path, value)
