"""A county's teams, services and activities, drawn after its sites (`sites.make_county`)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .sizes import QUARTERS, Size, bounds
from .texts import ACTIVITY_TYPES, FESTIVALS, SERVICES, SKILLS, SUMMARIES, THEMES, WHAT
from .words import BRANDS
from .writer import County, Writer, amount, in_text, phone


def make_teams(w: Writer, county: County, size: Size) -> None:
    rng, p = w.rng, county.prefix
    for i in range(size.teams):
        if i < len(county.towns):
            town = county.towns[i]
            tid = w.unique("team", f"{p}{town.pinyin}-xuanjiang")
            name, site, brand = f"{town.name}理论宣讲志愿服务队", town.site, None
        elif i == len(county.towns):
            tid = w.unique("team", f"{p}{county.pinyin}-laonian-yishutuan")
            name, site, brand = f"{county.name}老年大学艺术团", county.center, "老年大学艺术团"
        else:
            village = rng.choice(county.villages)
            brand, brand_py = rng.choice(BRANDS)
            tid = w.unique("team", f"{p}{village.pinyin}-{brand_py}")
            name, site = f"{village.name}{brand}志愿服务队", village.site
        data: dict[str, Any] = {"id": tid, "name": name}
        if brand:
            data["brand"] = brand
        n = rng.randrange(12, 160)
        data |= {
            "site": site,
            "volunteers": amount(n - n % 10, True) if rng.random() < 0.3 else n,
            "founded": date(rng.choice((2019, 2020, 2021, 2022, 2023)), rng.randrange(1, 13), 1),
            "description": f"由党员、退休干部和热心群众组成，常年开展{rng.choice(ACTIVITY_TYPES)[0]}等志愿服务。",
        }
        w.put(f"teams/{tid}.yml", f"志愿服务队：{name}", data)
        county.teams.append(tid)


def make_services(w: Writer, county: County, size: Size) -> None:
    rng, p = w.rng, county.prefix
    for name, pinyin, kind, audience, text in SERVICES[: size.services]:
        sid = w.unique("service", f"{p}{pinyin}")
        sites = sorted(rng.sample(county.sites[1:], rng.randrange(1, 5)))
        teams = sorted(rng.sample(county.teams, rng.randrange(1, 3)))
        ratings = []
        for quarter in QUARTERS:
            orders = rng.randrange(8, 80)
            rated = rng.randrange(orders // 2, orders + 1)
            ratings.append(
                {"quarter": quarter, "orders": orders, "rated": rated,
                 "satisfied": rng.randrange(rated * 8 // 10, rated + 1)}
            )  # fmt: skip
        data: dict[str, Any] = {
            "id": sid,
            "name": name,
            "description": text,
            "audience": audience,
            "sites": sites,
            "teams": teams,
        }
        if rng.random() < 0.3:
            data["steps"] = ["点单", "派单", "配单", "接单", "送单", "评单"]
        data["order"] = [
            {"way": "电话", "detail": f"拨打{county.name}新时代文明实践中心 {phone(w, county)}"},
            {"way": "到站登记", "detail": "到就近的新时代文明实践站服务台登记"},
            {
                "way": "小程序",
                "detail": f"微信搜索“{county.name}文明实践”小程序，进入“服务菜单”点单",
            },
        ]
        data["ratings"] = ratings
        w.put(f"services/{sid}.yml", f"服务菜单：{name}", data)
        county.services.append((sid, kind, sites, teams))


def make_activities(w: Writer, county: County, size: Size) -> None:
    rng, p = w.rng, county.prefix
    places = county.villages + county.towns
    for quarter in QUARTERS:
        qid, q = quarter.lower().replace("-", ""), int(quarter[-1])
        for _ in range(size.activities):
            kind, kind_py, content, form, titles = rng.choice(ACTIVITY_TYPES)
            place = rng.choice(places)
            town = place.town or place.name
            title = rng.choice(titles).format(
                place=place.name,
                town=town[:2],
                theme=rng.choice(THEMES),
                skill=rng.choice(SKILLS),
                festival=rng.choice(FESTIVALS[q]),
            )
            aid = w.unique("activity", f"{qid}-{p}{place.pinyin}-{kind_py}")
            sites, teams = [place.site], list[str]()
            service = None
            offers = [s for s in county.services if s[1] == kind]
            if offers and rng.random() < 0.4:
                service, _, sites, teams = rng.choice(offers)
                sites = [rng.choice(sites)]
            elif rng.random() < 0.6:
                teams = [rng.choice(county.teams)]
            if rng.random() < 0.05:
                sites = sorted({*sites, rng.choice(county.sites)})
            start = w.day(quarter)
            series = rng.random() < 0.08
            data: dict[str, Any] = {
                "id": aid,
                "title": title,
                "type": kind,
                "content": content,
                "form": form,
                "sites": sites,
            }
            if teams:
                data["teams"] = teams
            if service:
                data["service"] = service
            if series:
                begin, end = bounds(quarter)
                data["date"] = begin + timedelta(days=rng.randrange(15))
                data["end_date"] = end - timedelta(days=rng.randrange(15))
                sessions = amount(rng.randrange(2, 40) * 10, True)
                attendance = amount(rng.randrange(10, 300) * 100, True)
            else:
                data["date"] = start
                sessions = rng.choice((1, 1, 1, 2, 3, 4, 6))
                attendance = amount(rng.randrange(20, 600), False)
            data["sessions"], data["attendance"] = sessions, attendance
            team_name = "志愿者们" if not teams else "志愿服务队"
            data["summary"] = (
                rng.choice(SUMMARIES).format(team=team_name, place=place.name, what=WHAT[form])
                + f"共开展{in_text(sessions)}场次，{in_text(attendance)}人次参与。"
            )
            w.put(f"activities/{quarter}/{aid}.yml", f"活动：{title}", data)
            w.activities[quarter].append(aid)
