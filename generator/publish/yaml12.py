"""YAML 1.2 core schema: what an editor's YAML extension makes of a plain value.

`wenming check` types every value from its text (`records/parsers.py`, `records/fields.py`), but VS Code's YAML
extension and other tools that read a record against its JSON Schema resolve plain
scalars by the YAML 1.2 core schema first: `13912345678` is an integer, `true` a
boolean, `2026-07-15` a string (1.2 has no timestamps). The schemas (`schema.py`)
accept each field in every form those tools may hand them; this module says which
form that is, so the schemas and their test agree with the editor.
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml

_NULL = re.compile(r"^(?:null|Null|NULL|~|)$")
_TRUE = re.compile(r"^(?:true|True|TRUE)$")
_FALSE = re.compile(r"^(?:false|False|FALSE)$")
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_INT8 = re.compile(r"^0o[0-7]+$")
_INT16 = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?(?:\.inf|\.Inf|\.INF)$")
_NAN = re.compile(r"^(?:\.nan|\.NaN|\.NAN)$")


def core_scalar(text: str) -> Any:
    """The value of a plain scalar `text` under the YAML 1.2 core schema."""
    if _NULL.match(text):
        return None
    if _TRUE.match(text):
        return True
    if _FALSE.match(text):
        return False
    if _INT10.match(text):
        return int(text)
    if _INT8.match(text):
        return int(text[2:], 8)
    if _INT16.match(text):
        return int(text[2:], 16)
    if _FLOAT.match(text):
        return float(text)
    if _INF.match(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.match(text):
        return math.nan
    return text


def load_core(text: str) -> Any:
    """One YAML document as a YAML 1.2 core-schema reader sees it (keys as written)."""
    return _value(yaml.compose(text, Loader=yaml.SafeLoader))


def _value(node: yaml.Node | None) -> Any:
    if node is None:
        return None
    if isinstance(node, yaml.ScalarNode):
        return core_scalar(node.value) if node.style is None else node.value
    if isinstance(node, yaml.SequenceNode):
        return [_value(item) for item in node.value]
    assert isinstance(node, yaml.MappingNode)
    # A JSON Schema sees keys as strings: the key's own text, whatever it resolves to.
    return {str(key.value): _value(value) for key, value in node.value}
