"""Word lists for names and places, each entry (汉字, pinyin) where an id is made from it.

People, townships, villages, team brands, opening hours and a centre's rooms: the parts
the record makers (`sites`, `records`, `honors`) draw from. All of them are fictional.
"""

from __future__ import annotations

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
