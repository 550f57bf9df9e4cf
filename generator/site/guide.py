"""Guide: the editors' guide (编辑指南), generated from the models and the vocabularies.

Every field of every record type is listed from the model's own title and Chinese
description, with its format and allowed values, so the guide cannot drift from
what the checker accepts. The common mistakes are shown with the very sentence
the checker prints, taken from `messages`.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date, time
from typing import Any, ClassVar, Literal

import yaml
from pydantic import BaseModel

from ..check.catalog import Catalog
from ..check.labels import nested_model
from ..records.base import Record
from ..records.count import Count
from ..records.kinds import RECORD_TYPES, vocab_enums
from ..records.registers import Publisher
from ..report import messages
from .pages import Link, Page
from .sections.points import points_example
from .urls import GUIDE_URL, guide_record_url

TITLES = {
    "site": ("阵地", "content/sites/<编号>.yml"),
    "team": ("志愿服务队", "content/teams/<编号>.yml"),
    "service": ("服务项目（服务菜单）", "content/services/<编号>.yml"),
    "activity": ("活动", "content/activities/<季度>/<编号>.yml"),
    "honor": ("荣誉（光荣榜）", "content/honors/<季度>/<编号>.yml"),
    "bulletin": ("季度简报", "content/bulletins/<季度>.yml"),
    "points": ("积分公示（红灰黑榜）", "content/points/<季度>/<站点编号>.yml"),
    "publisher": ("网站信息与页脚备案", "content/publisher.yml"),
}
# The record kinds, and publisher.yml: what it says of the site, its footer and filings.
GUIDED: dict[str, type[Record]] = {**RECORD_TYPES, "publisher": Publisher}


@dataclass(frozen=True)
class FieldDoc:
    key: str
    title: str
    description: str
    required: bool
    kind: str
    allowed: tuple[str, ...]


@dataclass(frozen=True)
class RecordDoc:
    kind: str
    title: str
    where: str
    fields: tuple[FieldDoc, ...]
    example: str


@dataclass(frozen=True)
class Mistake:
    what: str
    wrong: str
    says: str


def _kind(annotation: Any) -> str:
    """A plain-Chinese description of a field's format."""
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return _kind(args[0])
    if origin is typing.Annotated:
        return _kind(args[0])
    if origin is list:
        return "列表（每项一行，以“- ”开头）：" + _kind(args[0]) if args else "列表"
    if origin is dict:
        return "下级字段"
    if origin is Literal:
        return "从可选值中选一个"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "下级字段：" + "、".join(annotation.model_fields)
    return {
        date: "日期，写成 2026-07-15",
        time: "时间，24 小时制，写成 19:30",
        Count: "数量：整数；约数在数字后加 +，例如 320+",
        bool: "true（是）或 false（否）",
        int: "整数",
        float: "十进制数",
        str: "文字",
    }.get(annotation, "文字")


def _allowed(key: str, annotation: Any, enums: dict[str, list[str]]) -> tuple[str, ...]:
    if key in enums:
        return tuple(enums[key])
    for arg in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(arg) is Literal:
            return tuple(str(a) for a in typing.get_args(arg))
    return ()


def _fields(
    model: type[BaseModel], enums: dict[str, list[str]], prefix: str = ""
) -> list[FieldDoc]:
    docs = []
    for key, info in model.model_fields.items():
        name = f"{prefix}{key}"
        docs.append(
            FieldDoc(
                key=name,
                title=info.title or key,
                description=info.description or "",
                required=info.is_required(),
                kind=_kind(info.annotation),
                allowed=_allowed(key, info.annotation, enums),
            )
        )
        nested = nested_model(info.annotation)
        if nested is not None:
            docs += _fields(nested, enums, prefix=f"{name}.")
    return docs


def record_docs(catalog: Catalog, examples: dict[str, str]) -> list[RecordDoc]:
    """One RecordDoc per record type; `examples` maps a type to a full example file's text."""
    enums = vocab_enums(catalog.vocab)
    docs = []
    for kind, model in GUIDED.items():
        title, where = TITLES[kind]
        fields = tuple(_fields(model, enums.get(kind, {})))
        docs.append(RecordDoc(kind, title, where, fields, examples.get(kind, "")))
    return docs


def all_field_keys() -> dict[str, set[str]]:
    """Every field path of every record type: the guide must list each (tested)."""
    return {kind: {f.key for f in _fields(model, {})} for kind, model in GUIDED.items()}


