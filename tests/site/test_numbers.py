"""Counts as Chinese reports write them: exact digits, or 余 for approximate ones."""

from __future__ import annotations

import pytest

from generator.records.count import Count
from generator.site.numbers import cn_count, percent, total


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
        # 亿 scale: the same rules one unit up.
        (Count(99_999_999, True), "9999.9万余"),
        (Count(100_000_000, True), "1亿余"),
        (Count(150_000_000, True), "1.5亿余"),
        (Count(320_000_000, True), "3.2亿余"),
        (Count(329_999_999, True), "3.2亿余"),  # cut, never rounded up
        (Count(999_999_999_999, True), "9999.9亿余"),  # the largest count a field takes
        (Count(99_999_999), "99999999"),
        (Count(100_000_000), "1亿"),
        (Count(150_000_000), "1.5亿"),
        (Count(123_456_789), "1亿2345万6789"),
        (Count(300_200_000), "3亿零20万"),
        (Count(300_000_020), "3亿零20"),
        (Count(300_020_000), "3亿零2万"),
        (Count(312_340_005), "3亿1234万零5"),
        (Count(312_345_000), "3亿1234万5000"),
        (Count(999_999_999_999), "9999亿9999万9999"),
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
