"""Record models: what each YAML file under `content/` may hold, with Chinese descriptions.

Every model forbids unknown fields and types its values from text (see `fields.py`).
The `title` of a field is its short Chinese label used in error messages; the
`description` feeds the JSON Schema and the editor guide. Values that depend on
the county's vocabularies (levels, types, categories) are plain names here and are
checked against `vocabularies.yml` by the cross-check, which knows the positions.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from .fields import Code, CountField, Day, Decimal, Flag, Id, Int, Name, Phone, Quarter, Text, Url


class Record(BaseModel):
    """Base of every record: unknown fields are refused, nothing is coerced silently."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- Shared parts ---------------------------------------------------------------------------


class Location(Record):
    datum: Literal["gcj02", "wgs84", "bd09"] = Field(
        title="坐标系",
        description="坐标所用的坐标系：高德、腾讯地图取点为 gcj02，百度地图为 bd09，GPS 与天地图为 wgs84。",
    )
    lng: Decimal = Field(title="经度", description="经度，十进制度数，例如 108.70512。")
    lat: Decimal = Field(title="纬度", description="纬度，十进制度数，例如 34.34821。")

    @model_validator(mode="after")
    def _inside_china(self) -> Location:
        if not (73 <= self.lng <= 136 and 3 <= self.lat <= 54):
            if 73 <= self.lat <= 136 and 3 <= self.lng <= 54:
                raise PydanticCustomError("wm_latlng_swapped", "swapped")
            raise PydanticCustomError("wm_outside_china", "outside")
        return self


class Room(Record):
    name: Name = Field(title="名称", description="功能室名称，例如 理论宣讲室。")
    description: Text | None = Field(None, title="说明", description="功能室的用途与设施。")


class Coverage(Record):
    target: Int = Field(
        title="应建数",
        description="辖区内应建的下级站点数（例如苏木内嘎查村数），用于计算覆盖率。",
    )
    note: Name | None = Field(None, title="说明", description="覆盖口径说明，例如 13个嘎查村。")


class Private(Record):
    """Internal contact details: checked, never published."""

    contact: Name | None = Field(None, title="联系人", description="内部联系人（不公开）。")
    phone: Name | None = Field(
        None, title="联系电话", description="内部联系电话，可为手机（不公开）。"
    )
    address: Text | None = Field(None, title="住址", description="家庭住址（不公开）。")
    id_card: Name | None = Field(None, title="身份证号", description="身份证号（不公开）。")
    note: Text | None = Field(None, title="备注", description="内部备注（不公开）。")


class Correction(Record):
    date: Day = Field(title="更正日期", description="更正的日期，例如 2026-11-02。")
    reason: Text = Field(title="更正原因", description="更正了什么、为什么更正，会在网页上公开。")


PRIVATE_DESCRIPTION = "内部信息：联系人、电话、住址、身份证号等。检查时使用，绝不发布。"
CORRECTIONS_DESCRIPTION = "已发布季度的更正记录；修改已发布的记录时必须在此写明日期和原因。"
FORMER_IDS_DESCRIPTION = "改过编号时，在这里列出旧编号；旧网址会自动跳转到新网址。"
DRAFT_DESCRIPTION = "草稿：写 true 时该记录不出现在网站、搜索、订阅和下载中。"


# --- Record types ---------------------------------------------------------------------------


class Publisher(Record):
    """`content/publisher.yml`: who publishes the site and what it declares of itself."""

    name: Name = Field(title="名称", description="网站名称，例如 某某县新时代文明实践网。")
    description: Text | None = Field(None, title="简介", description="首页上的一段简介。")
    sample: Flag = Field(
        False, title="样例数据", description="写 true 表示内容为虚构样例，网站每页显示提示横幅。"
    )
    declared_circles: Int | None = Field(
        None,
        title="申报服务圈数",
        description="编辑申报的“15分钟文明实践服务圈”个数，网站将与计算结果对照。",
    )