def mistakes() -> list[Mistake]:
    """The common slips, with the sentence the checker prints for each."""
    say = messages.say
    return [
        Mistake("冒号用了中文“：”", "name：锦囊团", say("fullwidth_colon", key="name")),
        Mistake("冒号后面没有空格", "date:2026-07-15", say("colon_no_space", key="date")),
        Mistake("字段名后面忘了冒号", "name 锦囊团", say("missing_colon", key="name")),
        Mistake("用 Tab 键缩进", "→lng: 108.7", say("tab_indent")),
        Mistake(
            "值两边加了中文引号", "title: “义诊进社区”", say("chinese_quotes", value="“义诊进社区”")
        ),
        Mistake(
            "日期写成中文",
            "date: 2026年7月15日",
            say("wm_day_format", value="2026年7月15日", fix="2026-07-15"),
        ),
        Mistake("日期不存在", "date: 2026-02-30", say("wm_day_impossible", value="2026-02-30")),
        Mistake(
            "时间写成中文",
            "start_time: 晚上7点半",
            say("wm_clock_format", value="晚上7点半", fix="19:30"),
        ),
        Mistake("已举办的活动没写场次", "（删掉了 sessions）", say("activity_no_sessions")),
        Mistake(
            "约数写成“余”", "attendance: 3万余", say("wm_count_words", value="3万余", fix="30000+")
        ),
        Mistake(
            "字段名写错",
            "adress: 人民路1号",
            say("extra_forbidden", key="adress", hint="是否想写 address？"),
        ),
        Mistake(
            "引用了不存在的站点",
            "site: qindu-centre",
            say("unknown_ref", what="站点", value="qindu-centre", hint="是否想写 qindu-center？"),
        ),
        Mistake("公开文字里有手机号", "deeds: 联系电话 138 **** 5678", say("mobile", at=6)),
        Mistake("公开文字里有身份证号", "deeds: 身份证 1101**********0021", say("id_card", at=5)),
        Mistake("荣誉事迹里有家庭住址", "deeds: 家住东山村三组12号", say("home_address", at=6)),
        Mistake("未成年人没有监护人同意", "category: 新时代好少年", say("minor_consent")),
        Mistake("积分减分没写原因", "deduct: 2", say("points_reason_missing", key="deduct")),
        Mistake("文件用 GBK 保存", "（记事本“另存为”时选了 ANSI）", say("encoding_gbk")),
        Mistake("修改了已发布季度的记录", "sessions: 2", say("frozen_changed", quarter="2026-Q3")),
    ]


def _plain(value: Any) -> Any:
    """A record's value as an editor writes it: dates as 2026-07-15, counts as 320+."""
    if isinstance(value, BaseModel):  # no private block, at any depth (a site's staff)
        return {
            k: _plain(v)
            for k, v in value
            if (v not in (None, [], False) or k == "status") and k != "private"
        }
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Count):
        return f"{value.value}+" if value.approx else value.value
    if isinstance(value, time):
        return f"{value:%H:%M}"
    return value  # dates stay dates, so the dump writes them bare: 2026-07-15


def example_text(record: Record) -> str:
    """A full example from a real record, without any private block."""
    data = _plain(record)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


EXAMPLE_POOL = 200


def choose_examples(catalog: Catalog) -> dict[str, str]:
    """For each record type, the public record that fills the most fields."""
    minors = {c.name for c in catalog.vocab.honor_categories if c.minor}
    pools: dict[str, list[Any]] = {
        "site": list(catalog.public_sites.values()),
        "team": list(catalog.public_teams.values()),
        "service": list(catalog.public_services.values()),
        "activity": list(catalog.public_activities.values()),
        "honor": [h for h in catalog.public_honors.values() if h.category not in minors],
        "bulletin": list(catalog.public_bulletins.values()),
        "points": [
            points_example(p, catalog.vocab.points.dimensions[0].name)
            for p in list(catalog.public_points.values())[:1]
        ],
    }
    examples = {}
    for kind, pool in pools.items():
        pool = pool[:EXAMPLE_POOL]  # id order; a city's 60,000 activities need not all compete
        if pool:
            best = max(pool, key=lambda r: (len(_plain(r)), str(getattr(r, "id", ""))))
            examples[kind] = example_text(best)
    examples["publisher"] = example_text(catalog.publisher)
    return examples


# --- pages ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GuideIndexPage(Page):
    template: ClassVar[str] = "guide_index.html"
    records: tuple[Link, ...]
    mistakes: tuple[Mistake, ...]
    categories: tuple[str, ...]


@dataclass(frozen=True)
class GuideRecordPage(Page):
    template: ClassVar[str] = "guide_record.html"
    doc: RecordDoc
    index: Link


def guide_pages(catalog: Catalog) -> list[Page]:
    """The guide's index and one page per record type."""
    docs = record_docs(catalog, choose_examples(catalog))
    index = Link("编辑指南", GUIDE_URL)
    pages: list[Page] = [
        GuideIndexPage(
            url=GUIDE_URL,
            title="编辑指南",
            records=tuple(Link(f"{d.title}", guide_record_url(d.kind)) for d in docs),
            mistakes=tuple(mistakes()),
            categories=tuple(c.name for c in catalog.vocab.honor_categories),
        )
    ]
    pages += [
        GuideRecordPage(
            url=guide_record_url(d.kind), title=f"编辑指南：{d.title}", doc=d, index=index
        )
        for d in docs
    ]
    return pages


__all__ = [
    "FieldDoc",
    "Mistake",
    "Record",
    "RecordDoc",
    "all_field_keys",
    "mistakes",
    "record_docs",
]
