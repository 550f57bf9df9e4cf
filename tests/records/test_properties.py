"""Properties: valid records survive YAML unchanged, and no input makes the loader raise.

(a) A record of any type, with values an editor could write (including text YAML 1.1
would have guessed into something else: `no`, `0123`, `1:20`, `~`), dumped by PyYAML
and read back through `load_file` + `validate`, is the same record.
(b) `load_file` returns a `Loaded` for every text and every byte string: problems or
data, never an exception.

Strategies are derived from the models' own field types, so a new field is covered
without touching this file; the few cross-field rules (ranges, lat/lng, honour status)
are repaired after drawing. Example counts keep the suite fast; set WM_EXAMPLES (say
5000) for a deep run.
"""

from __future__ import annotations

import os
import shutil
import types
import typing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import AfterValidator, BaseModel, BeforeValidator, WithJsonSchema
from testpaths import MINIMAL

from generator.check.content import check_content
from generator.check.validate import validate
from generator.read.load import Loaded, load_file
from generator.records import count, parsers, points
from generator.records.base import Record
from generator.records.kinds import RECORD_TYPES
from generator.records.quarter import FIRST_DAY, LAST_DAY
from generator.records.registers import Publisher, RegionFile

# Values YAML 1.1 or the YAML syntax would misread if they were not kept as text.
SPECIAL = [
    "no", "yes", "on", "off", "No", "Y", "~", "null", "true", "0123", "0o17", "0x1F",
    "1:20", "2024-02-30", "2026-07-01 10:00", "1e3", ".inf", "-5", "12.5",
    "- x", "# x", "x # y", ": ", "a: b", "a:b", "[a]", "{a: b}", "&a", "*a", "!x", "!!str",
    "|", "> x", "@x", "`x", "%x", "'x'", '"x"', "---", "...", "?", "?x", "<<", "=",
    "https://a.cn/x?y=1#z", "9:00-17:00", "10%", "三小三大", "“微宣讲+文艺汇演”理论宣讲",
    "WiFi：免费", "note:见公告", "“", "”", "「", "」",
]  # fmt: skip
_CHINESE_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", "＂": "＂"}


def _not_wholly_in_chinese_quotes(text: str) -> bool:
    """A value written wholly inside Chinese quotes is refused by design (an input-method
    slip, see slips.py); an editor who means them writes them inside English quotes."""
    inner = text.strip()
    close = _CHINESE_QUOTES.get(inner[:1])
    return not (close and len(inner) >= 2 and inner.endswith(close))


# Printable text from everywhere in Unicode; control, format (invisible, bidi) and
# line-separator characters are refused by the field types, so they are not "valid".
CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PIECE = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(CHARS, min_size=1, max_size=8),
    st.text(CJK, min_size=1, max_size=8),
    st.sampled_from([" ", "：", "，", "。", "\u3000", "#", ":", "-", "'", '"']),
)
NAME = st.lists(PIECE, min_size=1, max_size=5).map("".join)
NAME = NAME.filter(lambda s: s.strip() and _not_wholly_in_chinese_quotes(s))
TEXT = st.lists(st.one_of(PIECE, st.just("\n")), min_size=1, max_size=8).map("".join)
TEXT = TEXT.filter(lambda s: s.strip() and _not_wholly_in_chinese_quotes(s))

ID = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}\Z")
DAY = st.dates(FIRST_DAY, LAST_DAY)
COUNT = st.builds(
    lambda n, approx: f"{n}{'+' if approx else ''}", st.integers(0, 10**9), st.booleans()
)
INT = st.integers(0, 10**9).map(str)
CLOCK = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
FLAG = st.sampled_from(["true", "false", "是", "否"])
QUARTER = st.builds(lambda y, q: f"{y}-Q{q}", st.integers(2000, 2099), st.integers(1, 4))
PHONE = st.one_of(
    st.from_regex(r"\A0[1-9][0-9]{1,2}-[2-8][0-9]{6,7}\Z"),
    st.from_regex(r"\A400-[0-9]{3}-[0-9]{4}\Z"),
    st.sampled_from(["12345", "12110"]),
)
URL = st.from_regex(r"\Ahttps://[a-z0-9.-]{1,20}(/[A-Za-z0-9._~%?=&#-]{0,20}){0,3}\Z")
CODE = st.from_regex(r"\A[0-9]{6}([0-9]{3}){0,2}\Z")
LNG = st.decimals(73, 136, places=5).map(str)
LAT = st.decimals(3, 54, places=5).map(str)

