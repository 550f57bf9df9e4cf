"""Synthetic content at scale: a county's or a city's records, realistic and reproducible.

`write_synthetic(out, scale, seed)` writes a complete content tree that passes
`wenming check`, for benchmarks (`bench/run.py`) and tests. A county has about 250
sites (1 中心, 15 所, the rest 站/基地/示范点), 60 teams, 12 services, 3,000
activities a year over eight quarters (2025-Q1 … 2026-Q4), 500 honours and one
bulletin per quarter; a city is ten such counties under one publisher, every id
prefixed with its county so ids stay unique. `tiny` is a few dozen records for
unit tests.

Names and texts are drawn from word lists (surnames, given-name characters, place
name parts, title patterns) with one `random.Random(seed)`, in a fixed order: the
same seed gives byte-identical files. Nothing here reads the clock or relies on
hash order. All people and places are fictional; the publisher says `sample: true`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

import yaml

Scale = Literal["tiny", "county", "city"]
SCALES: tuple[Scale, ...] = ("tiny", "county", "city")


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """`yaml.safe_dump`'s output (the C emitter when there is one: ~10× faster), no aliases.

    The checker refuses anchors and aliases, which PyYAML writes for a value used twice.
    """

    def ignore_aliases(self, data: Any) -> bool:
        return True


@dataclass(frozen=True)
class Size:
    """How much of each record type one county gets."""

    townships: int
    villages: int  # per township
    bases: int
    demos: int
    teams: int
    services: int
    activities: int  # per quarter
    honors: int  # over all quarters
    counties: int = 1


SIZES: dict[Scale, Size] = {
    "tiny": Size(
        townships=2, villages=3, bases=1, demos=1, teams=4, services=3, activities=6, honors=24
    ),
    "county": Size(
        townships=15,
        villages=14,
        bases=12,
        demos=12,
        teams=60,
        services=12,
        activities=750,
        honors=500,
    ),
    "city": Size(
        townships=15,
        villages=14,
        bases=12,
        demos=12,
        teams=60,
        services=12,
        activities=750,
        honors=500,
        counties=10,
    ),
}
QUARTERS = tuple(f"{y}-Q{q}" for y in (2025, 2026) for q in (1, 2, 3, 4))

# --- Word lists: (汉字, pinyin) -------------------------------------------------------------

SURNAMES = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"), ("徐", "xu"), ("孙", "sun"),
    ("胡", "hu"), ("朱", "zhu"), ("高", "gao"), ("林", "lin"), ("何", "he"), ("郭", "guo"),
    ("马", "ma"), ("罗", "luo"), ("梁", "liang"), ("宋", "song"), ("郑", "zheng"), ("谢", "xie"),
    ("韩", "han"), ("唐", "tang"), ("冯", "feng"), ("于", "yu"), ("董", "dong"), ("程", "cheng"),
    ("曹", "cao"), ("袁", "yuan"), ("邓", "deng"), ("许", "xu"), ("沈", "shen"), ("曾", "zeng"),
    ("彭", "peng"), ("吕", "lv"), ("苏", "su"), ("卢", "lu"), ("蒋", "jiang"), ("蔡", "cai"),
    ("贾", "jia"), ("丁", "ding"), ("魏", "wei"), ("薛", "xue"), ("叶", "ye"), ("潘", "pan"),
    ("杜", "du"), ("戴", "dai"), ("夏", "xia"), ("田", "tian"), ("任", "ren"), ("姜", "jiang"),
    ("范", "fan"), ("方", "fang"), ("石", "shi"), ("姚", "yao"), ("谭", "tan"), ("白", "bai"),
    ("崔", "cui"), ("康", "kang"), ("乔", "qiao"), ("贺", "he"), ("武", "wu"), ("汪", "wang"),
]  # fmt: skip
GIVEN = [
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
    ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"),
    ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"),
    ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("桂", "gui"), ("英", "ying"), ("华", "hua"),
    ("玉", "yu"), ("兰", "lan"), ("红", "hong"), ("建", "jian"), ("国", "guo"), ("文", "wen"),
    ("志", "zhi"), ("海", "hai"), ("春", "chun"), ("梅", "mei"), ("德", "de"), ("福", "fu"),
    ("生", "sheng"), ("荣", "rong"), ("凤", "feng"), ("琴", "qin"), ("淑", "shu"), ("珍", "zhen"),
    ("云", "yun"), ("成", "cheng"), ("林", "lin"), ("辉", "hui"), ("鹏", "peng"), ("飞", "fei"),
]  # fmt: skip
CHILD_GIVEN = [
    ("梓", "zi"), ("萱", "xuan"), ("轩", "xuan"), ("涵", "han"), ("欣", "xin"), ("怡", "yi"),
    ("晨", "chen"), ("宇", "yu"), ("浩", "hao"), ("然", "ran"), ("子", "zi"), ("墨", "mo"),
    ("雨", "yu"), ("彤", "tong"), ("一", "yi"), ("诺", "nuo"), ("思", "si"), ("睿", "rui"),
]  # fmt: skip
COUNTIES = [
    ("清河", "qinghe"), ("青山", "qingshan"), ("河阳", "heyang"), ("安平", "anping"),
    ("宁远", "ningyuan"), ("临川", "linchuan"), ("东平", "dongping"), ("西林", "xilin"),
    ("南丰", "nanfeng"), ("北泉", "beiquan"), ("丰乐", "fengle"), ("永宁", "yongning"),
]  # fmt: skip
TOWN_PARTS = [
    ("城关", "chengguan"), ("新集", "xinji"), ("双河", "shuanghe"), ("太平", "taiping"),
    ("永安", "yongan"), ("长乐", "changle"), ("白马", "baima"), ("柳林", "liulin"),
    ("石桥", "shiqiao"), ("龙泉", "longquan"), ("三里", "sanli"), ("杏花", "xinghua"),
    ("金鸡", "jinji"), ("黄土", "huangtu"), ("桃园", "taoyuan"), ("青龙", "qinglong"),
    ("大营", "daying"), ("红旗", "hongqi"), ("槐树", "huaishu"), ("古城", "gucheng"),
]  # fmt: skip
TOWN_KINDS = ["镇", "乡", "街道"]
VILLAGE_FIRST = [
    ("东", "dong"), ("西", "xi"), ("南", "nan"), ("北", "bei"), ("上", "shang"), ("下", "xia"),
    ("前", "qian"), ("后", "hou"), ("大", "da"), ("小", "xiao"), ("新", "xin"), ("高", "gao"),
    ("李", "li"), ("王", "wang"), ("张", "zhang"), ("石", "shi"), ("柳", "liu"), ("杏", "xing"),
    ("桃", "tao"), ("枣", "zao"), ("马", "ma"), ("牛", "niu"), ("何", "he"), ("田", "tian"),
]  # fmt: skip
VILLAGE_SECOND = [
    ("山", "shan"), ("河", "he"), ("沟", "gou"), ("庄", "zhuang"), ("营", "ying"), ("屯", "tun"),
    ("店", "dian"), ("湾", "wan"), ("坡", "po"), ("岭", "ling"), ("峪", "yu"), ("寨", "zhai"),
    ("堡", "bao"), ("桥", "qiao"), ("口", "kou"), ("集", "ji"), ("坪", "ping"), ("园", "yuan"),
]  # fmt: skip

ACTIVITY_TYPES: list[tuple[str, str, str, str, list[str]]] = [
    # type, pinyin, practice content, form, title patterns ({place} {theme} {festival} {skill})
    ("理论宣讲", "xuanjiang", "学习实践科学理论", "讲",
     ["“{theme}”理论宣讲进{place}", "{place}“微宣讲+文艺汇演”", "“三小三大”宣讲走进{place}"]),
    ("文艺演出", "yanchu", "丰富活跃文化生活", "乐", ["“{festival}”文艺演出", "送戏下乡进{place}"]),
    ("文化展演", "zhanyan", "丰富活跃文化生活", "乐", ["非遗展演进{place}", "{place}广场舞展演"]),
    ("技术培训", "peixun", "宣传宣讲党的政策", "帮", ["{skill}技术培训", "{place}{skill}实用技术课"]),
    ("科技下乡", "keji", "宣传宣讲党的政策", "帮", ["科技下乡进{place}", "{skill}专家田间课堂"]),
    ("义诊", "yizhen", "培育践行主流价值", "帮", ["义诊进{place}", "“健康进万家”义诊"]),
    ("便民服务", "bianmin", "培育践行主流价值", "帮", ["{place}便民服务日", "理发修鞋磨剪刀便民集市"]),
    ("阅读", "yuedu", "丰富活跃文化生活", "乐", ["{place}亲子共读", "“书香{town}”阅读分享会"]),
    ("助残", "zhucan", "培育践行主流价值", "帮", ["“爱心助残，向阳而行”主题活动", "{place}助残送温暖"]),
    ("关爱帮扶", "guanai", "培育践行主流价值", "帮", ["“月底有约”关爱困难群众", "{place}长者生日会"]),
    ("法治宣传", "fazhi", "宣传宣讲党的政策", "讲", ["“法律明白人”进{place}", "防范电信诈骗小课堂"]),
    ("移风易俗", "yifeng", "持续深入移风易俗", "评", ["红白理事会移风易俗宣传", "“彩礼不攀比”主题宣讲"]),
    ("节日活动", "jieri", "丰富活跃文化生活", "庆", ["“我们的节日·{festival}”主题活动", "{place}{festival}联欢会"]),
    ("体育健身", "tiyu", "丰富活跃文化生活", "乐", ["{place}全民健身运动会", "{town}农民篮球赛"]),
    ("研学", "yanxue", "学习实践科学理论", "讲", ["“红色研学”走进{place}", "中小学生社会实践研学"]),
    ("典型巡讲", "xunjiang", "培育践行主流价值", "评", ["身边好人事迹巡讲（{place}）", "道德模范进{place}"]),
]  # fmt: skip
THEMES = ["强国复兴有我", "学习党的创新理论", "乡村振兴惠民政策", "文明新风进万家", "奋进新征程"]
SKILLS = ["电商直播", "果树修剪", "大棚蔬菜", "家政服务", "畜禽防疫", "中药材种植"]
FESTIVALS = {1: ["春节", "元宵"], 2: ["清明", "端午"], 3: ["七夕", "中秋"], 4: ["国庆", "重阳"]}
SUMMARIES = [
    "{team}走进{place}，{what}，群众反响热烈。",
    "活动在{place}举行，{what}，现场气氛活跃。",
    "{place}新时代文明实践站组织开展，{what}，不少群众主动报名参与。",
]
WHAT = {
    "讲": "用小话题、小故事讲政策、讲道理",
    "评": "评身边事、树身边人，引导群众向上向善",
    "帮": "志愿者为群众解决急难愁盼的实际问题",
    "乐": "群众自编自演，丰富了农闲生活",
    "庆": "以节为媒传承优秀传统文化",
}

SERVICES: list[tuple[str, str, str, str, str]] = [
    # name, pinyin, activity type, audience, description
    ("平安小课堂", "pingan-ketang", "法治宣传", "辖区居民，特别是老年人", "防范电信诈骗、用火用电安全小课堂，每次半小时，讲完留出时间答疑。"),
    ("长者生日会", "zhangzhe-shengrihui", "关爱帮扶", "辖区高龄老人", "每月为当月过生日的老人集体庆生，志愿者表演节目、送上长寿面。"),
    ("月底有约", "yuedi-youyue", "关爱帮扶", "独居老人、困境儿童", "每月最后一周上门走访，打扫卫生、代购物品、陪伴聊天。"),
    ("义诊进社区", "yizhen-jin-shequ", "义诊", "辖区居民", "组织医生志愿者测血压、测血糖、讲用药常识。"),
    ("乡村讲堂", "xiangcun-jiangtang", "理论宣讲", "党员群众", "邀请宣讲员用大白话讲政策、讲身边事。"),
    ("书香乡村", "shuxiang-xiangcun", "阅读", "少年儿童与家长", "流动图书送到村，组织亲子共读与读书分享。"),
    ("一对一助学", "yiduiyi-zhuxue", "关爱帮扶", "困境学生", "志愿者与困境学生结对，辅导功课、关心成长。"),
    ("科技小院", "keji-xiaoyuan", "科技下乡", "种养殖户", "农技人员到田间地头讲技术、解难题。"),
    ("便民维修", "bianmin-weixiu", "便民服务", "辖区居民", "修家电、修鞋、配钥匙、磨剪刀，收费低廉或免费。"),
    ("红白理事", "hongbai-lishi", "移风易俗", "办事群众", "红白理事会帮助群众简办婚丧事，倡导文明新风。"),
    ("全民健身指导", "quanmin-jianshen", "体育健身", "健身爱好者", "社会体育指导员教授广场舞、太极拳、健身操。"),
    ("助残服务", "zhucan-fuwu", "助残", "残疾人及其家庭", "上门康复指导、代办证件、陪同出行。"),
]  # fmt: skip
BRANDS = [
    ("锦囊团", "jinnangtuan"), ("红色小遇", "hongse-xiaoyu"), ("夕阳红", "xiyanghong"),
    ("银发先锋", "yinfa-xianfeng"), ("巾帼", "jinguo"), ("青春先锋", "qingchun-xianfeng"),
    ("护苗", "humiao"), ("小红帽", "xiaohongmao"), ("暖心", "nuanxin"), ("连心桥", "lianxinqiao"),
    ("邻里守望", "linli-shouwang"), ("红马甲", "hongmajia"), ("乡贤", "xiangxian"),
    ("法律明白人", "falv-mingbairen"), ("文艺轻骑兵", "wenyi-qingqibing"), ("卫生健康", "weisheng"),
]  # fmt: skip
HOURS = ["周二至周日 9:00-17:00", "周一至周五 8:30-17:30", "周一至周日 8:00-20:00",
         "周一至周五 8:30-17:30，农忙时节预约开放"]  # fmt: skip
DAILY = ["政策宣讲", "图书借阅", "理发", "修鞋", "配钥匙", "量血压", "法律咨询", "代办代缴",
         "家庭教育小课堂", "文艺辅导"]  # fmt: skip
CENTER_ROOMS = [
    ("理论宣讲室", "开展理论宣讲和政策解读的主阵地。"),
    ("文化活动室", "排练节目、开展文体活动。"),
    ("志愿服务站", "志愿者登记、接单、派单。"),
    ("百姓书屋", "图书报刊借阅与阅读分享。"),
    ("心理咨询室", "提供心理疏导与家庭教育咨询。"),
]
GOOD_DEEDS = {
    "助人为乐": "多年义务照顾村里的孤寡老人，帮他们买菜做饭、打扫卫生。",
    "见义勇为": "路遇火情冲进屋内救出被困老人，自己受了轻伤。",
    "诚实守信": "捡到装有现金的钱包，原地等候一个多小时，当面归还失主。",
    "敬业奉献": "扎根基层二十余年，把村卫生室办成群众信得过的健康小屋。",
    "孝老爱亲": "照顾卧床多年的婆婆，端汤喂药、擦身翻身，从无怨言。",
}
DEEDS = [
    "退休后坚持清扫楼道、劝导不文明停车，带动邻居参与环境整治。",
    "工作中任劳任怨、勤勉尽责，多次受到群众好评。",
    "积极参加志愿服务，累计服务时长在全镇名列前茅。",
    "家中喜事新办不摆宴席，带头践行移风易俗。",
    "全家和睦、邻里友善，院落整洁，被评为环境卫生示范户。",
]
# honour category → id abbreviation, weight (a county honours more 文明市民 than 最美警察)
CATEGORIES = {
    "道德模范": ("ddmf", 2), "身边好人": ("sbhr", 8), "最美家庭": ("zmjt", 8),
    "文明家庭": ("wmjt", 5), "新时代好少年": ("xsdhsn", 6), "文明市民": ("wmsm", 10),
    "文明驾驶员": ("wmjsy", 6), "最美职工": ("zmzg", 4), "最美科技工作者": ("zmkjgzz", 2),
    "最美教师": ("zmjs", 3), "最美环卫工人": ("zmhwgr", 2), "最美司机": ("zmsj", 2),
    "最美警察": ("zmjc", 2), "最美退役军人": ("zmtyjr", 2), "最美双拥人物": ("zmsyrw", 1),
    "好婆婆": ("hpp", 3), "好儿媳": ("hex", 3), "七美一优": ("qmyy", 3),
}  # fmt: skip
UNITS = ["县人民医院", "县第一中学", "县公交公司", "县供电公司", "县消防救援大队", "县环卫所"]
GRADES = ["三年级", "四年级", "五年级", "六年级", "初一", "初二"]

VOCABULARIES: dict[str, Any] = {
    "site_levels": [
        {"name": "中心", "label": "新时代文明实践中心", "tier": True},
        {"name": "所", "label": "新时代文明实践所", "parents": ["中心"], "tier": True},
        {"name": "站", "label": "新时代文明实践站", "parents": ["所", "中心"], "tier": True},
        {"name": "基地", "label": "新时代文明实践基地", "parents": ["中心", "所", "站"]},
        {"name": "示范点", "label": "文明实践示范点", "parents": ["中心", "所", "站"]},
        {"name": "好人馆", "label": "好人馆", "parents": ["中心", "所", "站"]},
        {"name": "草原书屋", "label": "草原书屋", "parents": ["所", "站"]},
        {"name": "文化活动室", "label": "文化活动室", "parents": ["所", "站"]},
    ],
    "activity_types": [t[0] for t in ACTIVITY_TYPES],
    "practice_contents": [
        "学习实践科学理论",
        "宣传宣讲党的政策",
        "培育践行主流价值",
        "丰富活跃文化生活",
        "持续深入移风易俗",
    ],
    "practice_forms": ["讲", "评", "帮", "乐", "庆"],
    "honor_categories": [
        {"name": "道德模范", "good_classes": True},
        {"name": "身边好人", "good_classes": True},
        {"name": "最美家庭", "subjects": ["家庭"]},
        {"name": "文明家庭", "subjects": ["家庭"]},
        {"name": "新时代好少年", "minor": True, "subjects": ["个人"]},
        {"name": "文明市民", "subjects": ["个人"]},
        {"name": "文明驾驶员", "subjects": ["个人"]},
        *({"name": n} for n in ("最美职工", "最美科技工作者", "最美教师", "最美环卫工人")),
        *({"name": n} for n in ("最美司机", "最美警察", "最美退役军人", "最美双拥人物")),
        {"name": "好婆婆", "subjects": ["个人"]},
        {"name": "好儿媳", "subjects": ["个人"]},
        {"name": "七美一优", "subjects": ["个人", "家庭"]},
    ],
    "good_classes": list(GOOD_DEEDS),
    "order_steps": ["点单", "派单", "配单", "接单", "送单", "评单"],
}
_SUBJECTS: dict[str, list[str]] = {
    c["name"]: c.get("subjects", ["个人", "家庭", "集体"]) for c in VOCABULARIES["honor_categories"]
}


# --- The generator --------------------------------------------------------------------------


@dataclass
class _Place:
    """A township or village: its region, its 所 or 站, and where it lies."""

    code: str
    name: str
    pinyin: str
    site: str
    lng: float
    lat: float
    town: str = ""  # the township's name, for villages


@dataclass
class _County:
    name: str
    pinyin: str
    code: str
    prefix: str  # id prefix: "" in a county tree, "<pinyin>-" in a city tree
    area: str  # telephone area code
    center: str = ""
    towns: list[_Place] = field(default_factory=list)
    villages: list[_Place] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    teams: list[str] = field(default_factory=list)
    services: list[tuple[str, str, list[str], list[str]]] = field(default_factory=list)


class _Writer:
    """Accumulates files (relative path → text) and keeps ids unique per record kind."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.files: dict[str, str] = {}
        self.ids: dict[str, set[str]] = {}
        self.regions: list[dict[str, Any]] = []
        self.activities: dict[str, list[str]] = {q: [] for q in QUARTERS}

    def unique(self, kind: str, wanted: str) -> str:
        taken = self.ids.setdefault(kind, set())
        candidate, n = wanted, 2
        while candidate in taken:
            candidate, n = f"{wanted}-{n}", n + 1
        taken.add(candidate)
        return candidate

    def put(self, rel: str, comment: str, data: dict[str, Any]) -> None:
        text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
        self.files[rel] = f"# {comment}（合成数据）\n\n{text}"

    def day(self, quarter: str) -> date:
        start, end = _bounds(quarter)
        return start + timedelta(days=self.rng.randrange((end - start).days + 1))

    def person(self, child: bool = False) -> tuple[str, str]:
        sur, sur_py = self.rng.choice(SURNAMES)
        pool = CHILD_GIVEN if child else GIVEN
        given = self.rng.sample(pool, self.rng.choice((1, 2, 2)))
        return sur + "".join(g for g, _ in given), f"{sur_py}-{''.join(p for _, p in given)}"


