"""Points pages (积分公示): each village's 红灰黑榜 per quarter, its yearly review, and the
county overview.

A village's quarter page is also its printed 积分公示 (one A4, like an honour's 公示:
title, the boards, the 落款 and date, a QR code of the page, page numbers from the
print stylesheet). What a board may name is decided in `boards.py`; this module only
lays the pages out. A 站's page links its boards (`points_links`); the editors' guide
shows an invented quarter (`points_example`), never a real record's names and reasons.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from markupsafe import Markup

from ...check.catalog import Catalog
from ...records.points import Boards, Points
from ...records.quarter import quarter_label
from ..boards import Group, county_groups, quarter_groups, year_groups
from ..figures import region_name
from ..pages import Link, Page
from ..urls import POINTS_URL, points_quarter_url, points_year_url, site_url
from .notices import qr_svg, qr_text


@dataclass(frozen=True)
class VillageRow:
    board: Link
    party: Group | None
    residents: Group | None


@dataclass(frozen=True)
class PointsIndexPage(Page):
    template: ClassVar[str] = "points_index.html"
    quarters: tuple[tuple[str, tuple[VillageRow, ...], tuple[Group, ...]], ...]
    """(quarter label, one row per village, the county's groups), newest quarter first."""
    years: tuple[tuple[str, tuple[Link, ...]], ...]
    party: Boards
    residents: Boards
    names: bool
    """The county names grey and black boards (`points.names_on_grey_black`)."""


@dataclass(frozen=True)
class PointsBoardPage(Page):
    """One village's quarter (or, with `year`, its yearly review)."""

    template: ClassVar[str] = "points_board.html"
    village: str
    site: Link
    period: str
    groups: tuple[Group, ...]
    party: Boards
    residents: Boards
    names: bool
    times: int
    """The quarters a yearly review adds up (the lines are multiplied by it); 1 for a quarter."""
    issuer: str
    issued: date | None
    address: str
    qr: Markup
    sample: bool
    others: tuple[Link, ...]
    """The village's other boards: its year, or the quarters of a year."""
    year: bool = False


def village_name(catalog: Catalog, record: Points) -> str:
    site = catalog.public_sites[record.site]
    return region_name(catalog, site.region) if site.region in catalog.regions else site.name


def points_pages(catalog: Catalog, base_url: str = "") -> list[Page]:
    config = catalog.vocab.points
    by_site_year: dict[tuple[str, str], list[Points]] = defaultdict(list)
    for record in catalog.public_points.values():
        by_site_year[(record.site, record.quarter[:4])].append(record)
    pages: list[Page] = []

    def page(url: str, title: str, **fields: object) -> PointsBoardPage:
        address = base_url + url if base_url else f"/{url}"
        return PointsBoardPage(
            url=url,
            title=title,
            party=config.party,
            residents=config.residents,
            names=config.names_on_grey_black,
            address=address,
            qr=qr_svg(qr_text(address)),
            sample=catalog.publisher.sample,
            **fields,  # type: ignore[arg-type]
        )

    for (site_id, year), records in sorted(by_site_year.items()):
        records.sort(key=lambda r: r.quarter)
        village = village_name(catalog, records[0])
        site = Link(catalog.public_sites[site_id].name, site_url(site_id))
        year_link = Link(f"{village}{year}年度积分考评", points_year_url(year, site_id))
        quarter_links = tuple(
            Link(f"{quarter_label(r.quarter)}积分公示", points_quarter_url(r.quarter, site_id))
            for r in records
        )
        for record in records:
            issuer = record.issuer or config.issuer or catalog.public_sites[site_id].name
            pages.append(
                page(
                    points_quarter_url(record.quarter, site_id),
                    f"{village}{quarter_label(record.quarter)}积分公示",
                    village=village,
                    site=site,
                    period=quarter_label(record.quarter),
                    groups=quarter_groups(record, config),
                    times=1,
                    issuer=issuer,
                    issued=record.date,
                    others=(year_link,),
                )
            )
        last = records[-1]
        pages.append(
            page(
                year_link.url,
                year_link.text,
                village=village,
                site=site,
                period=f"{year}年",
                groups=year_groups(records, config),
                times=len(records),
                issuer=last.issuer or config.issuer or site.text,
                issued=None,
                others=quarter_links,
                year=True,
            )
        )
    pages.append(_index(catalog))
    return pages


def _index(catalog: Catalog) -> PointsIndexPage:
    config = catalog.vocab.points
    by_quarter: dict[str, list[VillageRow]] = defaultdict(list)
    years: dict[str, list[Link]] = defaultdict(list)
    records: dict[str, list[Points]] = defaultdict(list)
    for record in sorted(catalog.public_points.values(), key=lambda r: r.site):
        records[record.quarter].append(record)
        village = village_name(catalog, record)
        groups = {g.group: g for g in quarter_groups(record, config)}
        board = Link(village, points_quarter_url(record.quarter, record.site))
        by_quarter[record.quarter].append(
            VillageRow(board, groups.get("party"), groups.get("residents"))
        )
        year = record.quarter[:4]
        link = Link(village, points_year_url(year, record.site))
        if link not in years[year]:
            years[year].append(link)
    return PointsIndexPage(
        url=POINTS_URL,
        title="积分公示",
        quarters=tuple(
            (quarter_label(q), tuple(rows), county_groups(records[q], config))
            for q, rows in sorted(by_quarter.items(), reverse=True)
        ),
        years=tuple((y, tuple(links)) for y, links in sorted(years.items(), reverse=True)),
        party=config.party,
        residents=config.residents,
        names=config.names_on_grey_black,
    )


def points_links(catalog: Catalog, site_id: str) -> tuple[Link, ...]:
    """A 站's boards for its page: the latest quarter's 积分公示 and its year's review."""
    mine = sorted(
        (r for r in catalog.public_points.values() if r.site == site_id), key=lambda r: r.quarter
    )
    if not mine:
        return ()
    last = mine[-1]
    village = village_name(catalog, last)
    return (
        Link(
            f"{quarter_label(last.quarter)}积分公示（红灰黑榜）",
            points_quarter_url(last.quarter, site_id),
        ),
        Link(
            f"{village}{last.quarter[:4]}年度积分考评", points_year_url(last.quarter[:4], site_id)
        ),
    )


def points_example(record: Points, dimension: str) -> Points:
    """An invented village's quarter in the form of a real one: a published record's names
    and reasons would reach the guide, whatever its boards and reasons allow."""
    month = record.quarter[:4] + "-" + f"{int(record.quarter[-1]) * 3 - 2:02d}"
    return Points.model_validate(
        {
            "site": record.site,
            "quarter": record.quarter,
            "date": record.date.isoformat(),
            "party": [
                {
                    "branch": "某某嘎查党支部",
                    "members": [
                        {
                            "name": "党员甲",
                            "entries": [
                                {
                                    "month": month,
                                    "add": "5",
                                    "reason": "参加主题党日活动",
                                    "public": "true",
                                },
                                {"month": month, "deduct": "2", "reason": "无故缺席组织生活会"},
                            ],
                            "total": "3",
                        }
                    ],
                }
            ],
            "residents": [
                {
                    "name": "群众乙家",
                    "household": "true",
                    "entries": [{"month": month, "dimension": dimension, "add": "5"}],
                }
            ],
        }
    )