BY_PARSER: dict[Any, st.SearchStrategy[Any]] = {
    parsers.parse_id: ID,
    parsers.clean_name: NAME,
    parsers.short_name: NAME,
    parsers.clean_text: TEXT,
    parsers.parse_day: DAY.map(date.isoformat),
    parsers.parse_clock: CLOCK,
    count.parse_count: COUNT,
    count.parse_int: INT,
    count.parse_signed_int: st.one_of(INT, INT.map(lambda n: f"-{n}")),
    parsers.parse_flag: FLAG,
    parsers.parse_decimal: LNG,
    parsers.parse_quarter: QUARTER,
    parsers.parse_phone: PHONE,
    parsers.parse_office_phone: PHONE,
    parsers.parse_icp: st.from_regex(r"\A陕ICP备[0-9]{8}号(-[1-9])?\Z"),
    parsers.parse_police: st.from_regex(r"\A陕公网安备 [0-9]{14}号\Z"),
    parsers.parse_site_code: st.from_regex(r"\A[0-9]{10}\Z"),
    parsers.parse_email: st.from_regex(r"\A[a-z0-9]{1,10}@[a-z0-9]{1,10}\.(cn|test)\Z"),
    points.parse_month: st.from_regex(r"\A(19|20)[0-9]{2}-(0?[1-9]|1[0-2])\Z"),
}
# Fields whose values another field constrains, or whose text has a shape of its own.
BY_FIELD: dict[str, st.SearchStrategy[Any]] = {"lng": LNG, "lat": LAT, "code": CODE}


