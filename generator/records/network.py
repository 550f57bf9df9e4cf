"""The standing network of practice: sites (阵地), their volunteer teams, the service menu.

These records describe what exists rather than what happened: they are filed by id,
not by quarter (`content/sites/`, `teams/`, `services/`), and the dated records of
`chronicle.py` point at them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .base import (
    CORRECTIONS_DESCRIPTION,
    DRAFT_DESCRIPTION,
    FORMER_IDS_DESCRIPTION,
    PRIVATE_DESCRIPTION,
    Correction,
    Private,
    Record,
)
from .fields import Code, CountField, Day, Decimal, Flag, Id, Int, Name, Phone, Quarter, Text
from .staffing import STAFF_DESCRIPTION, Staff


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
    staff: list[Staff] = Field(
        default_factory=list, title="实践人员", description=STAFF_DESCRIPTION
    )
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
