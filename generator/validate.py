"""Validate: loaded data → a typed record, or problems placed on the editor's own lines.

Pydantic reports a `loc` (path of keys and indexes) and an error type; we walk the
loc through the positions the loader recorded (as dagster and rendercv do) and turn
the type into a sentence from `messages`. A missing field points at its parent.
"""

from __future__ import annotations

import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from . import messages
from .load import Loaded, Loc
from .problems import Problem

M = TypeVar("M", bound=BaseModel)

_NOT_SCALAR = {"string_type", "wm_not_scalar", "str_type"}
_NOT_LIST = {"list_type", "tuple_type"}
_NOT_MAPPING = {"model_type", "dict_type", "model_attributes_type"}


def validate(loaded: Loaded, model: type[M]) -> tuple[M | None, list[Problem]]:
    """The record, or None and every problem of this file."""
    data = _drop_empty_optionals(loaded.data, model)
    try:
        return model.model_validate(data), []
    except ValidationError as error:
        problems = [_problem(loaded, model, e) for e in error.errors(include_url=False)]
        return None, problems


def _drop_empty_optionals(data: Any, model: type[BaseModel]) -> Any:
    """`rooms:` left empty means "none", not a type error; required fields stay to be reported."""
    if not isinstance(data, dict):
        return data
    out: dict[str, Any] = {}
    for key, value in data.items():
        info = model.model_fields.get(key)
        if info is not None and value is None and not info.is_required():
            continue
        sub = _model_in(info.annotation) if info is not None else None
        if sub is not None and isinstance(value, dict):
            value = _drop_empty_optionals(value, sub)
        elif sub is not None and isinstance(value, list):
            value = [_drop_empty_optionals(v, sub) for v in value]
        out[key] = value
    return out


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The record model inside `X`, `X | None` or `list[X]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def field_info(model: type[BaseModel], loc: Loc) -> FieldInfo | None:
    """The FieldInfo that `loc` ends in, following nested models and lists."""
    current: type[BaseModel] | None = model
    info: FieldInfo | None = None
    for part in loc:
        if isinstance(part, int):
            continue
        if current is None or part not in current.model_fields:
            return None
        info = current.model_fields[part]
        current = _model_in(info.annotation)
    return info


def label_of(model: type[BaseModel], loc: Loc) -> tuple[str, str]:
    """(`location.lat（纬度）`, `纬度`): the field as shown in a report, and its short name."""
    keys = [p for p in loc if isinstance(p, str)]
    if not keys:
        return "", "内容"
    info = field_info(model, loc)
    title = info.title if info is not None and info.title else keys[-1]
    return messages.field_label(".".join(keys), title), title


def _problem(loaded: Loaded, model: type[BaseModel], error: Any) -> Problem:
    loc: Loc = tuple(p for p in error["loc"] if isinstance(p, (str, int)))
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    value = error.get("input")
    if kind == "missing":
        line, col = loaded.positions.of(loc[:-1])
        label, _ = label_of(model, loc)
        return Problem(loaded.path, line, col, label, messages.say("missing", key=loc[-1]), kind)
    if kind == "extra_forbidden":
        line, col = loaded.positions.of(loc, key=True)
        parent = field_info(model, loc[:-1])
        owner = _model_in(parent.annotation) if parent is not None else model
        fields = list(owner.model_fields) if owner is not None else []
        listing = messages.HINT_FIELDS.format(fields="、".join(fields))
        hint = messages.suggest(str(loc[-1]), fields, listing=listing)
        text = messages.say(kind, key=loc[-1], hint=hint)
        return Problem(loaded.path, line, col, str(loc[-1]), text, kind)
    line, col = loaded.positions.of(loc)
    label, title = label_of(model, loc)
    return Problem(loaded.path, line, col, label, _explain(kind, ctx, value, title), kind)


def _explain(kind: str, ctx: dict[str, Any], value: Any, title: str) -> str:
    if value is None and kind not in messages.MESSAGES:
        return messages.say("required_empty", label=title)
    if kind in _NOT_SCALAR or (kind.startswith("wm_") and isinstance(value, (dict, list))):
        return messages.say("not_mapping" if value is None else "not_scalar")
    if kind in _NOT_LIST:
        return (
            messages.say("required_empty", label=title)
            if value is None
            else messages.say("not_list")
        )
    if kind in _NOT_MAPPING:
        return (
            messages.say("required_empty", label=title)
            if value is None
            else messages.say("not_mapping")
        )
    if kind == "literal_error":
        expected = (
            str(ctx.get("expected", "")).replace("'", "").replace(" or ", "、").replace(", ", "、")
        )
        if value is None:
            return messages.say("required_empty", label=title)
        return messages.say(kind, value=value, expected=expected)
    if kind == "too_short":
        return messages.say(kind)
    if kind == "wm_empty" or (kind.startswith("wm_") and value is None):
        return messages.say("wm_empty", label=title)
    if kind in messages.MESSAGES:
        return messages.say(kind, label=title, **ctx)
    return messages.say("wrong_type")
