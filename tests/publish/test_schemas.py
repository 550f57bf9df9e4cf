"""The JSON Schemas accept what `check` accepts, as an editor's YAML extension reads it.

VS Code's YAML extension picks a schema by the globs of `.vscode/settings.json` and
reads the file by YAML 1.2 core rules (`generator/publish/yaml12.py`) before validating: an
unquoted phone number is an integer there, a date a string. These tests read files the
same way, with the same mapping, and validate with `jsonschema`.
"""

from __future__ import annotations

import json
import math
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError
from testpaths import MINIMAL, REPO

from generator.publish.schema import SCHEMA_FILES
from generator.publish.synth import write_synthetic
from generator.publish.yaml12 import core_scalar, load_core
from generator.records import fields

SETTINGS = json.loads((REPO / ".vscode" / "settings.json").read_text(encoding="utf-8"))
MAPPING: dict[str, str] = SETTINGS["yaml.schemas"]  # schema file → glob, as VS Code reads it


def schema_for(relative: str) -> list[str]:
    """The schema files whose glob matches `content/…` (VS Code's `*` stops at a slash)."""
    return [
        schema
        for schema, glob in MAPPING.items()
        if fnmatchcase(relative, glob) and relative.count("/") == glob.count("/")
    ]


def validator(schema_file: str) -> jsonschema.protocols.Validator:
    schema = json.loads((REPO / schema_file).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def problems_of(content: Path) -> list[str]:
    found = []
    for path in sorted(content.rglob("*.yml")):
        relative = "content/" + path.relative_to(content).as_posix()
        schemas = schema_for(relative)
        assert len(schemas) == 1, f"{relative} is mapped to {schemas}"
        data = load_core(path.read_text(encoding="utf-8"))
        for error in validator(schemas[0]).iter_errors(data):
            where = "/".join(str(p) for p in error.absolute_path)
            found.append(f"{relative}: {where}: {error.message}")
    return found


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "content"
    write_synthetic(out, "tiny", 1)
    return out


def test_every_sample_file_passes_its_own_schema() -> None:
    # Before: six sites and teams failed on `private.phone: 139…` (an integer to YAML 1.2)
    # and content/editions/ had no schema at all.
    assert problems_of(REPO / "content") == []


def test_the_minimal_tree_passes_its_schemas() -> None:
    assert problems_of(MINIMAL) == []


def test_every_file_of_a_synthetic_county_passes_its_schema(synthetic: Path) -> None:
    assert problems_of(synthetic) == []


def test_the_mapping_covers_every_record_folder_and_file(synthetic: Path) -> None:
    assert {Path(schema).name for schema in MAPPING} == {f"{n}.schema.json" for n in SCHEMA_FILES}
    for schema in MAPPING:
        assert (REPO / schema).is_file(), schema
    for content in (REPO / "content", synthetic):
        folders = {p.relative_to(content).parts[0] for p in content.rglob("*.yml")}
        assert "editions" in folders or content == synthetic
        for path in content.rglob("*.yml"):
            relative = "content/" + path.relative_to(content).as_posix()
            assert len(schema_for(relative)) == 1, relative


# --- each field type, in every spelling check accepts -------------------------------------

FIELD_TYPES: dict[str, Any] = {
    name: getattr(fields, name)
    for name in (
        "Text",
        "Name",
        "Id",
        "Day",
        "CountField",
        "Int",
        "Flag",
        "Decimal",
        "Quarter",
        "Phone",
        "Url",
        "Code",
    )
}
# Spellings an editor writes unquoted; the loader hands check their text.
SPELLINGS = {
    "Text": ["13912345678", "true", "1:20", "0123", "1e3", "2026-07-15", ".inf", "周一 9:00"],
    "Name": ["13947500101", "false", "12.5", "0x1F", "0o17", "宝泉路北社区", "-3"],
    "Id": ["qindu-center", "123", "0123", "1e3", "1e-3", "0x1f", "true", "2026q3-a"],
    "Day": ["2026-07-15", "２０２６-０７-１５"],
    "CountField": ["0", "3121", "90000+", "３２０", "320＋"],
    "Int": ["0", "13", "１３"],
    "Flag": ["true", "false", "是", "否"],
    "Decimal": ["108.70512", "34", "-12.5", "１０８.７"],
    "Quarter": ["2026-Q3"],
    "Phone": ["029-33210001", "12345", "400-123-4567", "0913-1234567-8001"],
    "Url": ["https://example.org/a?b=1"],
    "Code": ["610402", "610402001001"],
}


# Beyond the field: a division code must be digits (`Region`'s own rule; any other code
# field must name one of regions.yml), so check accepts no other text there.
RECORD_RULES = {"Code": str.isdigit}


def accepts(annotation: Any, text: str, kind: str = "") -> bool:
    try:
        TypeAdapter(annotation).validate_python(text)
    except ValidationError:
        return False
    return RECORD_RULES.get(kind, lambda _: True)(text.strip())


def schema_accepts(annotation: Any, value: Any) -> bool:
    schema = TypeAdapter(annotation).json_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER).is_valid(value)


