"""Points (积分制): one village's 党员积分 and 群众积分 of one quarter, and the county's rules.

`content/points/<季度>/<站点编号>.yml` holds, for one 嘎查村/社区 (a 站), the monthly
entries of each party member (kept per branch: 加分, 减分, 一票否决, each with a reason)
and of each resident or household (points in the county's dimensions: 思想观念、志愿服务 …),
"一月一积分、一季一公示、年度一考评". The dimensions, the monthly caps and the thresholds
of the red, grey and black boards are the county's: `points` in `vocabularies.yml`
(`PointsConfig`), so a county's own dimensions need no code. What the entries must agree
on (months in the quarter, reasons, totals, minors) is checked in `check/points.py`.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from .base import (
    CORRECTIONS_DESCRIPTION,
    DRAFT_DESCRIPTION,
    PRIVATE_DESCRIPTION,
    Correction,
    Private,
    Record,
)
from .fields import Day, Flag, Id, Int, Name, Quarter, SignedInt, Text
from .parsers import FULLWIDTH_DIGITS, need_text
from .quarter import FIRST_YEAR, LAST_YEAR

_MONTH = re.compile(r"^([0-9]{4})-([0-9]{1,2})$")


def parse_month(value: Any) -> str:
    """`2026-07` (or `2026-7`) → `2026-07`; anything else says how a month is written."""
    # Full-width digits and dash from a Chinese keyboard read as the ASCII ones, as in counts.
    text = need_text(value).strip().translate(FULLWIDTH_DIGITS).replace("－", "-")
    match = _MONTH.match(text)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise PydanticCustomError("wm_month", "month", {"value": text})
    if not FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
        args = {"value": text, "first": FIRST_YEAR, "last": LAST_YEAR}
        raise PydanticCustomError("wm_month_range", "year", args)
    return f"{match.group(1)}-{int(match.group(2)):02d}"


Month = Annotated[
    str,
    BeforeValidator(parse_month),
    WithJsonSchema({"type": "string", "pattern": r"^\s*\d{4}-\d{1,2}\s*$"}),
]


class PointEntry(Record):
    """One line of a person's 积分清单: one month, one addition, deduction or 一票否决."""

    month: Month = Field(
        title="月份", description="积分所属月份，写成 2026-07，须在文件夹所示季度内。"
    )
    dimension: Name | None = Field(
        None,
        title="方面",
        description="群众积分的方面，取自 vocabularies.yml 的 points.dimensions，例如 志愿服务；党员积分可不写。",
    )
    add: Int | None = Field(None, title="加分", description="加的分数，整数，例如 5。")
    deduct: Int | None = Field(
        None, title="减分", description="减的分数，整数，例如 2；减分必须写原因 reason。"
    )
    veto: Flag = Field(
        False,
        title="一票否决",
        description="写 true 表示本季度一票否决（列入黑榜）；必须写原因 reason。",
    )
    reason: Text | None = Field(
        None, title="原因", description="加分、减分或一票否决的原因；减分和一票否决必须写。"
    )
    public: Flag = Field(
        False,
        title="原因公开",
        description="写 true 表示这条原因可以在网站和公示上公开；不写则原因只留在仓库里，不公开。",
    )


class Member(Record):
    """A party member's list (党员积分制管理个人清单)."""

    name: Name = Field(title="姓名", description="党员姓名。")
    entries: list[PointEntry] = Field(
        default_factory=list, title="积分明细", description="每月的加分、减分、一票否决，一项一条。"
    )
    total: SignedInt | None = Field(
        None, title="季度合计", description="可不写；写了就须等于各项加分减去减分。"
    )
    private: Private | None = Field(None, title="内部信息", description=PRIVATE_DESCRIPTION)


class Branch(Record):
    """One party branch (党支部) and its members."""

    branch: Name = Field(title="党支部", description="党支部名称，例如 宝力格嘎查党支部。")
    members: list[Member] = Field(
        default_factory=list, title="党员", description="本支部的党员，每人一项。"
    )


