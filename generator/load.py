"""Load: one YAML file → plain data (dicts, lists, text) plus the position of every node.

YAML 1.1 guesses types (`no` → False, `0123` → 83, `1:20` → 80, `2024-02-30` → crash);
we let it guess nothing. Every scalar stays text and the models type it. Everything
that YAML allows but an editor never means — anchors, tags, several documents,
duplicate keys — is refused with a position, and so are the slips a Chinese input
method makes (full-width colon, Chinese quotes, tab indentation). Nothing here raises
for bad input: problems are returned, so one run reports every file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import BaseConstructor
from yaml.events import AliasEvent, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from . import messages
from .encoding import decode
from .problems import Problem
from .slips import find_slips

MAX_BYTES = 256 * 1024  # far above any real record; keeps a pasted book from stalling the build
MAX_DEPTH = 12  # records nest at most four levels; anything deeper is a mistake or an attack
MAX_NODES = 20_000

Key = str | int
Loc = tuple[Key, ...]
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass
class Positions:
    """1-based (line, col) of each value and each mapping key, by path of keys/indexes."""

    values: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[int, int]] = field(default_factory=dict)

    def of(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """Position of `loc`; the key if asked and known; else the nearest enclosing node."""
        if key and loc in self.keys:
            return self.keys[loc]
        while loc:
            if loc in self.values:
                return self.values[loc]
            loc = loc[:-1]
        return self.values.get((), (1, 1))


@dataclass
class Loaded:
    """One file's data (None if it could not be read) and the problems found reading it."""

    path: str
    data: dict[str, Any] | None
    positions: Positions
    problems: list[Problem]


class _Refused(Exception):
    def __init__(self, kind: str, mark: Any, **args: Any) -> None:
        self.kind, self.mark, self.args_ = kind, mark, args


class _StrictLoader(Reader, Scanner, Parser, Composer, BaseConstructor, BaseResolver):
    """PyYAML's pipeline with BaseResolver (no type guessing) and a guarded composer."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        BaseConstructor.__init__(self)
        BaseResolver.__init__(self)
        self._depth = 0
        self._count = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, AliasEvent):
            raise _Refused("alias", event.start_mark)
        if isinstance(event, NodeEvent) and event.anchor is not None:
            raise _Refused("anchor", event.start_mark)
        if getattr(event, "tag", None) is not None:
            raise _Refused("tag", event.start_mark, tag=event.tag)
        self._count += 1
        if self._count > MAX_NODES:
            raise _Refused("too_many_nodes", event.start_mark)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Refused("too_deep", event.start_mark, depth=MAX_DEPTH)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load_file(path: Path, shown: str) -> Loaded:
    """Read `path`, reporting problems under the name `shown` (relative, with slashes)."""
    positions = Positions()

    def fail(kind: str, line: int = 1, col: int = 1, **args: Any) -> Loaded:
        problem = Problem(shown, line, col, "", messages.say(kind, **args), kind)
        return Loaded(shown, None, positions, [problem])

    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return fail("file_too_large", size=size // 1024, limit=MAX_BYTES // 1024)
        raw = path.read_bytes()
    except OSError as error:
        return fail("unreadable", reason=error.strerror or str(error))
    text, trouble = decode(raw)
    if trouble is not None:
        kind, line, col = trouble
        return fail(kind, line, col)
    slips = [
        Problem(shown, line, col, args.get("key", ""), messages.say(kind, **args), kind)
        for kind, line, col, args in find_slips(text)
    ]
    if slips:  # YAML would misread these lines; its own message would only confuse
        return Loaded(shown, None, positions, slips)
    return _parse(text, shown, positions, fail)


def _parse(text: str, shown: str, positions: Positions, fail: Callable[..., Loaded]) -> Loaded:
    loader = _StrictLoader(text)
    try:
        if not loader.check_node():
            return fail("empty_file")
        root = loader.get_node()
        if loader.check_node():
            mark = loader.peek_event().start_mark  # type: ignore[no-untyped-call]
            return fail("several_documents", mark.line + 1, mark.column + 1)
    except _Refused as refused:
        return fail(refused.kind, refused.mark.line + 1, refused.mark.column + 1, **refused.args_)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        kind, args = messages.yaml_error_kind(error.problem or "")
        return fail(kind, line, col, **args)
    except yaml.YAMLError:
        return fail("yaml_syntax")
    finally:
        loader.dispose()
    if root is None or (isinstance(root, ScalarNode) and root.value.strip() == ""):
        return fail("empty_file")
    if not isinstance(root, MappingNode):
        return fail("top_not_mapping", root.start_mark.line + 1, root.start_mark.column + 1)
    problems: list[Problem] = []
    data = _to_data(root, (), positions, problems, shown)
    # Duplicate keys keep their first value, so the rest of the file is still checked.
    return Loaded(shown, data, positions, problems)


def _to_data(node: Node, loc: Loc, pos: Positions, problems: list[Problem], shown: str) -> Any:
    pos.values[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, ScalarNode):
        if node.style is None and node.value in _NULLS:
            return None
        return node.value
    if isinstance(node, SequenceNode):
        return [
            _to_data(item, (*loc, i), pos, problems, shown) for i, item in enumerate(node.value)
        ]
    assert isinstance(node, MappingNode)
    out: dict[str, Any] = {}
    for key_node, value_node in node.value:
        mark = key_node.start_mark
        here = (mark.line + 1, mark.column + 1)
        if not isinstance(key_node, ScalarNode):
            kind = "complex_key"
            problems.append(Problem(shown, *here, "", messages.say(kind), kind))
            continue
        key = key_node.value
        if key in out:
            first = pos.keys[(*loc, key)]
            kind = "duplicate_key"
            text = messages.say(kind, key=key, first=first[0])
            problems.append(Problem(shown, *here, key, text, kind))
            continue
        pos.keys[(*loc, key)] = here
        out[key] = _to_data(value_node, (*loc, key), pos, problems, shown)
    return out
