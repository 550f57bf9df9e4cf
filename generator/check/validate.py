"""Validate: loaded data → a typed record, or every problem of the file and what could be typed.

A file's data is validated against its model; each pydantic error becomes a problem at
the editor's own line (`explanations.py`), and the record rules (`records/rules.py`) run
on the whole record or, when fields are wrong, on the part that could be typed (its
lenient twin), so one run reports all of a file's mistakes. `wenming new` asks the same
questions of one answer at a time (`field_problem`, `rule_problem`).
"""

from __future__ import annotations

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
from . import pruning
from .explanations import MODEL_CHECKS, explain, problem_of
from .labels import field_info, full_annotation, label_of, nested_model

M = TypeVar("M", bound=BaseModel)


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
    # List items left out because a value inside them is wrong (`pruning.py`), at their
    # places in the file; the record's other items are typed and checked.
    dropped: tuple[tuple[Any, ...], ...] = ()


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
        dropped: tuple[tuple[Any, ...], ...] = ()
        problems: list[Problem] = []
    except ValidationError as error:
        errors = error.errors(include_url=False)
        problems = [problem_of(loaded, model, e) for e in errors if take()]
        if not isinstance(data, dict) or () in (tuple(e["loc"]) for e in errors):
            return None, None, problems
        record, invalid, dropped = _typed_part(model, data, [tuple(e["loc"]) for e in errors])
    for kind, at in broken_rules(model, record, invalid, data):
        if take():
            line, col = loaded.positions.of((at,), key=True)
            label, _ = label_of(model, (at,))
            problems.append(Problem.at(loaded.path, line, col, label, kind))
    if not problems:
        return record, None, []
    return None, Partial(record, invalid, dropped), problems


def _typed_part(
    model: type[BaseModel], data: dict[str, Any], locs: list[tuple[Any, ...]]
) -> tuple[Any, frozenset[str], tuple[tuple[Any, ...], ...]]:
    """What could be typed: the record without its wrong fields and wrong list items.

    An error inside a list item leaves out that item only (`pruning.py`); any other
    error, or a list the model refuses once an item is out, leaves out the whole field.
    """
    lenient = _lenient(model)
    invalid = {str(loc[0]) for loc in locs if loc and pruning.item_of(loc) is None}
    items = [item for loc in locs if (item := pruning.item_of(loc)) is not None]
    for _ in range(3):
        dropped = pruning.outermost(i for i in items if str(i[0]) not in invalid)
        kept = {k: v for k, v in data.items() if k not in invalid}
        pruned = pruning.without(kept, dropped)
        if pruned is None:
            invalid |= {str(i[0]) for i in dropped}
            continue
        try:
            return lenient.model_validate(pruned), frozenset(invalid), dropped
        except ValidationError as error:
            invalid |= {str(e["loc"][0]) for e in error.errors(include_url=False) if e["loc"]}
    invalid = {str(loc[0]) for loc in locs if loc}
    kept = {k: v for k, v in data.items() if k not in invalid}
    return lenient.model_validate(kept), frozenset(invalid), ()


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
        return explain(
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
            if e["loc"][:1] == (key,) and e["type"] in MODEL_CHECKS
        ]
        return messages.say(mine[0]) if mine else None
    unknown = frozenset(model.model_fields) - set(data)
    for kind, _ in broken_rules(model, record, unknown, data):
        rule = next(r for r in RULES[model] if r.kind == kind)
        if key in rule.needs:
            return messages.say(kind)
    return None
