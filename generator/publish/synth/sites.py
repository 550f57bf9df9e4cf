"""The sites of one county: its 中心, a 所 per township, a 站 per village, 基地 and 示范点.

Also the county's region codes (into `Writer.regions`), which the sites name.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .sizes import Size
from .words import (
    CENTER_ROOMS,
    COUNTIES,
    DAILY,
    HOURS,
    TOWN_KINDS,
    TOWN_PARTS,
    VILLAGE_FIRST,
    VILLAGE_SECOND,
)
from .writer import County, Place, Writer, coords, phone


def make_county(w: Writer, index: int, size: Size, prefixed: bool, city_code: str) -> County:
    rng = w.rng
    name, pinyin = COUNTIES[index]
    county = County(
        name=f"{name}县",
        pinyin=pinyin,
        code=f"{city_code}{21 + index:02d}",
        prefix=f"{pinyin}-" if prefixed else "",
        area=f"0{rng.randrange(310, 999)}",
    )
    seat_lng = 112.0 + (index % 5) * 0.45 + rng.uniform(-0.05, 0.05)
    seat_lat = 34.0 + (index // 5) * 0.4 + rng.uniform(-0.05, 0.05)
    w.regions.append({"code": int(county.code), "name": county.name})
    p = county.prefix
    county.center = w.unique("site", f"{p}{pinyin}-center")
    w.put(
        f"sites/{county.center}.yml",
        f"阵地：{county.name}新时代文明实践中心",
        {
            "id": county.center,
            "name": f"{county.name}新时代文明实践中心",
            "level": "中心",
            "region": int(county.code),
            "address": f"{county.name}城关镇人民路{rng.randrange(1, 300)}号融媒体中心",
            "location": coords(w, seat_lng, seat_lat),
            "hours": HOURS[0],
            "phone": phone(w, county),
            "established": date(2019, rng.randrange(1, 13), rng.randrange(1, 29)),
            "rooms": [{"name": n, "description": d} for n, d in CENTER_ROOMS],
            "description": f"{county.name}新时代文明实践中心统筹全县{size.townships}个所、"
            f"{size.townships * size.villages}个站的志愿服务，实行“点单、派单、接单、评单”服务模式。",
        },
    )
    county.sites.append(county.center)
    towns = rng.sample(TOWN_PARTS, size.townships)
    for t, (town_name, town_py) in enumerate(towns):
        kind = TOWN_KINDS[0] if t == 0 else rng.choice(TOWN_KINDS)
        code = f"{county.code}{t + 1:03d}"
        lng, lat = seat_lng + rng.uniform(-0.25, 0.25), seat_lat + rng.uniform(-0.2, 0.2)
        full = f"{town_name}{kind}"
        w.regions.append({"code": int(code), "name": full, "parent": int(county.code)})
        suo = w.unique("site", f"{p}{town_py}-suo")
        town = Place(code, full, town_py, suo, lng, lat)
        county.towns.append(town)
        w.put(
            f"sites/{suo}.yml",
            f"阵地：{full}新时代文明实践所",
            {
                "id": suo,
                "name": f"{full}新时代文明实践所",
                "level": "所",
                "region": int(code),
                "parent": county.center,
                "address": f"{county.name}{full}政府院内综合服务楼",
                "location": coords(w, lng, lat),
                "hours": rng.choice(HOURS),
                "phone": phone(w, county),
                "established": date(2020, rng.randrange(1, 13), rng.randrange(1, 29)),
                "coverage": {"target": size.villages, "note": f"{size.villages}个村（社区）"},
                "rooms": [{"name": n, "description": d} for n, d in rng.sample(CENTER_ROOMS, 2)],
                "description": f"{full}新时代文明实践所下设{size.villages}个实践站，"
                "组建所级志愿服务队，常态化开展理论宣讲和志愿服务。",
            },
        )
        county.sites.append(suo)
        names = rng.sample(
            [(a + b, pa + pb) for a, pa in VILLAGE_FIRST for b, pb in VILLAGE_SECOND], size.villages
        )
        for v, (vname, vpy) in enumerate(names):
            vcode = f"{code}{v + 1:03d}"
            suffix = "社区" if kind == "街道" else "村"
            vfull = vname + suffix
            w.regions.append({"code": int(vcode), "name": vfull, "parent": int(code)})
            vlng, vlat = lng + rng.uniform(-0.05, 0.05), lat + rng.uniform(-0.04, 0.04)
            zhan = w.unique("site", f"{p}{town_py}-{vpy}")
            village = Place(vcode, vfull, vpy, zhan, vlng, vlat, full)
            county.villages.append(village)
            data: dict[str, Any] = {
                "id": zhan,
                "name": f"{vfull}新时代文明实践站",
                "level": "站",
                "region": int(vcode),
                "parent": suo,
                "address": f"{county.name}{full}{vfull}{'居委会' if suffix == '社区' else '村委会'}",
                "location": coords(w, vlng, vlat),
                "hours": rng.choice(HOURS),
            }
            if rng.random() < 0.7:
                data["phone"] = phone(w, county)
            data["established"] = date(rng.choice((2020, 2021, 2022)), rng.randrange(1, 13), 1)
            if rng.random() < 0.6:
                data["services"] = rng.sample(DAILY, rng.randrange(1, 4))
            w.put(f"sites/{zhan}.yml", f"阵地：{vfull}新时代文明实践站", data)
            county.sites.append(zhan)
    for b in range(size.bases):
        village = rng.choice(county.villages)
        town = next(t for t in county.towns if village.code.startswith(t.code))
        title = rng.choice(
            [("红色教育基地", "hongse-jidi"), ("农耕文化基地", "nonggeng-jidi"),
             ("研学实践基地", "yanxue-jidi"), ("爱国主义教育基地", "aiguo-jidi")]
        )  # fmt: skip
        landmark(
            w, county, village, title, "基地",
            parent=town.site if b % 3 else county.center,
            address=f"{county.name}{town.name}{village.name}",
            shift=(0.003, -0.002), hours=HOURS[0],
            description=f"依托{village.name}的特色资源，开展宣讲、研学和社会实践。",
        )  # fmt: skip
    for _ in range(size.demos):
        village = rng.choice(county.villages)
        title = rng.choice(
            [("小微书吧", "xiaowei-shuba"), ("便民维修工坊", "weixiu-gongfang"),
             ("好人广场", "haoren-guangchang"), ("文明实践长廊", "shijian-changlang")]
        )  # fmt: skip
        landmark(
            w, county, village, title, "示范点",
            parent=village.site,
            address=f"{county.name}{village.town}{village.name}文化广场旁",
            shift=(-0.001, 0.001), hours=HOURS[2], services=2,
        )  # fmt: skip
    return county


def landmark(
    w: Writer,
    county: County,
    village: Place,
    title: tuple[str, str],
    level: str,
    *,
    parent: str,
    address: str,
    shift: tuple[float, float],
    hours: str,
    description: str | None = None,
    services: int = 0,
) -> None:
    """A 基地 or 示范点 in `village`, named after it: `title` is (name, pinyin); with a
    description, or with `services` daily services drawn after its coordinates."""
    sid = w.unique("site", f"{county.prefix}{village.pinyin}-{title[1]}")
    data: dict[str, Any] = {
        "id": sid,
        "name": f"{village.name}{title[0]}",
        "level": level,
        "region": int(village.code),
        "parent": parent,
        "address": address,
        "location": coords(w, village.lng + shift[0], village.lat + shift[1]),
        "hours": hours,
    }
    if description:
        data["description"] = description
    if services:
        data["services"] = w.rng.sample(DAILY, services)
    w.put(f"sites/{sid}.yml", f"阵地：{village.name}{title[0]}", data)
    county.sites.append(sid)
