"""Labels: where a `loc` leads in a record model, and how a report names that field.

A `loc` is a path of keys and list indexes (`("location", "lat")`, `("sites", 2)`), as
pydantic reports it and the loader records positions by. Following it through the
models gives the field's `FieldInfo`, its Chinese title, and the label a problem is
filed under: `location.lat（纬度）`. The checks, the guide and `wenming new` all name
fields this way, so an editor meets one spelling of each.
"""

from __future__ import annotations

import types
import typing
from typing import Any, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..read.compose import Loc
from ..report import messages


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
    if info is None and len(loc) > 1 and isinstance(loc[-1], str):
        # A key of a mapping field (practice_form_meanings.评): named by the field and key.
        parent = field_info(model, loc[:-1])
        if parent is not None and parent.title and get_origin(parent.annotation) is dict:
            title = messages.KEY_OF.format(field=parent.title, key=loc[-1])
    return messages.field_label(".".join(keys), title), title


def owner_of(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model whose fields live at `loc` (the record itself for the top level)."""
    if not [p for p in loc if isinstance(p, str)]:
        return model
    parent = field_info(model, loc)
    return nested_model(parent.annotation) if parent is not None else None


def subfields(model: type[BaseModel], loc: Loc) -> str:
    owner = owner_of(model, loc) if loc else None
    return "、".join(owner.model_fields) if owner is not None else ""


def full_annotation(info: FieldInfo) -> Any:
    """The field's type with its validators (`FieldInfo.annotation` alone drops them)."""
    if not info.metadata:
        return info.annotation
    return typing.Annotated[(info.annotation, *info.metadata)]
