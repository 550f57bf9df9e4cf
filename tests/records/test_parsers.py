"""Parsers: what an editor writes in one scalar, and what each spelling becomes or is told to become."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic_core import PydanticCustomError

from generator.records.count import Count, parse_count
from generator.records.parsers import (
    parse_day,
    parse_decimal,
    parse_flag,
    parse_id,
    parse_phone,
    short_name,
)
from generator.report import messages


def refusal(parse: Any, text: str) -> tuple[str, dict[str, Any]]:
    with pytest.raises(PydanticCustomError) as caught:
        parse(text)
    kind = caught.value.type
    assert kind in messages.MESSAGES, f"{kind} has no wording"
    return kind, dict(caught.value.context or {})


@pytest.mark.parametrize(
    ("text", "kind", "fix"),
    [
        ("2026年7月1日", "wm_day_format", "2026-07-01"),
        ("2026年7月1号", "wm_day_format", "2026-07-01"),
        ("2026/7/1", "wm_day_format", "2026-07-01"),
        ("2026.07.01", "wm_day_format", "2026-07-01"),
        ("２０２６－０７－０１", "wm_day_format", "2026-07-01"),
        ("20260701", "wm_day_format", "2026-07-01"),
        ("7月1日", "wm_day_shape", None),
        ("下周一", "wm_day_shape", None),
        ("2024-02-30", "wm_day_impossible", None),
        ("2026年2月30日", "wm_day_impossible", None),  # no fix that is itself impossible
        ("2026-07-01 10:00", "wm_day_time", None),
        ("2026-07-01T10:00:00+08:00", "wm_day_time", None),
    ],
)
def test_day_refusals(text: str, kind: str, fix: str | None) -> None:
    found, context = refusal(parse_day, text)
    assert found == kind
    assert context.get("fix") == fix


def test_day() -> None:
    assert parse_day("2024-02-29") == date(2024, 2, 29)


@pytest.mark.parametrize("text", ["029-33210001", "0913-1234567-8001", "400-123-4567", "12345"])
def test_public_phones(text: str) -> None:
    assert parse_phone(text) == text


@pytest.mark.parametrize(
    ("text", "kind", "fix"),
    [
        ("029 33210001", "wm_phone_fix", "029-33210001"),
        ("(029)33210001", "wm_phone_fix", "029-33210001"),
        ("（0913）1234567", "wm_phone_fix", "0913-1234567"),
        ("0913-1234567 转 8001", "wm_phone_fix", "0913-1234567-8001"),
        ("02933210001", "wm_phone", None),  # 029 or 0293? no guess
        ("13812345678", "wm_phone_mobile", None),
        ("138 1234 5678", "wm_phone_mobile", None),
    ],
)
def test_phone_refusals(text: str, kind: str, fix: str | None) -> None:
    found, context = refusal(parse_phone, text)
    assert found == kind
    assert context.get("fix") == fix


@pytest.mark.parametrize(
    ("parse", "text", "kind", "named"),
    [
        (parse_id, "a" * 65, "wm_id_too_long", "有 65 个字符，超过上限 64 个"),
        (parse_count, "1" * 13, "wm_count_too_big", "有 13 位数字，超过上限 12 位"),
        (parse_count, "1" * 13 + "+", "wm_count_too_big", "超过上限 12 位"),
        (parse_decimal, "108.123456789", "wm_decimal_places", "小数超过 8 位"),
        (parse_phone, "029-33210001-123456", "wm_phone_extension", "有 6 位，超过上限 5 位"),
        (short_name, "名" * 201, "too_long", "最多 200 个字"),
    ],
)
def test_every_limit_is_named_in_its_message(parse: Any, text: str, kind: str, named: str) -> None:
    found, context = refusal(parse, text)
    assert found == kind
    assert named in messages.say(kind, **context)


def test_values_at_the_limits_pass() -> None:
    assert parse_id("a" * 64) == "a" * 64
    assert parse_count("9" * 12) == Count(999_999_999_999)
    assert parse_decimal("108.12345678") == 108.12345678
    assert parse_phone("029-33210001-12345") == "029-33210001-12345"


@pytest.mark.parametrize(
    ("text", "value"),
    [("true", True), ("True", True), ("TRUE", True), ("是", True), ("false", False),
     ("False", False), ("FALSE", False), ("否", False)],
)  # fmt: skip
def test_a_flag_is_every_spelling_yaml_12_reads_as_a_boolean_and_chinese(
    text: str, value: bool
) -> None:
    """VS Code's schema check reads True and TRUE as booleans: check accepts them too."""
    assert parse_flag(text) is value


@pytest.mark.parametrize("text", ["yes", "no", "on", "1", "tRUE", "对"])
def test_other_spellings_of_a_flag_are_refused(text: str) -> None:
    with pytest.raises(PydanticCustomError) as caught:
        parse_flag(text)
    assert caught.value.type == "wm_flag"