@pytest.mark.parametrize("kind", sorted(SPELLINGS))
def test_each_spelling_check_accepts_passes_the_schema(kind: str) -> None:
    annotation = FIELD_TYPES[kind]
    for text in SPELLINGS[kind]:
        assert accepts(annotation, text), (kind, text)
        assert schema_accepts(annotation, core_scalar(text)), (kind, text, core_scalar(text))
        assert schema_accepts(annotation, text), (kind, text, "quoted")


def test_every_field_type_has_spellings() -> None:
    assert set(SPELLINGS) == set(FIELD_TYPES)


# Short texts over the characters that matter to either side: digits of both widths,
# signs, points, the letters of YAML's numbers and booleans, a colon, Chinese.
# What the loader reads as no value at all when written plainly (compose.NULLS).
YAML_NULLS = {"", "~", "null", "Null", "NULL"}
_TEXTS = st.text(alphabet="019０９+-.:eEoxXtruefalsnTF是否Q ＋", min_size=1, max_size=12)


@settings(max_examples=600, deadline=None)
@given(text=_TEXTS, kind=st.sampled_from(sorted(FIELD_TYPES)))
def test_whatever_check_accepts_the_schema_accepts(text: str, kind: str) -> None:
    annotation = FIELD_TYPES[kind]
    if not accepts(annotation, text, kind):
        return
    assert schema_accepts(annotation, text), (kind, text, "quoted")
    if text.strip() in YAML_NULLS:
        return  # written plainly it is no value to check (a required field is missing)
    plain = core_scalar(text) if text == text.strip() else text
    if isinstance(plain, float) and math.isnan(plain):
        plain = text  # NaN equals nothing; no schema can list it, and none needs to
    assert schema_accepts(annotation, plain), (kind, text, plain)


def test_empty_optional_fields_are_no_value_to_the_schema_as_to_check() -> None:
    site = validator("./schema/site.schema.json")
    record = load_core(
        "id: a\nname: 站\nlevel: 站\nregion: 610402\naddress: 某地\n"
        "rooms:\nservices:\nphone:\ndraft:\nprivate:\n  phone: 13912345678\n  note:\n"
    )
    assert list(site.iter_errors(record)) == []
    assert not site.is_valid({**record, "name": None})  # a required field may not be empty


# --- the YAML 1.2 core schema as the editor reads it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13912345678", 13912345678),
        ("2026-07-15", "2026-07-15"),  # no timestamps in 1.2
        ("true", True),
        ("False", False),
        ("yes", "yes"),  # a 1.1 boolean only
        ("0123", 123),  # decimal in 1.2, octal in 1.1
        ("0o17", 15),
        ("0x1F", 31),
        ("1:20", "1:20"),  # sexagesimal in 1.1 only
        ("1e3", 1000.0),
        ("-.5", -0.5),
        (".inf", math.inf),
        ("~", None),
        ("", None),
        ("Null", None),
        ("320+", "320+"),
        ("1_000", "1_000"),
    ],
)
def test_core_schema_resolution(text: str, value: Any) -> None:
    assert core_scalar(text) == value and type(core_scalar(text)) is type(value)


def test_quoted_values_and_keys_stay_text() -> None:
    assert load_core("phone: '13912345678'\n123: x\ntrue: [1, '2']\n") == {
        "phone": "13912345678",
        "123": "x",
        "true": [1, "2"],
    }
