"""Public: the fields of each record that may leave the repository, and nothing else.

Every download and feed is made from these projections, so a new private field in
a model stays private unless it is added here on purpose. Children's entries are
cut down to name, school and grade (with the category and dates that place them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..check.catalog import Catalog
from ..check.staffing import staffed
from ..records.chronicle import Activity, Honor
from ..records.network import Site, Team
from ..records.points import Points
from ..records.quarter import quarter_of
from .boards import GROUP_NAMES, quarter_groups

# Field → Chinese column title, in column order, per record type.
COLUMNS: dict[str, dict[str, str]] = {
    "sites": {
        "id": "编号",
        "name": "名称",
        "level": "级别",
        "region": "区划代码",
        "region_name": "区划名称",
        "parent": "上级站点",
        "address": "地址",
        "datum": "坐标系",
        "lng": "经度",
        "lat": "纬度",
        "hours": "开放时间",
        "phone": "公开电话",
        "rooms": "功能室",
        "services": "日常服务",
        "staff": "实践人员",
        "staff_complete": "已配必配岗位",
    },
    "teams": {
        "id": "编号",
        "name": "名称",
        "brand": "品牌",
        "site": "所属站点",
        "volunteers": "志愿者人数",
        "volunteers_approx": "人数为约数",
    },
    "activities": {
        "id": "编号",
        "quarter": "季度",
        "title": "标题",
        "type": "类型",
        "sites": "站点",
        "teams": "服务队",
        "date": "日期",
        "end_date": "结束日期",
        "status": "状态",
        "start_time": "开始时间",
        "end_time": "结束时间",
        "place": "活动地点",
        "sessions": "场次",
        "sessions_approx": "场次为约数",
        "attendance": "人次",
        "attendance_approx": "人次为约数",
        "summary": "简介",
    },
    "honors": {
        "id": "编号",
        "quarter": "季度",
        "category": "类别",
        "good_class": "好人类别",
        "subject": "对象",
        "name": "姓名或名称",
        "unit": "单位或村社区",
        "school": "学校",
        "grade": "年级",
        "site": "推荐站点",
        "deeds": "事迹",
        "date": "发布日期",
        "status": "状态",
        "notice_start": "公示开始",
        "notice_end": "公示结束",
    },
    # 积分: one row per village, quarter and group; names only as boards.py allows.
    "points": {
        "id": "编号",
        "quarter": "季度",
        "site": "站点",
        "village": "嘎查村",
        "group": "积分类别",
        "people": "参与人数",
        "average": "平均分",
        "red": "红榜人数",
        "grey": "灰榜人数",
        "black": "黑榜人数",
        "red_names": "红榜名单",
        "grey_names": "灰榜名单",
        "black_names": "黑榜名单",
    },
}

LIST_SEPARATOR = "；"


def _site(site: Site, catalog: Catalog) -> dict[str, Any]:
    region = catalog.regions.get(site.region)
    location = site.location
    return {
        "id": site.id,
        "name": site.name,
        "level": site.level,
        "region": site.region,
        "region_name": region.name if region else None,
        "parent": site.parent,
        "address": site.address,
        "datum": location.datum if location else None,
        "lng": location.lng if location else None,
        "lat": location.lat if location else None,
        "hours": site.hours,
        "phone": site.phone,
        "rooms": [room.name for room in site.rooms],
        "services": list(site.services),
        # Staff: name, role and office phone only; their private blocks never leave.
        "staff": [
            f"{m.name}（{m.role}，{m.phone}）" if m.phone else f"{m.name}（{m.role}）"
            for m in site.staff
        ],
        "staff_complete": staffed(site, catalog.vocab),
    }


def _team(team: Team, catalog: Catalog) -> dict[str, Any]:
    return {
        "id": team.id,
        "name": team.name,
        "brand": team.brand,
        "site": team.site,
        "volunteers": team.volunteers.value if team.volunteers else None,
        "volunteers_approx": team.volunteers.approx if team.volunteers else None,
    }


def _activity(activity: Activity, catalog: Catalog) -> dict[str, Any]:
    return {
        "id": activity.id,
        "quarter": quarter_of(activity.date),
        "title": activity.title,
        "type": activity.type,
        "sites": list(activity.sites),
        "teams": list(activity.teams),
        "date": activity.date.isoformat(),
        "end_date": activity.end_date.isoformat() if activity.end_date else None,
        "status": activity.status,
        "start_time": f"{activity.start_time:%H:%M}" if activity.start_time else None,
        "end_time": f"{activity.end_time:%H:%M}" if activity.end_time else None,
        "place": activity.place,
        # An activity announced ahead (预告) or called off (已取消) has no counts yet.
        "sessions": activity.sessions.value if activity.sessions else None,
        "sessions_approx": activity.sessions.approx if activity.sessions else None,
        "attendance": activity.attendance.value if activity.attendance else None,
        "attendance_approx": activity.attendance.approx if activity.attendance else None,
        "summary": activity.summary,
    }


def is_minor(honor: Honor, catalog: Catalog) -> bool:
    return any(c.minor for c in catalog.vocab.honor_categories if c.name == honor.category)


def _honor(honor: Honor, catalog: Catalog) -> dict[str, Any]:
    minor = is_minor(honor, catalog)
    return {
        "id": honor.id,
        "quarter": quarter_of(honor.date),
        "category": honor.category,
        "good_class": honor.good_class,
        "subject": honor.subject,
        "name": honor.name,
        "unit": None if minor else honor.unit,
        "school": honor.school if minor else None,
        "grade": honor.grade if minor else None,
        "site": None if minor else honor.site,
        "deeds": None if minor else honor.deeds,
        "date": honor.date.isoformat(),
        "status": catalog.honor_status(honor),
        "notice_start": honor.notice.start.isoformat() if honor.notice else None,
        "notice_end": honor.notice.end.isoformat() if honor.notice else None,
    }


def _points(record: Points, catalog: Catalog) -> list[dict[str, Any]]:
    """The boards of one village's quarter, by group: counts always, names as shown."""
    site = catalog.public_sites[record.site]
    region = catalog.regions.get(site.region)
    rows = []
    for group in quarter_groups(record, catalog.vocab.points):
        row: dict[str, Any] = {
            "id": f"{record.id}-{group.group}",
            "quarter": record.quarter,
            "site": record.site,
            "village": region.name if region else site.name,
            "group": GROUP_NAMES[group.group],
            "people": group.people,
            "average": group.average,
        }
        row.update({board.board: board.count for board in group.boards})
        row.update(
            {f"{board.board}_names": [p.name for p in board.people] for board in group.boards}
        )
        rows.append(row)
    return rows


PROJECTIONS: dict[str, Callable[[Any, Catalog], dict[str, Any]]] = {
    "sites": _site,
    "teams": _team,
    "activities": _activity,
    "honors": _honor,
}


def public_rows(catalog: Catalog, kind: str) -> list[dict[str, Any]]:
    """The public rows of one record type, id order."""
    views: dict[str, dict[str, Any]] = {
        "sites": catalog.public_sites,
        "teams": catalog.public_teams,
        "activities": catalog.calendar_activities,  # held, and announced ahead (活动预告)
        "honors": catalog.public_honors,
        "points": catalog.public_points,
    }
    records = views[kind]
    if kind == "points":
        return [row for _, r in sorted(records.items()) for row in _points(r, catalog)]
    return [PROJECTIONS[kind](record, catalog) for _, record in sorted(records.items())]
