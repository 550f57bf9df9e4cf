"""A county's honours (光荣榜) and the bulletins (简报), one per quarter for the whole tree."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .sizes import QUARTERS, Size
from .texts import CATEGORIES, DEEDS, GOOD_DEEDS, GRADES, SUBJECTS, UNITS
from .writer import County, Writer


def make_honors(w: Writer, county: County, size: Size) -> None:
    rng, p = w.rng, county.prefix
    names = list(CATEGORIES)
    weights = [CATEGORIES[n][1] for n in names]
    chosen = names + rng.choices(names, weights, k=max(0, size.honors - len(names)))
    chosen = chosen[: size.honors]
    rng.shuffle(chosen)
    for i, category in enumerate(chosen):
        quarter = QUARTERS[i * len(QUARTERS) // len(chosen)]
        qid = quarter.lower().replace("-", "")
        abbr = CATEGORIES[category][0]
        village = rng.choice(county.villages)
        minor = category == "新时代好少年"
        subject = rng.choice(SUBJECTS[category])
        name, name_py = w.person(child=minor)
        if subject == "家庭":
            name = f"{name}家庭"
        elif subject == "集体":
            unit = rng.choice(UNITS)
            name, name_py = f"{unit}{rng.choice(['志愿服务队', '党支部', '青年突击队'])}", "jiti"
        hid = w.unique("honor", f"{qid}-{p}{abbr}-{name_py}")
        day = w.day(quarter)
        data: dict[str, Any] = {"id": hid, "category": category}
        good = None
        if category in ("身边好人", "道德模范"):
            good = rng.choice(list(GOOD_DEEDS))
            data["good_class"] = good
        data |= {"subject": subject, "name": name}
        if minor:
            data["school"] = f"{village.town}中心小学"
            data["grade"] = rng.choice(GRADES)
        else:
            data["unit"] = f"{village.town}{village.name}"
        data["site"] = village.site
        if not minor:
            data["deeds"] = GOOD_DEEDS[good] if good else rng.choice(DEEDS)
        data["date"] = day
        roll = rng.random()
        # Withdrawn only before the last quarter, so no withdrawal is dated after the day
        # the content is checked (a withdrawal ahead of today is an error; timeline.py).
        if roll < 0.03 and quarter != QUARTERS[-1]:
            data["status"] = "已撤销"
            data["withdrawn"] = day + timedelta(days=rng.randrange(5, 30))
        elif roll < 0.1 and quarter == QUARTERS[-1]:
            data["status"] = "公示中"
            data["notice"] = {"start": day, "end": day + timedelta(days=6)}
        else:
            data["status"] = "已认定"
        if minor:
            data["guardian_consent"] = True
        w.put(f"honors/{quarter}/{hid}.yml", f"光荣榜：{category}", data)


def make_bulletins(w: Writer, place: str) -> None:
    rng = w.rng
    for quarter in QUARTERS:
        year, q = quarter[:4], "一二三四"[int(quarter[-1]) - 1]
        picks = sorted(rng.sample(w.activities[quarter], min(3, len(w.activities[quarter]))))
        data = {
            "quarter": quarter,
            "title": f"{year}年第{q}季度新时代文明实践简报",
            "text": f"本季度，{place}各级新时代文明实践中心、所、站围绕宣传群众、教育群众、关心群众、"
            "服务群众，开展了理论宣讲、文艺演出、义诊、便民服务等活动。\n\n"
            "本季度的活动场次、参与人次和光荣榜按本网站收录的记录统计，见下方数字。\n\n"
            "说明：本网站内容为合成的演示数据，人物、地点均为虚构。",
            "highlights": [
                {
                    "title": f"亮点活动 {n + 1}",
                    "text": "群众参与热情高，活动受到广泛好评。",
                    "activity": a,
                }
                for n, a in enumerate(picks)
            ],
        }
        w.put(f"bulletins/{quarter}.yml", f"简报：{quarter}", data)