def _scalar(metadata: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    before = next(m.func for m in metadata if isinstance(m, BeforeValidator))
    if any(isinstance(m, AfterValidator) and m.func is parsers.check_https for m in metadata):
        return URL
    schema = next((m.json_schema for m in metadata if isinstance(m, WithJsonSchema)), {})
    if "anyOf" in (schema or {}) and before is parsers.clean_name:
        return CODE  # a division code: digits, written as text
    return BY_PARSER[before]


def for_type(annotation: Any, name: str = "") -> st.SearchStrategy[Any]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return st.one_of(st.none(), *(for_type(a, name) for a in inner))
    if origin is list:
        return st.lists(for_type(typing.get_args(annotation)[0], name), max_size=3)
    if origin is typing.Literal:
        return st.sampled_from(typing.get_args(annotation))
    if origin is typing.Annotated:
        if name in BY_FIELD:
            return BY_FIELD[name]
        return _scalar(annotation.__metadata__)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return record(annotation)
    raise AssertionError(f"no strategy for {annotation!r} ({name})")


def _field(model: type[BaseModel], name: str) -> st.SearchStrategy[Any]:
    info = model.model_fields[name]
    annotation = info.annotation
    if any(isinstance(m, BeforeValidator) for m in info.metadata):
        # pydantic moved the Annotated metadata of a plain field onto the FieldInfo
        annotation = typing.Annotated[annotation, *info.metadata]
    strategy = for_type(annotation, name)
    min_length = next((m.min_length for m in info.metadata if hasattr(m, "min_length")), 0)
    if min_length and typing.get_origin(info.annotation) is list:
        item = typing.get_args(info.annotation)[0]
        strategy = st.lists(for_type(item, name), min_size=min_length, max_size=3)
    return strategy


@st.composite
def _record(draw: st.DrawFn, model: type[BaseModel]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if info.is_required() or draw(st.booleans()):
            data[name] = draw(_field(model, name))
    return _repair(model.__name__, data, draw)


def record(model: type[BaseModel]) -> st.SearchStrategy[dict[str, Any]]:
    return _record(model)


def _repair(name: str, data: dict[str, Any], draw: st.DrawFn) -> dict[str, Any]:
    """Make the drawn values satisfy the model's rules across fields."""
    for low, high in (("date", "end_date"), ("start", "end")):
        if data.get(low) and data.get(high) and data[high] < data[low]:
            data[low], data[high] = data[high], data[low]
    if name == "Rating":
        data["rated"], data["satisfied"] = (
            str(min(int(data["rated"]), int(data["orders"]))),
            str(min(int(data["satisfied"]), int(data["rated"]), int(data["orders"]))),
        )
    if name == "Honor":
        if data["status"] == "公示中" and not data.get("notice"):
            data["notice"] = draw(record(RECORD_NOTICE))
        if data["status"] == "已撤销" and not data.get("withdrawn"):
            data["withdrawn"] = draw(DAY.map(date.isoformat))
        if data["status"] != "已撤销":
            data.pop("withdrawn", None)
    if name == "Activity":  # 活动预告: a held activity has its counts; times in order
        if data.get("status", "已举办") == "已举办":
            for count in ("sessions", "attendance"):
                if data.get(count) is None:
                    data[count] = draw(COUNT)
        if data.get("end_time") and not data.get("start_time"):
            data["start_time"] = "00:00"
        if data.get("end_time") and data["end_time"] <= data["start_time"]:
            data.pop("end_time")
    if name in ("Honor", "Activity") and data.get("withdrawn"):
        data["withdrawn"] = max(data["withdrawn"], data["date"])
        if name == "Activity":
            reason = {"date": data["withdrawn"], "reason": "撤下。"}
            data["corrections"] = [*(data.get("corrections") or []), reason]
    return data


RECORD_NOTICE = typing.get_args(RECORD_TYPES["honor"].model_fields["notice"].annotation)[0]
MODELS: list[type[Record]] = [*RECORD_TYPES.values(), Publisher, RegionFile]


def _dump_load(tmp: Path, data: dict[str, Any], model: type[Record]) -> tuple[Any, Loaded]:
    path = tmp / "record.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    loaded = load_file(path, "record.yml")
    assert loaded.problems == [], (path.read_text(encoding="utf-8"), loaded.problems)
    record_, problems = validate(loaded, model)
    assert problems == [], (path.read_text(encoding="utf-8"), problems)
    return record_, loaded


SETTINGS = settings(
    max_examples=int(os.environ.get("WM_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(st.sampled_from(MODELS).flatmap(lambda m: st.tuples(st.just(m), record(m))))
def test_valid_records_survive_dump_load_validate(
    tmp_path: Path, drawn: tuple[type[Record], dict[str, Any]]
) -> None:
    model, data = drawn
    original = model.model_validate(data)
    survived, _ = _dump_load(tmp_path, data, model)
    assert survived == original


# --- (b) the loader never raises ----------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "a: ", "b:", "- ", "  ", "\t", "\u3000", "\n", "\r\n", ": ", "：", "#", "&x ", "*x",
        "!!str ", "!x ", "---\n", "...\n", "[", "]", "{", "}", ",", "'", '"', "“", "”",
        "|\n", ">-\n", "? ", "%YAML 1.1\n", "\\", "\ufeff", "\x00", "\x85", "\u2028", "\ud7ff",
        "no", "0123", "1:20", "~", "中文", "  - x: y\n", "\xa0", "\u200b", "\u202e",
    ]
)  # fmt: skip
YAMLISH = st.lists(st.one_of(FRAGMENTS, st.text(max_size=5)), max_size=40).map("".join)


def _never_raises(tmp: Path, raw: bytes) -> None:
    path = tmp / "x.yml"
    path.write_bytes(raw)
    loaded = load_file(path, "x.yml")
    assert isinstance(loaded, Loaded)
    if loaded.data is None:  # unreadable: then it says why
        assert loaded.problems
    else:
        assert isinstance(loaded.data, dict)
    for problem in loaded.problems:
        assert problem.line >= 1 and problem.col >= 1 and problem.text


@settings(
    max_examples=int(os.environ.get("WM_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.one_of(st.text(), YAMLISH))
def test_loader_never_raises_on_text(tmp_path: Path, text: str) -> None:
    _never_raises(tmp_path, text.encode("utf-8", "surrogatepass"))


@settings(
    max_examples=int(os.environ.get("WM_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.binary(max_size=300))
def test_loader_never_raises_on_bytes(tmp_path: Path, raw: bytes) -> None:
    _never_raises(tmp_path, raw)


@settings(
    max_examples=int(os.environ.get("WM_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.sampled_from(MODELS), st.one_of(st.text(), YAMLISH))
def test_validate_never_raises_on_loaded_data(
    tmp_path: Path, model: type[Record], text: str
) -> None:
    """Whatever the loader hands over, validation answers with problems, not an exception."""
    path = tmp_path / "x.yml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    loaded = load_file(path, "x.yml")
    if loaded.data is not None:
        record_, problems = validate(loaded, model)
        assert (record_ is None) == bool(problems)


# --- no content error raises, across the whole check -----------------------------------

MINIMAL_FILES = sorted(p.relative_to(MINIMAL).as_posix() for p in MINIMAL.rglob("*.yml"))
FIELD_NAMES = sorted(
    {name for model in MODELS for name in model.model_fields}
    | {"datum", "lng", "lat", "start", "end", "orders", "rated", "satisfied", "way", "detail"}
)
LEAF = st.one_of(st.none(), st.sampled_from(SPECIAL), NAME, ID, DAY.map(date.isoformat), COUNT)
ANY_DATA = st.recursive(
    LEAF,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(FIELD_NAMES), inner, max_size=4),
    ),
    max_leaves=12,
)


@settings(
    max_examples=int(os.environ.get("WM_EXAMPLES", "50")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.sampled_from(MINIMAL_FILES),
    st.dictionaries(st.sampled_from(FIELD_NAMES), ANY_DATA, max_size=8),
)
def test_check_never_raises_on_well_formed_nonsense(
    tree: Path, rel: str, data: dict[str, Any]
) -> None:
    """Any mapping in any record file: the whole check answers with problems, never raises."""
    target = tree / rel
    original = target.read_bytes()
    try:
        target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        catalog, problems = check_content(tree, "content")
    finally:
        target.write_bytes(original)
    assert (catalog is None) == bool(problems)
    for problem in problems:
        assert problem.path.startswith("content/") and problem.line >= 1 and problem.text
    if data == yaml.safe_load(original):
        assert problems == []


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the minimal tree for all examples; each example restores what it changed."""
    root = tmp_path_factory.mktemp("tree") / "content"
    shutil.copytree(MINIMAL, root)
    return root
