"""Record base: the model every record is, and the parts several kinds of record share.

Every model forbids unknown fields and types its values from text (see `fields.py`).
The `title` of a field is its short Chinese label used in error messages; the
`description` feeds the JSON Schema and the editor guide. Values that depend on
the county's vocabularies (levels, types, categories) are plain names in the models and
are checked against `vocabularies.yml` by the cross-check, which knows the positions.
The kinds of record are in `network.py` (sites, teams, services), `chronicle.py`
(activities, honours, bulletins) and `registers.py` (the single files and the editions);
`kinds.py` names them all.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .fields import Day, Name, Text


class Record(BaseModel):
    """Base of every record: unknown fields are refused, nothing is coerced silently."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# Parts of several kinds of record: the private block, corrections, and their wording.


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
