"""Schema: a JSON Schema per record type, so editors get completion and inline errors.

The schemas come from the models (Chinese titles and descriptions included) with the
county's vocabularies written in as enums, so an editor's YAML extension offers
“中心、所、站 …” while typing `level: `.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .load import load_file
from .models import RECORD_TYPES, Publisher, Record, RegionFile, Vocabularies
from .validate import validate

SCHEMA_FILES: dict[str, type[Record]] = {
    **RECORD_TYPES,
    "publisher": Publisher,
    "regions": RegionFile,
    "vocabularies": Vocabularies,
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


def vocab_enums(vocab: Vocabularies) -> dict[str, dict[str, list[str]]]:
    """Record type → field → allowed values."""
    return {
        "site": {"level": [level.name for level in vocab.site_levels]},
        "activity": {
            "type": list(vocab.activity_types),
            "content": list(vocab.practice_contents),
            "form": list(vocab.practice_forms),
        },
        "honor": {
            "category": [c.name for c in vocab.honor_categories],
            "good_class": list(vocab.good_classes),
        },
        "service": {"steps": list(vocab.order_steps)},
    }


def build_schema(name: str, vocab: Vocabularies | None) -> dict[str, Any]:
    """The JSON Schema of one record type, with vocabularies as enums when known."""
    schema = SCHEMA_FILES[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    if vocab is not None:
        for field, values in vocab_enums(vocab).get(name, {}).items():
            prop = schema["properties"][field]
            target = prop["items"] if prop.get("type") == "array" else prop
            if "anyOf" in target:  # optional: `X | None`
                target = next(t for t in target["anyOf"] if t.get("type") != "null")
            target["enum"] = values
    return schema


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
