"""Validate: loaded data → a typed record, or problems placed on the editor's own lines.

Pydantic reports a `loc` (path of keys and indexes) and an error type; we walk the
loc through the positions the loader recorded (as dagster and rendercv do) and turn
the type into a sentence from `messages`. A missing field points at its parent.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError, create_model
from pydantic.fields import FieldInfo

from ..read.compose import Loc
from ..read.load import Loaded
from ..records.rules import RULES, broken_rules
from ..report import messages
from ..report.problems import Problem, Tally

M = TypeVar("M", bound=BaseModel)

_NOT_SCALAR = {"string_type", "wm_not_scalar", "str_type"}
_NOT_LIST = {"list_type", "tuple_type"}
_NOT_MAPPING = {"model_type", "dict_type", "model_attributes_type"}


@dataclass(frozen=True)
class Partial:
    """The part of a record with mistakes that could be typed, so later checks still run.

    `record` is an instance of the model's lenient twin (`_lenient`): the fields in
    `invalid` hold None (or an empty list), every other field its typed value. The
    cross-checks look at it too, so a record with a wrong count, an end before its
    start and a date outside its quarter gets all three reported in one run.
    """

    record: Any
    invalid: frozenset[str]


def validate(
    loaded: Loaded, model: type[M], tally: Tally | None = None
) -> tuple[M | None, list[Problem]]:
    """The record, or None and the problems of this file (those `tally` lets through)."""
    record, _, problems = validate_record(loaded, model, tally)
    return record, problems


def validate_record(
    loaded: Loaded, model: type[M], tally: Tally | None = None
) -> tuple[M | None, Partial | None, list[Problem]]:
    """The record; or None, what could be typed of it, and every problem of this file.

    Problems are those `tally` lets through. The record rules (`rules.py`) run on the
    whole record, or on the valid part when fields are wrong.
    """
    data = _drop_empty_optionals(loaded.data, model)

    def take() -> bool:
        return tally is None or tally.take(loaded.path)

    try:
        record: Any = model.model_validate(data)
        invalid: frozenset[str] = frozenset()
        problems: list[Problem] = []
    except ValidationError as error:
        errors = error.errors(include_url=False)
        problems = [_problem(loaded, model, e) for e in errors if take()]
        invalid = frozenset(str(e["loc"][0]) for e in errors if e["loc"])
        if not isinstance(data, dict) or () in (tuple(e["loc"]) for e in errors):
            return None, None, problems
        record = _lenient(model).model_validate({k: v for k, v in data.items() if k not in invalid})
    for kind, at in broken_rules(model, record, invalid, data):
        if take():
            line, col = loaded.positions.of((at,), key=True)
            label, _ = label_of(model, (at,))
            problems.append(Problem(loaded.path, line, col, label, messages.say(kind), kind))
    if not problems:
        return record, None, []
    return None, Partial(record, invalid), problems


_LENIENT: dict[type[BaseModel], type[BaseModel]] = {}


def _lenient(model: type[BaseModel]) -> type[BaseModel]:
    """`model` with every required field optional: None, or an empty list, when left out.

    Only the fields that failed are left out, so validating the rest cannot fail.
    """
    found = _LENIENT.get(model)
    if found is None:
        fields: dict[str, Any] = {}
        for name, info in model.model_fields.items():
            if not info.is_required():
                fields[name] = (info.annotation, info)
            elif typing.get_origin(info.annotation) is list:
                fields[name] = (info.annotation, FieldInfo.merge_field_infos(info, default=[]))
            else:
                default = FieldInfo.merge_field_infos(info, default=None)
                fields[name] = (info.annotation | None, default)  # type: ignore[operator]
        name = f"Partial{model.__name__}"
        found = create_model(name, __config__=model.model_config, __module__=__name__, **fields)
        globals()[name] = found  # pickle finds the class by name (the content cache keeps it)
        _LENIENT[model] = found
    return found


def _drop_empty_optionals(data: Any, model: type[BaseModel]) -> Any:
    """`rooms:` left empty means "none", not a type error; required fields stay to be reported."""
    if not isinstance(data, dict):
        return data
    fields = _fields_of(model)
    out: dict[str, Any] = {}
    for key, value in data.items():
        known = fields.get(key)
        if known is None:
            out[key] = value  # an unknown field: pydantic reports it
            continue
        required, sub = known
        if value is None and not required:
            continue
        if sub is not None and isinstance(value, dict):
            value = _drop_empty_optionals(value, sub)
        elif sub is not None and isinstance(value, list):
            value = [_drop_empty_optionals(v, sub) for v in value]
        out[key] = value
    return out


_FIELDS: dict[type[BaseModel], dict[str, tuple[bool, type[BaseModel] | None]]] = {}


def _fields_of(model: type[BaseModel]) -> dict[str, tuple[bool, type[BaseModel] | None]]:
    """Each field's (required, nested model), found once per model rather than per file."""
    found = _FIELDS.get(model)
    if found is None:
        found = {
            name: (info.is_required(), nested_model(info.annotation))
            for name, info in model.model_fields.items()
        }
        _FIELDS[model] = found
    return found


