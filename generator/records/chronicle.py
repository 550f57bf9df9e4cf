"""The dated records: activities (活动), honours (光荣榜) and bulletins (简报).

Each belongs to a quarter: activities and honours lie in a folder named for it
(`content/activities/2026-Q3/`), a bulletin is named for it. What the fields of one
record must agree on (an end after the start, a status with its dates) is in `rules.py`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .base import (
    CORRECTIONS_DESCRIPTION,
    DRAFT_DESCRIPTION,
    PRIVATE_DESCRIPTION,
    Correction,
    Private,
    Record,
)
from .fields import Clock, CountField, Day, Flag, Id, Name, Quarter, Text, Url


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
    status: Literal["预告", "已举办", "已取消"] = Field(
        "已举办",
        title="状态",
        description=(
            "活动预告写 预告：活动日期之前就显示在首页“近期活动”、站点和服务队页面、"
            "“活动预告”页和日历订阅里，不用写场次和人次；举办后补上 sessions 和 attendance，"
            "并改为 已举办（不写 status 即为已举办）。预告的活动不办了，改为 已取消（不要删除文件），"
            "订阅了日历的群众手机上会显示“已取消”。"
        ),
    )
    start_time: Clock | None = Field(
        None,
        title="开始时间",
        description="开始时间，24 小时制，写成 19:30（北京时间）；不写则为全天活动；跨多天（写了 end_date）时是每天的开始时间。",
    )
    end_time: Clock | None = Field(
        None,
        title="结束时间",
        description="结束时间，写成 21:00，须晚于开始时间；写了结束时间就要写开始时间。",
    )
    place: Name | None = Field(
        None,
        title="活动地点",
        description="具体地点，例如 临江社区党群服务中心二楼会议室；不写则以站点为地点。",
    )
    sessions: CountField | None = Field(
        None,
        title="场次",
        description=(
            "场次；约数在数字后加 +，例如 320+（网页显示为 320余场次）。"
            "已举办的活动必须填写，预告和已取消的活动不写。"
        ),
    )
    attendance: CountField | None = Field(
        None,
        title="人次",
        description=(
            "参与人次；约数在数字后加 +，例如 90000+（网页显示为 9万余人次）。"
            "已举办的活动必须填写，预告和已取消的活动不写。"
        ),
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
    notice: Notice | None = Field(
        None,
        title="公示期",
        description="公示期的开始与结束日期。公示中的条目在光荣榜上显示截止日期和受理异议的单位、电话（publisher.yml 或 vocabularies.yml 的 objections）；光荣榜首页“公示”下每季度每个类别有一页公示，在浏览器中选择“打印”即得到带落款、日期、页码和二维码的 A4 公示，可张贴在站里的公示栏。",
    )
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
