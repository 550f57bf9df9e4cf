"""Asking: `wenming new`'s questions, each answer checked as it is typed.

An answer is checked with the field's own type and the cross-checks' wording
(`validate.field_problem`, `messages`), so a bad date is said the way `check` says it
and asked again, instead of throwing every answer away at the end. Choices from the
vocabularies are listed and may be answered by number; a site, team or region may be
named in Chinese and is stored by its id. Answers can make more fields required:
身边好人 needs 好人类别, 公示中 a notice period, a minor's honour school, grade and consent.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..check.labels import field_info, full_annotation, label_of
from ..check.validate import field_problem, rule_problem
from ..read.load import load_file
from ..records.fields import Day
from ..records.kinds import FOLDERS, RECORD_TYPES, REFERENCES, REFERRED
from ..records.parsers import parse_day
from ..records.registers import SUBJECTS, Vocabularies
from ..report import messages
from .schema import read_vocabularies

# The records a reference may name by their Chinese name, and where they lie.
FOLDER = {kind: folder for folder, kind in FOLDERS.items() if kind in REFERENCES.values()}
SPLIT = "，,、 "  # how a list is typed on one line: a, b、c


@dataclass
class Known:
    """What the content already holds: vocabularies and the (id, name) of each record."""

    vocab: Vocabularies | None
    names: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def read_known(content: Path) -> Known:
    """The county's vocabularies and named records, read leniently (a broken file is skipped)."""
    known = Known(read_vocabularies(content))
    for kind, folder in FOLDER.items():
        found = []
        for path in sorted((content / folder).glob("*.yml")):
            data = load_file(path, path.as_posix()).data or {}
            name = data.get("name")
            found.append((str(data.get("id") or path.stem), str(name) if name else ""))
        known.names[kind] = found
    regions = (load_file(content / "regions.yml", "regions.yml").data or {}).get("regions")
    known.names["region"] = [
        (str(r.get("code")), str(r.get("name") or ""))
        for r in (regions if isinstance(regions, list) else [])
        if isinstance(r, dict)
    ]
    return known


def choices(kind: str, key: str, values: dict[str, Any], known: Known) -> tuple[list[str], str]:
    """(allowed values, the vocabulary's name) for a field with a fixed choice, else ([], "")."""
    vocab = known.vocab
    if kind == "honor" and key in ("subject", "status"):
        if key == "subject":
            category = _category(values, known)
            return list(category.subjects if category is not None else SUBJECTS), ""
        annotation = RECORD_TYPES["honor"].model_fields["status"].annotation
        return list(typing.get_args(annotation)), ""
    if vocab is None:
        return [], ""
    table: dict[tuple[str, str], tuple[Iterable[str], str]] = {
        ("site", "level"): ((level.name for level in vocab.site_levels), "站点级别"),
        ("activity", "type"): (vocab.activity_types, "活动类型"),
        ("activity", "content"): (vocab.practice_contents, "实践内容"),
        ("activity", "form"): (vocab.practice_forms, "实践形式"),
        ("honor", "category"): ((c.name for c in vocab.honor_categories), "荣誉类别"),
        ("honor", "good_class"): (vocab.good_classes, "好人类别"),
    }
    found, name = table.get((kind, key), ((), ""))
    return list(found), name


def _category(values: dict[str, Any], known: Known) -> Any:
    if known.vocab is None:
        return None
    return next((c for c in known.vocab.honor_categories if c.name == values.get("category")), None)


def follow_ups(kind: str, key: str, values: dict[str, Any], known: Known) -> list[str]:
    """The fields the answer to `key` makes required, to be asked next (dotted for nested)."""
    if kind != "honor":
        return []
    if key == "category":
        category = _category(values, known)
        if category is None:
            return []
        return (["good_class"] if category.good_classes else []) + (
            ["school", "grade", "guardian_consent"] if category.minor else []
        )
    if key == "status":
        return {"公示中": ["notice.start", "notice.end"], "已撤销": ["withdrawn"]}.get(
            str(values.get("status")), []
        )
    return []


def not_needed(kind: str, key: str, values: dict[str, Any]) -> bool:
    """An essential the answers so far make unneeded: an activity announced ahead
    (`--set status=预告`) or called off has no counts to ask for."""
    announced = str(values.get("status")) in ("预告", "已取消")
    return kind == "activity" and key in ("sessions", "attendance") and announced


def resolve(kind: str, text: str, known: Known) -> tuple[str | None, str | None, str | None]:
    """(id, note, problem): an id, or a record named by its Chinese name (whole or a unique part)."""
    pool = known.names.get(kind, [])
    ids = [i for i, _ in pool]
    if text in ids:
        return text, None, None
    exact = [(i, n) for i, n in pool if n == text]
    partial = exact or [(i, n) for i, n in pool if n and text in n]
    if len(partial) == 1:
        found, name = partial[0]
        note = messages.say("new_resolved", what=REFERRED[kind], value=text, name=name, id=found)
        return found, note, None
    if len(partial) > 1:
        listing = "、".join(f"{n}（{i}）" for i, n in partial[:8])
        problem = messages.say("new_ambiguous", value=text, what=REFERRED[kind], matches=listing)
        return None, None, problem
    names = {n: i for i, n in pool if n}
    hint = messages.suggest(text, [*ids, *names])
    problem = messages.say("unknown_ref", what=REFERRED[kind], value=text, hint=hint)
    return None, None, problem


