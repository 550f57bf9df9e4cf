"""Registers: the files that describe the county rather than one thing in it.

`publisher.yml` (who publishes), `regions.yml` (the administrative divisions),
`vocabularies.yml` (the county's controlled vocabularies), and the edition manifests
`content/editions/<季度>.yml` that `wenming publish` writes and `check` reads back.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .base import Record
from .fields import Code, Day, Email, Flag, Icp, Int, Name, Phone, Police, Quarter, SiteCode, Text
from .points import PointsConfig


class Objections(Record):
    """Who takes objections (受理异议) to the honours under notice, and how to reach them."""

    unit: Name = Field(
        title="受理单位",
        description="受理异议的单位，例如 中共某某县委宣传部（县文明办）；公示的落款默认也是它。",
    )
    phone: Phone = Field(
        title="联系电话", description="受理异议的电话（座机），例如 0910-1234567。"
    )
    email: Email | None = Field(
        None, title="电子邮箱", description="受理异议的邮箱，例如 wmb@example.gov.cn。"
    )
    address: Name | None = Field(
        None,
        title="通信地址",
        description="受理书面异议的单位通信地址（含邮编），例如 某某县人民路1号县委宣传部，邮编 714000；写单位地址，不写个人住址。",
    )


OBJECTIONS_DESCRIPTION = (
    "公示期间受理异议的单位和联系方式（受理单位 unit、联系电话 phone，可加电子邮箱 email、"
    "通信地址 address），显示在光荣榜每个“公示中”条目旁和打印的公示上。"
)


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
        description="编辑申报的“15分钟文明实践服务圈”个数（可不填）：wenming check 将它与按坐标计算的个数对照，不一致时给出提示；网站只显示计算得的个数。",
    )
    sponsor: Name | None = Field(
        None,
        title="主办单位",
        description="网站的主办单位，每页页脚显示，例如 中共某某县委宣传部。",
    )
    organizer: Name | None = Field(
        None, title="承办单位", description="承办单位（可不填），例如 某某县新时代文明实践中心。"
    )
    phone: Phone | None = Field(
        None,
        title="联系电话",
        description="公开的联系电话（座机），每页页脚显示，也是群众“纠错”时拨打的电话，例如 0910-1234567。",
    )
    email: Email | None = Field(
        None,
        title="联系邮箱",
        description="公开的联系邮箱，每页页脚显示；每条记录的“纠错”链接写一封发到这里的邮件（已填好记录名称、编号和页面地址），不需要账号，例如 wenming@example.gov.cn。不填则网站不提供邮件纠错。",
    )
    icp: Icp | None = Field(
        None,
        title="ICP备案号",
        description="ICP 备案号，例如 陕ICP备12345678号-1：网站开通前由主办单位在工业和信息化部 ICP/IP 地址/域名信息备案管理系统（beian.miit.gov.cn）办理，页脚链接到该系统；未取得前不填，页脚不显示。",
    )
    police: Police | None = Field(
        None,
        title="公安备案号",
        description="公安机关互联网站备案号，例如 陕公网安备 61040202000123号：网站开通后 30 日内在全国互联网安全管理服务平台（beian.mps.gov.cn）办理，页脚显示备案图标并链接到查询页；未取得前不填。",
    )
    site_code: SiteCode | None = Field(
        None,
        title="网站标识码",
        description="党政机关网站的网站标识码（10 位数字），由本级政府网站主管单位在全国政府网站信息报送系统中分配；不是党政机关网站不填。",
    )
    objections: Objections | None = Field(
        None,
        title="受理异议",
        description=OBJECTIONS_DESCRIPTION
        + "这里写全县的默认值；某个荣誉类别另有受理单位时，在 vocabularies.yml 该类别下写 objections。有“公示中”的条目时必须写（这里或类别下）。",
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
    issuer: Name | None = Field(
        None,
        title="发布单位",
        description="本类别公示的落款（发布单位），例如 中共某某县委宣传部 某某县文明办；不填则用受理异议的单位。",
    )
    objections: Objections | None = Field(
        None,
        title="受理异议",
        description=OBJECTIONS_DESCRIPTION + "不填则用 publisher.yml 的 objections。",
    )


def notice_contact(
    category: HonorCategory | None, publisher: Publisher
) -> tuple[str, Objections] | None:
    """The 落款 and the objection contact of a category's notices: the category's own, else
    the county's (`publisher.yml`); the issuer defaults to the unit taking objections.
    None when neither file names a contact (the check refuses that for an honour under notice)."""
    contact = (category.objections if category else None) or publisher.objections
    if contact is None:
        return None
    return (category.issuer if category and category.issuer else contact.unit), contact


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
    practice_form_meanings: dict[Name, Name] = Field(
        default_factory=dict,
        title="实践形式释义",
        description="每种实践形式的含义，网站在活动的“形式”旁和活动页的说明里显示，例如 讲: 宣讲理论政策。只能为 practice_forms 中的形式写释义。",
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
    points: PointsConfig = Field(
        default_factory=PointsConfig,
        title="积分制",
        description="党员积分和群众积分的规则：群众积分的方面 dimensions、红灰黑榜分数线 residents 和 party、灰榜黑榜是否公开姓名 names_on_grey_black、默认落款 issuer。",
    )
    # --- issue 16: practice staff (records/staffing.py, check/staffing.py) ---
    staff_roles: list[Name] = Field(
        default_factory=list,
        title="实践人员岗位",
        description="阵地实践人员可用的岗位，例如 专职实践员、联络员、管理员；县里可加自己的岗位。",
    )
    staff_required: dict[Name, Name] = Field(
        default_factory=dict,
        title="必配岗位",
        description="每级阵地必须配备的岗位，例如 所: 专职实践员：没有配备的阵地在检查时给出提示，阵地页和统计页显示配备情况。不写则不要求。",
    )
    training_types: list[Name] = Field(
        default_factory=list,
        title="培训类活动类型",
        description="哪些活动类型是实践人员自身的培训（例如 实践员培训），须是 activity_types 中的类型：这类活动单独统计，不计入面向群众的服务活动。",
    )
