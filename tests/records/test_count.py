"""Count: a whole number or an "at least" one, and the spellings pasted from reports."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic_core import PydanticCustomError

from generator.records.count import Count, parse_count, parse_int
from generator.report import messages


def refusal(parse: Any, text: str) -> tuple[str, dict[str, Any]]:
    with pytest.raises(PydanticCustomError) as caught:
        parse(text)
    kind = caught.value.type
    assert kind in messages.MESSAGES, f"{kind} has no wording"
    return kind, dict(caught.value.context or {})


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0", Count(0)),
        ("320", Count(320)),
        ("320+", Count(320, approx=True)),
        ("３２０＋", Count(320, approx=True)),
        (" 12 ", Count(12)),
    ],
)
def test_counts(text: str, value: Count) -> None:
    assert parse_count(text) == value


@pytest.mark.parametrize(
    ("text", "kind", "fix"),
    [
        ("3万余", "wm_count_words", "30000+"),
        ("2.5万多", "wm_count_words", "25000+"),
        ("约200人", "wm_count_words", "200+"),
        ("320余场次", "wm_count_words", "320+"),
        ("1,200", "wm_count_words", "1200"),
        ("0123", "wm_count_leading_zero", None),
        ("-5", "wm_count_negative", None),
        ("12.5", "wm_count", None),
        ("abc", "wm_count", None),
        ("200++", "wm_count", None),
        ("", "wm_empty", None),
    ],
)
def test_count_refusals(text: str, kind: str, fix: str | None) -> None:
    found, context = refusal(parse_count, text)
    assert found == kind
    assert context.get("fix") == fix


def test_exact_int_refuses_approximate() -> None:
    assert parse_int("80") == 80
    assert refusal(parse_int, "80+")[0] == "wm_int_exact"


def test_a_count_prints_as_written() -> None:
    assert str(Count(320, approx=True)) == "320+"
    assert str(Count(12)) == "12"
    assert parse_count(Count(5)) == Count(5)
    assert parse_count(7) == Count(7)  # built in code (editions), not read from YAML
