"""Open data: every public record as JSON and as CSV, per quarter and for all time.

CSV is UTF-8 with a BOM and CRLF line ends so that Excel on a Chinese Windows opens
it as it is; its header row is in Chinese. Cells that a spreadsheet would run as a
formula (starting with = + - @) are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ...check.catalog import Catalog
from ...records.kinds import FOLDERS, TITLES
from ..public import COLUMNS, LIST_SEPARATOR, public_rows
from ..urls import data_path, schema_path

KINDS = ("sites", "teams", "activities", "honors", "points")
DATED = ("activities", "honors", "points")
"""The kinds a quarter's download holds only that quarter's records of; the others whole."""
KIND_TITLES = {folder: TITLES[kind] for folder, kind in FOLDERS.items() if folder in KINDS}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBERS = {"lng", "lat", "average"}
_INTEGERS = {"volunteers", "sessions", "attendance", "people", "red", "grey", "black"}
_BOOLEANS = {"volunteers_approx", "sessions_approx", "attendance_approx", "staff_complete"}
_LISTS = {"rooms", "services", "sites", "teams", "staff", "red_names", "grey_names", "black_names"}


def scopes(catalog: Catalog) -> list[str]:
    """`all` and every quarter that has public records."""
    return ["all", *catalog.quarters]


Memo = dict[tuple[str, str, str, bool], tuple[list[dict[str, Any]], bytes, bytes]]
"""(scope, kind, publisher, sample) → the rows of a download and its JSON and CSV bytes."""


def open_data_files(catalog: Catalog, memo: Memo | None = None) -> dict[str, bytes]:
    """Path under the site root → file bytes, for every scope and record type.

    With a `memo` from the previous call (`mkdocs serve` keeps one), a download whose
    rows are equal to last time's is not encoded again; the memo is updated.
    """
    files: dict[str, bytes] = {}
    every = {kind: public_rows(catalog, kind) for kind in KINDS}  # each record once
    made: Memo = {}
    for scope in scopes(catalog):
        for kind in KINDS:
            rows = every[kind]
            if scope != "all" and kind in DATED:
                rows = [row for row in rows if row["quarter"] == scope]
            key = (scope, kind, catalog.publisher.name, catalog.publisher.sample)
            last = memo.get(key) if memo is not None else None
            if last is not None and last[0] == rows:
                made[key] = last
            else:
                made[key] = (rows, _json(catalog, scope, kind, rows), _csv(kind, rows))
            files[data_path(scope, kind, "json")] = made[key][1]
            files[data_path(scope, kind, "csv")] = made[key][2]
    if memo is not None:
        memo.clear()
        memo.update(made)
    for kind in KINDS:
        schema = json.dumps(row_schema(kind), ensure_ascii=False, indent=2, sort_keys=True)
        files[schema_path(kind)] = (schema + "\n").encode()
    return files


def _json(catalog: Catalog, scope: str, kind: str, rows: list[dict[str, Any]]) -> bytes:
    head = {
        "publisher": catalog.publisher.name,
        "sample": catalog.publisher.sample,
        "scope": scope,
        "kind": kind,
    }
    # One row per line: readable and diffable, and json's C encoder writes it (with
    # `indent` Python's own encoder runs, ten times slower on a city's rows).
    lines = [
        f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},"
        for key, value in head.items()
    ]
    body = ",\n".join(f"  {json.dumps(row, ensure_ascii=False)}" for row in rows)
    lines.append(f' "rows": [\n{body}\n ]' if rows else ' "rows": []')
    return ("{\n" + "\n".join(lines) + "\n}\n").encode()


def _cell(field: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    text = str(value)
    if field not in _NUMBERS and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _csv(kind: str, rows: list[dict[str, Any]]) -> bytes:
    columns = COLUMNS[kind]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns.values())
    for row in rows:
        writer.writerow(_cell(field, row[field]) for field in columns)
    return buffer.getvalue().encode("utf-8-sig")


def _type(field: str) -> dict[str, Any]:
    if field in _NUMBERS:
        return {"type": ["number", "null"]}
    if field in _INTEGERS:
        return {"type": ["integer", "null"], "minimum": 0}
    if field in _BOOLEANS:
        return {"type": ["boolean", "null"]}
    if field in _LISTS:
        return {"type": "array", "items": {"type": "string"}}
    return {"type": ["string", "null"]}


def row_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one download: its rows, each field titled in Chinese."""
    properties = {field: {"title": title, **_type(field)} for field, title in COLUMNS[kind].items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{KIND_TITLES[kind]}（公开数据）",
        "type": "object",
        "required": ["publisher", "sample", "scope", "kind", "rows"],
        "properties": {
            "publisher": {"type": "string", "title": "发布单位"},
            "sample": {"type": "boolean", "title": "是否样例数据"},
            "scope": {"type": "string", "title": "范围：all 或季度"},
            "kind": {"const": kind},
            "rows": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": list(COLUMNS[kind]),
                    "properties": properties,
                },
            },
        },
    }
