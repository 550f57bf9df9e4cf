"""`wenming new`: from the values given and asked for to a record file that passes check.

`create_record` takes what the command line was given (`--set` pairs, `--id`), asks for
each essential field still missing (asking.py checks every answer as `check` would), writes
the file where the record belongs with the rest of its fields as commented examples
(scaffold.py), and checks the whole content folder again. What it is told to say goes
through `echo`; arguments it cannot use raise `Refused`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..check.content import check_content
from ..check.validate import field_problem
from ..records.kinds import RECORD_TYPES, REFERENCES
from ..records.parsers import parse_day, parse_id
from ..report.messages import say
from ..report.problems import Problem
from .asking import (
    Known,
    ask,
    check_answer,
    follow_ups,
    not_needed,
    put,
    read_known,
)
from .refused import Refused
from .scaffold import (
    ESSENTIALS,
    OPTIONAL_ESSENTIALS,
    id_source,
    propose_id,
    render_record,
    schema_path,
    target_folder,
    unique_id,
)

KINDS = ("site", "team", "service", "activity", "honor", "honour")  # honour: honor's spelling


@dataclass(frozen=True)
class Created:
    """The file written, and what `check` says about it (empty: it passes)."""

    path: Path
    problems: list[Problem]


def given_id(kind: str, record_id: str) -> str:
    """`--id` as the record will hold it, or Refused with check's sentence."""
    problem = field_problem(RECORD_TYPES[kind], ("id",), record_id, required=True)
    if problem is not None:
        raise Refused(say("new_field_problem", field="--id", problem=problem))
    return parse_id(record_id)


def given_values(
    kind: str, pairs: tuple[str, ...], known: Known, echo: Callable[[str], None]
) -> dict[str, Any]:
    """The `--set key=value` pairs; a reference given by its Chinese name becomes its id."""
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise Refused(say("new_pair", pair=pair))
        key, value = key.strip(), value.strip()
        if key in REFERENCES:  # a name given in Chinese is stored as its id, when it is clear
            answer, notes, problem = check_answer(kind, key, value, values, known, required=False)
            if problem is None and answer is not None:
                value = answer  # type: ignore[assignment]  # a list for list fields
                for note in notes:
                    echo(note)
        values[key] = value
    if "date" in values and kind in ("activity", "honor"):
        problem = field_problem(RECORD_TYPES[kind], ("date",), values["date"], required=True)
        if problem is not None:
            raise Refused(say("new_field_problem", field="date", problem=problem))
        values["date"] = parse_day(values["date"]).isoformat()
    return values


def _missing(values: dict[str, Any], key: str) -> bool:
    head, dot, rest = key.partition(".")
    return head not in values or (bool(dot) and rest not in values[head])


def ask_missing(
    kind: str,
    values: dict[str, Any],
    known: Known,
    *,
    prompt: Callable[[str], str],
    echo: Callable[[str], None],
) -> None:
    """Ask for every essential field not given yet, and for those the answers call for."""
    queue = list(ESSENTIALS[kind])
    while queue:
        key = queue.pop(0)
        if _missing(values, key) and not not_needed(kind, key, values):
            required = key not in OPTIONAL_ESSENTIALS
            answer = ask(kind, key, values, known, prompt=prompt, echo=echo, required=required)
            put(values, key, answer)
        queue[:0] = [k for k in follow_ups(kind, key, values, known) if k not in queue]


def write_record(
    content_dir: Path,
    kind: str,
    values: dict[str, Any],
    record_id: str | None,
    echo: Callable[[str], None],
) -> Path:
    """Write the record into its folder under `content_dir`; its id from the name if not given."""
    folder = target_folder(content_dir, kind, values)
    if record_id is None:
        text, prefix = id_source(kind, values)
        record_id = unique_id(folder, propose_id(text, prefix))
        echo(say("new_id", id=record_id))
    target = folder / f"{record_id}.yml"
    if not target.resolve().is_relative_to(content_dir.resolve()):
        raise Refused(say("new_outside", path=target.as_posix(), content=content_dir.as_posix()))
    if target.exists():
        raise Refused(say("new_exists", path=target.as_posix()))
    folder.mkdir(parents=True, exist_ok=True)
    schema = schema_path(target, content_dir, kind)
    target.write_text(render_record(kind, {"id": record_id, **values}, schema), encoding="utf-8")
    echo(say("new_written", path=target.as_posix()))
    return target


def create_record(
    kind: str,
    content_dir: Path,
    pairs: tuple[str, ...],
    record_id: str | None,
    *,
    prompt: Callable[[str], str],
    echo: Callable[[str], None],
) -> Created:
    """The whole of `wenming new KIND`: given values, questions, the file, the check."""
    kind = "honor" if kind == "honour" else kind
    if not content_dir.is_dir():
        raise Refused(say("new_no_content", path=content_dir.as_posix()))
    if record_id is not None:
        record_id = given_id(kind, record_id)
    known = read_known(content_dir)
    values = given_values(kind, pairs, known, echo)
    ask_missing(kind, values, known, prompt=prompt, echo=echo)
    target = write_record(content_dir, kind, values, record_id, echo)
    _, problems = check_content(content_dir, content_dir.as_posix())
    return Created(target, [p for p in problems if p.path == target.as_posix()])
