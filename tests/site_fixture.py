"""A small content tree for the site tests, written into a temporary folder.

`write_content(root, hostile=...)` writes a county with a centre and a township
office (each with a 专职实践员), a village station, a team, a service, activities in two quarters,
honours (one withdrawn, one draft, one minor) and a bulletin. With `hostile`,
every free-text field of every record also carries `HOSTILE`: markup, script,
Markdown and template syntax that must come out of the build as literal text.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from generator.check.catalog import Catalog
from generator.check.geo import from_wgs84
from generator.records.network import Location

REPO = Path(__file__).resolve().parents[1]

HOSTILE = (
    "<script>alert(1)</script> javascript:alert(1) {: onclick=alert(1)} "
    "# 标题 [x](javascript:alert(1)) {{ 7*7 }} *em* | a | b | <b>粗</b> &amp;"
)
HOSTILE_LINE = HOSTILE.replace("\n", " ")


def _dump(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6), encoding="utf-8"
    )


def write_content(root: Path, *, hostile: bool = False, sample: bool = True) -> Path:
    """Write the tree under `root` (created) and return it."""
    x = f" {HOSTILE_LINE}" if hostile else ""
    shutil.copy(REPO / "content" / "vocabularies.yml", _mk(root) / "vocabularies.yml")
    _dump(
        root / "publisher.yml",
        {
            "name": f"测试县新时代文明实践网{x}",
            "description": f"测试用内容。{x}",
            "sample": str(sample).lower(),
            "objections": {
                "unit": f"测试县文明办{x}",
                "phone": "0910-1234567",
                "email": "wmb@example.org",
                "address": f"测试县人民路1号{x}",
            },
        },
    )
    _dump(
        root / "regions.yml",
        {
            "regions": [
                {"code": "610402", "name": "测试县"},
                {"code": "610402001", "name": f"马泉街道{x}", "parent": "610402"},
                {"code": "610402001001", "name": "东山村", "parent": "610402001"},
            ]
        },
    )
    _site(
        root, "test-center", f"测试县新时代文明实践中心{x}", "中心", "610402", None, x, target="1"
    )
    _site(
        root,
        "maquan-office",
        f"马泉街道新时代文明实践所{x}",
        "所",
        "610402001",
        "test-center",
        x,
        target="1",
    )
    _site(
        root,
        "dongshan-station",
        f"东山村新时代文明实践站{x}",
        "站",
        "610402001001",
        "maquan-office",
        x,
    )
    _dump(
        root / "teams" / "jinnang-team.yml",
        {
            "id": "jinnang-team",
            "name": f"东山村锦囊团志愿服务队{x}",
            "brand": f"锦囊团{x}",
            "site": "dongshan-station",
            "volunteers": "120+",
            "description": f"为老人读报、修理家电。{x}",
        },
    )
    _dump(
        root / "services" / "yizhen-service.yml",
        {
            "id": "yizhen-service",
            "name": f"义诊进社区{x}",
            "description": f"每月一次为老人量血压。{x}",
            "audience": f"辖区老人{x}",
            "sites": ["dongshan-station"],
            "teams": ["jinnang-team"],
            "order": [{"way": f"电话{x}", "detail": f"拨打 029-33210001{x}"}],
            "ratings": [{"quarter": "2026-Q3", "orders": "40", "rated": "30", "satisfied": "29"}],
        },
    )
    _activity(
        root,
        "2026-Q2",
        "2026q2-reading",
        f"书香东山读书会{x}",
        "阅读",
        "2026-05-04",
        "3",
        "120+",
        x,
    )
    _activity(
        root,
        "2026-Q3",
        "2026q3-yizhen",
        f"东山村义诊{x}",
        "义诊",
        "2026-07-15",
        "320+",
        "90000+",
        x,
    )
    _honor(root, "2026q3-family", "最美家庭", "家庭", f"王建国家庭{x}", "已认定", x)
    _honor(
        root, "2026q3-good", "身边好人", "个人", f"李秀英{x}", "公示中", x, good_class="助人为乐"
    )
    _honor(root, "2026q3-gone", "文明市民", "个人", "撤销者", "已撤销", x)
    _honor(root, "2026q3-draft", "文明市民", "个人", "草稿者", "已认定", x, draft=True)
    _honor(root, "2026q3-young", "新时代好少年", "个人", f"赵小明{x}", "已认定", x, minor=True)
    _points(root, x)
    _dump(
        root / "bulletins" / "2026-Q3.yml",
        {
            "quarter": "2026-Q3",
            "title": f"2026年第三季度简报{x}",
            "text": f"第一段。{x}\n\n第二段。{x}",
            "highlights": [
                {
                    "title": f"义诊进村{x}",
                    "text": f"群众满意。{x}",
                    "activity": "2026q3-yizhen",
                    "link": "https://example.org/report",
                }
            ],
        },
    )
    return root


POINTS_NAMES = {"red": "红榜党员", "grey": "灰榜党员", "black": "黑榜党员", "minor": "黑榜少年"}
"""Who stands where on the fixture's 积分公示 (dongshan-station, 2026-Q3)."""
SECRET_REASON = "不公开的减分原因"
PUBLIC_REASON = "公开的加分原因"


