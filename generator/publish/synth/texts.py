"""The texts of the records: activity kinds and titles, services, deeds, honour categories.

Also the vocabularies.yml the tree ships (`VOCABULARIES`): its activity types and honour
categories are the ones drawn here, so every record passes `wenming check`.
"""

from __future__ import annotations

from typing import Any

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
SUBJECTS: dict[str, list[str]] = {
    c["name"]: c.get("subjects", ["个人", "家庭", "集体"]) for c in VOCABULARIES["honor_categories"]
}
