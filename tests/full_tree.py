"""A small content tree in which every text field of every record type is filled.

`write_full_tree(root, say)` asks `say("name")` (one line) or `say("text")` (may hold
paragraphs) for each field's value, so a test can put its own string — benign, hostile
or generated — into every one: publisher, regions, a vocabulary entry, sites with rooms,
daily services, coverage and corrections, a team, a service with its order methods,
activities, honours (person, family, collective, child) and a bulletin with highlights.
`private` fills the `private` block of every site, team, service and honour, and of
each site's staff member.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator.records.base import Private

Say = Callable[[str], str]
PRIVATE_FIELDS = tuple(Private.model_fields)
REPO = Path(__file__).resolve().parents[1]


def _dump(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)
    path.write_text(text, encoding="utf-8")


def _fix(say: Say) -> Callable[[], dict[str, str]]:
    return lambda: {"date": "2026-08-02", "reason": say("text")}


def write_full_tree(root: Path, say: Say, private: dict[str, str] | None = None) -> Path:
    """Write the tree under `root` and return it."""
    correction = _fix(say)
    secret = {"private": dict(private)} if private else {}
    # A staff member's private block holds the same sentinels under its own fields.
    staff = {}
    if private:
        staff = {
            "private": {
                "phone": private["phone"],
                "pay": private["contact"],
                "note": private["note"],
            }
        }
    vocab = yaml.safe_load((REPO / "content" / "vocabularies.yml").read_text(encoding="utf-8"))
    own_type = say("name")
    vocab["activity_types"].append(own_type)  # a county's own type names a page and its URL
    _dump(root / "vocabularies.yml", vocab)
    objections = {"unit": say("name"), "phone": "0910-1234567", "address": say("name")}
    _dump(
        root / "publisher.yml",
        {"name": say("name"), "description": say("text"), "objections": objections},
    )
    _dump(
        root / "regions.yml",
        {
            "regions": [
                {"code": "610402", "name": say("name")},
                {"code": "610402001", "name": say("name"), "parent": "610402"},
                {"code": "610402001001", "name": say("name"), "parent": "610402001"},
            ]
        },
    )
    sites = [
        ("test-center", "中心", "610402", None, (108.70512, 34.34821)),
        ("maquan-office", "所", "610402001", "test-center", (108.70612, 34.34921)),
        ("dongshan-station", "站", "610402001001", "maquan-office", (108.70712, 34.35021)),
    ]
    for sid, level, region, parent, (lng, lat) in sites:
        data: dict[str, Any] = {"id": sid, "name": say("name"), "level": level, "region": region}
        if parent:
            data["parent"] = parent
        data |= {
            "address": say("text"),
            "location": {"datum": "gcj02", "lng": str(lng), "lat": str(lat)},
            "hours": say("name"),
            "phone": "029-33210001",
            "rooms": [
                {"name": say("name"), "description": say("text")},
                {"name": say("name")},
            ],
            "services": [say("name"), say("name")],
            "coverage": {"target": "1", "note": say("name")},
            "established": "2021-06-30",
            "description": say("text"),
            "staff": [
                {"name": say("name"), "role": "专职实践员", "phone": "0354-4112019", **staff}
            ],
            **secret,
            "corrections": [correction()],
        }
        if sid == "dongshan-station":
            data["former_ids"] = ["dongshan-old"]
        _dump(root / "sites" / f"{sid}.yml", data)
    _dump(
        root / "teams" / "jinnang-team.yml",
        {
            "id": "jinnang-team",
            "name": say("name"),
            "brand": say("name"),
            "site": "dongshan-station",
            "volunteers": "120+",
            "founded": "2022-03-05",
            "description": say("text"),
            **secret,
            "corrections": [correction()],
        },
    )
    _dump(
        root / "services" / "yizhen-service.yml",
        {
            "id": "yizhen-service",
            "name": say("name"),
            "description": say("text"),
            "audience": say("name"),
            "sites": ["dongshan-station", "test-center"],
            "teams": ["jinnang-team"],
            "order": [
                {"way": say("name"), "detail": say("name")},
                {"way": say("name"), "detail": say("name")},
            ],
            "ratings": [{"quarter": "2026-Q3", "orders": "40", "rated": "30", "satisfied": "29"}],
            **secret,
            "corrections": [correction()],
        },
    )
    for quarter, aid, kind, day in [
        ("2026-Q2", "2026q2-reading", "阅读", "2026-05-04"),
        ("2026-Q3", "2026q3-yizhen", "义诊", "2026-07-15"),
        ("2026-Q3", "2026q3-own", own_type, "2026-08-15"),
    ]:
        _dump(
            root / "activities" / quarter / f"{aid}.yml",
            {
                "id": aid,
                "title": say("name"),
                "type": kind,
                "sites": ["dongshan-station"],
                "teams": ["jinnang-team"],
                "service": "yizhen-service",
                "date": day,
                "sessions": "320+",
                "attendance": "90000+",
                "summary": say("text"),
                "corrections": [correction()],
            },
        )
    # 活动预告: announced ahead, so shown before its day, place and all (and in the calendars).
    _dump(
        root / "activities" / "2099-Q4" / "2099q4-plan.yml",
        {
            "id": "2099q4-plan",
            "title": say("name"),
            "type": "义诊",
            "status": "预告",
            "sites": ["dongshan-station"],
            "teams": ["jinnang-team"],
            "date": "2099-12-30",
            "start_time": "19:30",
            "end_time": "21:00",
            "place": say("name"),
            "summary": say("text"),
        },
    )
    honors: list[tuple[str, dict[str, Any]]] = [
        ("2026q3-family", {"category": "最美家庭", "subject": "家庭", "status": "已认定"}),
        (
            "2026q3-good",
            {
                "category": "身边好人",
                "good_class": "助人为乐",
                "subject": "个人",
                "status": "公示中",
                "notice": {"start": "2026-08-01", "end": "2026-08-07"},
            },
        ),
        ("2026q3-team", {"category": "文明家庭", "subject": "家庭", "status": "已认定"}),
    ]
    for hid, fields in honors:
        data = {"id": hid, "category": fields.pop("category")}
        data |= {k: fields.pop(k) for k in ("good_class", "subject") if k in fields}
        data |= {"name": say("name"), "unit": say("name"), "site": "dongshan-station"}
        data |= {"deeds": say("text"), "date": "2026-08-01", **fields, **secret}
        data["corrections"] = [correction()]
        _dump(root / "honors" / "2026-Q3" / f"{hid}.yml", data)
    _dump(
        root / "honors" / "2026-Q3" / "2026q3-young.yml",
        {
            "id": "2026q3-young",
            "category": "新时代好少年",
            "subject": "个人",
            "name": say("name"),
            "school": say("name"),
            "grade": say("name"),
            "site": "dongshan-station",  # kept internal: never shown beside a child
            "date": "2026-08-01",
            "status": "已认定",
            "guardian_consent": "true",
            **secret,
        },
    )
    _dump(
        root / "bulletins" / "2026-Q3.yml",
        {
            "quarter": "2026-Q3",
            "title": say("name"),
            "text": say("text"),
            "highlights": [
                {
                    "title": say("name"),
                    "text": say("text"),
                    "activity": "2026q3-yizhen",
                    "link": "https://example.org/report",
                },
                {"title": say("name"), "text": say("text")},
            ],
            "corrections": [correction()],
        },
    )
    return root
