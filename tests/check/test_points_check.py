"""积分 files against their folder, their 站, the county's rules (check/points.py)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import yaml
from click.testing import Result
from testpaths import MINIMAL

from generator.check.content import check_content
from generator.report.problems import ERROR

GOOD = {
    "site": "baoquanlu-north",
    "quarter": "2026-Q3",
    "date": "2026-10-08",
    "party": [
        {
            "branch": "宝泉路北社区党支部",
            "members": [
                {
                    "name": "张建华",
                    "entries": [
                        {"month": "2026-07", "add": "6"},
                        {"month": "2026-8", "deduct": "2", "reason": "缺席组织生活会"},
                    ],
                    "total": "4",
                }
            ],
        }
    ],
    "residents": [
        {
            "name": "李秀英家",
            "household": "true",
            "entries": [{"month": "2026-09", "dimension": "志愿服务", "add": "10"}],
        }
    ],
}


def check(tmp_path: Path, record: dict, name: str = "baoquanlu-north", vocab: dict | None = None):
    root = tmp_path / "content"
    shutil.copytree(MINIMAL, root)
    folder = root / "points" / "2026-Q3"
    folder.mkdir(parents=True)
    (folder / f"{name}.yml").write_text(yaml.safe_dump(record, allow_unicode=True), "utf-8")
    if vocab is not None:
        path = root / "vocabularies.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["points"] = vocab
        path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    catalog, problems = check_content(root, "content")
    return catalog, [p for p in problems if p.severity == ERROR]


def kinds(problems: list) -> list[str]:
    return sorted(p.kind for p in problems)


def test_a_correct_quarter_passes_and_is_cataloged(tmp_path: Path) -> None:
    catalog, problems = check(tmp_path, GOOD)
    assert problems == []
    assert catalog is not None
    assert list(catalog.points) == ["baoquanlu-north-2026-q3"]


def test_a_total_that_does_not_add_up_is_refused(tmp_path: Path) -> None:
    record = yaml.safe_load(yaml.safe_dump(GOOD))
    record["party"][0]["members"][0]["total"] = "6"
    _, problems = check(tmp_path, record)
    assert kinds(problems) == ["points_total"]
    assert "请把 total 改成 4" in problems[0].text


def test_a_total_below_zero_can_be_written_and_is_checked(tmp_path: Path) -> None:
    record = yaml.safe_load(yaml.safe_dump(GOOD))
    member = record["party"][0]["members"][0]
    member["entries"][1]["deduct"] = "9"  # 6 added, 9 deducted: -3 for the quarter
    for written, wrong in (("-3", False), ("－3", False), ("-4", True)):
        member["total"] = written
        _, problems = check(tmp_path / written, record)
        assert kinds(problems) == (["points_total"] if wrong else []), written
    assert "请把 total 改成 -3" in problems[0].text


def test_a_monthly_cap_of_the_county_is_kept(tmp_path: Path) -> None:
    vocab = {"dimensions": [{"name": "志愿服务", "max": "5"}]}
    _, problems = check(tmp_path, GOOD, vocab=vocab)
    assert kinds(problems) == ["points_over_cap"]


def test_a_county_of_its_own_dimensions_needs_no_code(tmp_path: Path) -> None:
    record = yaml.safe_load(yaml.safe_dump(GOOD))
    record["residents"][0]["entries"][0]["dimension"] = "孝老爱亲"
    _, problems = check(tmp_path, record)
    assert kinds(problems) == ["points_dimension_unknown"]
    assert "可选：思想观念、志愿服务、乡风文明、勤劳致富、环境卫生" in problems[0].text
    _, problems = check(tmp_path / "own", record, vocab={"dimensions": [{"name": "孝老爱亲"}]})
    assert problems == []


def test_the_file_is_named_after_an_existing_station(tmp_path: Path) -> None:
    _, problems = check(tmp_path, GOOD, name="maquan-suo")
    assert kinds(problems) == ["points_site_file"]
    record = {**GOOD, "site": "baoquanlu-nort"}
    _, problems = check(tmp_path / "other", record, name="baoquanlu-nort")
    assert kinds(problems) == ["unknown_ref"]


def test_a_home_address_in_a_reason_is_refused(tmp_path: Path) -> None:
    record = yaml.safe_load(yaml.safe_dump(GOOD))
    record["party"][0]["members"][0]["entries"][1]["reason"] = "家住东山村三组12号，缺席会议"
    _, problems = check(tmp_path, record)
    assert kinds(problems) == ["home_address"]


def test_board_lines_in_the_wrong_order_are_refused(tmp_path: Path) -> None:
    _, problems = check(tmp_path, GOOD, vocab={"residents": {"red": "10", "grey": "20"}})
    assert kinds(problems) == ["points_boards_order"]
    assert problems[0].path.endswith("vocabularies.yml")


def test_a_minor_needs_consent(tmp_path: Path) -> None:
    record = yaml.safe_load(yaml.safe_dump(GOOD))
    record["residents"][0] = {**record["residents"][0], "household": "false", "minor": "true"}
    _, problems = check(tmp_path, record)
    assert kinds(problems) == ["points_minor_consent"]
    record["residents"][0]["guardian_consent"] = "true"
    _, problems = check(tmp_path / "consented", record)
    assert problems == []


def test_points_are_frozen_with_the_edition_but_not_their_private_blocks(
    content: Path, wenming: Callable[..., Result]
) -> None:
    path = content / "points" / "2026-Q3" / "baoquanlu-north.yml"
    path.parent.mkdir(parents=True)
    path.write_text(yaml.safe_dump(GOOD, allow_unicode=True), "utf-8")
    assert wenming("publish", "2026-Q3", "--date", "2026-10-08").exit_code == 0
    manifest = yaml.safe_load((content / "editions" / "2026-Q3.yml").read_text(encoding="utf-8"))
    assert list(manifest["records"]["points"]) == ["baoquanlu-north-2026-q3"]
    record = yaml.safe_load(yaml.safe_dump(GOOD))
    record["residents"][0]["private"] = {"note": "内部备注"}
    path.write_text(yaml.safe_dump(record, allow_unicode=True), "utf-8")
    assert wenming("check", "content").exit_code == 0
    record["residents"][0]["entries"][0]["add"] = "9"
    path.write_text(yaml.safe_dump(record, allow_unicode=True), "utf-8")
    changed = wenming("check", "content")
    assert changed.exit_code == 1 and "这条记录属于已发布的 2026-Q3，内容被修改了" in changed.output
    record["corrections"] = [{"date": "2026-11-02", "reason": "志愿服务加分由10分更正为9分。"}]
    path.write_text(yaml.safe_dump(record, allow_unicode=True), "utf-8")
    assert wenming("check", "content").exit_code == 0


def test_an_edition_made_before_points_existed_froze_none(
    content: Path, wenming: Callable[..., Result]
) -> None:
    assert wenming("publish", "2026-Q3", "--date", "2026-10-08").exit_code == 0
    manifest_path = content / "editions" / "2026-Q3.yml"
    manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
    del manifest["records"]["points"]
    manifest_path.write_text(yaml.safe_dump(manifest, allow_unicode=True), "utf-8")
    path = content / "points" / "2026-Q3" / "baoquanlu-north.yml"
    path.parent.mkdir(parents=True)
    path.write_text(yaml.safe_dump(GOOD, allow_unicode=True), "utf-8")
    assert wenming("check", "content").exit_code == 0


def test_full_width_digits_in_a_month_read_as_the_month(tmp_path: Path) -> None:
    """２０２６-０８ typed on a Chinese keyboard is August 2026, as ３ is 3 in a count."""
    record = yaml.safe_load(yaml.safe_dump(GOOD))
    record["party"][0]["members"][0]["entries"][1]["month"] = "２０２６－０８"
    catalog, problems = check(tmp_path, record)
    assert problems == [] and catalog is not None
    (points,) = catalog.points.values()
    assert points.party[0].members[0].entries[1].month == "2026-08"
    record["party"][0]["members"][0]["entries"][1]["month"] = "２０２６-１０"
    _, problems = check(tmp_path / "q4", record)
    assert kinds(problems) == ["points_month_outside"]
    assert "月份 2026-10 不在 2026-Q3 内" in problems[0].text


def test_one_entry_holds_one_decision(tmp_path: Path) -> None:
    record = yaml.safe_load(yaml.safe_dump(GOOD))
    entry = record["party"][0]["members"][0]["entries"][0]
    entry["deduct"] = "1"
    entry["reason"] = "迟到"
    record["party"][0]["members"][0].pop("total")
    _, problems = check(tmp_path, record)
    assert kinds(problems) == ["points_entry_mixed"]
    assert "这一条写了 add、deduct（请拆成两条" in problems[0].text
    entry.pop("deduct")
    entry["veto"] = "true"
    _, problems = check(tmp_path / "veto", record)
    assert kinds(problems) == ["points_entry_mixed"] and "add、veto" in problems[0].text