def _points(root: Path, x: str) -> None:
    """One village's quarter: a member on each board (one by 一票否决), a red household
    with a public reason, and a child on the black board, who must never be named."""

    def line(month: str, **more: Any) -> dict[str, Any]:
        return {"month": month, **more}

    n = POINTS_NAMES
    _dump(
        root / "points" / "2026-Q3" / "dongshan-station.yml",
        {
            "site": "dongshan-station",
            "quarter": "2026-Q3",
            "date": "2026-09-30",
            "party": [
                {
                    "branch": f"东山村党支部{x}",
                    "members": [
                        {"name": f"{n['red']}{x}", "entries": [line("2026-07", add="20")],
                         "total": "20"},
                        {"name": f"{n['grey']}{x}", "entries": [
                            line("2026-08", add="12"),
                            line("2026-09", deduct="2", reason=f"{SECRET_REASON}{x}"),
                        ]},
                        {"name": f"{n['black']}{x}", "entries": [
                            line("2026-07", add="30"),
                            line("2026-08", veto="true", reason=f"{SECRET_REASON}{x}"),
                        ]},
                    ],
                }
            ],
            "residents": [
                {"name": f"红榜人家{x}", "household": "true", "entries": [
                    line("2026-07", dimension="志愿服务", add="10", reason=f"{PUBLIC_REASON}{x}",
                         public="true"),
                    line("2026-08", dimension="环境卫生", add="10"),
                    line("2026-09", dimension="乡风文明", add="10"),
                    line("2026-09", dimension="勤劳致富", add="10"),
                ]},
                {"name": f"{n['minor']}{x}", "minor": "true", "guardian_consent": "true",
                 "entries": [line("2026-07", dimension="志愿服务", add="2")]},
            ],
        },
    )  # fmt: skip


def _mk(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _site(
    root: Path,
    sid: str,
    name: str,
    level: str,
    region: str,
    parent: str | None,
    x: str,
    target: str | None = None,
) -> None:
    data: dict[str, Any] = {"id": sid, "name": name, "level": level, "region": region}
    if parent:
        data["parent"] = parent
    data |= {
        "address": f"测试县{name}路1号{x}",
        "hours": f"周二至周日 9:00-17:00{x}",
        "phone": "029-33210001",
        "rooms": [{"name": f"理论宣讲室{x}", "description": f"可容纳60人。{x}"}],
        "services": [f"修鞋{x}", "配钥匙"],
        "description": f"{name}简介。{x}",
        "private": {"contact": "联系人钱七七", "phone": "13912345678", "note": "绝不公开的备注"},
    }
    if target:
        data["coverage"] = {"target": target, "note": f"下级站点{x}"}
    if level in ("中心", "所"):  # the posts the sample's vocabularies require
        private = {"phone": "13912345678", "pay": "绝不公开的补贴", "note": "绝不公开的备注"}
        data["staff"] = [
            {
                "name": f"钱晓红{x}",
                "role": "专职实践员",
                "phone": "029-33210009",
                "private": private,
            }
        ]
    _dump(root / "sites" / f"{sid}.yml", data)


def _activity(
    root: Path,
    quarter: str,
    aid: str,
    title: str,
    kind: str,
    day: str,
    sessions: str,
    attendance: str,
    x: str,
) -> None:
    _dump(
        root / "activities" / quarter / f"{aid}.yml",
        {
            "id": aid,
            "title": title,
            "type": kind,
            "sites": ["dongshan-station"],
            "teams": ["jinnang-team"],
            "service": "yizhen-service",
            "date": day,
            "sessions": sessions,
            "attendance": attendance,
            "summary": f"活动简介。{x}",
        },
    )


def _honor(
    root: Path,
    hid: str,
    category: str,
    subject: str,
    name: str,
    status: str,
    x: str,
    *,
    good_class: str | None = None,
    draft: bool = False,
    minor: bool = False,
) -> None:
    data: dict[str, Any] = {"id": hid, "category": category, "subject": subject, "name": name}
    if good_class:
        data["good_class"] = good_class
    if minor:
        data |= {"school": f"东山小学{x}", "grade": "五年级", "guardian_consent": "true"}
    else:
        data |= {"unit": f"马泉街道东山村{x}", "deeds": f"照顾孤寡老人十余年。{x}"}
    data |= {"site": "dongshan-station", "date": "2026-08-01", "status": status}
    if status == "公示中":
        data["notice"] = {"start": "2026-08-01", "end": "2026-08-07"}
    if status == "已撤销":
        data["withdrawn"] = "2026-08-20"
    if draft:
        data["draft"] = "true"
    data["private"] = {"id_card": "内部", "address": "绝不公开的住址"}
    _dump(root / "honors" / "2026-Q3" / f"{hid}.yml", data)


SITE_URL = "https://wenming.test/"  # .test: reserved for testing (RFC 2606)
"""The fixture's site_url: not the shipped placeholder, which a tree with sample: false refuses."""


def mkdocs_yml(folder: Path, content: Path, *, site_url: str = SITE_URL) -> Path:
    """A copy of the repository's mkdocs.yml that builds `content` from `folder`."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_url"] = site_url
    config["theme"]["custom_dir"] = str(REPO / "theme")
    config["docs_dir"] = str(_mk(folder / "docs"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "wenming" in plugin:
            plugin["wenming"]["content"] = str(content)
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def build(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` in a child process, as CI runs it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SOURCE_DATE_EPOCH", None)  # the build must be repeatable without it
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def place(catalog: Catalog, site_id: str, datum: str, lng: float, lat: float) -> Catalog:
    """The catalog with one site moved to a WGS-84 point, stored in `datum`."""
    x, y = from_wgs84(datum, lng, lat)
    location = Location(datum=datum, lng=str(round(x, 8)), lat=str(round(y, 8)))  # type: ignore[arg-type]
    site = catalog.sites[site_id].model_copy(update={"location": location})
    return replace(catalog, sites={**catalog.sites, site_id: site})