class Region(Record):
    code: Code = Field(
        title="区划代码",
        description="统计用区划代码：县级 6 位，乡级 9 位，村级 12 位，例如 610402。",
    )
    name: Name = Field(
        title="名称", description="行政区划名称，例如 秦都区、马泉街道、宝泉路北社区。"
    )
    parent: Code | None = Field(
        None, title="上级区划代码", description="上级行政区划的代码；县级可不填。"
    )

    @model_validator(mode="after")
    def _code_shape(self) -> Region:
        if not (self.code.isdigit() and len(self.code) in (6, 9, 12)):
            raise PydanticCustomError("wm_region_code", "code", {"value": self.code})
        return self


class RegionFile(Record):
    """`content/regions.yml`: every region in one list."""

    regions: list[Region] = Field(title="行政区划", description="全部行政区划，一项一个。")


class Site(Record):
    """`content/sites/<id>.yml`: one practice site (阵地)."""

    id: Id = Field(
        title="编号", description="站点编号，与文件名相同，小写拼音与短横线，例如 qindu-center。"
    )
    name: Name = Field(title="名称", description="站点全称，例如 秦都区新时代文明实践中心。")
    level: Name = Field(
        title="级别",
        description="站点级别，取自 vocabularies.yml 的 site_levels，例如 中心、所、站、基地、示范点。",
    )
    region: Code = Field(title="所属区划", description="所在行政区划的代码，须在 regions.yml 中。")
    parent: Id | None = Field(None, title="上级站点", description="上级站点的编号；中心不填。")
    address: Text = Field(
        title="地址", description="对外公开的地址，例如 秦都区马泉街道宝泉路北社区综合服务站。"
    )
    location: Location | None = Field(None, title="坐标", description="坐标及其坐标系。")
    hours: Name | None = Field(
        None, title="开放时间", description="开放时间，例如 周二至周日 9:00-17:00。"
    )
    phone: Phone | None = Field(
        None,
        title="公开电话",
        description="对外公开的服务电话（座机或服务热线），例如 029-33210001。",
    )
    rooms: list[Room] = Field(default_factory=list, title="功能室", description="功能室列表。")
    services: list[Name] = Field(
        default_factory=list,
        title="日常服务",
        description="日常提供的便民服务，例如 修鞋、配钥匙。",
    )
    coverage: Coverage | None = Field(
        None, title="覆盖", description="辖区应建下级站点数，用于计算覆盖率。"
    )
    established: Day | None = Field(
        None, title="建成日期", description="建成或挂牌日期，例如 2021-06-30。"
    )
    description: Text | None = Field(None, title="简介", description="站点简介。")
    private: Private | None = Field(None, title="内部信息", description=PRIVATE_DESCRIPTION)
    former_ids: list[Id] = Field(
        default_factory=list, title="曾用编号", description=FORMER_IDS_DESCRIPTION
    )
    corrections: list[Correction] = Field(
        default_factory=list, title="更正", description=CORRECTIONS_DESCRIPTION
    )
    draft: Flag = Field(False, title="草稿", description=DRAFT_DESCRIPTION)


class Team(Record):
    """`content/teams/<id>.yml`: one volunteer team (志愿服务队)."""

    id: Id = Field(title="编号", description="服务队编号，与文件名相同，例如 jinnang-team。")
    name: Name = Field(title="名称", description="服务队全称，例如 锦华社区锦囊团志愿服务队。")
    brand: Name | None = Field(None, title="品牌", description="服务品牌名称，例如 锦囊团。")
    site: Id = Field(title="所属站点", description="服务队所属站点的编号。")
    volunteers: CountField | None = Field(
        None, title="志愿者人数", description="志愿者人数；约数在数字后加 +，例如 120+。"
    )
    founded: Day | None = Field(None, title="成立日期", description="成立日期，例如 2022-03-05。")
    description: Text | None = Field(None, title="简介", description="服务队简介。")
    private: Private | None = Field(None, title="内部信息", description=PRIVATE_DESCRIPTION)
    former_ids: list[Id] = Field(
        default_factory=list, title="曾用编号", description=FORMER_IDS_DESCRIPTION
    )
    corrections: list[Correction] = Field(
        default_factory=list, title="更正", description=CORRECTIONS_DESCRIPTION
    )
    draft: Flag = Field(False, title="草稿", description=DRAFT_DESCRIPTION)