def _bounds(quarter: str) -> tuple[date, date]:
    year, q = int(quarter[:4]), int(quarter[-1])
    start = date(year, 3 * q - 2, 1)
    end = date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1) - timedelta(days=1)
    return start, end


def _count(n: int, approx: bool) -> int | str:
    return f"{n}+" if approx else n


def _cn(n: int | str) -> str:
    """A count as the site shows it in running text: `3000+` → 3000余."""
    return f"{str(n)[:-1]}余" if isinstance(n, str) else str(n)


def _coords(w: _Writer, lng: float, lat: float) -> dict[str, Any]:
    roll = w.rng.random()
    datum = "gcj02" if roll < 0.9 else ("wgs84" if roll < 0.96 else "bd09")
    return {"datum": datum, "lng": round(lng, 6), "lat": round(lat, 6)}


def _phone(w: _Writer, county: _County) -> str:
    return f"{county.area}-{w.rng.randrange(2000000, 8999999)}"


def _county(w: _Writer, index: int, size: Size, prefixed: bool, city_code: str) -> _County:
    rng = w.rng
    name, pinyin = COUNTIES[index]
    county = _County(
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
            "location": _coords(w, seat_lng, seat_lat),
            "hours": HOURS[0],
            "phone": _phone(w, county),
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
        town = _Place(code, full, town_py, suo, lng, lat)
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
                "location": _coords(w, lng, lat),
                "hours": rng.choice(HOURS),
                "phone": _phone(w, county),
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
            village = _Place(vcode, vfull, vpy, zhan, vlng, vlat, full)
            county.villages.append(village)
            data: dict[str, Any] = {
                "id": zhan,
                "name": f"{vfull}新时代文明实践站",
                "level": "站",
                "region": int(vcode),
                "parent": suo,
                "address": f"{county.name}{full}{vfull}{'居委会' if suffix == '社区' else '村委会'}",
                "location": _coords(w, vlng, vlat),
                "hours": rng.choice(HOURS),
            }
            if rng.random() < 0.7:
                data["phone"] = _phone(w, county)
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
        _landmark(
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
        _landmark(
            w, county, village, title, "示范点",
            parent=village.site,
            address=f"{county.name}{village.town}{village.name}文化广场旁",
            shift=(-0.001, 0.001), hours=HOURS[2], services=2,
        )  # fmt: skip
    return county


def _landmark(
    w: _Writer,
    county: _County,
    village: _Place,
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
        "location": _coords(w, village.lng + shift[0], village.lat + shift[1]),
        "hours": hours,
    }
    if description:
        data["description"] = description
    if services:
        data["services"] = w.rng.sample(DAILY, services)
    w.put(f"sites/{sid}.yml", f"阵地：{village.name}{title[0]}", data)
    county.sites.append(sid)


def _teams(w: _Writer, county: _County, size: Size) -> None:
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
            "volunteers": _count(n - n % 10, True) if rng.random() < 0.3 else n,
            "founded": date(rng.choice((2019, 2020, 2021, 2022, 2023)), rng.randrange(1, 13), 1),
            "description": f"由党员、退休干部和热心群众组成，常年开展{rng.choice(ACTIVITY_TYPES)[0]}等志愿服务。",
        }
        w.put(f"teams/{tid}.yml", f"志愿服务队：{name}", data)
        county.teams.append(tid)


def _services(w: _Writer, county: _County, size: Size) -> None:
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
            {"way": "电话", "detail": f"拨打{county.name}新时代文明实践中心 {_phone(w, county)}"},
            {"way": "到站登记", "detail": "到就近的新时代文明实践站服务台登记"},
            {
                "way": "小程序",
                "detail": f"微信搜索“{county.name}文明实践”小程序，进入“服务菜单”点单",
            },
        ]
        data["ratings"] = ratings
        w.put(f"services/{sid}.yml", f"服务菜单：{name}", data)
        county.services.append((sid, kind, sites, teams))


