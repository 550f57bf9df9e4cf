"""Schema: a JSON Schema per record type, so editors get completion and inline errors.

The schemas come from the models (Chinese titles and descriptions included) with the
county's vocabularies written in as enums, so an editor's YAML extension offers
“中心、所、站 …” while typing `level: `.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..check.validate import validate
from ..read.load import load_file
from ..records.base import Record
from ..records.kinds import RECORD_TYPES, vocab_enums
from ..records.registers import Edition, Publisher, RegionFile, Vocabularies
from .yaml12 import core_scalar

SCHEMA_FILES: dict[str, type[Record]] = {
    **RECORD_TYPES,
    "publisher": Publisher,
    "regions": RegionFile,
    "vocabularies": Vocabularies,
    "edition": Edition,
}


def read_vocabularies(content_dir: Path) -> Vocabularies | None:
    """The county's vocabularies, or None if the file is missing or has mistakes."""
    path = content_dir / "vocabularies.yml"
    if not path.is_file():
        return None
    loaded = load_file(path, path.as_posix())
    if loaded.data is None:
        return None
    vocab, _ = validate(loaded, Vocabularies)
    return vocab


def build_schema(name: str, vocab: Vocabularies | None) -> dict[str, Any]:
    """The JSON Schema of one record type, with vocabularies as enums when known."""
    schema = SCHEMA_FILES[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    for part in [schema, *schema.get("$defs", {}).values()]:
        _empty_is_absent(part)
    if vocab is not None:
        for field, values in vocab_enums(vocab).get(name, {}).items():
            _set_enum(schema["properties"][field], _as_editors_read(values))
    return schema


_NULL = {"type": "null"}


def _empty_is_absent(model: dict[str, Any]) -> None:
    """`draft:` or `rooms:` left empty is no value, as `check` reads it: allow null there."""
    required = set(model.get("required", []))
    for key, prop in model.get("properties", {}).items():
        if key in required or _NULL in prop.get("anyOf", []):
            continue
        value = {k: v for k, v in prop.items() if k not in ("title", "description", "default")}
        for k in value:
            del prop[k]
        prop["anyOf"] = [*value["anyOf"], _NULL] if list(value) == ["anyOf"] else [value, _NULL]


def _set_enum(prop: dict[str, Any], values: list[Any]) -> None:
    """Let the values of `prop` (or of its list's items) be only `values`, or empty if it may."""
    options: list[dict[str, Any]] = prop.get("anyOf", [])
    lists = [option for option in options if option.get("type") == "array"]
    if prop.get("type") == "array" or lists:
        _set_enum((lists[0] if lists else prop)["items"], values)
        return
    for key in ("anyOf", "type", "maxLength", "pattern"):
        prop.pop(key, None)
    if _NULL in options:
        prop["anyOf"] = [{"enum": values}, _NULL]
    else:
        prop["enum"] = values


def _as_editors_read(values: list[str]) -> list[Any]:
    """Each name, and what YAML 1.2 reads it as when that is not text (a level named 1)."""
    out: list[Any] = []
    for value in values:
        out.append(value)
        typed = core_scalar(value)
        if typed is not None and typed != value and not isinstance(typed, float):
            out.append(typed)
    return out


def write_schemas(out: Path, content_dir: Path) -> list[Path]:
    """Write `<type>.schema.json` for every record type into `out`; return the paths."""
    vocab = read_vocabularies(content_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in sorted(SCHEMA_FILES):
        path = out / f"{name}.schema.json"
        text = json.dumps(build_schema(name, vocab), ensure_ascii=False, indent=2, sort_keys=True)
        path.write_text(text + "\n", encoding="utf-8")
        written.append(path)
    return written