class OrderMethod(Record):
    way: Name = Field(title="方式", description="点单方式，例如 电话、小程序、到站登记。")
    detail: Name = Field(
        title="说明", description="具体做法，例如 拨打 029-33210001，或 微信搜索“幸福+码”小程序。"
    )


class Rating(Record):
    quarter: Quarter = Field(title="季度", description="季度，例如 2026-Q3。")
    orders: Int = Field(title="点单数", description="该季度群众点单次数。")
    rated: Int = Field(title="评单数", description="该季度群众评单次数。")
    satisfied: Int = Field(title="满意数", description="评单中“满意”的次数。")

    @model_validator(mode="after")
    def _consistent(self) -> Rating:
        if self.rated > self.orders or self.satisfied > self.rated:
            raise PydanticCustomError("wm_rating_order", "rating")
        return self


class Service(Record):
    """`content/services/<id>.yml`: one service project on the menu (服务菜单)."""

    id: Id = Field(title="编号", description="项目编号，与文件名相同，例如 pingan-classroom。")
    name: Name = Field(title="名称", description="项目名称，例如 平安小课堂。")
    description: Text = Field(title="内容", description="服务内容：做什么、为谁做。")
    audience: Name | None = Field(
        None, title="服务对象", description="服务对象，例如 辖区老人、困境儿童。"
    )
    sites: list[Id] = Field(
        min_length=1, title="提供站点", description="提供该项目的站点编号，一个或多个。"
    )
    teams: list[Id] = Field(
        default_factory=list, title="承接服务队", description="承接该项目的服务队编号。"
    )
    steps: list[Name] = Field(
        default_factory=lambda: ["点单", "派单", "接单", "评单"],
        title="流程",
        description="点单流程的步骤，取自 vocabularies.yml 的 order_steps，默认 点单、派单、接单、评单。",
    )
    order: list[OrderMethod] = Field(
        min_length=1, title="点单方式", description="群众如何点单，一种或多种。"
    )
    ratings: list[Rating] = Field(
        default_factory=list, title="评单", description="每季度收到的点单与评价。"
    )
    private: Private | None = Field(None, title="内部信息", description=PRIVATE_DESCRIPTION)
    corrections: list[Correction] = Field(
        default_factory=list, title="更正", description=CORRECTIONS_DESCRIPTION
    )
    draft: Flag = Field(False, title="草稿", description=DRAFT_DESCRIPTION)


class Activity(Record):
    """`content/activities/<季度>/<id>.yml`: one activity or a series (活动)."""

    id: Id = Field(
        title="编号", description="活动编号，与文件名相同，例如 2026q3-baoquan-xuanjiang。"
    )
    title: Name = Field(title="标题", description="活动标题，例如 “微宣讲+文艺汇演”理论宣讲。")
    type: Name = Field(
        title="类型",
        description="活动类型，取自 vocabularies.yml 的 activity_types，例如 理论宣讲、义诊。",
    )
    content: Name | None = Field(
        None, title="实践内容", description="五项实践内容之一，取自 practice_contents。"
    )
    form: Name | None = Field(
        None, title="实践形式", description="讲、评、帮、乐、庆之一，取自 practice_forms。"
    )
    sites: list[Id] = Field(
        min_length=1, title="站点", description="举办活动的站点编号，一个或多个。"
    )
    teams: list[Id] = Field(default_factory=list, title="服务队", description="参与的服务队编号。")
    service: Id | None = Field(
        None, title="服务项目", description="所属服务项目（服务菜单）的编号。"
    )
    date: Day = Field(title="日期", description="活动日期；系列活动写开始日期，例如 2026-07-15。")
    end_date: Day | None = Field(
        None, title="结束日期", description="系列活动的结束日期，须在同一季度内。"
    )
    sessions: CountField = Field(
        title="场次", description="场次；约数在数字后加 +，例如 320+（网页显示为 320余场次）。"
    )
    attendance: CountField = Field(
        title="人次",
        description="参与人次；约数在数字后加 +，例如 90000+（网页显示为 9万余人次）。",
    )
    summary: Text = Field(title="简介", description="活动简介，两三句话。")
    corrections: list[Correction] = Field(
        default_factory=list, title="更正", description=CORRECTIONS_DESCRIPTION
    )
    withdrawn: Day | None = Field(
        None,
        title="撤下日期",
        description="已发布的活动撤下时写撤下日期，并在 corrections 中加一条同日的更正写明原因。",
    )
    draft: Flag = Field(False, title="草稿", description=DRAFT_DESCRIPTION)
    # What the fields must agree on (an end after the start …) is in rules.py.