def _activities(w: _Writer, county: _County, size: Size) -> None:
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
                begin, end = _bounds(quarter)
                data["date"] = begin + timedelta(days=rng.randrange(15))
                data["end_date"] = end - timedelta(days=rng.randrange(15))
                sessions = _count(rng.randrange(2, 40) * 10, True)
                attendance = _count(rng.randrange(10, 300) * 100, True)
            else:
                data["date"] = start
                sessions = rng.choice((1, 1, 1, 2, 3, 4, 6))
                attendance = _count(rng.randrange(20, 600), False)
            data["sessions"], data["attendance"] = sessions, attendance
            team_name = "志愿者们" if not teams else "志愿服务队"
            data["summary"] = (
                rng.choice(SUMMARIES).format(team=team_name, place=place.name, what=WHAT[form])
                + f"共开展{_cn(sessions)}场次，{_cn(attendance)}人次参与。"
            )
            w.put(f"activities/{quarter}/{aid}.yml", f"活动：{title}", data)
            w.activities[quarter].append(aid)


def _honors(w: _Writer, county: _County, size: Size) -> None:
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
        subject = rng.choice(_SUBJECTS[category])
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


def _bulletins(w: _Writer, place: str) -> None:
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


def synthesize(scale: Scale, seed: int, size: Size | None = None) -> dict[str, str]:
    """Every file of a synthetic content tree: relative path → text, in path order.

    `size` overrides the scale's sizes (tests use a small city).
    """
    if scale not in SIZES:
        raise ValueError(f"unknown scale {scale!r}; use one of {', '.join(SCALES)}")
    size = size or SIZES[scale]
    w = _Writer(random.Random(seed))
    city = size.counties > 1
    counties = [_county(w, i, size, city, "4107") for i in range(size.counties)]
    for county in counties:
        _teams(w, county, size)
        _services(w, county, size)
        _activities(w, county, size)
        _honors(w, county, size)
    place = "云州市各县" if city else counties[0].name
    _bulletins(w, place)
    title = "云州市" if city else counties[0].name
    w.put(
        "publisher.yml",
        "网站发布者信息",
        {
            "name": f"{title}新时代文明实践网（合成数据）",
            "description": "本网站内容为程序合成的演示数据，用于检验网站在一个县或一个市的记录规模下"
            "是否构建得快、页面是否轻；人物、地点、活动均为虚构。",
            "sample": True,
        },
    )
    regions = sorted(w.regions, key=lambda r: str(r["code"]))
    w.put("regions.yml", "行政区划", {"regions": regions})
    w.put("vocabularies.yml", "受控词表", VOCABULARIES)
    return dict(sorted(w.files.items()))


def write_synthetic(out: Path, scale: Scale, seed: int) -> int:
    """Write the tree for `scale` and `seed` into `out` (created if missing); the file count."""
    files = synthesize(scale, seed)
    folders = {str(Path(rel).parent) for rel in files}
    for folder in sorted(folders):
        (out / folder).mkdir(parents=True, exist_ok=True)
    for rel, text in files.items():
        (out / rel).write_text(text, encoding="utf-8")
    return len(files)