def nested_model(annotation: Any) -> type[BaseModel] | None:
    """The record model inside `X`, `X | None` or `list[X]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = nested_model(arg)
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
        current = nested_model(info.annotation)
    return info


def label_of(model: type[BaseModel], loc: Loc) -> tuple[str, str]:
    """(`location.lat（纬度）`, `纬度`): the field as shown in a report, and its short name."""
    keys = [p for p in loc if isinstance(p, str)]
    if not keys:
        return "", "内容"
    info = field_info(model, loc)
    title = info.title if info is not None and info.title else keys[-1]
    return messages.field_label(".".join(keys), title), title


# Checks that span several fields of one record raise on the whole mapping; each is
# reported at the field the editor most likely has to change.
_MODEL_CHECKS: dict[str, tuple[str, ...]] = {
    "wm_range_reversed": ("end_date", "end"),
    "wm_latlng_swapped": ("lng",),
    "wm_outside_china": ("lng",),
    "wm_region_code": ("code",),
    "wm_rating_order": ("rated",),
}


def _problem(loaded: Loaded, model: type[BaseModel], error: Any) -> Problem:
    loc: Loc = tuple(p for p in error["loc"] if isinstance(p, (str, int)))
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    value = error.get("input")
    if kind == "missing":
        line, col = loaded.positions.of(loc[:-1], key=True)
        label, _ = label_of(model, loc)
        return Problem(loaded.path, line, col, label, messages.say("missing", key=loc[-1]), kind)
    if kind == "extra_forbidden":
        line, col = loaded.positions.of(loc, key=True)
        owner = _owner(model, loc[:-1])
        fields = list(owner.model_fields) if owner is not None else []
        listing = messages.HINT_FIELDS.format(fields="、".join(fields))
        hint = messages.suggest(str(loc[-1]), fields, listing=listing)
        text = messages.say(kind, key=loc[-1], hint=hint)
        return Problem(loaded.path, line, col, str(loc[-1]), text, kind)
    if kind in _MODEL_CHECKS and isinstance(value, dict):
        at = next((k for k in _MODEL_CHECKS[kind] if k in value), None)
        loc = (*loc, at) if at is not None else loc
        line, col = loaded.positions.of(loc, key=True)
        label, _ = label_of(model, loc)
        return Problem(loaded.path, line, col, label, messages.say(kind, **ctx), kind)
    shape = _shape_error(kind, value)
    line, col = loaded.positions.of(loc, key=shape is not None)
    label, title = label_of(model, loc)
    if shape is not None:
        text = messages.say(shape, fields=_subfields(model, loc))
    else:
        info = field_info(model, loc)
        item = bool(loc) and isinstance(loc[-1], int)  # an empty list item is never "optional"
        required = info is None or info.is_required() or item
        text = _explain(kind, ctx, value, title, required=required)
    return Problem(loaded.path, line, col, label, text, kind)


def _owner(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model whose fields live at `loc` (the record itself for the top level)."""
    if not [p for p in loc if isinstance(p, str)]:
        return model
    parent = field_info(model, loc)
    return nested_model(parent.annotation) if parent is not None else None


def _subfields(model: type[BaseModel], loc: Loc) -> str:
    owner = _owner(model, loc) if loc else None
    return "、".join(owner.model_fields) if owner is not None else ""


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


def _explain(kind: str, ctx: dict[str, Any], value: Any, title: str, *, required: bool) -> str:
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


def field_problem(model: type[BaseModel], loc: Loc, value: Any, *, required: bool) -> str | None:
    """What `check` would say of `value` (text, as the loader gives it) in field `loc`, or None.

    For `wenming new`, which checks each answer as it is typed: the same sentence as the
    report, so an editor learns one wording.
    """
    info = field_info(model, loc)
    assert info is not None and info.annotation is not None, loc
    _, title = label_of(model, loc)
    if value is None or value == "":
        return messages.say("required_empty", label=title) if required else None
    annotation = full_annotation(info)
    if loc and isinstance(loc[-1], int):  # one item of a list
        annotation = typing.get_args(info.annotation)[0]
    try:
        TypeAdapter[Any](annotation).validate_python(value)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        return _explain(
            first["type"], dict(first.get("ctx") or {}), first.get("input"), title, required=True
        )
    return None


def rule_problem(model: type[BaseModel], data: dict[str, Any], key: str) -> str | None:
    """What the record rules (`rules.py`, and a nested part's own, such as a notice's end
    after its start) say of field `key` among the fields of `data` given so far, or None.

    For `wenming new`: an answer is held against the earlier ones with the very rules
    `check` applies, not a second copy of them. Fields not given yet are unknown.
    """
    try:
        record = _lenient(model).model_validate(data)
    except ValidationError as error:
        # A nested part's own rule (a notice's end before its start); a part not yet
        # given in full (its end still to be asked) is no mistake yet.
        mine = [
            e["type"]
            for e in error.errors(include_url=False)
            if e["loc"][:1] == (key,) and e["type"] in _MODEL_CHECKS
        ]
        return messages.say(mine[0]) if mine else None
    unknown = frozenset(model.model_fields) - set(data)
    for kind, _ in broken_rules(model, record, unknown, data):
        rule = next(r for r in RULES[model] if r.kind == kind)
        if key in rule.needs:
            return messages.say(kind)
    return None


def full_annotation(info: FieldInfo) -> Any:
    """The field's type with its validators (`FieldInfo.annotation` alone drops them)."""
    if not info.metadata:
        return info.annotation
    return typing.Annotated[(info.annotation, *info.metadata)]
