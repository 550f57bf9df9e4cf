"""Parsers: how the text of one scalar becomes a typed value, or the reason it cannot.

The loader hands every scalar over as text, so YAML never guesses. Each parser here
reads that text itself and, when it cannot, raises a `PydanticCustomError` whose
kind is a key of `messages.MESSAGES`: the wording an editor sees lives there. Counts,
exact or approximate, are in `count.py`; `fields.py` makes field types of both.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from typing import Any

from pydantic_core import PydanticCustomError

from .quarter import FIRST_DAY, LAST_DAY, QUARTER

# Characters that hide or reorder text: an editor cannot see them, a reader is misled.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def halfwidth(text: str) -> str:
    """`text` with full-width digits made ASCII; ASCII text is returned as it is, untouched
    by `translate` (a microsecond a call, on every day and count of a county's files)."""
    return text if text.isascii() else text.translate(FULLWIDTH_DIGITS)


def need_text(value: Any) -> str:
    """The text of one scalar; a mapping or a list where one value belongs is refused."""
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        raise PydanticCustomError("wm_not_scalar", "expected one value")
    raise PydanticCustomError("wm_not_scalar", "expected one value")


def clean_text(value: Any) -> str:
    """Free text: stripped, no control characters, no invisible or reordering marks."""
    text = need_text(value).strip()
    if not text:
        raise PydanticCustomError("wm_empty", "empty")
    if _CONTROL.search(text):
        raise PydanticCustomError("wm_control_char", "control character")
    found = _INVISIBLE.search(text)
    if found:
        raise PydanticCustomError(
            "wm_invisible_char", "invisible", {"code": f"U+{ord(found.group()):04X}"}
        )
    return unicodedata.normalize("NFC", text)


def clean_name(value: Any) -> str:
    """A name: free text on one line."""
    text = clean_text(value)
    if "\n" in text:
        raise PydanticCustomError("wm_one_line", "one line")
    return text


NAME_MAX = 200  # characters; the schema says so too


def short_name(value: Any) -> str:
    """A name as shown in titles, menus and lists: one line of at most `NAME_MAX` characters.

    Longer is pasted prose (or a hostile file) that would repeat on every page listing it.
    """
    text = clean_name(value)
    if len(text) > NAME_MAX:
        raise PydanticCustomError("too_long", "too long", {"max": NAME_MAX})
    return text


_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_MAX = 64  # characters: an id is a file name and a part of every address
DECIMAL_PLACES = 8  # about a millimetre
EXTENSION_DIGITS = 5


def parse_id(value: Any) -> str:
    text = need_text(value).strip()
    if not text:
        raise PydanticCustomError("wm_empty", "empty")
    if not _ID.match(text):
        raise PydanticCustomError("wm_id", "bad id", {"value": text})
    if len(text) > ID_MAX:
        args = {"value": text, "length": len(text), "limit": ID_MAX}
        raise PydanticCustomError("wm_id_too_long", "id too long", args)
    return text


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CN_DAY = re.compile(
    r"^(\d{4})\s*[年./／\-－—]\s*(\d{1,2})\s*[月./／\-－—]\s*(\d{1,2})\s*[日号]?$"
    r"|^(\d{4})(\d{2})(\d{2})$"
)


def parse_day(value: Any) -> date:
    """A calendar day written 2026-07-15; other spellings get the right form suggested."""
    if isinstance(value, date):
        return value
    text = halfwidth(need_text(value).strip())
    match = _DAY.match(text)
    if not match:
        other = _CN_DAY.match(text)
        if other:
            y, m, d = (int(g) for g in other.groups() if g is not None)
            try:
                date(y, m, d)
            except ValueError:
                raise PydanticCustomError(
                    "wm_day_impossible", "no such day", {"value": text}
                ) from None
            raise PydanticCustomError(
                "wm_day_format", "day format", {"value": text, "fix": f"{y:04d}-{m:02d}-{d:02d}"}
            )
        if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", text):
            raise PydanticCustomError("wm_day_time", "has time", {"value": text})
        raise PydanticCustomError("wm_day_shape", "day format", {"value": text})
    year, month, dd = match.groups()  # strings: a generator of ints costs more than the date
    try:
        day = date(int(year), int(month), int(dd))
    except ValueError:
        raise PydanticCustomError("wm_day_impossible", "no such day", {"value": text}) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise PydanticCustomError("wm_day_range", "implausible year", _YEARS | {"value": text})
    return day


_YEARS = {"first": FIRST_DAY.year, "last": LAST_DAY.year}

# 活动预告: a time of day, 24-hour, as the county's notices write it (19:30, 9:00).
_CLOCK = re.compile(r"^([01]?\d|2[0-3])[:：]([0-5]\d)$")
_CLOCK_NEAR = re.compile(r"^(?:(上午|下午|晚上)\s*)?(\d{1,2})(?:[:：.点时](\d{1,2})?分?|点半)?$")


def parse_clock(value: Any) -> time:
    """A time of day written 19:30 (24-hour); 晚上7点半, 19.30 or 19：30 get 19:30 suggested."""
    if isinstance(value, time):
        return value
    text = halfwidth(need_text(value).strip())
    match = _CLOCK.match(text)
    if match and "：" not in text:
        return time(int(match.group(1)), int(match.group(2)))
    near = _CLOCK_NEAR.match(text.replace(" ", ""))
    if match or near:
        if match:
            hour, minute = int(match.group(1)), int(match.group(2))
        else:
            assert near is not None
            hour = int(near.group(2)) + (12 if near.group(1) in ("下午", "晚上") else 0)
            minute = 30 if text.endswith("点半") else int(near.group(3) or 0)
        if hour < 24 and minute < 60:
            fix = f"{hour:02d}:{minute:02d}"
            raise PydanticCustomError("wm_clock_format", "clock", {"value": text, "fix": fix})
    raise PydanticCustomError("wm_clock_shape", "clock", {"value": text})


# YAML 1.2's spellings (what VS Code's schema check reads as a boolean) and Chinese.
_TRUE = {"true", "True", "TRUE", "是"}
_FALSE = {"false", "False", "FALSE", "否"}


def parse_flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = need_text(value).strip()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise PydanticCustomError("wm_flag", "flag", {"value": text})


_DECIMAL = re.compile(rf"^-?\d{{1,3}}(\.\d{{1,{DECIMAL_PLACES}}})?$")


def parse_decimal(value: Any) -> float:
    text = halfwidth(need_text(value).strip())
    if not _DECIMAL.match(text):
        if re.match(r"^-?\d{1,3}\.\d+$", text):
            args = {"value": text, "limit": DECIMAL_PLACES}
            raise PydanticCustomError("wm_decimal_places", "decimal places", args)
        raise PydanticCustomError("wm_decimal", "decimal", {"value": text})
    return float(text)


def parse_quarter(value: Any) -> str:
    text = need_text(value).strip()
    if not QUARTER.match(text):
        if re.match(r"^\d{4}-Q[1-4]$", text):
            raise PydanticCustomError("wm_quarter_range", "year", _YEARS | {"value": text})
        raise PydanticCustomError("wm_quarter", "quarter", {"value": text})
    return text


_PHONE = re.compile(
    rf"^(?:0\d{{2,3}}-\d{{7,8}}(?:-\d{{1,{EXTENSION_DIGITS}}})?|\d{{5}}|400-\d{{3}}-\d{{4}})$"
)
_LONG_EXTENSION = re.compile(rf"^0\d{{2,3}}-\d{{7,8}}-(\d{{{EXTENSION_DIGITS + 1},}})$")


def parse_phone(value: Any) -> str:
    text = halfwidth(need_text(value).strip())
    if re.match(r"^1[3-9]\d{9}$", re.sub(r"[\s-]", "", text)):
        raise PydanticCustomError("wm_phone_mobile", "mobile", {"value": text})
    if not _PHONE.match(text):
        if long := _LONG_EXTENSION.match(text):
            args = {"value": text, "digits": len(long.group(1)), "limit": EXTENSION_DIGITS}
            raise PydanticCustomError("wm_phone_extension", "extension", args)
        near = _PHONE_NEAR.match(text)
        if near:
            bracketed, spaced, number, extension = near.groups()
            area = bracketed or spaced
            fix = f"{area}-{number}" + (f"-{extension}" if extension else "")
            raise PydanticCustomError("wm_phone_fix", "phone", {"value": text, "fix": fix})
        raise PydanticCustomError("wm_phone", "phone", {"value": text})
    return text


def parse_office_phone(value: Any) -> str:
    """A staff member's public office phone: a phone, and a mobile is told where it goes."""
    try:
        return parse_phone(value)
    except PydanticCustomError as problem:
        if problem.type == "wm_phone_mobile":
            raise PydanticCustomError("wm_office_phone_mobile", "mobile", problem.context) from None
        raise


# A landline with its area code set off some other way: (029)33210001, 029 33210001, 转 8001.
_PHONE_NEAR = re.compile(
    r"^(?:[(（](0\d{2,3})[)）][\s\-－]*|(0\d{2,3})[\s\-－]+)(\d{7,8})"
    r"(?:\s*(?:转|分机|ext\.?|[\-－])\s*(\d{1,5}))?$"
)


def check_https(value: str) -> str:
    if not re.match(r"^https://[^\s<>\"']+$", value):
        raise PydanticCustomError("wm_url", "url", {"value": value})
    return value


# Filing numbers a public site in China shows in its footer (README, "Before going live").
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_ICP = re.compile(rf"^[{_PROVINCES}]ICP(?:备\d{{8}}号(?:-\d{{1,3}})?|证\d{{6}}号)$")
_POLICE = re.compile(rf"^[{_PROVINCES}]公网安备 ?\d{{14}}号$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


def parse_icp(value: Any) -> str:
    """An ICP filing number: 陕ICP备12345678号 or 陕ICP备12345678号-1 (or an ICP证)."""
    text = clean_name(value).replace(" ", "")
    if not _ICP.match(text):
        raise PydanticCustomError("wm_icp", "icp", {"value": text})
    return text


def parse_police(value: Any) -> str:
    """A public-security filing number: 陕公网安备 61040202000123号 (14 digits)."""
    text = clean_name(value)
    if not _POLICE.match(text):
        raise PydanticCustomError("wm_police", "police", {"value": text})
    return text


def parse_site_code(value: Any) -> str:
    """A 党政机关 website's 网站标识码: ten digits (YAML may read them as a number)."""
    text = halfwidth(clean_name(value))
    if not re.fullmatch(r"\d{10}", text):
        raise PydanticCustomError("wm_site_code", "site code", {"value": text})
    return text


def parse_email(value: Any) -> str:
    """A public e-mail address (no name, no mailto:)."""
    text = clean_name(value).strip()
    if not _EMAIL.match(text):
        raise PydanticCustomError("wm_email", "email", {"value": text})
    return text