class Notice(Record):
    start: Day = Field(title="公示开始", description="公示开始日期。")
    end: Day = Field(title="公示结束", description="公示结束日期。")

    @model_validator(mode="after")
    def _range(self) -> Notice:
        if self.end < self.start:
            raise PydanticCustomError("wm_range_reversed", "range")
        return self


class Honor(Record):
    """`content/honors/<季度>/<id>.yml`: one honour on the roll (光荣榜)."""

    id: Id = Field(title="编号", description="编号，与文件名相同，例如 2026q3-wmsm-zhang-li。")
    category: Name = Field(
        title="类别",
        description="荣誉类别，取自 vocabularies.yml 的 honor_categories，例如 最美家庭、身边好人。",
    )
    good_class: Name | None = Field(
        None,
        title="好人类别",
        description="身边好人、道德模范的五类之一：助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲。",
    )
    subject: Literal["个人", "家庭", "集体"] = Field(
        title="对象", description="荣誉对象：个人、家庭 或 集体。"
    )
    name: Name = Field(
        title="姓名或名称", description="个人姓名、家庭名称（如 张伟家庭）或集体名称。"
    )
    unit: Name | None = Field(
        None, title="单位或村社区", description="所在单位或村、社区，例如 下板城镇东山村。"
    )
    school: Name | None = Field(
        None, title="学校", description="未成年人所在学校（仅新时代好少年等未成年人类别）。"
    )
    grade: Name | None = Field(None, title="年级", description="未成年人所在年级，例如 五年级。")
    site: Id | None = Field(None, title="推荐站点", description="推荐或关联的站点编号。")
    deeds: Text | None = Field(
        None, title="事迹", description="事迹简介，不写身份证号、手机号、住址。"
    )
    date: Day = Field(title="发布日期", description="发布或认定日期，须在文件夹所示季度内。")
    status: Literal["公示中", "已认定", "已撤销"] = Field(
        title="状态", description="公示中、已认定 或 已撤销。"
    )
    notice: Notice | None = Field(None, title="公示期", description="公示期的开始与结束日期。")
    withdrawn: Day | None = Field(None, title="撤销日期", description="状态为已撤销时的撤销日期。")
    guardian_consent: Flag = Field(
        False, title="监护人同意", description="未成年人条目必须写 true，表示已取得监护人书面同意。"
    )
    private: Private | None = Field(None, title="内部信息", description=PRIVATE_DESCRIPTION)
    corrections: list[Correction] = Field(
        default_factory=list, title="更正", description=CORRECTIONS_DESCRIPTION
    )
    draft: Flag = Field(False, title="草稿", description=DRAFT_DESCRIPTION)
    # What the fields must agree on (a status with its dates …) is in rules.py.


class Highlight(Record):
    title: Name = Field(title="标题", description="亮点标题。")
    text: Text = Field(title="内容", description="一段说明。")
    activity: Id | None = Field(None, title="活动", description="相关活动的编号。")
    link: Url | None = Field(None, title="链接", description="相关报道链接，只能是 https:// 开头。")


