"""Data page: the open-data downloads, and what every column means, in Chinese.

The column notes come from the record models' own descriptions where a column is a
field, and from this module for the few columns the downloads derive (quarter,
region name, the approximate-count flags), so the page says exactly what the
files hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from pydantic import BaseModel

from ..check.catalog import Catalog
from ..records.chronicle import Activity, Honor, Notice
from ..records.network import Location, Site, Team
from ..records.points import Points
from ..records.quarter import quarter_label
from .files.opendata import KIND_TITLES, KINDS, scopes
from .pages import Link, Page
from .public import COLUMNS
from .urls import DATA_URL, calendar_path, data_path, feed_path, schema_path

_MODELS: dict[str, type[BaseModel]] = {
    "sites": Site,
    "teams": Team,
    "activities": Activity,
    "honors": Honor,
    "points": Points,
}
_DERIVED = {
    "region_name": "所属区划的名称。",
    "datum": Location.model_fields["datum"].description or "",
    "lng": "经度（按上一列的坐标系）。",
    "lat": "纬度（按上一列的坐标系）。",
    "quarter": "记录所属季度（北京时间），例如 2026-Q3。",
    "volunteers_approx": "是：志愿者人数为约数（“余”）。",
    "sessions_approx": "是：场次为约数（“余”）。",
    "attendance_approx": "是：人次为约数（“余”）。",
    "notice_start": Notice.model_fields["start"].description or "",
    "notice_end": Notice.model_fields["end"].description or "",
    "rooms": "功能室名称，多个之间用“；”分隔。",
    # 积分 (public.py): each row is one village's 党员积分 or 群众积分 of one quarter.
    "village": "嘎查村或社区的名称。",
    "group": "党员积分 或 群众积分。",
    "people": "本季度登记积分的人数（群众积分按人或按户）。",
    "average": "本季度的平均分（保留一位小数）。",
    "red": "列入红榜的人数。",
    "grey": "列入灰榜的人数。",
    "black": "列入黑榜的人数（含一票否决）。",
    "red_names": "红榜名单，多个之间用“；”分隔。",
    "grey_names": "灰榜名单：默认不公开（为空），县里在 vocabularies.yml 写 points.names_on_grey_black: true 才公开；未成年人始终不列。",
    "black_names": "黑榜名单：同灰榜名单。",
    "staff": "实践人员：姓名（岗位，办公电话），多人之间用“；”分隔；个人手机和岗位补贴不公开。",
    "staff_complete": "是：已配备 vocabularies.yml 的 staff_required 为该级别要求的岗位（例如所的专职实践员）；否：尚未配备；空：该级别没有要求。",
}


@dataclass(frozen=True)
class ColumnDoc:
    field: str
    title: str
    note: str


@dataclass(frozen=True)
class DataPage(Page):
    template: ClassVar[str] = "data.html"
    downloads: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...]
    """(scope label, ((kind title, json path, csv path), …))"""
    columns: tuple[tuple[str, str, tuple[ColumnDoc, ...]], ...]
    """(kind title, schema path, columns)"""
    feeds: tuple[Link, ...]


_OF_KIND = {("points", "id"): "编号：站点编号、季度和积分类别，例如 bytl-baolige-2026-q3-party。"}


def _note(kind: str, field: str) -> str:
    if (kind, field) in _OF_KIND:
        return _OF_KIND[(kind, field)]
    if field in _DERIVED:
        return _DERIVED[field]
    info = _MODELS[kind].model_fields.get(field)
    return (info.description or "") if info is not None else ""


def data_page(catalog: Catalog) -> DataPage:
    downloads = []
    for scope in scopes(catalog):
        label = "全部季度" if scope == "all" else quarter_label(scope)
        files = tuple(
            (KIND_TITLES[k], data_path(scope, k, "json"), data_path(scope, k, "csv")) for k in KINDS
        )
        downloads.append((label, files))
    columns = tuple(
        (
            KIND_TITLES[kind],
            schema_path(kind),
            tuple(
                ColumnDoc(field, title, _note(kind, field))
                for field, title in COLUMNS[kind].items()
            ),
        )
        for kind in KINDS
    )
    feeds = (
        Link("简报 Atom", feed_path("bulletins", "atom")),
        Link("简报 RSS", feed_path("bulletins", "rss")),
        Link("光荣榜 Atom", feed_path("honors", "atom")),
        Link("光荣榜 RSS", feed_path("honors", "rss")),
        Link("全县活动日历 iCalendar", calendar_path()),  # 活动预告; each site's is on its page
    )
    return DataPage(
        url=DATA_URL, title="开放数据", downloads=tuple(downloads), columns=columns, feeds=feeds
    )