class Resident(Record):
    """A resident or a household (群众积分), by the county's dimensions."""

    name: Name = Field(title="姓名或户名", description="群众姓名，或户名（例如 白玉山家）。")
    household: Flag = Field(False, title="按户计分", description="写 true 表示这一项是一户。")
    minor: Flag = Field(
        False,
        title="未成年人",
        description="写 true 表示未满 18 周岁：须监护人同意才能登记，灰榜、黑榜上从不显示姓名。",
    )
    guardian_consent: Flag = Field(
        False, title="监护人同意", description="未成年人必须写 true，表示已取得监护人书面同意。"
    )
    entries: list[PointEntry] = Field(
        default_factory=list, title="积分明细", description="每月各方面的加分、减分，一项一条。"
    )
    total: SignedInt | None = Field(
        None, title="季度合计", description="可不写；写了就须等于各项加分减去减分。"
    )
    private: Private | None = Field(None, title="内部信息", description=PRIVATE_DESCRIPTION)


class Points(Record):
    """`content/points/<季度>/<站点编号>.yml`: one village's points of one quarter (积分公示)."""

    site: Id = Field(
        title="嘎查村（站）",
        description="嘎查村或社区新时代文明实践站的编号，与文件名相同，例如 bytl-baolige。",
    )
    quarter: Quarter = Field(title="季度", description="季度，与文件夹名相同，例如 2026-Q3。")
    date: Day = Field(
        title="公示日期",
        description="本季度积分公示的日期（公示落款的日期），不早于季度第一天，例如 2026-10-08。",
    )
    issuer: Name | None = Field(
        None,
        title="落款",
        description="公示的落款，例如 宝力格嘎查党支部 宝力格嘎查村民委员会；不写则用 vocabularies.yml 的 points.issuer，再不写用站点名称。",
    )
    party: list[Branch] = Field(
        default_factory=list, title="党员积分", description="按党支部记录党员积分，每个支部一项。"
    )
    residents: list[Resident] = Field(
        default_factory=list,
        title="群众积分",
        description="按人或按户记录群众积分，每人（户）一项。",
    )
    corrections: list[Correction] = Field(
        default_factory=list, title="更正", description=CORRECTIONS_DESCRIPTION
    )
    draft: Flag = Field(False, title="草稿", description=DRAFT_DESCRIPTION)

    # What a fingerprint of a published quarter leaves out (check/frozen.py): the
    # corrections, and every person's private block.
    UNPUBLISHED: ClassVar[dict[str, Any]] = {
        "corrections": True,
        "party": {"__all__": {"members": {"__all__": {"private"}}}},
        "residents": {"__all__": {"private"}},
    }

    @property
    def id(self) -> str:
        """The record's key: the village and the quarter (the file name repeats each quarter)."""
        return f"{self.site}-{self.quarter.lower()}"


# --- the county's rules (vocabularies.yml `points`) ----------------------------------------

DIMENSIONS = ("思想观念", "志愿服务", "乡风文明", "勤劳致富", "环境卫生")


class Dimension(Record):
    name: Name = Field(title="方面", description="群众积分的一个方面，例如 志愿服务。")
    max: Int | None = Field(
        None, title="每月上限", description="一人（户）每月在这一方面最多加的分；不写不限。"
    )


class Boards(Record):
    """The thresholds of the boards: 红榜 from `red`, 灰榜 from `grey`, 黑榜 below."""

    red: Int = Field(title="红榜分数线", description="季度积分达到这个分数列入红榜。")
    grey: Int = Field(
        title="灰榜分数线",
        description="季度积分达到这个分数、不到红榜分数线列入灰榜；更低的或一票否决的列入黑榜。",
    )


class PointsConfig(Record):
    """`points` in vocabularies.yml: the county's dimensions, boards and naming rule."""

    dimensions: list[Dimension] = Field(
        default_factory=lambda: [Dimension(name=n) for n in DIMENSIONS],
        min_length=1,
        title="群众积分方面",
        description="群众积分的方面（可加本县自己的方面），每项写 name，可加每月上限 max。",
    )
    residents: Boards = Field(
        default_factory=lambda: Boards(red=40, grey=20),
        title="群众积分红灰黑榜",
        description="群众积分的红榜、灰榜分数线（按季度）。",
    )
    party: Boards = Field(
        default_factory=lambda: Boards(red=20, grey=10),
        title="党员积分红灰黑榜",
        description="党员积分的红榜、灰榜分数线（按季度）。",
    )
    names_on_grey_black: Flag = Field(
        False,
        title="灰榜黑榜公开姓名",
        description="默认 false：灰榜、黑榜只公布人数。写 true 才在网站、公示和开放数据上公开灰榜、黑榜的姓名（未成年人仍不显示）。",
    )
    issuer: Name | None = Field(
        None,
        title="默认落款",
        description="积分公示的默认落款，例如 白音他拉苏木党委；不写则用各站点名称。",
    )
