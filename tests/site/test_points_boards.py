"""The 红灰黑榜 and who they name (site/boards.py, sections/points.py, open data)."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from site_fixture import POINTS_NAMES, PUBLIC_REASON, SECRET_REASON, write_content

from generator.check.catalog import Catalog
from generator.check.content import read_content
from generator.site.build import build
from generator.site.sections.points import PointsBoardPage, PointsIndexPage
from generator.site.sections.sites import SitePage

BOARD = "points/2026-Q3/dongshan-station/"


def catalog_of(tmp_path: Path, names: bool = False) -> Catalog:
    root = write_content(tmp_path / "content")
    if names:
        vocab = yaml.safe_load((root / "vocabularies.yml").read_text(encoding="utf-8"))
        vocab["points"]["names_on_grey_black"] = True
        (root / "vocabularies.yml").write_text(
            yaml.safe_dump(vocab, allow_unicode=True), encoding="utf-8"
        )
    return read_content(root)


def outputs(catalog: Catalog) -> tuple[dict[str, str], dict[str, str | bytes]]:
    files = build(catalog)
    return {p.url: p.body for p in files.pages}, files.files


def test_members_land_on_the_board_of_their_total_and_a_veto_is_black(tmp_path: Path) -> None:
    from generator.site.assemble import assemble

    pages = {p.url: p for p in assemble(catalog_of(tmp_path, names=True))}
    board = pages[BOARD]
    assert isinstance(board, PointsBoardPage)
    party = {b.board: [p.name for p in b.people] for b in board.groups[0].boards}
    # 20 ≥ red 15; 12 − 2 = 10 is grey (≥ 8); 30 with 一票否决 is black all the same.
    assert party == {
        "red": [POINTS_NAMES["red"]],
        "grey": [POINTS_NAMES["grey"]],
        "black": [POINTS_NAMES["black"]],
    }
    assert isinstance(pages["points/"], PointsIndexPage)
    assert "points/2026-annual/dongshan-station/" in pages


def test_by_default_grey_and_black_show_counts_only(tmp_path: Path) -> None:
    bodies, files = outputs(catalog_of(tmp_path))
    board = bodies[BOARD]
    assert POINTS_NAMES["red"] in board and "红榜人家" in board
    for hidden in ("grey", "black", "minor"):
        assert POINTS_NAMES[hidden] not in board
        assert all(POINTS_NAMES[hidden] not in body for body in bodies.values())
    assert "共 1 人，按规定只公布人数" in board
    rows = json.loads(files["data/2026-Q3/points.json"])["rows"]
    party = next(r for r in rows if r["group"] == "党员积分")
    assert (party["red"], party["grey"], party["black"]) == (1, 1, 1)
    assert party["red_names"] == [POINTS_NAMES["red"]]
    assert party["grey_names"] == [] and party["black_names"] == []
    csv = files["data/all/points.csv"]
    assert isinstance(csv, bytes)
    assert all(POINTS_NAMES[k].encode() not in csv for k in ("grey", "black", "minor"))


def test_names_on_grey_black_names_them_but_never_a_child(tmp_path: Path) -> None:
    bodies, files = outputs(catalog_of(tmp_path, names=True))
    board = bodies[BOARD]
    assert POINTS_NAMES["grey"] in board and POINTS_NAMES["black"] in board
    assert POINTS_NAMES["minor"] not in board
    data = files["data/all/points.json"]
    assert isinstance(data, bytes)
    text = data.decode()
    assert POINTS_NAMES["black"] in text and POINTS_NAMES["minor"] not in text
    residents = next(r for r in json.loads(text)["rows"] if r["group"] == "群众积分")
    assert residents["black"] == 1 and residents["black_names"] == []


def test_only_reasons_marked_public_are_shown(tmp_path: Path) -> None:
    bodies, files = outputs(catalog_of(tmp_path, names=True))
    everything = "".join(bodies.values()) + "".join(
        v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in files.values()
    )
    assert PUBLIC_REASON in bodies[BOARD]
    assert SECRET_REASON not in everything


def test_the_station_page_links_its_board(tmp_path: Path) -> None:
    from generator.site.assemble import assemble

    pages = {p.url: p for p in assemble(catalog_of(tmp_path))}
    station = pages["sites/dongshan-station/"]
    assert isinstance(station, SitePage)
    assert [link.url for link in station.points] == [BOARD, "points/2026-annual/dongshan-station/"]
    assert (
        not isinstance(pages["sites/maquan-office/"], SitePage)
        or not pages["sites/maquan-office/"].points
    )  # type: ignore[attr-defined]


def test_the_sample_county_has_boards_for_two_quarters_of_four_villages() -> None:
    from testpaths import REPO

    catalog = read_content(REPO / "content")
    quarters = {(p.site, p.quarter) for p in catalog.public_points.values()}
    assert {q for _, q in quarters} == {"2026-Q3", "2026-Q4"} and len(quarters) == 8
    assert all(catalog.sites[s].level == "站" for s, _ in quarters)


def test_a_year_adds_up_the_quarters_against_the_lines_times_the_quarters() -> None:
    from generator.records.points import Points, PointsConfig
    from generator.site.boards import year_groups

    def quarter(q: str, month: str, add: str, veto: bool = False) -> Points:
        entry: dict[str, str] = {"month": month, "add": add}
        if veto:
            entry.update(veto="true", reason="违反村规民约")
        return Points.model_validate(
            {
                "site": "x",
                "quarter": q,
                "date": f"{month}-28",
                "party": [
                    {
                        "branch": "支部",
                        "members": [
                            {"name": "甲", "entries": [{"month": month, "add": add}]},
                            {"name": "乙", "entries": [entry]},
                        ],
                    }
                ],
            }
        )

    config = PointsConfig.model_validate({"party": {"red": "15", "grey": "8"}})
    # 甲: 16 + 16 = 32 ≥ 2 × 15 is red; 乙 the same points but vetoed once is black.
    records = [quarter("2026-Q3", "2026-07", "16"), quarter("2026-Q4", "2026-10", "16", True)]
    (party,) = year_groups(records, config)
    boards = {b.board: [(p.name, p.total) for p in b.people] for b in party.boards}
    assert boards["red"] == [("甲", 32)]
    assert [b.count for b in party.boards] == [1, 0, 1]
    assert party.average == 32.0


def test_the_guide_lists_the_points_record_with_an_invented_example(tmp_path: Path) -> None:
    bodies, _ = outputs(catalog_of(tmp_path))
    assert "积分公示（红灰黑榜）" in bodies["guide/"]
    assert "names_on_grey_black" in bodies["guide/"]
    guide = bodies["guide/points/"]
    assert "党员甲" in guide and "content/points/&lt;季度&gt;/&lt;站点编号&gt;.yml" in guide
    assert POINTS_NAMES["red"] not in guide and "红榜人家" not in guide
