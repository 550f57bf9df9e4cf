"""CMS fields: one JSON Schema property of a record → one Decap CMS form field.

The form editor's fields come from the same JSON Schemas as `wenming schema` (titles,
Chinese descriptions, the county's vocabularies as enums), so the form, the schema and
the editors' guide say the same thing. What a schema says in general is turned into a
widget: an enum a select, a date a date picker, a `320+` count a text field with its
pattern, a `$ref` a group of fields, a list of `$ref` a list of groups, a reference to a
site, team or service a relation to that collection, a `private` block a group labelled
不公开.
"""

from __future__ import annotations

import re
from typing import Any

from ..records.kinds import REFERENCES
from ..report.messages import ADMIN

DATE_PATTERN = r"^\s*[0-9０-９]{4}-[0-9０-９]{2}-[0-9０-９]{2}\s*$"
_NULL = {"type": "null"}
ID_MAX = 64  # the schemas' maxLength of an id

Field = dict[str, Any]


def form_pattern(pattern: str) -> str:
    """The schema's lenient pattern as the form asks for it: no spaces, ASCII digits only."""
    out = pattern.replace(r"^\s*", "^").replace(r"\s*$", "$")
    out = out.replace("[0-9０-９]", "[0-9]").replace("[+＋]", r"\+")
    return out


def _options(prop: dict[str, Any]) -> list[dict[str, Any]]:
    """The alternatives of a property, without `null` (an empty field is no value)."""
    if "anyOf" in prop:
        return [o for o in prop["anyOf"] if o != _NULL]
    return [prop]


def _ref(option: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any] | None:
    if "$ref" in option:
        found: dict[str, Any] = defs[option["$ref"].rsplit("/", 1)[1]]
        return found
    return None


def make_field(
    key: str,
    prop: dict[str, Any],
    required: bool,
    defs: dict[str, Any],
    collections: dict[str, str],
) -> Field:
    """The Decap field of `key`; `collections` maps a referred kind to its collection name."""
    title = prop.get("title") or key
    field: Field = {"name": key, "label": title, "required": required}
    if prop.get("description"):
        field["hint"] = prop["description"]
    options = _options(prop)
    kinds = {o.get("type") for o in options}
    enum = next((o["enum"] for o in options if "enum" in o), prop.get("enum"))
    pattern = next((o["pattern"] for o in options if "pattern" in o), None)
    model = next((m for m in (_ref(o, defs) for o in options) if m is not None), None)
    array = next((o for o in options if o.get("type") == "array"), None)
    if key == "private":
        field["label"] = ADMIN["private_label"].format(title=title)
        field["hint"] = ADMIN["private_hint"]
    if model is not None:
        # Decap asks for an optional group's required fields even when the group is left
        # empty; `check` still requires them once the group is written.
        field.update(widget="object", collapsed=not required)
        field["fields"] = model_fields(model, defs, collections, optional=not required)
    elif array is not None:
        field.update(_list(key, array, defs, collections, title))
    elif _refers(key, options, collections):
        field.update(_relation(collections[REFERENCES[key]], multiple=False))
    elif enum is not None:
        field.update(widget="select", options=[str(v) for v in enum if isinstance(v, str)])
    elif pattern == DATE_PATTERN:
        field.update(_date())
    elif "boolean" in kinds and "number" not in kinds:
        field.update(widget="boolean", default=prop.get("default") is True)
    elif kinds == {"number", "string"} and "pattern" in str(options):
        field.update(widget="number", value_type="float")
    elif pattern is not None:
        field.update(widget="string", pattern=[form_pattern(pattern), _pattern_hint(field)])
    elif "string" not in kinds and kinds & {"integer", "number"}:
        # A field that also takes text (a phone, a region code) keeps its leading zeros and
        # dashes in a text box; only a field that is a number and nothing else gets a spinner.
        field.update(widget="number", value_type="int", min=0)
    elif any("maxLength" in o for o in options) or "integer" in kinds:
        field["widget"] = "string"
    else:
        field["widget"] = "text"
    return _limited(field, options)


