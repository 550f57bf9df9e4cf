"""Field types: each scalar a record may hold, with its parser and its JSON Schema.

A field type joins a parser (`parsers.py`, `count.py`), which turns the editor's text
into a value or says why not, and the schema forms the editors' YAML extensions check
the same text against. The models (`base.py` and the kinds it lists) are built of these.
"""

from __future__ import annotations

from datetime import date, time
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, WithJsonSchema

from .count import Count, parse_count, parse_int, parse_signed_int
from .parsers import (
    NAME_MAX,
    check_https,
    clean_name,
    clean_text,
    parse_clock,
    parse_day,
    parse_decimal,
    parse_email,
    parse_flag,
    parse_icp,
    parse_id,
    parse_office_phone,
    parse_phone,
    parse_police,
    parse_quarter,
    parse_site_code,
    short_name,
)

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
# 19:30 is a string in YAML 1.2 (a sexagesimal number only in YAML 1.1, which we never use).
Clock = Annotated[
    time,
    BeforeValidator(parse_clock),
    _schema(_spelled(f"{_DIGIT}{{1,2}}:{_DIGIT}{{2}}")),
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
SignedInt = Annotated[
    int,
    BeforeValidator(parse_signed_int),
    _schema({"type": "integer"}, _spelled(f"[-－]?{_DIGIT}+")),
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
# A staff member's office phone: the same forms; a mobile gets its own message (private).
OfficePhone = Annotated[
    str,
    BeforeValidator(parse_office_phone),
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

Icp = Annotated[str, BeforeValidator(parse_icp), _schema({"type": "string"})]
Police = Annotated[str, BeforeValidator(parse_police), _schema({"type": "string"})]
SiteCode = Annotated[
    str, BeforeValidator(parse_site_code), _schema({"type": "string"}, {"type": "integer"})
]
Email = Annotated[str, BeforeValidator(parse_email), _schema({"type": "string", "format": "email"})]
