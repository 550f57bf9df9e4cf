"""Field types: how the text an editor wrote becomes a typed value.

The loader hands every scalar over as text, so YAML never guesses. Each type here
parses that text itself and, when it cannot, raises a `PydanticCustomError` whose
kind is a key of `messages.MESSAGES`: the wording an editor sees lives there.
"""

from __future__ import annotations

import decimal
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from .quarter import FIRST_DAY, LAST_DAY, QUARTER

# Characters that hide or reorder text: an editor cannot see them, a reader is misled.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _need_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        raise PydanticCustomError("wm_not_scalar", "expected one value")
    raise PydanticCustomError("wm_not_scalar", "expected one value")


def clean_text(value: Any) -> str:
    """Free text: stripped, no control characters, no invisible or reordering marks."""
    text = _need_text(value).strip()
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
COUNT_DIGITS = 12  # 9999亿: far above any count a county reports
DECIMAL_PLACES = 8  # about a millimetre
EXTENSION_DIGITS = 5


def parse_id(value: Any) -> str:
    text = _need_text(value).strip()
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
    text = _need_text(value).strip().translate(_FULLWIDTH_DIGITS)
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
    y, m, d = (int(g) for g in match.groups())
    try:
        day = date(y, m, d)
    except ValueError:
        raise PydanticCustomError("wm_day_impossible", "no such day", {"value": text}) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise PydanticCustomError("wm_day_range", "implausible year", _YEARS | {"value": text})
    return day


_YEARS = {"first": FIRST_DAY.year, "last": LAST_DAY.year}


_COUNT = re.compile(r"^(\d+)(\+?)$")


@dataclass(frozen=True)
class Count:
    """A count of sessions, people or volunteers; `approx` means "余/多" (at least)."""

    value: int
    approx: bool = False

    def __str__(self) -> str:
        return f"{self.value}+" if self.approx else str(self.value)


def parse_count(value: Any) -> Count:
    """A whole number, or a whole number followed by + for an approximate count (320+)."""
    if isinstance(value, Count):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return Count(value)  # built in code (editions), not read from YAML
    text = _need_text(value).strip().translate(_FULLWIDTH_DIGITS).replace("＋", "+")
    if not text:
        raise PydanticCustomError("wm_empty", "empty")
    match = _COUNT.match(text)
    if match:
        digits = match.group(1)
        if len(digits) > 1 and digits.startswith("0"):
            raise PydanticCustomError("wm_count_leading_zero", "leading zero", {"value": text})
        if len(digits) > COUNT_DIGITS:
            args = {"value": text, "digits": len(digits), "limit": COUNT_DIGITS}
            raise PydanticCustomError("wm_count_too_big", "too big", args)
        return Count(int(digits), bool(match.group(2)))
    if text.startswith("-") and text[1:].isdigit():
        raise PydanticCustomError("wm_count_negative", "negative", {"value": text})
    words = _COUNT_WORDS.match(_SPACES.sub("", text.replace(",", "").replace("，", "")))
    if words:
        # Exact arithmetic: 3.2 × 1亿 in floats is 320000000.00000006, no whole number.
        number = decimal.Decimal(words.group(2)) * _UNITS[words.group(3)]
        if number == int(number):
            fix = f"{int(number)}{'+' if words.group(1) or words.group(4) else ''}"
            raise PydanticCustomError("wm_count_words", "words", {"value": text, "fix": fix})
    raise PydanticCustomError("wm_count", "not a count", {"value": text})


# How editors paste counts from reports: 3万余, 320余场次, 2.5万多人次, 约200人. Spaces are
# removed before matching: `\s*` between optional groups backtracks cubically on a long run.
_COUNT_WORDS = re.compile(
    r"^(约|大约)?(\d+(?:\.\d+)?)(亿|万|千|百)?(余|多|左右|\+)?(?:场次|人次|场|人|名|支|个|户)?$"
)
_SPACES = re.compile(r"\s+")
_UNITS: dict[str | None, int] = {"亿": 10**8, "万": 10000, "千": 1000, "百": 100, None: 1}


def parse_int(value: Any) -> int:
    count = parse_count(value)
    if count.approx:
        raise PydanticCustomError("wm_int_exact", "exact", {"value": str(count)})
    return count.value


# YAML 1.2's spellings (what VS Code's schema check reads as a boolean) and Chinese.
_TRUE = {"true", "True", "TRUE", "是"}
_FALSE = {"false", "False", "FALSE", "否"}


def parse_flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _need_text(value).strip()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise PydanticCustomError("wm_flag", "flag", {"value": text})


_DECIMAL = re.compile(rf"^-?\d{{1,3}}(\.\d{{1,{DECIMAL_PLACES}}})?$")


