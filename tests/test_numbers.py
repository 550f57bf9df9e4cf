"""Counts as Chinese reports write them: exact digits, or 余 for approximate ones."""

from __future__ import annotations

import pytest

from generator.fields import Count
from generator.numbers import cn_count, percent, total


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        (Count(3121), "3121"),
        (Count(90000), "90000"),
        (Count(320, approx=True), "320余"),
        (Count(9999, approx=True), "9999余"),
        (Count(10000, approx=True), "1万余"),
        (Count(90000, True), "9万余"),
        (Count(25000, True), "2.5万余"),
        (Count(12999, True), "1.2万余"),  # cut, never rounded up: 余 means "at least"
        (Count(560000, True), "56万余"),
        (Count(0), "0"),
    ],
)
def test_cn_count(count: Count, shown: str) -> None:
    assert cn_count(count) == shown


def test_sum_is_approximate_if_any_part_is() -> None:
    assert total([Count(3), Count(320, True)]) == Count(323, True)
    assert total([Count(3), Count(4)]) == Count(7, False)
    assert total([]) == Count(0, False)


@pytest.mark.parametrize(
    ("part", "whole", "shown"),
    [(13, 13, "100%"), (2, 3, "66.7%"), (29, 30, "96.7%"), (0, 5, "0%"), (1, 0, "—")],
)
def test_percent(part: int, whole: int, shown: str) -> None:
    assert percent(part, whole) == shown
