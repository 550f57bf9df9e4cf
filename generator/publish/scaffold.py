"""Scaffold: write a new record file an editor can fill in, in the right folder.

`wenming new` asks for the few fields a record cannot do without, proposes an id
from the name's pinyin, and writes every other field as a commented example taken
from the model's own Chinese descriptions, so the file explains itself. A schema
line at the top gives editors completion in VS Code and similar editors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from ..read.plainyaml import read_plain
from ..records.base import Record
from ..records.kinds import RECORD_TYPES
from ..records.pinyin import GENERIC, core, syllables
from ..records.quarter import quarter_of

# What `wenming new` asks for, per record type, in this order.
ESSENTIALS: dict[str, tuple[str, ...]] = {
    "site": ("name", "level", "region", "parent", "address"),
    "team": ("name", "site"),
    "service": ("name", "description", "sites"),
    "activity": ("title", "type", "sites", "date", "sessions", "attendance", "summary"),
    "honor": ("category", "subject", "name", "date", "status"),
}
FOLDERS = {
    "site": "sites",
    "team": "teams",
    "service": "services",
    "activity": "activities",
    "honor": "honors",
}
LISTS = {
    "sites",
    "teams",
    "rooms",
    "services",
    "steps",
    "order",
    "ratings",
    "corrections",
    "former_ids",
    "staff",
}

# Commented examples for fields whose value is more than one line.
BLOCK_EXAMPLES: dict[str, str] = {
    "location": "location:\n#   datum: gcj02\n#   lng: 108.70512\n#   lat: 34.34821",
    "rooms": "rooms:\n#   - name: 理论宣讲室\n#     description: 可容纳 60 人",
    "services": "services:\n#   - 修鞋\n#   - 配钥匙",
    "coverage": "coverage:\n#   target: 13\n#   note: 13个嘎查村",
    "private": "private:\n#   contact: 联系人姓名\n#   phone: 联系人手机（不公开）",
    "corrections": "corrections:\n#   - date: 2026-11-02\n#     reason: 更正的内容和原因",
    "staff": "staff:\n#   - name: 实践员姓名\n#     role: 专职实践员\n#     phone: 0354-4112019\n#     private:\n#       phone: 本人手机（不公开）\n#       pay: 岗位补贴（不公开）",
    "order": "order:\n  - way: 到站登记\n    detail: 到站点服务台登记",
    "ratings": "ratings:\n#   - quarter: 2026-Q4\n#     orders: 30\n#     rated: 28\n#     satisfied: 27",
    "notice": "notice:\n#   start: 2026-11-01\n#   end: 2026-11-07",
    "teams": "teams:\n#   - 服务队编号",
    "steps": "steps: [点单, 派单, 接单, 评单]",
    "former_ids": "former_ids:\n#   - 旧编号",
}


# Words every record carries say nothing about which record it is (records/pinyin.py).
GENERIC_WORDS = GENERIC
ID_LENGTH = 48  # a proposed id is cut at a word before this many characters


def propose_id(name: str, prefix: str = "") -> str:
    """`渭滨街道滨河社区新时代文明实践站` → `wei-bin-jie-dao-bin-he-she-qu`, cut at a word."""
    # records/pinyin.py loads pypinyin (0.4 s) only when called: only `new` gets here.
    words = [s.text for s in syllables(core(name))]
    slug = ""
    for word in words:
        if len(prefix) + len(slug) + len(word) + 1 > ID_LENGTH:
            break
        slug = f"{slug}-{word}" if slug else word
    return f"{prefix}{slug or 'record'}"


def unique_id(folder: Path, wanted: str) -> str:
    candidate, n = wanted, 2
    while (folder / f"{candidate}.yml").exists():
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def target_folder(content: Path, kind: str, values: Mapping[str, Any]) -> Path:
    folder = content / FOLDERS[kind]
    if kind in ("activity", "honor"):
        folder = folder / quarter_of(date.fromisoformat(str(values["date"])))
    return folder


def _dump(key: str, value: Any) -> str:
    """`key: value` as an editor writes it: plain, quoted only where YAML would misread it."""
    if key in LISTS and isinstance(value, str):
        value = [v.strip() for v in re.split(r"[,，、\s]+", value) if v.strip()]
    if isinstance(value, list):
        return "\n".join([f"{key}:", *(f"  - {plain(str(v))}" for v in value)])
    if isinstance(value, dict):
        return "\n".join([f"{key}:", *(f"  {k}: {plain(str(v))}" for k, v in value.items())])
    return f"{key}: {plain(str(value))}"


def plain(text: str) -> str:
    """`text` unquoted when the loader reads it back as written (`plainyaml`), else quoted."""
    if read_plain(f"key: {text}") == {"key": text}:
        return text
    return json.dumps(text, ensure_ascii=False)  # a YAML double-quoted scalar


def _example(key: str, info: Any) -> str:
    if key in BLOCK_EXAMPLES:
        return "# " + BLOCK_EXAMPLES[key]
    match = re.search(r"例如\s*([^。；]+)", info.description or "")
    example = match.group(1).strip() if match else ""
    return f"# {key}: {example}".rstrip()


def comment_label(info: Any) -> str:
    """`# 级别：站点级别，取自…`, without the title twice when the description names it."""
    description = info.description or ""
    head = re.split("[：，。（、]", description, maxsplit=1)[0]
    if info.title and info.title not in head:
        return f"# {info.title}：{description}"
    return f"# {description}"


def render_record(kind: str, values: Mapping[str, Any], schema_path: str) -> str:
    """The file text: schema line, given values, then every other field as a comment."""
    model: type[Record] = RECORD_TYPES[kind]
    lines = [f"# yaml-language-server: $schema={schema_path}"]
    for key, info in model.model_fields.items():
        lines.append(comment_label(info))
        if key in values and values[key] not in (None, ""):
            lines.append(_dump(key, values[key]))
        elif key == "order" and kind == "service":
            lines.append(BLOCK_EXAMPLES["order"])
        else:
            example = _example(key, info)
            if example:
                lines.append(example)
    return "\n".join(lines) + "\n"


def schema_path(record_file: Path, content: Path, kind: str) -> str:
    """The schema file relative to the new record, for the yaml-language-server line."""
    depth = len(record_file.relative_to(content).parts)  # sites/x.yml → 2
    up = "../" * depth
    return str(PurePosixPath(up) / "schema" / f"{kind}.schema.json")


OPTIONAL_ESSENTIALS = {"parent"}


def id_source(kind: str, values: Mapping[str, Any]) -> tuple[str, str]:
    """(text to take the pinyin of, prefix): dated records start with their quarter."""
    text = str(values.get("title") or values.get("name") or kind)
    if kind in ("activity", "honor"):
        quarter = quarter_of(date.fromisoformat(str(values["date"])))
        return text, quarter.lower().replace("-", "") + "-"
    return text, ""