Answer = str | list[str] | None


def check_answer(
    kind: str, key: str, text: str, values: dict[str, Any], known: Known, *, required: bool
) -> tuple[Answer, list[str], str | None]:
    """(value to write, notes to show, problem): `problem` is what `check` would say."""
    model = RECORD_TYPES[kind]
    loc = tuple(key.split("."))
    text = text.strip()
    allowed, vocab_name = choices(kind, key, values, known)
    if allowed and text.isdigit() and 1 <= int(text) <= len(allowed):
        text = allowed[int(text) - 1]
    if not text:
        return None, [], field_problem(model, loc, None, required=required)
    info = field_info(model, loc)
    many = info is not None and typing.get_origin(info.annotation) is list
    items = [t for t in _split(text)] if many else [text]
    if not items:
        return None, [], field_problem(model, loc, None, required=required)
    notes: list[str] = []
    out: list[str] = []
    for item in items:
        if key in REFERENCES:
            found, note, problem = resolve(REFERENCES[key], item, known)
            if problem is not None:
                return None, notes, problem
            assert found is not None
            item = found
            notes += [note] if note else []
        problem = field_problem(model, (*loc, 0) if many else loc, item, required=True)
        if problem is None and _is_day(kind, loc):
            item = parse_day(item).isoformat()  # ２０２６-０７-１５ is written 2026-07-15
        if problem is None and allowed and item not in allowed:
            problem = _not_allowed(kind, key, item, allowed, vocab_name, values)
        if problem is None:
            problem = _against_earlier(kind, key, item, values)
        if problem is not None:
            return None, notes, problem
        out.append(item)
    return (out if many else out[0]), notes, None


def _annotation(kind: str, loc: tuple[str, ...]) -> Any:
    info = field_info(RECORD_TYPES[kind], loc)
    assert info is not None, loc
    return full_annotation(info)


def _is_day(kind: str, loc: tuple[str, ...]) -> bool:
    annotation = _annotation(kind, loc)
    return Day in (annotation, *typing.get_args(annotation))


def _split(text: str) -> list[str]:
    for mark in SPLIT[:-1]:
        text = text.replace(mark, " ")
    return text.split()


def _not_allowed(
    kind: str, key: str, value: str, allowed: list[str], vocab_name: str, values: dict[str, Any]
) -> str:
    if vocab_name:
        hint = messages.vocab_hint(value, allowed)
        return messages.say("unknown_vocab", value=value, vocab=vocab_name, hint=hint)
    category = values.get("category")
    if key == "subject" and category:
        return messages.say("subject_not_allowed", category=category, allowed="、".join(allowed))
    return messages.say("literal_error", value=value, hint=messages.suggest_option(value, allowed))


def _against_earlier(kind: str, key: str, value: str, values: dict[str, Any]) -> str | None:
    """What this answer breaks together with the earlier ones: the record rules' own check."""
    if key == "guardian_consent" and value.strip() in ("false", "否"):
        return messages.say("minor_consent")  # asked only for a minor's honour (follow_ups)
    trial = {k: dict(v) if isinstance(v, dict) else v for k, v in values.items()}
    put(trial, key, value)
    return rule_problem(RECORD_TYPES[kind], trial, key.partition(".")[0])


def ask(
    kind: str,
    key: str,
    values: dict[str, Any],
    known: Known,
    *,
    prompt: Callable[[str], str],
    echo: Callable[[str], None],
    required: bool,
) -> Answer:
    """Ask for `key` until the answer passes; print check's sentence after each bad one."""
    model = RECORD_TYPES[kind]
    loc = tuple(key.split("."))
    info = field_info(model, loc)
    assert info is not None, key
    label, _ = label_of(model, loc)
    allowed, _ = choices(kind, key, values, known)
    if allowed:
        listing = "  ".join(f"{n}. {name}" for n, name in enumerate(allowed, 1))
        echo(messages.say("new_choices", choices=listing))
    if key in REFERENCES:
        echo(messages.say("new_by_name", what=REFERRED[REFERENCES[key]]))
    while True:
        answer, notes, problem = check_answer(
            kind,
            key,
            prompt(messages.say("new_prompt", title=info.title, description=info.description)),
            values,
            known,
            required=required,
        )
        for note in notes:
            echo(note)
        if problem is None:
            return answer
        echo(messages.say("new_field_problem", field=label, problem=problem))


def put(values: dict[str, Any], key: str, answer: Answer) -> None:
    """Store an answer; `notice.start` goes into `values["notice"]["start"]`."""
    if answer is None:
        return
    head, _, rest = key.partition(".")
    if rest:
        values.setdefault(head, {})[rest] = answer
    else:
        values[head] = answer
