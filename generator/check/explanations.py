"""Explanations: a pydantic error turned into the sentence an editor reads, at their line.

Pydantic reports a `loc` (path of keys and indexes) and an error type; the loc is
walked through the positions the loader recorded (as dagster and rendercv do) and the
type becomes a sentence from `messages`. A missing field points at its parent, an
unknown one gets the nearest known name suggested, a value of the wrong shape (a list
where one value belongs) is told so rather than given its type's message.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from ..read.compose import Loc
from ..read.load import Loaded
from ..report import messages
from ..report.problems import Problem
from .labels import field_info, label_of, owner_of, subfields

_NOT_SCALAR = {"string_type", "wm_not_scalar", "str_type"}
_NOT_LIST = {"list_type", "tuple_type"}
_NOT_MAPPING = {"model_type", "dict_type", "model_attributes_type"}

# Checks that span several fields of one record raise on the whole mapping; each is
# reported at the field the editor most likely has to change.
MODEL_CHECKS: dict[str, tuple[str, ...]] = {
    "wm_range_reversed": ("end_date", "end"),
    "wm_latlng_swapped": ("lng",),
    "wm_outside_china": ("lng",),
    "wm_region_code": ("code",),
    "wm_rating_order": ("rated",),
}


def problem_of(loaded: Loaded, model: type[BaseModel], error: Any) -> Problem:
    """The problem one pydantic `error` of validating `loaded` against `model` stands for."""
    loc: Loc = tuple(p for p in error["loc"] if isinstance(p, (str, int)))
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    value = error.get("input")
    if kind == "missing":
        line, col = loaded.positions.of(loc[:-1], key=True)
        label, _ = label_of(model, loc)
        return Problem.at(loaded.path, line, col, label, kind, key=loc[-1])
    if kind == "extra_forbidden":
        line, col = loaded.positions.of(loc, key=True)
        owner = owner_of(model, loc[:-1])
        fields = list(owner.model_fields) if owner is not None else []
        listing = messages.HINT_FIELDS.format(fields="、".join(fields))
        hint = messages.suggest(str(loc[-1]), fields, listing=listing)
        return Problem.at(loaded.path, line, col, str(loc[-1]), kind, key=loc[-1], hint=hint)
    if kind in MODEL_CHECKS and isinstance(value, dict):
        at = next((k for k in MODEL_CHECKS[kind] if k in value), None)
        loc = (*loc, at) if at is not None else loc
        line, col = loaded.positions.of(loc, key=True)
        label, _ = label_of(model, loc)
        return Problem.at(loaded.path, line, col, label, kind, **ctx)
    shape = _shape_error(kind, value)
    line, col = loaded.positions.of(loc, key=shape is not None)
    label, title = label_of(model, loc)
    if shape is not None:
        listed = subfields(model, loc)
        # A mapping of free keys (practice_form_meanings) has no fields to list.
        shape = "not_mapping_free" if shape == "not_mapping" and not listed else shape
        text = messages.say(shape, fields=listed)
    else:
        info = field_info(model, loc)
        item = bool(loc) and isinstance(loc[-1], int)  # an empty list item is never "optional"
        required = info is None or info.is_required() or item
        text = explain(kind, ctx, value, title, required=required)
    return Problem(loaded.path, line, col, label, text, kind)


def _shape_error(kind: str, value: Any) -> str | None:
    """`not_scalar`, `not_list` or `not_mapping` when a value has the wrong shape."""
    if value is None:
        return None
    if kind in _NOT_SCALAR or (kind.startswith("wm_") and isinstance(value, (dict, list))):
        return "not_scalar"
    if kind in _NOT_LIST:
        return "not_list"
    if kind in _NOT_MAPPING:
        return "not_mapping"
    return None


def explain(kind: str, ctx: dict[str, Any], value: Any, title: str, *, required: bool) -> str:
    """The sentence for an error of `kind` on a value of the field titled `title`."""
    if value is None or kind == "wm_empty":
        return messages.say("required_empty" if required else "wm_empty", label=title)
    if kind == "literal_error":
        options = [
            o.strip(" '")
            for o in str(ctx.get("expected", "")).replace(" or ", ", ").split(", ")
            if o.strip(" '")
        ]
        return messages.say(kind, value=value, hint=messages.suggest_option(str(value), options))
    if kind == "too_short":
        return messages.say(kind)
    if kind in messages.MESSAGES:
        return messages.say(kind, label=title, **ctx)
    return messages.say("wrong_type")