class Bulletin(Record):
    """`content/bulletins/<季度>.yml`: the editors' text of one quarter's bulletin (简报)."""

    quarter: Quarter = Field(title="季度", description="季度，与文件名相同，例如 2026-Q3。")
    title: Name = Field(title="标题", description="简报标题。")
    text: Text = Field(title="正文", description="编辑撰写的正文，可分段（段落之间空一行）。")
    highlights: list[Highlight] = Field(
        default_factory=list, title="亮点", description="本季度亮点。"
    )
    corrections: list[Correction] = Field(
        default_factory=list, title="更正", description=CORRECTIONS_DESCRIPTION
    )
    draft: Flag = Field(False, title="草稿", description=DRAFT_DESCRIPTION)


# --- Editions (written by `wenming publish`, read by `check` and the site) ------------------


class Fingerprint(Record):
    hash: Name = Field(title="指纹", description="记录内容（不含更正）的 SHA-256 前 16 位。")
    corrections: Int = Field(title="更正数", description="发布时记录中的更正条数。")


class Edition(Record):
    """`content/editions/<季度>.yml`: what one published quarterly edition contained."""

    quarter: Quarter = Field(title="季度", description="季度，与文件名相同，例如 2026-Q3。")
    published: Day = Field(title="发布日期", description="本期发布的日期（北京时间）。")
    counts: dict[str, Int] = Field(title="统计", description="发布时的各项统计数字。")
    records: dict[str, dict[str, Fingerprint]] = Field(
        title="记录",
        description="按记录类型列出的编号与内容指纹；由 wenming publish 生成，请勿手改。",
    )


# --- Vocabularies ---------------------------------------------------------------------------


class SiteLevel(Record):
    name: Name = Field(title="级别", description="级别名称，例如 所。")
    label: Name = Field(title="全称", description="全称，例如 新时代文明实践所。")
    parents: list[Name] = Field(
        default_factory=list, title="可挂靠的上级", description="可作为上级的级别；空表示顶级。"
    )
    tier: Flag = Field(False, title="三级体系", description="是否属于 中心→所→站 三级体系。")


SUBJECTS: tuple[Literal["个人", "家庭", "集体"], ...] = ("个人", "家庭", "集体")


class HonorCategory(Record):
    name: Name = Field(title="类别", description="荣誉类别名称，例如 最美家庭。")
    good_classes: Flag = Field(
        False, title="分五类", description="写 true 表示须填写好人类别（五类之一）。"
    )
    minor: Flag = Field(
        False,
        title="未成年人",
        description="写 true 表示对象为未成年人，只公开姓名、学校、年级，且须监护人同意。",
    )
    subjects: list[Literal["个人", "家庭", "集体"]] = Field(
        default_factory=lambda: list(SUBJECTS), title="对象", description="允许的对象。"
    )


class Vocabularies(Record):
    """`content/vocabularies.yml`: the county's controlled vocabularies."""

    site_levels: list[SiteLevel] = Field(
        min_length=1, title="站点级别", description="站点级别及其上级关系。"
    )
    activity_types: list[Name] = Field(min_length=1, title="活动类型", description="活动类型。")
    practice_contents: list[Name] = Field(
        default_factory=list, title="实践内容", description="五项实践内容。"
    )
    practice_forms: list[Name] = Field(
        default_factory=list, title="实践形式", description="讲、评、帮、乐、庆。"
    )
    honor_categories: list[HonorCategory] = Field(
        min_length=1, title="荣誉类别", description="荣誉类别。"
    )
    good_classes: list[Name] = Field(
        min_length=1, title="好人类别", description="身边好人、道德模范的五类。"
    )
    order_steps: list[Name] = Field(
        min_length=1, title="点单流程", description="点单流程可用的步骤名。"
    )


RECORD_TYPES: dict[str, type[Record]] = {
    "site": Site,
    "team": Team,
    "service": Service,
    "activity": Activity,
    "honor": Honor,
    "bulletin": Bulletin,
}

__all__ = [
    "RECORD_TYPES",
    "Activity",
    "Bulletin",
    "Honor",
    "Publisher",
    "Record",
    "Region",
    "RegionFile",
    "Service",
    "Site",
    "Team",
    "Vocabularies",
    "date",
]