def _limited(field: Field, options: list[dict[str, Any]]) -> Field:
    """A text field of the schema's `maxLength` refuses longer text in the form too (a
    pattern: Decap's string and text widgets have no length rule of their own)."""
    limits = [o["maxLength"] for o in options if isinstance(o.get("maxLength"), int)]
    if limits and field.get("widget") in ("string", "text") and "pattern" not in field:
        limit = min(limits)
        message = ADMIN["too_long"].format(label=field["label"], limit=limit)
        field["pattern"] = [f"^[\\s\\S]{{0,{limit}}}$", message]
    return field


def _refers(key: str, options: list[dict[str, Any]], collections: dict[str, str]) -> bool:
    """Whether `key` names records by their id: a site's `services` are free text (修鞋),
    not ids of service records, and an id has the id pattern."""
    return (
        key in REFERENCES
        and REFERENCES[key] in collections
        and any("pattern" in o for o in options)
    )


def _pattern_hint(field: Field) -> str:
    hint = str(field.get("hint", field["label"]))
    return ADMIN["pattern"].format(label=field["label"], hint=hint)


def _date() -> Field:
    return {
        "widget": "datetime",
        "format": "YYYY-MM-DD",
        "date_format": "YYYY-MM-DD",
        "time_format": False,
        "default": "",
    }


def _relation(collection: str, multiple: bool) -> Field:
    return {
        "widget": "relation",
        "collection": collection,
        "value_field": "id",
        "search_fields": ["name", "id"],
        "display_fields": ["name"],
        "multiple": multiple,
    }


def _list(
    key: str,
    array: dict[str, Any],
    defs: dict[str, Any],
    collections: dict[str, str],
    title: str,
) -> Field:
    """A list: of groups (rooms, corrections), of references, of choices, or of text."""
    items = array.get("items", {})
    model = next((m for m in (_ref(o, defs) for o in _options(items)) if m is not None), None)
    if model is not None:
        return {"widget": "list", "default": [], "fields": model_fields(model, defs, collections)}
    if _refers(key, _options(items), collections):
        return _relation(collections[REFERENCES[key]], multiple=True)
    enum = next((o["enum"] for o in _options(items) if "enum" in o), None)
    if enum is not None:
        options = [str(v) for v in enum if isinstance(v, str)]
        return {"widget": "select", "options": options, "multiple": True}
    item = _limited({"name": "item", "label": title, "widget": "string"}, _options(items))
    return {"widget": "list", "default": [], "field": item}


def model_fields(
    schema: dict[str, Any],
    defs: dict[str, Any],
    collections: dict[str, str],
    optional: bool = False,
) -> list[Field]:
    """Every property of one model (a record or a nested part), in the model's order."""
    required = set() if optional else set(schema.get("required", []))
    return [
        make_field(key, prop, key in required, defs, collections)
        for key, prop in schema.get("properties", {}).items()
    ]


def id_pattern() -> list[str]:
    """The id field's pattern and its message."""
    return [
        rf"^(?=.{{1,{ID_MAX}}}$)[a-z0-9]+(-[a-z0-9]+)*$",
        ADMIN["id_pattern"].format(limit=ID_MAX),
    ]


def quarter_date_pattern(quarter: str, first: str, last: str) -> list[str]:
    """A date pattern that only takes days of `quarter` (`2026-Q4` → `^2026-(10|11|12)-`)."""
    year, q = quarter.split("-Q")
    months = "|".join(f"{m:02d}" for m in range(3 * int(q) - 2, 3 * int(q) + 1))
    message = ADMIN["date_in_quarter"].format(quarter=quarter, first=first, last=last)
    return [f"^{re.escape(year)}-({months})-[0-9]{{2}}$", message]