def parse_decimal(value: Any) -> float:
    text = _need_text(value).strip().translate(_FULLWIDTH_DIGITS)
    if not _DECIMAL.match(text):
        if re.match(r"^-?\d{1,3}\.\d+$", text):
            args = {"value": text, "limit": DECIMAL_PLACES}
            raise PydanticCustomError("wm_decimal_places", "decimal places", args)
        raise PydanticCustomError("wm_decimal", "decimal", {"value": text})
    return float(text)


def parse_quarter(value: Any) -> str:
    text = _need_text(value).strip()
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
    text = _need_text(value).strip().translate(_FULLWIDTH_DIGITS)
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


# A landline with its area code set off some other way: (029)33210001, 029 33210001, 转 8001.
_PHONE_NEAR = re.compile(
    r"^(?:[(（](0\d{2,3})[)）][\s\-－]*|(0\d{2,3})[\s\-－]+)(\d{7,8})"
    r"(?:\s*(?:转|分机|ext\.?|[\-－])\s*(\d{1,5}))?$"
)


def check_https(value: str) -> str:
    if not re.match(r"^https://[^\s<>\"']+$", value):
        raise PydanticCustomError("wm_url", "url", {"value": value})
    return value


# The JSON Schemas (`schema.py`) are read by editors' YAML extensions, which type a plain
# value by YAML 1.2 first (`yaml12.py`): `13912345678` arrives as an integer, `true` as a
# boolean, `108.7` as a number. Each field's schema accepts every form in which a value
# `check` accepts can arrive, so the editor never marks a line the checker passes.
_DIGIT = "[0-9０-９]"  # the parsers read full-width digits too
_ANY_SCALAR = ({"type": "number"}, {"type": "boolean"})  # plain text YAML 1.2 reads as these


def _schema(*forms: dict[str, Any]) -> WithJsonSchema:
    return WithJsonSchema(forms[0] if len(forms) == 1 else {"anyOf": list(forms)})


def _spelled(pattern: str) -> dict[str, Any]:
    """A string matching `pattern` once stripped, as the parsers strip it."""
    return {"type": "string", "pattern": rf"^\s*{pattern}\s*$"}


Text = Annotated[str, BeforeValidator(clean_text), _schema({"type": "string"}, *_ANY_SCALAR)]
Name = Annotated[
    str,
    BeforeValidator(short_name),
    _schema({"type": "string", "maxLength": NAME_MAX}, *_ANY_SCALAR),
]
# An id of digits (or `1e3`, `true`) is a number or a boolean to YAML 1.2, and a valid id.
Id = Annotated[
    str,
    BeforeValidator(parse_id),
    _schema(
        {"type": "string", "pattern": r"^\s*[a-z0-9]+(-[a-z0-9]+)*\s*$", "maxLength": 64},
        {"type": "number", "minimum": 0},
        {"type": "boolean"},
    ),
]
Day = Annotated[
    date,
    BeforeValidator(parse_day),
    _schema(_spelled(f"{_DIGIT}{{4}}-{_DIGIT}{{2}}-{_DIGIT}{{2}}")),  # a string in YAML 1.2
]
CountField = Annotated[
    Count,
    BeforeValidator(parse_count),
    _schema({"type": "integer", "minimum": 0}, _spelled(f"{_DIGIT}+[+＋]?")),
]
Int = Annotated[
    int,
    BeforeValidator(parse_int),
    _schema({"type": "integer", "minimum": 0}, _spelled(f"{_DIGIT}+")),
]
Flag = Annotated[
    bool,
    BeforeValidator(parse_flag),
    _schema({"type": "boolean"}, _spelled("(true|True|TRUE|false|False|FALSE|是|否)")),
]
Decimal = Annotated[
    float,
    BeforeValidator(parse_decimal),
    _schema({"type": "number"}, _spelled(f"-?{_DIGIT}{{1,3}}(\\.{_DIGIT}{{1,8}})?")),
]
Quarter = Annotated[str, BeforeValidator(parse_quarter), _schema(_spelled(r"\d{4}-Q[1-4]"))]
# A five-digit service number (12345) is an integer to YAML 1.2.
Phone = Annotated[
    str,
    BeforeValidator(parse_phone),
    _schema({"type": "string"}, {"type": "integer", "minimum": 0}),
]
Url = Annotated[
    str,
    BeforeValidator(clean_name),
    AfterValidator(check_https),
    _schema({"type": "string", "format": "uri"}),
]
# A division code is digits; YAML editors see `610402` as a number, so both are allowed. The
# text is any name here: whether it is a code is for the record (`Region`) and the cross-check.
Code = Annotated[
    str, BeforeValidator(clean_name), _schema({"type": "string"}, {"type": "integer", "minimum": 0})
]
