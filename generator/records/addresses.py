"""Addresses: find a home address (a house or flat number) in an honour's public text.

A nomination form asks for the nominee's 家庭住址, and editors paste it into the deeds
with the rest: 东山村三组12号, 5号楼2单元301室, 幸福小区6栋1单元502 (or 6-1-502). What makes it a
home is the number of a house or a flat — a village group with a house number, a
building with a unit and a flat, or a room number of three or four digits. Only honour
files are scanned: a site's own address (秦都区人民路1号) is meant to be public, and
words without such a number (第3组, 7月15号, 二号楼会议室, 理论宣讲室) pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NUMERALS = "一二三四五六七八九十百零〇两"
_N = rf"(?:\d+|[{_NUMERALS}]+)"  # 12 or 十二 (full-width digits are \d too)
_S = r"[ \u3000]?"  # an editor may space the parts: 5 号楼 2 单元 301 室
_DIGITS = r"(?<!\d)\d{3,4}"  # a flat: 301, 1502
_HOME = re.compile(
    "|".join(
        [
            # a village group and a house: 三组12号, 3组15号 (not 第3组 of a contest)
            rf"(?<![第\d{_NUMERALS}]){_N}{_S}组{_S}{_N}{_S}号(?!楼|院)",
            # a building, a unit and a flat: 5号楼2单元301室, 6栋1单元502
            rf"{_N}{_S}(?:号楼|栋|幢|座){_S}{_N}{_S}单元{_S}{_N}{_S}[室号户]?",
            # a building and a flat: 5号楼301室
            rf"{_N}{_S}(?:号楼|栋|幢){_S}{_DIGITS}{_S}[室号户]",
            # a flat alone: 301室
            rf"{_DIGITS}{_S}室",
            # building-unit-flat in dashes after the estate's name: 幸福小区6-1-502
            rf"(?:小区|花园|家园|公寓|新村|苑|院|城){_S}\d{{1,3}}[-－—]\d{{1,2}}[-－—]\d{{3,4}}(?!\d)",
        ]
    )
)


def find_home_addresses(text: str) -> Iterator[int]:
    """The offset of each house or flat number in `text`."""
    for match in _HOME.finditer(text):
        yield match.start()
