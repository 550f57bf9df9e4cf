"""Practice staff (专职文明实践员): the people a site names as running it.

A 中心, a 所 (and any 站 that has them) lists its staff under `staff:` in its own file:
name, role and office phone are public; a personal mobile, the post's pay and notes stay
under each person's `private:`, like every record's private block. Which roles exist,
which level must have which role, and which activity types are staff training are the
county's vocabularies (`staff_roles`, `staff_required`, `training_types`), checked in
`check/staffing.py`.
"""

from __future__ import annotations

from pydantic import Field

from .base import Record
from .fields import Name, OfficePhone, Text


class StaffPrivate(Record):
    """What a county keeps of a staff member and never publishes."""

    phone: Name | None = Field(
        None, title="个人手机", description="本人手机号（不公开，只供县里内部联系）。"
    )
    pay: Name | None = Field(
        None,
        title="岗位补贴",
        description="岗位补贴等待遇（不公开），写明金额和发放方式。",
    )
    note: Text | None = Field(None, title="备注", description="内部备注（不公开）。")


class Staff(Record):
    """One member of a site's staff: who residents can ask for at that site."""

    name: Name = Field(title="姓名", description="实践人员姓名，网站公开，例如 李晓红。")
    role: Name = Field(
        title="岗位",
        description="岗位，取自 vocabularies.yml 的 staff_roles，例如 专职实践员、联络员、管理员。",
    )
    phone: OfficePhone | None = Field(
        None,
        title="办公电话",
        description="办公电话（座机或服务热线），网站公开，可点击拨打，例如 0354-4112002；个人手机号不能写在这里，请写到 private 下的 phone。",
    )
    private: StaffPrivate | None = Field(
        None,
        title="内部信息",
        description="个人手机、岗位补贴、备注：检查时使用，绝不出现在网站、搜索、订阅和开放数据中。",
    )


STAFF_DESCRIPTION = (
    "本阵地的实践人员（专职文明实践员、联络员、管理员等），每人一项：姓名 name、岗位 role、"
    "办公电话 phone 公开在阵地页上；个人手机、岗位补贴写在各人的 private 下，不公开。"
)
